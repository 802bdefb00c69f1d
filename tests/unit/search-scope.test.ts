import { afterEach, describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindResponse, PagefindResult, PagefindSearchOptions } from '../../src/lib/search/engine.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import {
  AUTO_BUDGET,
  decideScope,
  mergeByDate,
  SearchScope,
  scopedQuery,
  shardCost,
  SHARD_FILTER,
  sumFilterCounts,
  withoutSuperseded,
  type PagefindHandle,
  type ScopeInput,
} from '../../src/lib/search/scope.ts';
import { BODY_MARK } from '../../src/lib/search/text.ts';
import type { ShardManifest } from '../../src/lib/search/shards.ts';
import { fourFiles, longKey, longName, textLongGrams } from '../../src/lib/search/grams.ts';

describe('decideScope: when a search covers every year', () => {
  const base: ScopeInput = { first: ['2026', 'delta'], later: ['2025', '2024', '2021'], widened: false };

  it('never widens without older shards (one bundle, or a manifest of one year)', () => {
    expect(decideScope({ ...base, later: [], exact: 0, related: 3 })).toEqual({ widen: false, partial: false });
    expect(decideScope({ ...base, later: [], widened: true, year: '2021' })).toEqual({ widen: false, partial: false });
  });

  it('stays widened once widened in this page session, whatever the results', () => {
    expect(decideScope({ ...base, widened: true })).toEqual({ widen: true, reason: 'session' });
    expect(decideScope({ ...base, widened: true, exact: 500 })).toEqual({ widen: true, reason: 'session' });
  });

  it('widens before searching for a 年份 filter held by an older shard', () => {
    expect(decideScope({ ...base, year: '2024' })).toEqual({ widen: true, reason: 'year' });
    expect(decideScope({ ...base, year: '2021', exact: 50 })).toEqual({ widen: true, reason: 'year' });
  });

  it('does not widen for a 年份 filter of the first scope (or of no shard): nothing more to find', () => {
    expect(decideScope({ ...base, year: '2026', exact: 2 })).toEqual({ widen: false, partial: false });
    expect(decideScope({ ...base, year: '1999', exact: 0 })).toEqual({ widen: false, partial: false });
  });

  it('before the query has run, nothing else decides', () => {
    expect(decideScope(base)).toEqual({ widen: false, partial: true });
  });

  it('widens when nothing matches and related results would be shown', () => {
    expect(decideScope({ ...base, exact: 0, related: 4 })).toEqual({ widen: true, reason: 'related' });
  });

  it('widens when the first scope gives fewer exact results than one page', () => {
    expect(decideScope({ ...base, exact: 0, related: 0 })).toEqual({ widen: true, reason: 'few' });
    expect(decideScope({ ...base, exact: 9 })).toEqual({ widen: true, reason: 'few' });
    expect(decideScope({ ...base, exact: 4, page: 3 })).toEqual({ widen: false, partial: true });
  });

  it('otherwise stays in the first scope and says the results are partial', () => {
    expect(decideScope({ ...base, exact: 10 })).toEqual({ widen: false, partial: true });
    expect(decideScope({ ...base, exact: 250, related: 0 })).toEqual({ widen: false, partial: true });
  });
});

const result = (id: string, score = 1, date = '2026-01-01'): PagefindResult => ({
  id,
  score,
  data: async () => ({ url: `/items/${id}/`, content: '', meta: { date } }),
});

describe('withoutSuperseded', () => {
  const fake: PagefindApi & { asked: string[] } = {
    asked: [],
    async search(term) {
      this.asked.push(term);
      if (term === 'none') return null;
      return { results: [result('a'), result('old'), result('b'), result('older')], filters: { kind: { 政策文件: 4 } } };
    },
    async filters() {
      return { year: { 2026: 4 } };
    },
  };

  it('drops the superseded pages from every search, keeps order and counts', async () => {
    const api = withoutSuperseded(fake, ['old', 'older', 'elsewhere']);
    const r = await api.search('"环 境"', { sort: { date: 'desc' } });
    expect(r!.results.map((x) => x.id)).toEqual(['a', 'b']);
    // Filter counts are left as Pagefind gave them (approximate by the superseded pages).
    expect(r!.filters).toEqual({ kind: { 政策文件: 4 } });
    expect(await api.search('none')).toBeNull();
    expect(await api.filters()).toEqual({ year: { 2026: 4 } });
    expect(fake.asked).toEqual(['"环 境"', 'none']);
  });

  it('is the API itself when nothing is superseded', () => {
    expect(withoutSuperseded(fake, [])).toBe(fake);
  });
});

describe('sumFilterCounts', () => {
  it('adds the counts of per-shard responses and leaves out the shard filter', () => {
    expect(sumFilterCounts([{ kind: { a: 1, b: 0 }, [SHARD_FILTER]: { 2026: 1 } }, undefined, { kind: { b: 2 }, year: { 2025: 2 } }])).toEqual({
      kind: { a: 1, b: 2 },
      year: { 2025: 2 },
    });
  });
});

describe('mergeByDate', () => {
  const dated = (id: string, date: string) => result(id, 1, date);
  const resultDateOf = async (r: ReturnType<typeof dated>) => (await r.data()).meta.date!;

  it('puts year shards one after the other without reading any result', async () => {
    const read: string[] = [];
    const out = await mergeByDate(
      [
        { key: '2026', results: [dated('n1', '2026-05-01'), dated('n2', '2026-01-01')] },
        { key: '2025', results: [dated('o1', '2025-12-01')] },
      ],
      async (r) => (read.push(r.id), (await r.data()).meta.date!),
    );
    expect(out.map((r) => r.id)).toEqual(['n1', 'n2', 'o1']);
    expect(read).toEqual([]);
  });

  it('places a newly published delta item first after one comparison', async () => {
    const read: string[] = [];
    const out = await mergeByDate(
      [
        { key: '2026', results: [dated('a', '2026-10-01'), dated('b', '2026-06-01'), dated('c', '2026-02-01')] },
        { key: 'delta', results: [dated('new', '2026-11-20')] },
      ],
      async (r) => (read.push(r.id), (await r.data()).meta.date!),
    );
    expect(out.map((r) => r.id)).toEqual(['new', 'a', 'b', 'c']);
    expect(read.sort()).toEqual(['a', 'new']);
  });

  it('places an older item published again inside its own year, skipping other years by their key', async () => {
    const read: string[] = [];
    const y2026 = ['a', 'b', 'c', 'd'].map((id, i) => dated(id, `2026-1${2 - i}-01`));
    const y2024 = ['e', 'f', 'g', 'h', 'i'].map((id, i) => dated(id, `2024-0${9 - i}-01`));
    const out = await mergeByDate(
      [
        { key: '2026', results: y2026 },
        { key: '2025', results: [dated('x', '2025-03-03')] },
        { key: '2024', results: y2024 },
        { key: 'delta', results: [dated('new', '2026-12-24'), dated('again', '2024-06-15'), dated('oldest', '2019-01-01')] },
      ],
      async (r) => (read.push(r.id), (await r.data()).meta.date!),
    );
    expect(out.map((r) => r.id)).toEqual(['new', 'a', 'b', 'c', 'd', 'x', 'e', 'f', 'g', 'again', 'h', 'i', 'oldest']);
    // Only dates inside 2024 were needed for `again`: never 2025's or the other 2026 results.
    expect(read.filter((id) => ['b', 'c', 'd', 'x'].includes(id))).toEqual([]);
  });

  it("puts an item published again in its old version's place (manifest replaces) after reading only those two", async () => {
    const read: string[] = [];
    const y2026 = Array.from({ length: 40 }, (_, i) => dated(`p${i}`, `2026-10-${String(30 - (i >> 1)).padStart(2, '0')}`));
    const out = await mergeByDate(
      [
        { key: '2026', results: y2026 },
        { key: 'delta', results: [dated('p25-new', '2026-10-18')] },
      ],
      async (r) => (read.push(r.id), (await r.data()).meta.date!),
      { 'p25-new': 'p25' },
    );
    expect(out.map((r) => r.id).slice(24, 27)).toEqual(['p24', 'p25-new', 'p25']);
    expect(read.sort()).toEqual(['p25', 'p25-new']);
  });

  it('falls back to the binary search when the date changed since the old version', async () => {
    const out = await mergeByDate(
      [
        { key: '2026', results: ['a', 'b', 'c', 'd'].map((id, i) => dated(id, `2026-0${9 - i}-01`)) },
        { key: 'delta', results: [dated('c-new', '2026-08-15')] },
      ],
      resultDateOf,
      { 'c-new': 'c' },
    );
    expect(out.map((r) => r.id)).toEqual(['a', 'c-new', 'b', 'c', 'd']);
  });

  it('places delta results inside a single bundle (no years to skip) by date', async () => {
    const main = ['a', 'b', 'c'].map((id, i) => dated(id, `202${6 - i}-01-01`));
    const out = await mergeByDate([
      { key: 'main', results: main },
      { key: 'delta', results: [dated('d', '2025-06-01')] },
    ]);
    expect(out.map((r) => r.id)).toEqual(['a', 'd', 'b', 'c']);
  });
});

interface FakeDoc {
  id: string;
  text: string;
  date: string;
  kind: string;
}

/**
 * A stand-in for Pagefind with merged bundles, as Pagefind 1.5 behaves: each bundle is
 * searched on its own (a synthetic `mergeFilter` names its pages), a date-sorted search
 * gives each page its rank in its own bundle as score, and the bundles' results are then
 * merged by score (so the years interleave). Terms match pages whose text contains them
 * (quotes and spaces ignored).
 */
function fakeShardedPagefind(bundles: Record<string, FakeDoc[]>) {
  const instances: Array<{ path: string; docs: FakeDoc[]; synthetic: Record<string, string> }> = [
    { path: '/pagefind/', docs: bundles['/pagefind/']!, synthetic: {} },
  ];
  const merged: string[] = [];
  const matches = (d: FakeDoc, term: string, filters: Record<string, string | string[]>, synthetic: Record<string, string>) =>
    (d.text + BODY_MARK).includes(term.replace(/["\s]/g, '')) &&
    Object.entries(filters).every(([k, v]) => (k === 'kind' ? d.kind : k === 'year' ? d.date.slice(0, 4) : synthetic[k]) === v);
  const pf: PagefindHandle & { merged: string[]; searches: number } = {
    merged,
    searches: 0,
    async options(o) {
      Object.assign(instances[0]!.synthetic, o.mergeFilter as Record<string, string>);
    },
    async mergeIndex(path, o) {
      merged.push(path);
      instances.push({ path, docs: bundles[path] ?? [], synthetic: { ...(o?.mergeFilter as Record<string, string>) } });
    },
    async search(term: string, options: PagefindSearchOptions = {}): Promise<PagefindResponse> {
      this.searches++;
      const all: PagefindResult[] = [];
      const counts: Record<string, Record<string, number>> = {};
      for (const inst of instances) {
        const byDate = [...inst.docs].sort((a, b) => b.date.localeCompare(a.date));
        const hits = byDate.filter((d) => matches(d, term, options.filters ?? {}, inst.synthetic));
        for (const d of hits) {
          const score = options.sort ? inst.docs.length - 1 - byDate.indexOf(d) : d.text.split(term.replace(/["\s]/g, '')).length - 1;
          all.push(result(d.id, score, d.date));
          (counts.kind ??= {})[d.kind] = (counts.kind[d.kind] ?? 0) + 1;
          for (const [k, v] of Object.entries(inst.synthetic)) (counts[k] ??= {})[v] = (counts[k][v] ?? 0) + 1;
        }
      }
      return { results: all.sort((a, b) => b.score - a.score), filters: counts };
    },
    async filters() {
      const out: Record<string, Record<string, number>> = {};
      for (const inst of instances) for (const d of inst.docs) (out.kind ??= {})[d.kind] = (out.kind[d.kind] ?? 0) + 1;
      for (const inst of instances) for (const [k, v] of Object.entries(inst.synthetic)) (out[k] ??= {})[v] = inst.docs.length;
      return out;
    },
  };
  return pf;
}

const doc = (id: string, date: string, text: string, kind = '公开信息'): FakeDoc => ({ id, date, text, kind });
const bundles: Record<string, FakeDoc[]> = {
  '/pagefind/': [
    ...Array.from({ length: 12 }, (_, i) => doc(`w${i}`, `2026-${String(12 - i).padStart(2, '0')}-01`, '危险废物管理')),
    doc('air26', '2026-03-15', '空气质量'),
    doc('old-version', '2026-02-01', '排污许可 旧版本'),
  ],
  '/pagefind/2025/': [doc('w25', '2025-05-01', '危险废物'), doc('air25', '2025-04-01', '空气质量', '数据发布'), doc('q25', '2025-01-01', '排污权交易')],
  '/pagefind/2024/': [doc('w24', '2024-05-01', '危险废物'), doc('q24', '2024-03-01', '排污权有偿使用')],
  '/pagefind/delta/': [doc('new-version', '2026-02-01', '排污许可 新版本'), doc('fresh', '2026-12-21', '危险废物 空气质量')],
};
const manifest: ShardManifest = {
  version: 1,
  mode: 'year',
  primary: '2026',
  shards: [
    { key: '2026', path: '/pagefind/', pages: 14, bytes: 1 },
    { key: '2025', path: '/pagefind/2025/', pages: 3, bytes: 1 },
    { key: '2024', path: '/pagefind/2024/', pages: 2, bytes: 1 },
    { key: 'delta', path: '/pagefind/delta/', pages: 2, bytes: 1 },
  ],
  supersedes: ['old-version'],
};

describe('SearchScope', () => {
  it('opens on the newest year and the delta shard, and drops superseded pages', async () => {
    const pf = fakeShardedPagefind(bundles);
    const scope = new SearchScope(pf, manifest);
    await scope.open();
    expect(pf.merged).toEqual(['/pagefind/delta/']);
    expect(scope.loaded).toEqual(['2026', 'delta']);
    expect(scope.widened).toBe(false);
    expect(scope.firstYears).toBe('2026 年');
    expect(scope.laterYears).toBe('2024—2025 年');
    expect(scope.unsearchedYears).toEqual(['2025', '2024']);
    const r = await scope.api.search('"排 污 许 可"');
    expect(r!.results.map((x) => x.id)).toEqual(['new-version']);
    // The synthetic shard filter is never shown.
    expect(Object.keys(await scope.api.filters())).toEqual(['kind']);
  });

  it('keeps date order across shards, where Pagefind merges by score', async () => {
    const pf = fakeShardedPagefind(bundles);
    const scope = new SearchScope(pf, manifest);
    await scope.widen();
    expect(pf.merged).toEqual(['/pagefind/delta/', '/pagefind/2025/', '/pagefind/2024/']);
    expect(scope.widened).toBe(true);
    expect(scope.unsearchedYears).toEqual([]);
    const raw = await pf.search('"危 险 废 物"', { sort: { date: 'desc' } });
    const rawDates = await Promise.all(raw!.results.map(async (r) => (await r.data()).meta.date!));
    expect([...rawDates].sort().reverse()).not.toEqual(rawDates);
    const r = await scope.api.search('"危 险 废 物"', { sort: { date: 'desc' } });
    expect(r!.results.map((x) => x.id)).toEqual(['fresh', ...Array.from({ length: 12 }, (_, i) => `w${i}`), 'w25', 'w24']);
    expect(r!.filters).toEqual({ kind: { 公开信息: 15 } });
    // A 年份 filter leaves the other year shards out of the per-shard searches.
    const before = pf.searches;
    const y = await scope.api.search('"空 气"', { sort: { date: 'desc' }, filters: { year: '2025' } });
    expect(y!.results.map((x) => x.id)).toEqual(['air25']);
    expect(pf.searches - before).toBe(2); // 2025 and delta
    // Unsorted searches are Pagefind's own merge by score.
    expect((await scope.api.search('"空 气"'))!.results).toHaveLength(3);
  });

  it('without a valid manifest is the one bundle: nothing merged, never widens', async () => {
    for (const m of [undefined, { version: 2 }, { ...manifest, shards: [{ key: '2026', path: '/elsewhere/' }] }]) {
      const pf = fakeShardedPagefind(bundles);
      const scope = new SearchScope(pf, m);
      await scope.open();
      expect(pf.merged).toEqual([]);
      expect(scope.widened).toBe(true);
      expect(scope.decide({ filters: {} }, { exact: [], related: [] })).toEqual({ widen: false, partial: false });
      expect((await scope.api.search('"排 污 许 可"'))!.results.map((x) => x.id)).toEqual(['old-version']);
    }
  });
});

describe('scopedQuery: the page searches the first scope, then widens by the rules', () => {
  const run = async (q: string, filters: Record<string, string> = {}, scope = new SearchScope(fakeShardedPagefind(bundles), manifest)) => {
    const { outcome, decision } = await scopedQuery(scope, parseQuery(q), { filters, sort: 'relevance' });
    return { ids: outcome.exact.map((h) => h.id), decision, scope };
  };

  it('a common word with a page of results in the newest year stays there and says so', async () => {
    const { ids, decision, scope } = await run('危险废物');
    expect(ids).toHaveLength(13);
    expect(ids).not.toContain('w25');
    expect(decision).toEqual({ widen: false, partial: true });
    expect(scope.widened).toBe(false);
  });

  it('a word found only in older years widens and finds them', async () => {
    const { ids, decision, scope } = await run('排污权');
    expect(ids.sort()).toEqual(['q24', 'q25']);
    expect(decision.widen && decision.reason).toBe('few');
    expect(scope.widened).toBe(true);
  });

  it('a filter for an older year searches that year before searching', async () => {
    const pf = fakeShardedPagefind(bundles);
    const scope = new SearchScope(pf, manifest);
    const { ids, decision } = await run('空气质量', { year: '2025' }, scope);
    expect(ids).toEqual(['air25']);
    expect(decision).toEqual({ widen: true, reason: 'year' });
    expect(pf.merged).toEqual(['/pagefind/delta/', '/pagefind/2025/']);
    // Later searches in the same session keep 2025; 2024 is still not searched.
    const again = await run('危险废物', {}, scope);
    expect(again.decision).toEqual({ widen: false, partial: true });
    expect(again.ids.sort()).toEqual([...Array.from({ length: 12 }, (_, i) => `w${i}`), 'fresh', 'w25'].sort());
    expect(scope.pendingYears).toBe('2024 年');
  });

  it('a filter for the newest year never widens', async () => {
    const { ids, decision, scope } = await run('空气质量', { year: '2026' });
    expect(ids.sort()).toEqual(['air26', 'fresh']);
    expect(decision).toEqual({ widen: false, partial: false });
    expect(scope.widened).toBe(false);
  });
});

describe('scopedQuery with the gram and number tables', () => {
  // Written by hand from the bundles' texts: bit 1 = 2026, 2 = 2025, 4 = 2024.
  const tables: Record<string, unknown> = {
    '/pagefind/grams/0.json': {
      排污: 7,
      污权: 6,
      排污权: 6,
      污权交: 2,
      权交易: 2,
      权交: 2,
      交易: 2,
      有偿: 4,
      偿使: 4,
      使用: 4,
      危险: 7,
      险废: 7,
      废物: 7,
      空气: 3,
      气质: 3,
      质量: 3,
    },
    '/pagefind/numbers/0.json': {
      'wh:江环规〔2024〕3号': [
        {
          id: 'q24',
          shard: '2024',
          url: '/items/q24/',
          content: `江 环 规 〔 2024 〕 3 号 ${BODY_MARK} 排 污 权 有 偿 使 用`,
          meta: { title: '排污权有偿使用办法', date: '2024-03-01', docNumber: '江环规〔2024〕3号' },
          filters: { year: ['2024'] },
        },
      ],
    },
  };
  const fetched: string[] = [];
  const fetchTable = async (url: string) => {
    fetched.push(url);
    return url in tables ? new Response(JSON.stringify(tables[url])) : new Response('', { status: 404 });
  };
  afterEach(() => void (fetched.length = 0));
  const withTables = (m: Partial<ShardManifest> = {}): ShardManifest => ({
    ...manifest,
    grams: { buckets: 1, keys: ['2026', '2025', '2024'] },
    numbers: { buckets: 1 },
    ...m,
  });
  const run = async (q: string, m = withTables(), filters: Record<string, string> = {}) => {
    const pf = fakeShardedPagefind(bundles);
    const scope = new SearchScope(pf, m, { fetch: fetchTable });
    const r = await scopedQuery(scope, parseQuery(q), { filters, sort: 'relevance' });
    return { ...r, ids: r.outcome.exact.map((h) => h.id), pinned: r.outcome.exact.filter((h) => h.pinned).map((h) => h.id), merged: pf.merged };
  };

  it('searches only the older years that can hold the query', async () => {
    const r = await run('排污权交易');
    expect(r.merged).toEqual(['/pagefind/delta/', '/pagefind/2025/']);
    expect(r.ids).toEqual(['q25']);
    expect(r.decision).toEqual({ widen: true, reason: 'few' });
    expect([r.searched, r.unsearched]).toEqual(['2025—2026 年', '']);
    expect(fetched).toEqual(['/pagefind/grams/0.json']);
  });

  it('a query no shard can hold searches no older year, and says nothing is found', async () => {
    const r = await run('量子计算');
    expect(r.merged).toEqual(['/pagefind/delta/']);
    expect(r.ids).toEqual([]);
    expect(r.decision).toEqual({ widen: false, partial: false });
  });

  it('goes on while nothing is found, then stops at the budget and names the years not searched', async () => {
    const big = withTables({ shards: manifest.shards.map((s) => (s.key === '2024' ? { ...s, pages: 5000 } : s)) });
    expect(shardCost(5000, 3)).toBeGreaterThan(AUTO_BUDGET);
    const r = await run('排污权', big);
    expect(r.merged).toEqual(['/pagefind/delta/', '/pagefind/2025/']);
    expect(r.ids).toEqual(['q25']);
    expect(r.decision).toEqual({ widen: false, partial: true });
    expect([r.searched, r.unsearched]).toEqual(['2025—2026 年', '2024 年']);
  });

  it('a 文号 gets its document from the number table alone, wherever it is, without a full-text search', async () => {
    const r = await run('江环规[2024]03号');
    expect(r.ids).toEqual(['q24']);
    expect(r.pinned).toEqual(['q24']);
    expect(r.numbersOnly).toBe(true);
    expect(r.decision).toEqual({ widen: false, partial: true });
    expect(r.merged).toEqual(['/pagefind/delta/']);
    expect((await r.outcome.exact[0]!.result.data()).meta.title).toBe('排污权有偿使用办法');
  });

  it('once the reader asks, the 文号 is pinned first among the pages that mention it', async () => {
    const pf = fakeShardedPagefind({ ...bundles, '/pagefind/2025/': [...bundles['/pagefind/2025/']!, doc('cites', '2025-06-01', '依据江环规〔2024〕3号')] });
    const scope = new SearchScope(pf, withTables(), { fetch: fetchTable });
    await scope.widen();
    const r = await scopedQuery(scope, parseQuery('江环规〔2024〕3号'));
    expect(r.numbersOnly).toBe(false);
    expect(r.outcome.exact.map((h) => [h.id, h.pinned])).toEqual([
      ['q24', true],
      ['cites', false],
    ]);
  });

  it('a thin newest year: the year before is merged only for a query it can hold; with no shard able to, nothing is searched', async () => {
    const thin = withTables({ shards: manifest.shards.filter((x) => x.key !== 'delta').map((x) => (x.key === '2025' ? { ...x, pages: 100 } : x)) });
    const absent = await run('量子计算', thin);
    expect(absent.merged).toEqual([]);
    expect(absent.ids).toEqual([]);
    expect(absent.outcome.related).toEqual([]);
    expect(absent.decision).toEqual({ widen: false, partial: false });
    const found = await run('排污权交易', thin);
    expect(found.merged).toEqual(['/pagefind/2025/']);
    expect(found.ids).toEqual(['q25']);
    expect([found.searched, found.unsearched]).toEqual(['2025—2026 年', '']);
  });

  it('a thin newest year that fills a page alone: the year before is left for the button, and named', async () => {
    const thin = withTables({ shards: manifest.shards.filter((x) => x.key !== 'delta').map((x) => (x.key === '2025' ? { ...x, pages: 100 } : x)) });
    // 12 pages of 2026 contain 废物: a page of results without 2025.
    const full = await run('废物', thin);
    expect(full.merged).toEqual([]);
    expect(full.ids).toHaveLength(12);
    expect(full.decision).toEqual({ widen: false, partial: true });
    expect([full.searched, full.unsearched]).toEqual(['2026 年', '2024—2025 年']);
    // One page of 2026 has 质量: 2025 (which can hold it) is searched too; 2024 cannot.
    const few = await run('质量', thin);
    expect(few.merged).toEqual(['/pagefind/2025/']);
    expect(few.ids.sort()).toEqual(['air25', 'air26']);
    expect([few.searched, few.unsearched]).toEqual(['2025—2026 年', '']);
    // A 年份 filter for the year before searches it at once.
    const year = await run('废物', thin, { year: '2025' });
    expect(year.merged).toEqual(['/pagefind/2025/']);
    expect(year.ids).toEqual(['w25']);
  });

  it('a 4-gram in the table rules out a shard that holds every trigram of the query', async () => {
    // Pretend 2025 has 污权有 and 权有偿 elsewhere (排污权有关, 权有偿使用): the trigrams allow
    // 2025 and 2024, the 4-gram 排污权有 only 2024; 污权有偿 is not listed (its trigrams say as much).
    const grams = { ...(tables['/pagefind/grams/0.json'] as Record<string, number>), 污权有: 6, 权有偿: 6, [longName(longKey('排污权', '污权有'))]: 4 };
    const pf = fakeShardedPagefind(bundles);
    const scope = new SearchScope(pf, withTables(), {
      fetch: async (url: string) => (url === '/pagefind/grams/0.json' ? new Response(JSON.stringify(grams)) : fetchTable(url)),
    });
    expect([...((await scope.candidates(parseQuery('排污权有偿'))) ?? [])]).toEqual(['2024']);
    const r = await scopedQuery(scope, parseQuery('排污权有偿'));
    expect(r.outcome.exact.map((h) => h.id)).toEqual(['q24']);
    expect(pf.merged).toEqual(['/pagefind/delta/', '/pagefind/2024/']);
  });

  it('before adding an older shard, the 4-gram filters rule out those that hold every trigram but not the 4-grams', async () => {
    // As above, 2025 seems to hold every trigram of 排污权有偿 (not listed as a 4-gram), but its
    // filter (made from its pages' text) has no 排污权有: only 2024 is searched.
    const grams = { ...(tables['/pagefind/grams/0.json'] as Record<string, number>), 污权有: 6, 权有偿: 6, 危险废: 7, 险废物: 7 };
    const texts = (path: string) => new Set(bundles[path]!.flatMap((d) => [...textLongGrams(d.text)]));
    const fours = fourFiles(
      1,
      new Map([
        ['2026', texts('/pagefind/')],
        ['2025', texts('/pagefind/2025/')],
        ['2024', texts('/pagefind/2024/')],
      ]),
    );
    const served: string[] = [];
    const fetch = async (url: string) => {
      served.push(url);
      if (url === '/pagefind/grams/0.json') return new Response(JSON.stringify(grams));
      if (url === '/pagefind/grams4/0.json') return new Response(JSON.stringify(fours.get(0)));
      return fetchTable(url);
    };
    const search = async (m: ShardManifest) => {
      const pf = fakeShardedPagefind(bundles);
      const r = await scopedQuery(new SearchScope(pf, m, { fetch }), parseQuery('排污权有偿'));
      return { ids: r.outcome.exact.map((h) => h.id), merged: pf.merged, searched: r.searched, unsearched: r.unsearched };
    };
    const withFours = await search(withTables({ grams: { buckets: 1, keys: ['2026', '2025', '2024'], fours: true } }));
    expect(withFours).toEqual({ ids: ['q24'], merged: ['/pagefind/delta/', '/pagefind/2024/'], searched: '2024—2026 年', unsearched: '' });
    expect(served).toContain('/pagefind/grams4/0.json');
    // Without the filters both years are searched; a query answered in the first scope never reads them.
    expect((await search(withTables())).merged).toEqual(['/pagefind/delta/', '/pagefind/2025/', '/pagefind/2024/']);
    served.length = 0;
    const pf = fakeShardedPagefind(bundles);
    await scopedQuery(
      new SearchScope(pf, withTables({ grams: { buckets: 1, keys: ['2026', '2025', '2024'], fours: true } }), { fetch }),
      parseQuery('危险废物'),
    );
    expect(pf.merged).toEqual(['/pagefind/delta/']);
    expect(served).not.toContain('/pagefind/grams4/0.json');
  });

  it('without a manifest the one bundle is searched as it is', async () => {
    const scope = new SearchScope(fakeShardedPagefind(bundles), undefined, { fetch: fetchTable });
    const r = await scopedQuery(scope, parseQuery('空气质量'));
    expect(r.outcome.exact.map((h) => h.id)).toEqual(['air26']);
    expect(r.decision).toEqual({ widen: false, partial: false });
    expect(fetched).toEqual([]);
  });

  it('the number table respects filters and superseded pages', async () => {
    expect((await run('江环规〔2024〕3号', withTables(), { year: '2025' })).pinned).toEqual([]);
    expect((await run('江环规〔2024〕3号', withTables({ supersedes: ['q24'] }))).pinned).toEqual([]);
  });

  it('without the tables (or when they cannot be read) every older year may be searched', async () => {
    const r = await run('排污权交易', { ...manifest, grams: { buckets: 2, keys: ['2026', '2025', '2024'] } });
    // grams/1.json is missing: the table cannot tell, so the search widens newest first.
    expect(r.ids).toEqual(['q25']);
    expect(r.merged).toEqual(['/pagefind/delta/', '/pagefind/2025/', '/pagefind/2024/']);
  });
});

/**
 * The same on real Pagefind bundles (built here, a few pages each): what SearchScope works
 * around is Pagefind's own behaviour, so check it is still there and still handled.
 */

describe('quarter shards (a site whose years hold more than YEAR_MAX_PAGES items)', () => {
  const qBundles: Record<string, FakeDoc[]> = {
    '/pagefind/': Array.from({ length: 11 }, (_, i) => doc(`w4-${i}`, `2026-${i < 6 ? 11 : 10}-${String(20 - i).padStart(2, '0')}`, '危险废物')),
    '/pagefind/2026q3/': [doc('w3', '2026-08-01', '危险废物'), doc('air3', '2026-07-02', '空气质量')],
    '/pagefind/2026q2/': [doc('air2', '2026-05-05', '空气质量'), doc('w2', '2026-04-01', '危险废物')],
    '/pagefind/2025q4/': [doc('air25', '2025-12-01', '空气质量')],
    '/pagefind/delta/': [doc('again', '2026-07-10', '空气质量 重新发布')],
  };
  const qManifest: ShardManifest = {
    version: 1,
    mode: 'quarter',
    primary: '2026q4',
    shards: [
      { key: '2026q4', path: '/pagefind/', pages: 11, bytes: 1 },
      { key: '2026q3', path: '/pagefind/2026q3/', pages: 2, bytes: 1 },
      { key: '2026q2', path: '/pagefind/2026q2/', pages: 2, bytes: 1 },
      { key: '2025q4', path: '/pagefind/2025q4/', pages: 1, bytes: 1 },
      { key: 'delta', path: '/pagefind/delta/', pages: 1, bytes: 1 },
    ],
  };

  it('a 年份 filter widens over the quarters of that year, and only when one is not searched yet', () => {
    const q: ScopeInput = { first: ['2026q4', 'delta'], later: ['2026q3', '2026q2', '2025q4'], widened: false };
    expect(decideScope({ ...q, year: '2026' })).toEqual({ widen: true, reason: 'year' });
    expect(decideScope({ ...q, year: '2025' })).toEqual({ widen: true, reason: 'year' });
    expect(decideScope({ ...q, year: '2024' })).toEqual({ widen: false, partial: false });
    expect(decideScope({ ...q, later: ['2025q4'], year: '2026' })).toEqual({ widen: false, partial: false });
  });

  it('opens on the newest quarter and names what is not searched in quarters and years', async () => {
    const scope = new SearchScope(fakeShardedPagefind(qBundles), qManifest);
    await scope.open();
    expect(scope.firstYears).toBe('2026 年第四季度');
    expect(scope.laterYears).toBe('2025 年第四季度至 2026 年第三季度');
    // 2026 is only partly searched: offered in the 年份 filter without a count, as 2025 is.
    expect(scope.unsearchedYears).toEqual(['2026', '2025']);
    const { outcome, searched, unsearched, decision } = await scopedQuery(scope, parseQuery('危险废物'));
    expect(outcome.exact).toHaveLength(11);
    expect(decision).toEqual({ widen: false, partial: true });
    expect([searched, unsearched]).toEqual(['2026 年第四季度', '2025 年第四季度至 2026 年第三季度']);
  });

  it('a filter for the newest year merges its other quarters, not the year before, and keeps date order', async () => {
    const pf = fakeShardedPagefind(qBundles);
    const scope = new SearchScope(pf, qManifest);
    const r = await scopedQuery(scope, parseQuery('空气质量'), { filters: { year: '2026' }, sort: 'date' });
    expect(pf.merged).toEqual(['/pagefind/delta/', '/pagefind/2026q3/', '/pagefind/2026q2/']);
    expect(r.outcome.exact.map((h) => h.id)).toEqual(['again', 'air3', 'air2']);
    expect(r.decision).toEqual({ widen: true, reason: 'year' });
    expect(scope.unsearchedYears).toEqual(['2025']);
    expect(scope.pendingYears).toBe('2025 年第四季度');
  });

  it('merges quarter shards by date, placing a delta item inside its own quarter without reading the others', async () => {
    const read: string[] = [];
    const dated = (id: string, date: string) => result(id, 1, date);
    const out = await mergeByDate(
      [
        { key: '2026q4', results: [dated('a', '2026-11-01'), dated('b', '2026-10-02')] },
        { key: '2026q3', results: [dated('c', '2026-09-01'), dated('d', '2026-07-01')] },
        { key: '2025q4', results: [dated('e', '2025-12-01')] },
        { key: 'delta', results: [dated('new', '2026-11-20'), dated('again', '2026-08-15')] },
      ],
      async (r) => (read.push(r.id), (await r.data()).meta.date!),
    );
    expect(out.map((r) => r.id)).toEqual(['new', 'a', 'b', 'c', 'again', 'd', 'e']);
    expect(read.filter((id) => ['b', 'e'].includes(id))).toEqual([]);
  });
});

describe('the first scope beside the primary', () => {
  const many = (prefix: string, month: string, n: number) =>
    Array.from({ length: n }, (_, i) => doc(`${prefix}${i}`, `${month}-${String(i + 1).padStart(2, '0')}`, '危险废物'));

  it('a period newer than the primary (added by publish --search shard) is searched from the start, its items first in date order', async () => {
    const pf = fakeShardedPagefind({
      '/pagefind/': many('b', '2026-12', 20),
      '/pagefind/2027q1/': many('n', '2027-01', 2),
      '/pagefind/2026q3/': many('c', '2026-08', 3),
    });
    const m: ShardManifest = {
      version: 1,
      mode: 'quarter',
      primary: '2026q4',
      shards: [
        { key: '2027q1', path: '/pagefind/2027q1/', pages: 2, bytes: 1 },
        { key: '2026q4', path: '/pagefind/', pages: 20, bytes: 1 },
        { key: '2026q3', path: '/pagefind/2026q3/', pages: 3, bytes: 1 },
      ],
    };
    const scope = new SearchScope(pf, m);
    const r = await scopedQuery(scope, parseQuery('危险废物'), { filters: {}, sort: 'date' });
    expect(pf.merged).toEqual(['/pagefind/2027q1/']);
    expect(r.outcome.exact.slice(0, 3).map((h) => h.id)).toEqual(['n1', 'n0', 'b19']);
    expect([r.searched, r.unsearched]).toEqual(['2026 年第四季度至 2027 年第一季度', '2026 年第三季度']);
  });

  it('a 年份 filter for the thin newest period’s year does not merge the period before, of another year', async () => {
    const pf = fakeShardedPagefind({ '/pagefind/': many('n', '2027-01', 2), '/pagefind/2026q4/': many('b', '2026-12', 20) });
    const m: ShardManifest = {
      version: 1,
      mode: 'quarter',
      primary: '2027q1',
      shards: [
        { key: '2027q1', path: '/pagefind/', pages: 2, bytes: 1 },
        { key: '2026q4', path: '/pagefind/2026q4/', pages: 20, bytes: 1 },
      ],
    };
    const scope = new SearchScope(pf, m);
    const r = await scopedQuery(scope, parseQuery('危险废物'), { filters: { year: '2027' }, sort: 'relevance' });
    expect(pf.merged).toEqual([]);
    expect(r.outcome.exact.map((h) => h.id).sort()).toEqual(['n0', 'n1']);
    // Filtered for the year before, it is merged.
    const scope2 = new SearchScope(fakeShardedPagefind({ '/pagefind/': many('n', '2027-01', 2), '/pagefind/2026q4/': many('b', '2026-12', 20) }), m);
    const r2 = await scopedQuery(scope2, parseQuery('危险废物'), { filters: { year: '2026' }, sort: 'relevance' });
    expect(r2.outcome.exact).toHaveLength(20);
  });
});
