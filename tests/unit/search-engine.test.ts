import { describe, expect, it } from 'vitest';
import { firstPage, loadFilterValues, rankLimit, runQuery, verifyRelated, type PagefindApi, type PagefindResult } from '../../src/lib/search/engine.ts';
import { numberToken, parseQuery } from '../../src/lib/search/query.ts';
import { parseState } from '../../src/lib/search/state.ts';
import { BODY_MARK, isolateHan } from '../../src/lib/search/text.ts';
import { indexText } from '../../src/lib/search/normalise.ts';
import { bodyText, numberTokens, transformForIndex } from '../../src/lib/search/index-html.ts';

interface Doc {
  id: string;
  text: string;
  filters: Record<string, string>;
  date: string;
  docNumber?: string;
}

/**
 * A small stand-in for Pagefind with the behaviour the engine relies on, given the index copy
 * (`indexText` and `isolateHan`, as the build writes it): words are split at whitespace,
 * lower case, punctuation removed from them (〔 〕 kept); a word of punctuation only takes a
 * position; a quoted query matches consecutive words; an unquoted one matches pages having a
 * word starting with each term (unknown terms are dropped, as Pagefind does).
 */
function fakePagefind(docs: Doc[]): PagefindApi & { calls: string[] } {
  const words = (text: string) =>
    isolateHan(indexText(text))
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.replace(/[^\p{L}\p{N}〔〕]/gu, '') || null);
  const index = docs.map((d) => {
    const tokens = d.docNumber ? [numberToken('docNumber', d.docNumber)] : [];
    return { doc: d, words: [...tokens, BODY_MARK, ...words(d.text)] };
  });
  const result = (d: Doc, score: number): PagefindResult => ({
    id: d.id,
    score,
    data: async () => ({
      url: `/items/${d.id}/`,
      content: d.text,
      meta: { title: d.id, date: d.date },
      filters: Object.fromEntries(Object.entries(d.filters).map(([k, v]) => [k, [v]])),
    }),
  });
  const calls: string[] = [];
  return {
    calls,
    async search(term, options = {}) {
      calls.push(term + (options.filters && Object.keys(options.filters).length ? ` ${JSON.stringify(options.filters)}` : '') + (options.sort ? ' sort' : ''));
      const phrase = /^".*"$/.test(term);
      const terms = term.replace(/"/g, '').split(' ').filter(Boolean);
      const hits: Array<{ doc: Doc; score: number }> = [];
      for (const p of index) {
        if (Object.entries(options.filters ?? {}).some(([k, v]) => p.doc.filters[k] !== v)) continue;
        if (phrase) {
          if (p.words.some((_, i) => terms.every((t, j) => p.words[i + j] === t))) hits.push({ doc: p.doc, score: 1 });
        } else {
          // A term no word starts with is cut to its longest start that one does (vocs → v).
          const cut = (t: string) => {
            for (let n = t.length; n > 0; n--) if (index.some((q) => q.words.some((w) => w?.startsWith(t.slice(0, n))))) return t.slice(0, n);
            return t;
          };
          const known = terms.map(cut).filter((t) => index.some((q) => q.words.some((w) => w?.startsWith(t))));
          if (known.length === 0) continue;
          const counts = known.map((t) => p.words.filter((w) => w?.startsWith(t)).length);
          if (counts.every((c) => c > 0)) hits.push({ doc: p.doc, score: counts.reduce((a, b) => a + b, 0) / p.words.length });
        }
      }
      if (options.sort) hits.sort((a, b) => (a.doc.date < b.doc.date ? 1 : -1));
      else hits.sort((a, b) => b.score - a.score);
      const filters: Record<string, Record<string, number>> = {};
      for (const { doc } of hits) for (const [k, v] of Object.entries(doc.filters)) (filters[k] ??= {})[v] = (filters[k][v] ?? 0) + 1;
      return { results: hits.map((h) => result(h.doc, h.score)), filters };
    },
    async filters() {
      const out: Record<string, Record<string, number>> = {};
      for (const { doc } of index) for (const [k, v] of Object.entries(doc.filters)) (out[k] ??= {})[v] = (out[k][v] ?? 0) + 1;
      return out;
    },
  };
}

const docs: Doc[] = [
  {
    id: 'penalty',
    text: '江州华新化工有限公司行政处罚决定书 江环罚〔2026〕18号 江州华新化工有限公司挥发性有机物超标排放',
    filters: { kind: '公开信息', year: '2026', column: '行政处罚' },
    date: '2026-11-12',
    docNumber: '江环罚〔2026〕18号',
  },
  {
    id: 'cases',
    text: '典型案例：江州华新化工有限公司超标排放，依据江环罚〔2026〕18号处罚。另有华阴新材料公司。',
    filters: { kind: '公开信息', year: '2026', column: '工作动态' },
    date: '2026-11-20',
  },
  {
    id: 'rule',
    text: '江环规〔2024〕2号 行政处罚自由裁量基准 华中地区 新建项目',
    filters: { kind: '政策文件', year: '2024', column: '行政规范性文件' },
    date: '2024-07-26',
    docNumber: '江环规〔2024〕2号',
  },
  {
    id: 'rule13',
    text: '江环规〔2024〕13号 关于印发 PM2.5 浓度 pm2 指标 5 项',
    filters: { kind: '政策文件', year: '2024', column: '其他文件' },
    date: '2024-09-01',
    docNumber: '江环规〔2024〕13号',
  },
  {
    id: 'air',
    text: '全省空气质量持续改善，细颗粒物（PM2.5）年均浓度下降。空气 质量',
    filters: { kind: '数据发布', year: '2025', column: '大气污染防治' },
    date: '2025-10-01',
  },
];

describe('runQuery', () => {
  it('returns exactly the pages containing the text, not those with the characters apart', async () => {
    const pf = fakePagefind(docs);
    const o = await runQuery(pf, parseQuery('华新'));
    expect(o.exact.map((h) => h.id).sort()).toEqual(['cases', 'penalty']);
    expect(o.related).toEqual([]);
    // A page's worth of results is ordered from the pages' own text: one search only.
    expect(pf.calls).toEqual(['"华 新" sort']);
    // The penalty notice names 华新 in its title and twice in its text: first.
    expect(o.exact[0]!.id).toBe('penalty');
  });

  it('orders more than a page of results with the ranking search', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...docs[1]!, id: `n${i}`, text: `${'华新 '.repeat(i + 1)}其他内容 ${'填充 '.repeat(12 - i)}` }));
    const pf = fakePagefind(many);
    const o = await runQuery(pf, parseQuery('华新'));
    // The exact search (newest first), then the ranking search (relevance, no sort).
    expect(pf.calls).toEqual(['"华 新" sort', '华 新']);
    expect(o.exact.map((h) => h.id).slice(0, 3)).toEqual(['n11', 'n10', 'n9']);
  });

  it('ranks thousands of results while results × words stay within RANK_WORK', async () => {
    const many = Array.from({ length: 6000 }, (_, i) => ({ ...docs[1]!, id: `m${i}`, date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` }));
    const pf = fakePagefind(many);
    const o = await runQuery(pf, parseQuery('华新'));
    expect(o.exact).toHaveLength(6000);
    expect(o.datedForSize).toBe(false);
    expect(pf.calls).toEqual(['"华 新" sort', '华 新']);
  });

  it('keeps more results than that newest first instead of ranking them, and says how many could be', async () => {
    // Two words: 12,000 / 2 = 6,000 results at most.
    expect([rankLimit(1), rankLimit(2), rankLimit(3), rankLimit(4), rankLimit(5)]).toEqual([12000, 6000, 4000, 3000, 2400]);
    const many = Array.from({ length: 6001 }, (_, i) => ({ ...docs[1]!, id: `m${i}`, date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` }));
    const pf = fakePagefind(many);
    const o = await runQuery(pf, parseQuery('华新'));
    expect(o.exact).toHaveLength(6001);
    expect(o.datedForSize).toBe(true);
    expect(o.rankLimit).toBe(6000);
    expect(pf.calls).toEqual(['"华 新" sort']);
  });

  it('finds nothing for a name that appears nowhere and offers verified related results', async () => {
    const pf = fakePagefind(docs);
    const o = await runQuery(pf, parseQuery('华中新'));
    expect(o.exact).toEqual([]);
    expect(o.related.map((h) => h.id)).toContain('rule');
    const rel = await verifyRelated(o.related, o.query);
    expect(rel.map((h) => h.id)).toEqual(['rule']);
    expect((await runQuery(pf, parseQuery('昆山市'))).exact).toEqual([]);
  });

  it('pins the document whose 文号 it is, then pages citing it; 13号 is not 3号', async () => {
    const pf = fakePagefind(docs);
    const o = await runQuery(pf, parseQuery('江环罚[2026]18号'));
    expect(o.exact.map((h) => [h.id, h.pinned])).toEqual([
      ['penalty', true],
      ['cases', false],
    ]);
    const p = await runQuery(pf, parseQuery('江环规〔2024〕3号'));
    expect(p.exact).toEqual([]);
  });

  it('intersects space-separated parts', async () => {
    const o = await runQuery(fakePagefind(docs), parseQuery('华新 案例'));
    expect(o.exact.map((h) => h.id)).toEqual(['cases']);
  });

  it('finds a token with punctuation inside as one phrase, and checks the few results against the text', async () => {
    const o = await runQuery(fakePagefind(docs), parseQuery('PM2.5'));
    expect(o.exact.map((h) => h.id).sort()).toEqual(['air', 'rule13']);
    expect(o.approximate).toBe(false);
    // The pieces apart are not the token; "PM2 5" has them side by side but not the dot.
    const apart = await runQuery(
      fakePagefind([
        { ...docs[3]!, text: 'pm2 指标 5 项' },
        { ...docs[4]!, text: '监测 PM2 5 项' },
      ]),
      parseQuery('PM2.5'),
    );
    expect(apart.exact).toEqual([]);
    expect(apart.approximate).toBe(false);
  });

  it('finds every page under the shared normalisation: Ⅲ类, 劣Ⅴ类, PM₂.₅, 2024—2025, full width', async () => {
    const water: Doc[] = [
      { id: 'w1', text: '断面水质为Ⅲ类，劣Ⅴ类断面清零。', filters: {}, date: '2026-01-02' },
      { id: 'w2', text: 'III类水体比例上升，劣V类为0。', filters: {}, date: '2026-01-03' },
      { id: 'w3', text: 'ⅲ类标准；ＰＭ２．５年均浓度', filters: {}, date: '2026-01-04' },
      { id: 'a1', text: '细颗粒物（PM₂.₅）浓度，臭氧（O₃）', filters: {}, date: '2026-01-05' },
      { id: 'p1', text: '大气污染防治计划（2024—2025年）', filters: {}, date: '2026-01-06' },
      { id: 'p2', text: '计划[2024-2025年]，削减1.5万吨', filters: {}, date: '2026-01-07' },
      { id: 'x1', text: 'Ⅱ类水体；2024年与2025年；15万吨', filters: {}, date: '2026-01-08' },
    ];
    const ids = async (q: string) => (await runQuery(fakePagefind(water), parseQuery(q))).exact.map((h) => h.id).sort();
    for (const q of ['Ⅲ类', 'III类', 'iii类', 'ⅲ类', 'Ⅲ 类']) expect(await ids(q), q).toEqual(['w1', 'w2', 'w3']);
    for (const q of ['劣Ⅴ类', '劣V类', '劣v类']) expect(await ids(q), q).toEqual(['w1', 'w2']);
    for (const q of ['PM2.5', 'pm2.5', 'ＰＭ２.５', 'PM₂.₅']) expect(await ids(q), q).toEqual(['a1', 'w3']);
    expect(await ids('O3')).toEqual(['a1']);
    for (const q of ['2024—2025', '2024-2025年', '（2024–2025年）', '2024－2025']) expect(await ids(q), q).toEqual(['p1', 'p2']);
    // Pagefind answers vocs with pages that have a word starting with v (劣V类): not a match.
    expect(await ids('VOCs')).toEqual([]);
    expect(await ids('V')).toEqual(['w1', 'w2']);
    // A piece of a token is found too: 2025年 is in 2024—2025年.
    expect(await ids('2025年')).toEqual(['p1', 'p2', 'x1']);
    expect(await ids('1.5万吨')).toEqual(['p2']);
    // The index holds words: a query that starts inside one (5 of 15万吨) finds only the pages
    // where it starts a word (5 after the point of 1.5万吨).
    expect(await ids('5万吨')).toEqual(['p2']);
  });
});

describe('filters and order', () => {
  it('lets Pagefind filter, counts each filter without its own selection, and sorts by date', async () => {
    const pf = fakePagefind(docs);
    const values = await loadFilterValues(pf);
    expect(values.year!.map((v) => v.value)).toEqual(['2026', '2025', '2024']);
    const q = parseQuery('行政处罚');
    const all = await runQuery(pf, q, parseState(''), { withCounts: true });
    expect(all.exact.map((h) => h.id).sort()).toEqual(['penalty', 'rule']);
    expect(all.counts!.kind!.get('政策文件')).toBe(1);

    const narrowed = await runQuery(pf, q, parseState('kind=政策文件'), { withCounts: true });
    expect(narrowed.exact.map((h) => h.id)).toEqual(['rule']);
    // The kind counts leave the kind filter out, so the other option still shows 1.
    expect(narrowed.counts!.kind!.get('公开信息')).toBe(1);
    expect(narrowed.counts!.year!.get('2026') ?? 0).toBe(0);

    const none = await runQuery(pf, q, parseState('kind=数据发布'));
    expect(none.exact).toEqual([]);
    expect(none.unfiltered).toBe(2);

    const dated = await runQuery(pf, parseQuery('华新'), parseState('sort=date'));
    expect(dated.exact.map((h) => h.id)).toEqual(['cases', 'penalty']);
  });

  it('lists pages by filters alone through the word every page carries, never an empty search', async () => {
    const pf = fakePagefind(docs);
    const o = await runQuery(pf, parseQuery(''), parseState('kind=政策文件'), { withCounts: true });
    expect(o.exact.map((h) => h.id)).toEqual(['rule13', 'rule']);
    expect(pf.calls.every((c) => c.startsWith(BODY_MARK))).toBe(true);
    expect((await runQuery(pf, parseQuery(''), parseState(''))).exact).toEqual([]);
  });

  it('gives the first page as a fresh visit downloads it', async () => {
    const { outcome, shown } = await firstPage(fakePagefind(docs), '昆山市');
    expect(outcome.exact).toEqual([]);
    expect(shown).toEqual([]);
    expect((await firstPage(fakePagefind(docs), '华新', 1)).shown).toHaveLength(1);
  });
});

describe('index copy', () => {
  const page = `<!doctype html><html lang="zh-CN"><head><title>江州华新</title><script>var a="华新";</script></head><body>
<nav>首页 公开目录</nav>
<article data-pagefind-body><div hidden data-pagefind-meta="title[data-title]" data-title="华新" data-doc-number="江环罚〔2026〕18号" data-index-number="11990000MB1234560X/2026-00018"></div>
<h1>江州<b>华</b>新化工</h1><section aria-labelledby="meta-heading"><dl><dt>文号</dt><dd>江环罚〔2026〕18号</dd></dl></section>
<div class="notice" id="validity-notice"><p>已废止。替代文件：<a href="/items/x/">江州新规</a></p></div>
<p>PM2.5浓度&amp;臭氧</p><div data-pagefind-ignore>不要这段</div>
<section class="trio" aria-labelledby="trio-heading"><h2 id="trio-heading">政策 · 解读 · 办事</h2><a href="/items/y/">关于某规定的解读</a></section></article><footer>版权</footer></body></html>`;

  it('spaces Han characters in text only, across inline tags, and adds the number words and body mark', () => {
    const out = transformForIndex(page);
    expect(out).toContain('<h1>江 州<b> 华</b> 新 化 工</h1>');
    expect(out).toContain('var a="华新";');
    expect(out).toContain('data-title="华新"');
    expect(out).toContain('江 环 罚 〔 2026 〕 18 号');
    expect(out).toContain('PM2. \u20605 浓 度 &amp; 臭 氧</p>');
    const tokens = numberTokens(page);
    expect(tokens).toEqual([numberToken('docNumber', '江环罚〔2026〕18号'), numberToken('indexNumber', '11990000MB1234560X/2026-00018')]);
    expect(out).toContain(`<article data-pagefind-body> ${tokens.join(' ')} `);
    // The metadata table, the validity notice and the 政策·解读 box are not indexed; the 文号
    // and 索引号 are, on their own, before the mark where the document's text begins.
    expect(out).toContain('<section data-pagefind-ignore aria-labelledby="meta-heading">');
    expect(out).toContain('<div data-pagefind-ignore class="notice" id="validity-notice">');
    expect(out).toContain('<section data-pagefind-ignore class="trio" aria-labelledby="trio-heading">');
    expect(out).toContain('</section> <p>江 环 罚 〔 2026 〕 18 号 11990000MB1234560X/ \u20602026- \u206000018</p>  pfbodymark ');
  });

  it('reads the indexed text of a page as Pagefind does', () => {
    const text = bodyText(page);
    expect(text).toContain('江州华新化工');
    expect(text).toContain('PM2.5浓度&臭氧');
    expect(text).not.toContain('不要这段');
    expect(text).not.toContain('文号');
    expect(text).not.toContain('江州新规');
    expect(text).not.toContain('解读');
    expect(text).toContain('江环罚〔2026〕18号 11990000MB1234560X/2026-00018');
    expect(text).not.toContain('首页');
    expect(text).not.toContain('版权');
  });
});
