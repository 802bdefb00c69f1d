/**
 * SearchScope (src/lib/search/scope.ts) on real Pagefind bundles: Pagefind's Node API
 * starts its binary, so this is an integration test; the scope's logic on fakes is in
 * tests/unit/search-scope.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindResponse } from '../../src/lib/search/engine.ts';
import type { ShardManifest } from '../../src/lib/search/shards.ts';

/**
 * The same on real Pagefind bundles (built here, a few pages each): what SearchScope works
 * around is Pagefind's own behaviour, so check it is still there and still handled.
 */
describe('SearchScope on real Pagefind bundles', () => {
  let dir: string;
  const years = { '2026': ['2026-11-20', '2026-06-01', '2026-01-10'], '2025': ['2025-12-30', '2025-03-01'], '2024': ['2024-08-08', '2024-02-02'] } as const;
  const urlOf = (date: string) => `/items/${date}/`;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'portal-scope-'));
    for (const [year, dates] of Object.entries(years)) {
      const { index } = await pagefind.createIndex({ forceLanguage: 'und' });
      for (const date of dates) {
        await index!.addCustomRecord({
          url: urlOf(date),
          content: `危 险 废 物 ${year} ${date}`,
          language: 'und',
          meta: { title: date, date },
          filters: { year: [year] },
          sort: { date },
        });
      }
      await index!.writeFiles({ outputPath: year === '2026' ? dir : path.join(dir, year) });
    }
    await pagefind.close();
    // Listed oldest first (object keys that look like numbers come in ascending order): the
    // scope orders shards by their keys, not by the manifest.
    const m: ShardManifest = {
      version: 1,
      mode: 'year',
      primary: '2026',
      shards: Object.entries(years).map(([key, d]) => ({ key, path: key === '2026' ? '/pagefind/' : `/pagefind/${key}/`, pages: d.length, bytes: 1 })),
    };
    writeFileSync(path.join(dir, 'shards.json'), JSON.stringify(m));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('searches the newest year first, then every year newest first', async () => {
    const { loadBundle } = await import('../../src/lib/search/pagefind-node.ts');
    const bundle = await loadBundle('scope-test', dir);
    const { pf, scope } = await bundle.newScope(false);
    const urls = async (r: PagefindResponse | null) => Promise.all(r!.results.map(async (x) => (await x.data()).url));
    const sorted = { sort: { date: 'desc' } } as const;
    expect(await urls(await scope.api.search('"危 险"', sorted))).toEqual(years['2026'].map(urlOf));
    await scope.widen();
    const all = [...years['2026'], ...years['2025'], ...years['2024']].map(urlOf);
    // Pagefind itself merges the bundles by score: in a sorted search, each page's rank in its own bundle.
    expect(await urls(await pf.search('"危 险"', sorted))).not.toEqual(all);
    expect(await urls(await scope.api.search('"危 险"', sorted))).toEqual(all);
    // A word that only one year has: the other years' bundles answer with Pagefind's prefix
    // fallback (2025 → 202, which 2026 and 2024 start with), which the scope drops per shard.
    expect(await urls(await pf.search('2025', sorted))).not.toEqual(years['2025'].map(urlOf));
    expect(await urls(await scope.api.search('2025', sorted))).toEqual(years['2025'].map(urlOf));
    const r = await scope.api.search('"危 险"', { ...sorted, filters: { year: '2025' } });
    expect(await urls(r)).toEqual(years['2025'].map(urlOf));
    expect(r!.filters).toEqual({ year: { 2024: 0, 2025: 2, 2026: 0 } });
    expect(Object.keys(await scope.api.filters())).toEqual(['year']);
    await pf.destroy();
  });
});
