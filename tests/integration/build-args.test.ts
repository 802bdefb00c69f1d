/**
 * `npm run build -- --out DIR` replaces DIR whole: an output folder that is the project,
 * the content, a folder with other files, or one that cannot be written is refused at
 * once, in Chinese, with no stack trace and nothing written.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function build(out: string) {
  return spawnSync(process.execPath, ['scripts/build.ts', '--as-of', '2026-11-22', '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, PORTAL_LOG_LEVEL: 'silent' },
  });
}

describe('npm run build --out', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'portal-out-'));
  writeFileSync(path.join(tmp, 'a-file'), 'x');
  it.each([
    ['.', '是项目目录或包含项目目录'],
    ['..', '是项目目录或包含项目目录'],
    ['content', '是内容目录或包含内容目录'],
    ['content/site', '在内容目录里面'],
    ['src', '已有其他内容，不像是生成的网站'],
    [path.join(tmp, 'a-file'), '是一个文件，不是文件夹'],
    [path.join(tmp, 'a-file', 'site'), '无法写入 --out'],
  ])('%s is refused: %s', (out, message) => {
    const before = readdirSync(process.cwd()).sort();
    const r = build(out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('没有生成任何输出');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(process.cwd()).sort()).toEqual(before);
    expect(existsSync('content/site')).toBe(false);
  });
  it('cleans up', () => rmSync(tmp, { recursive: true, force: true }));
});
