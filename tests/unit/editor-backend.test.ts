/**
 * The local editor backend writes only inside content/: item files as
 * content/<collection>/<year>/<slug>.md with a valid slug, attachments only into that
 * year's files/ folder, nothing through .., absolute paths or symlinks.
 */
import { mkdirSync, mkdtempSync, readFileSync, existsSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentRelative, EditorPathError } from '../../src/lib/editor/paths.ts';
import { LocalBackend } from '../../src/editor/backend.ts';

describe('contentRelative', () => {
  it('accepts item files and attachments where they belong', () => {
    expect(contentRelative('content/policies/2026/policy-2026-11-20-1.md', 'entry')).toBe('policies/2026/policy-2026-11-20-1.md');
    expect(contentRelative('content/policies/2026/files/fujian1.pdf', 'media')).toBe('policies/2026/files/fujian1.pdf');
    expect(contentRelative('content/columns.yaml', 'read')).toBe('columns.yaml');
  });

  it.each([
    ['content/../package.json', 'read'],
    ['/etc/passwd', 'read'],
    ['src/pages/index.astro', 'read'],
    ['content/policies/2026/../../../x.md', 'entry'],
    ['content\\policies\\2026\\a.md', 'entry'],
    ['content/.git/config', 'read'],
    ['content/columns.yaml', 'entry'],
    ['content/policies/2026/Bad Name.md', 'entry'],
    ['content/policies/2026/中文.md', 'entry'],
    ['content/unknown/2026/a.md', 'entry'],
    ['content/policies/20x6/a.md', 'entry'],
    ['content/policies/2026/a.html', 'entry'],
    ['content/policies/2026/a.pdf', 'media'],
    ['content/policies/2026/files/evil.html', 'media'],
    ['content/policies/2026/files/sub/a.pdf', 'media'],
  ] as const)('refuses %s for %s', (p, use) => {
    expect(() => contentRelative(p, use)).toThrow(EditorPathError);
  });

  it('says why in Chinese', () => {
    expect(() => contentRelative('content/policies/2026/Bad_Name.md', 'entry')).toThrow('文件名「Bad_Name」含有不允许的字符');
  });
});

describe('LocalBackend', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'portal-backend-'));
  const contentDir = path.join(root, 'content');
  mkdirSync(path.join(contentDir, 'policies', '2026'), { recursive: true });
  writeFileSync(path.join(root, 'secret.txt'), 'secret');
  symlinkSync(root, path.join(contentDir, 'policies', '2027'));
  const backend = new LocalBackend(contentDir);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes an entry and its attachment, and lists it', () => {
    backend.handle('persistEntry', {
      dataFiles: [{ path: 'content/policies/2026/policy-a.md', raw: '---\ntitle: 甲\n---\n正文\n' }],
      assets: [{ path: 'content/policies/2026/files/a.pdf', content: Buffer.from('%PDF').toString('base64'), encoding: 'base64' }],
    });
    expect(readFileSync(path.join(contentDir, 'policies/2026/policy-a.md'), 'utf8')).toContain('title: 甲');
    expect(readFileSync(path.join(contentDir, 'policies/2026/files/a.pdf'), 'utf8')).toBe('%PDF');
    const list = backend.handle('entriesByFolder', { folder: 'content/policies', extension: 'md', depth: 2 }) as Array<{ file: { path: string } }>;
    expect(list.map((e) => e.file.path)).toEqual(['content/policies/2026/policy-a.md']);
  });

  it('writes nothing when one path of a save is refused', () => {
    expect(() =>
      backend.handle('persistEntry', {
        dataFiles: [{ path: 'content/policies/2026/policy-b.md', raw: 'x' }],
        assets: [{ path: 'content/../evil.pdf', content: 'eA==', encoding: 'base64' }],
      }),
    ).toThrow(EditorPathError);
    expect(existsSync(path.join(contentDir, 'policies/2026/policy-b.md'))).toBe(false);
    expect(existsSync(path.join(root, 'evil.pdf'))).toBe(false);
  });

  it('does not follow a symlink out of content/', () => {
    expect(() => backend.handle('getMediaFile', { path: 'content/policies/2027/secret.txt' })).toThrow('content/ 文件夹以外');
    expect(() => backend.handle('persistEntry', { dataFiles: [{ path: 'content/policies/2027/x.md', raw: 'x' }] })).toThrow(EditorPathError);
    expect(existsSync(path.join(root, 'x.md'))).toBe(false);
  });
});
