/**
 * `npm run publish` as a whole, on a small fixture (slow: two full builds and a publish):
 * after one item is changed and one added, publishing gives the same pages as a full
 * rebuild of the same content, and the search index knows both through the delta shard
 * — with the changed item's old version listed to be dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isShardManifest, type ShardManifest } from '../../src/lib/search/shards.ts';
import { pageIdsByUrl } from '../../src/pipeline/search-index.ts';
import { copyFixture } from '../support/fixtures.ts';

const AS_OF = '2026-11-22';
const ROOT = process.cwd();
const CHANGED_TEXT = '发布流程校验语句甲乙丙';
const ADDED_TEXT = '新增信息校验语句丁戊己';

const work = mkdtempSync(path.join(tmpdir(), 'portal-publish-'));
const content = path.join(work, 'content');
const site = path.join(work, 'site');
const rebuilt = path.join(work, 'rebuilt');
// Year shards, as a large site has them: the old version is found in its year's shard.
const env = { ...process.env, PORTAL_LOG_LEVEL: 'silent', PORTAL_CACHE_DIR: path.join(work, 'astro-cache'), PORTAL_SEARCH_SHARDS: 'year' };
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env, cwd: ROOT });
  if (r.status !== 0) throw new Error(`${script} 退出码 ${r.status}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return r.stdout;
}

/** Site-relative paths of every file, search bundle excluded. */
function pages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((r) => !r.startsWith('pagefind'))
    .sort();
}

const manifestOf = (dir: string): ShardManifest => {
  const m: unknown = JSON.parse(readFileSync(path.join(dir, 'pagefind/shards.json'), 'utf8'));
  if (!isShardManifest(m)) throw new Error('shards.json is not a manifest');
  return m;
};

/** Texts of the fragments of one bundle (its own, not the shards below it). */
function fragmentTexts(bundle: string): Array<{ url: string; content: string }> {
  const dir = path.join(bundle, 'fragment');
  return readdirSync(dir).map((f) =>
    JSON.parse(
      gunzipSync(readFileSync(path.join(dir, f)))
        .subarray(12)
        .toString('utf8'),
    ),
  );
}

let publishOutput = '';
let republishOutput = '';
let firstManifest: ShardManifest | undefined;
let oldId: string | undefined;

beforeAll(async () => {
  copyFixture('valid', content);
  run('scripts/build.ts', ['--as-of', AS_OF, '--content', content, '--out', site]);
  oldId = (await pageIdsByUrl(path.join(site, 'pagefind'))).get('/items/fixture-news-3/');
  const changed = path.join(content, 'articles/2026/fixture-news-3.md');
  writeFileSync(changed, `${readFileSync(changed, 'utf8')}\n${CHANGED_TEXT}。\n`);
  writeFileSync(
    path.join(content, 'articles/2026/fixture-news-added.md'),
    `---\ntitle: 工作动态：新增的一条信息\nindexNumber: 11990000MB1234560X/2026-00990\ncolumn: news\npublished: 2026-11-20\nkeywords: [工作动态]\n---\n${ADDED_TEXT}。\n`,
  );
  publishOutput = run('scripts/publish.ts', ['--site', site, '--content', content, '--as-of', AS_OF]);
  firstManifest = manifestOf(site);
  // Published again with the same text: only an attachment's modification time changed.
  utimesSync(path.join(content, 'policies/2024/files/fujian1.pdf'), new Date('2026-11-01'), new Date('2026-11-01'));
  republishOutput = run('scripts/publish.ts', ['--site', site, '--content', content, '--as-of', AS_OF]);
  run('scripts/build.ts', ['--as-of', AS_OF, '--content', content, '--out', rebuilt]);
}, 300_000);

describe('npm run publish', () => {
  it('publishes an item again when only an attachment changed, and does not drop it from search', async () => {
    expect(republishOutput).toMatch(/发布完成：fixture-policy-2024 /);
    // Same text, same Pagefind id in the delta shard as in its year shard: that id must not be dropped.
    const inDelta = (await pageIdsByUrl(path.join(site, 'pagefind/delta'))).get('/items/fixture-policy-2024/');
    const inYear = (await pageIdsByUrl(path.join(site, 'pagefind/2024'))).get('/items/fixture-policy-2024/');
    expect(inDelta).toBeDefined();
    expect(inDelta).toBe(inYear);
    expect(manifestOf(site).supersedes).not.toContain(inDelta);
  });

  it('publishes the changed and the added item, found without naming them', () => {
    expect(publishOutput).toMatch(/发布完成：fixture-news-3、fixture-news-added/);
    expect(readFileSync(path.join(site, 'items/fixture-news-3/index.html'), 'utf8')).toContain(CHANGED_TEXT);
    expect(readFileSync(path.join(site, 'items/fixture-news-added/index.html'), 'utf8')).toContain(ADDED_TEXT);
    expect(readFileSync(path.join(site, 'columns/news/index.html'), 'utf8')).toContain('/items/fixture-news-added/');
  });

  it('gives the same pages, byte for byte, as a full rebuild', () => {
    const a = pages(site);
    expect(a).toEqual(pages(rebuilt));
    const differing = a.filter((r) => !readFileSync(path.join(site, r)).equals(readFileSync(path.join(rebuilt, r))));
    expect(differing).toEqual([]);
  });

  it('indexes both items in the delta shard and drops the old version', async () => {
    const m = manifestOf(site);
    const delta = m.shards.find((s) => s.key === 'delta');
    expect(delta).toMatchObject({ path: '/pagefind/delta/', pages: 3 });
    const texts = fragmentTexts(path.join(site, 'pagefind/delta'));
    expect(texts.map((t) => t.url).sort()).toEqual(['/items/fixture-news-3/', '/items/fixture-news-added/', '/items/fixture-policy-2024/']);
    // The index copy has a space between Han characters.
    expect(texts.find((t) => t.url === '/items/fixture-news-3/')!.content.replace(/\s/g, '')).toContain(CHANGED_TEXT);
    expect(oldId).toMatch(/^[\w-]+$/);
    expect(firstManifest!.supersedes).toEqual([oldId]);
    expect(m.supersedes).toEqual([oldId]);
    // The search page can put the new version in the old one's place in date order.
    const newId = (await pageIdsByUrl(path.join(site, 'pagefind/delta'))).get('/items/fixture-news-3/');
    expect(m.replaces).toEqual({ [newId!]: oldId });
    // The year shards themselves are as the full build left them.
    expect(m.mode).toBe('year');
    expect(m.shards.filter((s) => s.key !== 'delta').map((s) => s.key)).toEqual(['2026', '2025', '2024']);
    expect(manifestOf(rebuilt).shards.map((s) => s.key)).toEqual(['2026', '2025', '2024']);
  });
});
