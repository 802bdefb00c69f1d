/**
 * `npm run check` (scripts/check.ts) as a command, on the bad fixtures of
 * tests/fixtures/bad/: every problem printed at once, one line each, and the exit code.
 * The problems themselves are checked in process in tests/unit/check-bad-fixtures.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyFixture } from '../support/fixtures.ts';

const BAD = path.resolve('tests/fixtures/bad');
const AS_OF = '2026-11-22';
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A content folder with `_base/` and the named cases. */
function contentWith(...cases: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-bad-'));
  temps.push(dir);
  copyFixture('bad/_base', dir);
  for (const c of cases) cpSync(path.join(BAD, c), dir, { recursive: true });
  return dir;
}

describe('npm run check (the command)', () => {
  function run(dir: string) {
    return spawnSync(process.execPath, ['scripts/check.ts', '--as-of', AS_OF, '--content', dir], { encoding: 'utf8' });
  }

  it('prints every problem at once, one line each, and exits 1', () => {
    const dir = contentWith('script-injection', 'malformed-date', 'unknown-column');
    const r = run(dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const rel = path.relative(process.cwd(), dir).split(path.sep).join('/');
    const lines = r.stdout.split('\n').filter((l) => l.includes('[错误]'));
    expect(lines).toEqual([
      `${rel}/articles/2023/bad-date.md:5  [错误]  发布日期（published）  「2023-02-30」不是有效的日期：这一天不存在（2023 年 2 月只有 28 天）  应为：形如 2024-03-15 的真实日期，不晚于构建日期`,
      `${rel}/articles/2024/script.md:10  [错误]  正文  正文中含有 <script> 脚本，出于安全原因不允许  应为：删除脚本；需要交互功能请联系技术人员`,
      expect.stringMatching(new RegExp(`^${rel}/policies/2024/unknown-column\\.md:4  \\[错误\\]  公开目录（column）  栏目「normative-document」不存在`)),
    ]);
    expect(r.stdout).toContain('内容检查：3 个错误，0 个警告。');
  });

  it('names an alias bomb and a GBK file in Chinese, with no stack trace, and goes on with the list', () => {
    const r = run(contentWith('yaml-alias-bomb', 'yaml-deep-nesting', 'gbk-encoding', 'malformed-date'));
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\bat .*\.(?:ts|js):\d+/);
    expect(r.stdout).toContain('bomb.md:6  [错误]  元数据');
    expect(r.stdout).toContain('deep.md:6  [错误]  元数据');
    expect(r.stdout).toContain('gbk.md:2  [错误]  文件编码');
    expect(r.stdout).toContain('bad-date.md:5  [错误]  发布日期（published）');
    expect(r.stdout).toContain('内容检查：4 个错误');
  });

  it('exits 0 when there are only warnings', () => {
    const dir = contentWith();
    // A body still holding the template line is a warning, not an error.
    cpSync(path.join(BAD, '_base/articles/2024/base-news.md'), path.join(dir, 'articles/2024/base-news.md'));
    const file = path.join(dir, 'articles/2024/base-news.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^推进会.*$/m, '【请在这里填写正文，写好后删除本行】'));
    const r = run(dir);
    expect(r.stdout).toContain('[警告]  正文  正文仍是模板文字');
    expect(r.status).toBe(0);
  });
});
