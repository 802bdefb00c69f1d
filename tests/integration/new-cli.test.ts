/**
 * `npm run new` (scripts/new.ts) as a command, in a temporary copy of tests/fixtures/valid:
 * the flags, the questions asked without --yes, and the exit code of a refused item. Its
 * logic (createItem and the helpers) is tested in process in tests/unit/new-item.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { copyFixture } from '../support/fixtures.ts';

const AS_OF = '2026-11-22';
const ORG = '11990000MB1234560X';
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function fixtureCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-new-'));
  temps.push(dir);
  copyFixture('valid', dir);
  return dir;
}

/** Run the real command in a child process. */
function runNew(dir: string, args: string[], input?: string) {
  return spawnSync(process.execPath, ['scripts/new.ts', '--content', dir, '--no-check', ...(input === undefined ? ['--yes'] : []), ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, PORTAL_AS_OF: AS_OF },
  });
}

/** Problems of the check on `dir`, as `severity file:line message`. */
function checked(dir: string): string[] {
  return checkContent({ root: dir, contentDir: dir, asOf: AS_OF }).problems.map((p) => `${p.severity} ${p.file}:${p.line} ${p.message}`);
}

describe('npm run new creates files that pass npm run check', () => {
  it('an article: next 索引号, today’s date, placeholder body reported as a warning only', () => {
    const dir = fixtureCopy();
    const r = runNew(dir, [
      '--kind',
      'article',
      '--column',
      'news',
      '--title',
      '全省生态环境系统召开冬季攻坚调度会',
      '--date',
      '2026-11-20',
      '--keywords',
      '工作动态，大气',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('已创建');
    const file = path.join(dir, 'articles/2026/article-2026-11-20-1.md');
    const text = readFileSync(file, 'utf8');
    const data = splitFrontmatter(text).data as Record<string, unknown>;
    expect(data).toMatchObject({ indexNumber: `${ORG}/2026-00026`, column: 'news', published: '2026-11-20', draft: false, keywords: ['工作动态', '大气'] });
    expect(text).toContain('# 索引号：自动分配的下一个空号，不要修改');
    expect(checked(dir)).toEqual([
      `warning articles/2026/article-2026-11-20-1.md:${text.split('\n').length - 1} 正文仍是模板文字（npm run new 生成的占位内容还没有替换）`,
    ]);
    // The next one gets the next number.
    expect(runNew(dir, ['--kind', 'article', '--column', 'news', '--title', '第二条', '--date', '2026-11-20']).status).toBe(0);
    expect(readFileSync(path.join(dir, 'articles/2026/article-2026-11-20-2.md'), 'utf8')).toContain(`indexNumber: ${ORG}/2026-00027`);
  });

  it('asks in Chinese when run without --yes (answers piped in)', () => {
    const dir = fixtureCopy();
    // 类型 4 = 公开信息; 栏目 by id; 标题; 日期; 类别 (skip); 文号 (skip); 主题词; 文件名 (default).
    const r = runNew(dir, [], ['5', 'news', '交互式创建的动态', '2026-11-21', '', '', '测试', ''].join('\n') + '\n');
    expect(r.status, r.stderr + r.stdout).toBe(0);
    expect(r.stdout).toContain('类型：');
    expect(r.stdout).toContain('栏目：');
    expect(readFileSync(path.join(dir, 'articles/2026/article-2026-11-21-1.md'), 'utf8')).toContain('title: 交互式创建的动态');
  });
});

describe('npm run new refuses what would not pass the check', () => {
  const dir = fixtureCopy();
  it('exits 2 with the reason, creating nothing', () => {
    const r = runNew(dir, ['--kind', 'article', '--column', 'news']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('没有创建文件：缺少 --title（标题）');
  });
});
