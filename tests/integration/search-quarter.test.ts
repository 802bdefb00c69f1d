/**
 * Quarter shards (src/lib/search/shards.ts, a site whose years hold more than YEAR_MAX_PAGES
 * items) on a real build of tests/fixtures/valid, forced with PORTAL_SEARCH_SHARDS=quarter:
 * the layout, the search page's scope over real Pagefind bundles, and `npm run publish
 * --search shard` re-indexing only the quarters of the changed items.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isShardManifest, type ShardManifest } from '../../src/lib/search/shards.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { scopedQuery } from '../../src/lib/search/scope.ts';
import { copyFixture } from '../support/fixtures.ts';

const AS_OF = '2026-11-22';
const ROOT = process.cwd();
const SENTINEL = '季度分片校验语句庚辛壬';
const NEW_QUARTER_TEXT = '新季度校验语句癸子丑';

const work = mkdtempSync(path.join(tmpdir(), 'portal-quarter-'));
const content = path.join(work, 'content');
const site = path.join(work, 'site');
const env = { ...process.env, PORTAL_LOG_LEVEL: 'silent', PORTAL_CACHE_DIR: path.join(work, 'astro-cache'), PORTAL_SEARCH_SHARDS: 'quarter' };
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env, cwd: ROOT });
  if (r.status !== 0) throw new Error(`${script} 退出码 ${r.status}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return r.stdout;
}

const manifestOf = (): ShardManifest => {
  const m: unknown = JSON.parse(readFileSync(path.join(site, 'pagefind/shards.json'), 'utf8'));
  if (!isShardManifest(m)) throw new Error('shards.json is not a manifest');
  return m;
};

/** URLs and texts of the fragments of one bundle (its own, not the shards below it). */
function fragments(bundle: string): Array<{ url: string; content: string }> {
  const dir = path.join(site, bundle, 'fragment');
  return readdirSync(dir).map((f) =>
    JSON.parse(
      gunzipSync(readFileSync(path.join(dir, f)))
        .subarray(12)
        .toString('utf8'),
    ),
  );
}

/** A hash of every file of one bundle folder (not the shards below the primary). */
function bundleHash(bundle: string): string {
  const dir = path.join(site, bundle);
  const h = createHash('sha256');
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort())
    h.update(path.relative(dir, f)).update(readFileSync(f));
  return h.digest('hex');
}

const edit = (rel: string, from: string, to: string) => {
  const abs = path.join(content, rel);
  writeFileSync(abs, readFileSync(abs, 'utf8').replace(from, to));
};

let built: ShardManifest;
let hashesBefore: Record<string, string> = {};
let publishOutput = '';

beforeAll(() => {
  copyFixture('valid', content);
  run('scripts/build.ts', ['--as-of', AS_OF, '--content', content, '--out', site]);
  built = manifestOf();
  hashesBefore = { '2026q2': bundleHash('pagefind/2026q2'), '2025q1': bundleHash('pagefind/2025q1') };
}, 300_000);

describe('a site split by quarter', () => {
  it('has one bundle per quarter, the newest at /pagefind/', () => {
    expect(built.mode).toBe('quarter');
    expect(built.primary).toBe('2026q3');
    // The fixture's items: 2024-01-05 and two on 2024-03-05; 2025-03-10; 2026 from 01-04 to 09-22.
    expect(built.shards.map((s) => [s.key, s.path])).toEqual([
      ['2026q3', '/pagefind/'],
      ['2026q2', '/pagefind/2026q2/'],
      ['2026q1', '/pagefind/2026q1/'],
      ['2025q1', '/pagefind/2025q1/'],
      ['2024q1', '/pagefind/2024q1/'],
    ]);
    expect(fragments('pagefind').map((f) => f.url)).toContain('/items/fixture-news-24/');
    expect(fragments('pagefind/2026q1').map((f) => f.url)).toContain('/items/fixture-news-1/');
  });

  it('searches the newest quarter first, says so, and a 年份 filter adds that year’s quarters only', async () => {
    const { loadBundle } = await import('../../src/lib/search/pagefind-node.ts');
    const bundle = await loadBundle('quarter-test', path.join(site, 'pagefind'));
    const first = await bundle.newScope(false);
    const common = await scopedQuery(first.scope, parseQuery('工作动态'));
    // 2026q3 holds 7 news items (fixture-news-19 … 25): fewer than a page, so the search goes
    // on into older quarters that can hold the words.
    expect(common.outcome.exact.length).toBeGreaterThanOrEqual(10);
    expect(first.scope.loaded[0]).toBe('2026q3');
    expect(first.scope.firstYears).toBe('2026 年第三季度');
    await first.pf.destroy();

    const byYear = await bundle.newScope(false);
    const r = await scopedQuery(byYear.scope, parseQuery('专项检查'), { filters: { year: '2026' }, sort: 'date' });
    expect(r.decision).toEqual({ widen: true, reason: 'year' });
    expect([...byYear.scope.loaded].sort()).toEqual(['2026q1', '2026q2', '2026q3']);
    const urls = await Promise.all(r.outcome.exact.map(async (h) => (await h.result.data()).url));
    expect(urls[0]).toBe('/items/fixture-news-25/');
    expect(urls.at(-1)).toBe('/items/fixture-news-1/');
    expect(urls).toHaveLength(25);
    expect(byYear.scope.unsearchedYears).toEqual(['2025', '2024']);
    await byYear.pf.destroy();
  });

  it('publish --search shard re-indexes the quarters of the changed items and leaves the others byte for byte', () => {
    // Changed text in 2026q3; an item of 2026q1 back to draft (its fragments must go).
    edit('articles/2026/fixture-news-24.md', '第 24 期。', `第 24 期。${SENTINEL}。`);
    edit('articles/2026/fixture-news-1.md', 'keywords: [工作动态]', 'keywords: [工作动态]\ndraft: true');
    publishOutput = run('scripts/publish.ts', ['--site', site, '--content', content, '--as-of', AS_OF, '--search', 'shard']);
    expect(publishOutput).toContain('分片 2026q1、2026q3');
    const m = manifestOf();
    expect(m.mode).toBe('quarter');
    expect(m.shards.map((s) => s.key)).toEqual(['2026q3', '2026q2', '2026q1', '2025q1', '2024q1']);
    const q3 = fragments('pagefind').find((f) => f.url === '/items/fixture-news-24/');
    expect(q3!.content.replace(/\s/g, '')).toContain(SENTINEL);
    expect(fragments('pagefind/2026q1').map((f) => f.url)).not.toContain('/items/fixture-news-1/');
    expect(bundleHash('pagefind/2026q2')).toBe(hashesBefore['2026q2']);
    expect(bundleHash('pagefind/2025q1')).toBe(hashesBefore['2025q1']);
  });

  it('an item in a new quarter gets its own shard, a bit in the gram table, and is searched first', async () => {
    writeFileSync(
      path.join(content, 'articles/2026/fixture-news-autumn.md'),
      `---\ntitle: 工作动态：十月的一条信息\nindexNumber: 11990000MB1234560X/2026-00991\ncolumn: news\npublished: 2026-10-05\nkeywords: [工作动态]\n---\n${NEW_QUARTER_TEXT}。\n`,
    );
    const out = run('scripts/publish.ts', ['--site', site, '--content', content, '--as-of', AS_OF, '--search', 'shard']);
    expect(out).toContain('分片 2026q4');
    const m = manifestOf();
    // The primary stays where the full build put it; the new quarter is beside it.
    expect(m.primary).toBe('2026q3');
    expect(m.shards.map((s) => [s.key, s.path])[0]).toEqual(['2026q4', '/pagefind/2026q4/']);
    expect(m.grams?.keys).toEqual(['2026q3', '2026q2', '2026q1', '2025q1', '2024q1', '2026q4']);
    const { loadBundle } = await import('../../src/lib/search/pagefind-node.ts');
    const { pf, scope } = await (await loadBundle('quarter-test-new', path.join(site, 'pagefind'))).newScope(false);
    expect(scope.loaded).toContain('2026q4');
    const r = await scopedQuery(scope, parseQuery(NEW_QUARTER_TEXT));
    expect(await Promise.all(r.outcome.exact.map(async (h) => (await h.result.data()).url))).toEqual(['/items/fixture-news-autumn/']);
    // The gram table knows the new quarter: a word of the other quarters only rules it out.
    expect([...((await scope.candidates(parseQuery(SENTINEL))) ?? [])]).toEqual(['2026q3']);
    await pf.destroy();
  });
});
