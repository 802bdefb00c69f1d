/**
 * The editor for production (`npm run edit -- --export DIR`): a self-hosted GitLab (or
 * Forgejo) backend with the editorial workflow 草稿 → 待审核 → 发布, Gitea without it (Decap
 * 3.16 has none there); the static files it writes, never into the public site; the public
 * site's CSP unchanged; and the CI samples running exactly the README's commands.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseCatalogue } from '../../src/lib/columns.ts';
import { editorConfig, productionBackend } from '../../src/lib/editor/config.ts';
import { exportEditor } from '../../src/editor/export.ts';
import { CSP_HEADER } from '../../src/lib/security.ts';

const { catalogue } = parseCatalogue(readFileSync('content/columns.yaml', 'utf8'));

describe('production configuration', () => {
  it('GitLab self-managed: merge-request workflow on main, PKCE login, Chinese interface', () => {
    const backend = productionBackend({
      name: 'gitlab',
      repo: 'xxgk/portal',
      baseUrl: 'https://git.bureau.internal',
      apiRoot: 'https://git.bureau.internal/api/v4',
      appId: 'abc123',
    });
    expect(backend).toEqual({
      name: 'gitlab',
      repo: 'xxgk/portal',
      branch: 'main',
      base_url: 'https://git.bureau.internal',
      api_root: 'https://git.bureau.internal/api/v4',
      app_id: 'abc123',
      auth_type: 'pkce',
    });
    const config = editorConfig({ catalogue, backend, publishMode: 'editorial_workflow' });
    expect(config).toMatchObject({ backend: { name: 'gitlab', branch: 'main' }, publish_mode: 'editorial_workflow', locale: 'zh_Hans' });
    // No portal server in production: the browser checks the patterns, the CI check is the gate.
    const policies = config.collections.find((c) => c.name === 'policies')!;
    expect(policies.fields.find((f) => f.name === 'docNumber')!.widget).toBe('string');
    expect(policies.fields.find((f) => f.name === 'slug')!.pattern![1]).toMatch(/^文件名只能用小写字母/);
  });

  it('Gitea: no workflow in Decap, so editors save to editor-drafts and main takes them by pull request', () => {
    expect(productionBackend({ name: 'gitea', repo: 'xxgk/portal' })).toEqual({ name: 'gitea', repo: 'xxgk/portal', branch: 'editor-drafts' });
    expect(productionBackend({ name: 'forgejo', repo: 'xxgk/portal' }).branch).toBe('main');
  });
});

describe('npm run edit -- --export DIR (the CLI run: tests/integration/editor-cli.test.ts)', () => {
  it('refuses to write into the public site', () => {
    for (const dir of ['dist', 'dist/admin', 'public/admin']) {
      expect(() => exportEditor({ root: process.cwd(), out: path.resolve(dir), backend: { name: 'gitlab', repo: 'a/b' } }), dir).toThrow(
        /编辑器不能导出到 (dist|public)\/ 里/,
      );
    }
    expect(existsSync('public/admin')).toBe(false);
  });

  it('leaves the public site without an editor and with its CSP as strict as before', () => {
    // Written by hand: the policy before the editor existed. No 'unsafe-inline', no other origin.
    expect(CSP_HEADER).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
    );
    // Nothing the build copies or renders is the editor: no admin page, no Decap.
    const listing = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String);
    for (const f of [...listing('public'), ...listing('src/pages')]) expect(f).not.toMatch(/admin|decap|editor/i);
  });
});

describe('CI samples (docs/deploy/ci/)', () => {
  // The README's commands: install, check, build.
  const README_COMMANDS = ['npm ci', 'npm run check', 'npm run build'];
  const readme = readFileSync('README.md', 'utf8');

  it('are the README’s own commands', () => {
    for (const c of README_COMMANDS) expect(readme).toContain(`\`${c}`);
  });

  it('GitLab: every merge request and main run exactly npm ci, npm run check, npm run build', () => {
    const ci = parseYaml(readFileSync('docs/deploy/ci/gitlab-ci.yml', 'utf8'));
    expect([...ci.default.before_script, ...ci['content-check'].script, ...ci.build.script]).toEqual(README_COMMANDS);
    expect(ci.workflow.rules.map((r: { if: string }) => r.if)).toEqual([
      '$CI_PIPELINE_SOURCE == "merge_request_event"',
      '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
    ]);
  });

  it('Forgejo/Gitea Actions: every pull request and main run exactly the same', () => {
    const wf = parseYaml(readFileSync('docs/deploy/ci/forgejo-gitea-workflow.yml', 'utf8'));
    const steps = wf.jobs['check-and-build'].steps.filter((s: { run?: string }) => s.run).map((s: { run: string }) => s.run);
    expect(steps).toEqual(README_COMMANDS);
    expect(Object.keys(wf.on)).toEqual(['pull_request', 'push']);
    expect(wf.on.push.branches).toEqual(['main']);
  });
});
