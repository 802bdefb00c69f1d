/**
 * `npm run edit` as run by editors and deployers: `--export DIR` writes the production
 * editor (static files, GitLab/Forgejo/Gitea configuration); the local server hands out
 * a default 文件名 as `npm run new` does and checks a chosen one, and serves every script
 * the editor page loads from the project (no CDN).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEditorServer } from '../../src/editor/server.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'portal-editor-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run edit -- --export DIR', () => {
  it('writes the editor page, Decap, js-yaml, the portal’s scripts and styles, and the configuration', () => {
    const out = path.join(tmp, 'gitlab');
    const run = spawnSync(
      process.execPath,
      ['scripts/edit.ts', '--export', out, '--backend', 'gitlab', '--repo', 'xxgk/portal', '--base-url', 'https://git.bureau.internal', '--app-id', 'abc'],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`编辑器已导出到 ${out}（不属于 dist/，请单独部署在内网）`);
    const files = readdirSync(out);
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'boot.js', 'portal.js', 'portal-admin.css', 'preview.css', 'config.json', 'decap-cms.js', 'js-yaml.min.js']),
    );
    // Every script the page loads is in the folder (no CDN).
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    for (const [, src] of html.matchAll(/<script src="([^"]+)"/g)) expect(files, src).toContain(src);
    const config = JSON.parse(readFileSync(path.join(out, 'config.json'), 'utf8'));
    expect(config).toMatchObject({
      backend: { name: 'gitlab', repo: 'xxgk/portal', branch: 'main', base_url: 'https://git.bureau.internal', app_id: 'abc', auth_type: 'pkce' },
      publish_mode: 'editorial_workflow',
      locale: 'zh_Hans',
    });
    expect(config.collections).toHaveLength(11);
    // The portal's page styles for the preview, elderly mode included.
    expect(readFileSync(path.join(out, 'preview.css'), 'utf8')).toContain('html[data-elderly]');
  });

  it('for Gitea writes no workflow (simple publishing to editor-drafts)', () => {
    const out = path.join(tmp, 'gitea');
    const run = spawnSync(process.execPath, ['scripts/edit.ts', '--export', out, '--backend', 'gitea', '--repo', 'xxgk/portal'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const config = JSON.parse(readFileSync(path.join(out, 'config.json'), 'utf8'));
    expect(config.publish_mode).toBeUndefined();
    expect(config.backend).toEqual({ name: 'gitea', repo: 'xxgk/portal', branch: 'editor-drafts' });
  });
});

describe('npm run edit (local server)', () => {
  it('gives a default 文件名 as npm run new does, checks a chosen one, and serves the page’s scripts', async () => {
    const contentDir = path.join(tmp, 'content');
    cpSync('content', contentDir, { recursive: true });
    const editor = await startEditorServer({ root: process.cwd(), contentDir, port: 0, asOf: '2026-11-22' });
    try {
      const origin = editor.url.replace(/\/admin\/$/, '');
      const next = async () => ((await (await fetch(`${origin}/api/editor/next-slug?collection=policies`)).json()) as { slug: string }).slug;
      const first = await next();
      expect(first).toMatch(/^policy-\d{4}-\d\d-\d\d-1$/);
      // Handed out once per session, even before it is saved.
      expect(await next()).toBe(first.replace(/-1$/, '-2'));
      const check = async (value: string) =>
        (
          (await (
            await fetch(`${origin}/api/editor/validate`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Origin: origin },
              body: JSON.stringify({ kind: 'policy', field: 'slug', value }),
            })
          ).json()) as { problems: Array<{ message: string }> }
        ).problems.map((p) => p.message);
      expect(await check('bianjiqi-ceshi')).toEqual([]);
      expect(await check('Bad_Name')).toEqual(['文件名「Bad_Name」含有不允许的字符，它会成为网址的一部分']);
      expect((await check('2021-wuranyuan-pucha-gongbao'))[0]).toMatch(
        /^文件名「2021-wuranyuan-pucha-gongbao」已被 \S*content\/articles\/2021\/2021-wuranyuan-pucha-gongbao\.md 使用$/,
      );
      // Every script of the page comes from this server.
      const html = await (await fetch(editor.url)).text();
      for (const [, src] of html.matchAll(/<script src="([^"]+)"/g)) {
        const r = await fetch(new URL(src!, editor.url));
        expect(r.status, src).toBe(200);
      }
      const config = (await (await fetch(`${origin}/admin/config.json`)).json()) as { backend: { name: string }; publish_mode?: string };
      expect(config.backend.name).toBe('proxy');
      expect(config.publish_mode).toBeUndefined();
    } finally {
      await editor.close();
    }
  });
});
