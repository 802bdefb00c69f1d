/**
 * evaluateSearch (`npm run search:eval`): measure the portal search against the truth.
 *
 * Truth: for each query, the item pages whose indexed text (inside data-pagefind-body, read
 * from the built HTML) contains every space-separated part of the query, both sides
 * normalised the same way (NFKC, brackets, case; spaces next to Han characters ignored).
 * The search is the search page's own code (src/lib/search/engine.ts) running in Node on
 * the built Pagefind bundle, over every shard (every year: /pagefind/shards.json) for the
 * recall and precision figures. Plain Pagefind (same pages, default settings, raw query)
 * is built into a temporary folder for comparison.
 *
 * Reports recall, top-10 precision, no-match correctness, exact 文号/索引号 first, bytes
 * per query against plain Pagefind (both over everything), first-query bytes as the search
 * page downloads them (newest year first, older years only by its rules: scope.ts) and
 * index size.
 *
 * Options of the command (scripts/search-eval.ts):
 *   --dist DIR        built site (default dist)
 *   --queries FILE    query list (default tests/fixtures/search-queries.json)
 *   --plain DIR       an existing plain Pagefind bundle to compare with (default: build one)
 *   --no-plain        skip the comparison with plain Pagefind
 *   --auto N          override the number of automatically derived queries per kind
 *   --seed N          seed for the derived queries (default 7)
 *   --json FILE       also write every figure as JSON
 *   --verbose         one line per query
 *   --check           exit 1 when a target is missed
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { indexPlain } from '../../pipeline/search-index.ts';
import { itemUrl } from '../urls.ts';
import { bodyText, decodeEntities } from './index-html.ts';
import { canonicalDocNumber, canonicalIndexNumber, parseQuery } from './query.ts';
import { firstPage, loadFilterValues } from './engine.ts';
import { scopedFirstPage } from './scope.ts';
import { matchForm } from './text.ts';
import { drawTextQueries, type DrawOptions } from './eval-queries.ts';
import { bytesByKind, fetchLog, fragmentUrls, loadBundle } from './pagefind-node.ts';
import { mulberry32 } from '../mulberry32.ts';

/** Targets of issue 8. */
/**
 * Issue 19's targets. Recall is judged at word starts: the index is by word, so a query
 * that starts with a letter or digit is not expected to find it inside a longer word
 * (Ⅰ类 is a substring of Ⅲ类 once both are written iii类/i类; 0.84% of sec0.84%).
 * Plain substring recall is reported beside it, with the queries where the two differ.
 */
const TARGET = { recall: 0.995, top10: 1, bytesRatio: 1.5, minQueries: 50, firstScreenKB: 300 };
/** Results shown per page on /search/, and related results shown when nothing matches. */
const PAGE = 10;

interface QuerySpec {
  q: string;
  category: string;
  /** Derived from the corpus rather than listed. */
  auto?: boolean;
}
export interface QueryFile {
  queries: QuerySpec[];
  /** How many queries of each kind to derive from the built pages. */
  auto?: Partial<Record<'titleSubstrings' | 'docNumbers' | 'docNumberVariants' | 'indexNumbers' | 'indexNumberTails', number>>;
}
interface Page {
  url: string;
  /** Indexed text in match form (the truth is read from it). */
  text: string;
  /** Indexed text as written (queries are drawn from it: eval-queries.ts). */
  raw: string;
  title: string;
  docNumber?: string;
  indexNumber?: string;
}

/** Queries taken from the corpus itself, so the list grows with any content (or a generated corpus). */
function deriveQueries(
  all: readonly Page[],
  want: NonNullable<QueryFile['auto']>,
  seed: number,
  listed: readonly QuerySpec[],
  auto: number | undefined,
): QuerySpec[] {
  const rand = mulberry32(seed);
  const n = (k: keyof typeof want) => (auto !== undefined ? auto : (want[k] ?? 0));
  const pick = <T>(list: readonly T[], count: number): T[] => {
    const pool = [...list];
    const out: T[] = [];
    while (out.length < count && pool.length) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
    return out;
  };
  const out: QuerySpec[] = [];
  const seen = new Set(listed.map((s) => s.q));
  const add = (q: string, category: string) => {
    if (q && !seen.has(q)) {
      seen.add(q);
      out.push({ q, category, auto: true });
    }
  };
  for (const p of pick(
    all.filter((x) => /\p{Script=Han}{4,}/u.test(x.title)),
    n('titleSubstrings'),
  )) {
    const runs = p.title.match(/\p{Script=Han}{4,}/gu) ?? [];
    const run = runs[Math.floor(rand() * runs.length)]!;
    const len = 2 + Math.floor(rand() * Math.min(5, run.length - 1));
    const start = Math.floor(rand() * (run.length - len + 1));
    add(run.slice(start, start + len), 'title-substring');
  }
  const withDoc = all.filter((x) => x.docNumber);
  for (const p of pick(withDoc, n('docNumbers'))) add(p.docNumber!, 'doc-number');
  const variants: Array<[string, string]> = [
    ['[', ']'],
    ['(', ')'],
    ['（', '）'],
    ['【', '】'],
  ];
  for (const [i, p] of pick(withDoc, n('docNumberVariants')).entries()) {
    const [o, c] = variants[i % variants.length]!;
    add(p.docNumber!.replace('〔', o).replace('〕', c), 'doc-number-variant');
  }
  const withIdx = all.filter((x) => x.indexNumber);
  for (const p of pick(withIdx, n('indexNumbers'))) add(p.indexNumber!, 'index-number');
  for (const p of pick(withIdx, n('indexNumberTails'))) add(p.indexNumber!.split('/')[1] ?? '', 'index-number-tail');
  return out;
}

async function sizes(dir: string) {
  const out: Record<string, number> = { total: 0, index: 0, fragment: 0, filter: 0, meta: 0, wasm: 0, js: 0 };
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const rel = path.relative(dir, path.join(e.parentPath, e.name));
    const size = (await stat(path.join(e.parentPath, e.name))).size;
    out.total! += size;
    const top = rel.split(path.sep)[0]!;
    if (top === 'index' || top === 'fragment' || top === 'filter') out[top]! += size;
    else if (rel.endsWith('.pf_meta')) out.meta! += size;
    else if (rel.startsWith('wasm.')) out.wasm! += size;
    else if (rel.endsWith('.js')) out.js! += size;
  }
  return out;
}

export interface EvalRow {
  q: string;
  category: string;
  auto: boolean;
  truth: number;
  found: number;
  recall: number | null;
  /** Of the results shown on the first page, how many contain the query. */
  top: { shown: number; correct: number };
  noMatchCorrect: boolean;
  /** For 文号/索引号 queries: whether the document with that number came first. */
  exactFirst: boolean | null;
  related: number;
  /** The exact set could not be fully checked (see QueryOutcome.approximate). */
  approximate: boolean;
  /** Index chunks, fragments and filter data of the query, every shard searched. */
  bytes: { ours: number; plain: number | null };
  /**
   * As the search page does it: the newest period (and delta) first, older shards only by its
   * rules (bytes after the first visit's fixed part, including older shards' entry and meta
   * when it adds them). `widened`: why and how many older shards it added, or null.
   */
  scope: { bytes: number; widened: string | null; found: number };
  /** Time to the first page of results on a fresh instance, in Node (CPU of Pagefind's WebAssembly mostly). */
  ms: { ours: number; scope: number; plain: number | null };
  plainRecall: number | null;
  /**
   * Truth pages where the query also starts a word each time (not only inside a run of
   * letters and digits: i类 inside iii类 = Ⅲ类, 0.92% inside sec0.92%), and how many of them
   * were found. The index holds words, so a query starting inside one is not found (README).
   */
  wordStart: { truth: number; found: number };
  firstTitle: string;
}

const kb = (n: number) => (n / 1024).toFixed(1);

/** One line per query (`--verbose`). */
export function formatRow(row: EvalRow): string {
  const ratio = row.bytes.plain ? (row.bytes.ours / row.bytes.plain).toFixed(2) : '-';
  return [
    row.category.padEnd(18),
    row.q.padEnd(24),
    `真值 ${row.truth}`,
    `找到 ${row.found}`,
    `召回 ${row.recall === null ? '-' : (row.recall * 100).toFixed(0) + '%'}`,
    `前10 ${row.top.correct}/${row.top.shown}`,
    row.exactFirst === null ? '' : `首条${row.exactFirst ? '✓' : '✗'}`,
    row.related ? `相关 ${row.related}` : '',
    `${kb(row.bytes.ours)}KB vs ${row.bytes.plain === null ? '-' : kb(row.bytes.plain)}KB (${ratio}×)`,
    `页面 ${kb(row.scope.bytes)}KB${row.scope.widened ? `（加检更早的分片：${row.scope.widened}）` : `（首个范围 ${row.scope.found} 条）`}`,
    `${Math.round(row.ms.ours)}ms${row.ms.plain === null ? '' : ` vs ${Math.round(row.ms.plain)}ms`}`,
    row.plainRecall === null ? '' : `plain召回 ${(row.plainRecall * 100).toFixed(0)}%`,
  ]
    .filter(Boolean)
    .join('  ');
}

/**
 * Whether `part` occurs in `text` (both in match form) somewhere it starts a word: at the
 * start, after a Han character, a space or punctuation, or anywhere when the part itself
 * starts with a Han character or punctuation.
 */
export function atWordStart(text: string, part: string): boolean {
  const TOKEN = /[\p{L}\p{N}]/u;
  const HAN = /\p{Script=Han}/u;
  const isToken = (c: string | undefined) => c !== undefined && TOKEN.test(c) && !HAN.test(c);
  if (!isToken(part[0])) return text.includes(part);
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) if (!isToken(text[at - 1])) return true;
  return false;
}

export interface SearchEvalOptions {
  /** The built site (default dist). */
  dist?: string;
  /** The query list (default tests/fixtures/search-queries.json). */
  queries?: string;
  /** The query list itself, instead of a file. */
  queryFile?: QueryFile;
  /** Also draw queries from the pages' text (eval-queries.ts: Ⅲ类, PM2.5, 2024—2025, substrings …). */
  textQueries?: DrawOptions;
  /** An existing plain Pagefind bundle to compare with (default: build one into a temporary folder). */
  plain?: string;
  /** Compare with plain Pagefind (default true). */
  comparePlain?: boolean;
  /** Automatically derived queries per kind, overriding the query file's numbers. */
  auto?: number;
  /** Seed of the derived queries (default 7). */
  seed?: number;
  /** Folder the site's path is shown relative to (default the current folder). */
  cwd?: string;
  /** Called after each query (the command prints formatRow(row) with --verbose). */
  onRow?: (row: EvalRow) => void;
  /** Progress messages (the command writes them to stderr). */
  onProgress?: (message: string) => void;
}

/** Every figure of an evaluation, as `--json` writes it. */
export type EvalFigures = Record<string, unknown> & { rows: EvalRow[]; checks: Record<string, boolean> };

export interface SearchEvaluation {
  figures: EvalFigures;
  /** The report, line by line, in Chinese with the English terms. */
  lines: string[];
  /** Every target of issue 8 met. */
  passed: boolean;
}

/** No built site with a Pagefind bundle at `dist`. */
export class MissingBundleError extends Error {}

/** Evaluate the search of the site built in `options.dist`. */
export async function evaluateSearch(options: SearchEvalOptions = {}): Promise<SearchEvaluation> {
  const dist = path.resolve(options.dist ?? 'dist');
  const bundleDir = path.join(dist, 'pagefind');
  if (!existsSync(path.join(bundleDir, 'pagefind.js'))) {
    throw new MissingBundleError(
      `找不到 ${path.relative(options.cwd ?? process.cwd(), bundleDir)}/pagefind.js：请先运行 npm run build（或用 --dist 指定构建目录）。`,
    );
  }

  // ---- the pages and their text (the truth) ----
  const attrOf = (html: string, name: string) => {
    const m = new RegExp(`\\s${name}="([^"]*)"`).exec(html);
    return m ? decodeEntities(m[1]!) : undefined;
  };
  const started = performance.now();
  const pages: Page[] = [];
  {
    // Only item pages are indexed (they alone carry data-pagefind-body).
    const slugs = (await readdir(path.join(dist, 'items'))).sort();
    const CONCURRENCY = 64;
    for (let i = 0; i < slugs.length; i += CONCURRENCY) {
      const batch = await Promise.all(
        slugs.slice(i, i + CONCURRENCY).map(async (slug) => {
          const html = await readFile(path.join(dist, itemUrl(slug), 'index.html'), 'utf8');
          if (!html.includes('data-pagefind-body')) return undefined;
          const raw = bodyText(html);
          const page: Page = { url: itemUrl(slug), text: matchForm(raw), raw, title: attrOf(html, 'data-title') ?? '' };
          const doc = attrOf(html, 'data-doc-number');
          const idx = attrOf(html, 'data-index-number');
          if (doc) page.docNumber = doc;
          if (idx) page.indexNumber = idx;
          return page;
        }),
      );
      for (const p of batch) if (p) pages.push(p);
    }
  }

  // ---- the queries ----
  const spec = options.queryFile ?? (JSON.parse(readFileSync(options.queries ?? 'tests/fixtures/search-queries.json', 'utf8')) as QueryFile);
  const queries: QuerySpec[] = [...spec.queries, ...deriveQueries(pages, spec.auto ?? {}, options.seed ?? 7, spec.queries, options.auto)];
  if (options.textQueries) {
    const seen = new Set(queries.map((x) => x.q));
    for (const d of drawTextQueries(pages, options.textQueries)) if (!seen.has(d.q)) queries.push({ ...d, auto: true });
  }

  // ---- bundles ----
  let plainDir: string | undefined;
  let tempDir: string | undefined;
  if (options.comparePlain ?? true) {
    if (options.plain) plainDir = path.resolve(options.plain);
    else {
      tempDir = mkdtempSync(path.join(os.tmpdir(), 'portal-search-eval-'));
      plainDir = path.join(tempDir, 'pagefind');
      options.onProgress?.('正在建立对照用的 Pagefind 默认索引 (plain)…');
      await indexPlain(dist, plainDir);
    }
  }
  const ours = await loadBundle('ours', bundleDir);
  const plain = plainDir ? await loadBundle('plain', plainDir) : undefined;
  const ourUrls = fragmentUrls(bundleDir);
  const plainUrls = plainDir ? fragmentUrls(plainDir) : new Map<string, string>();

  // ---- run ----
  const rows: EvalRow[] = [];
  let firstVisit: Record<string, number> | undefined;
  let filterBytes: number | undefined;

  for (const spec of queries) {
    const query = parseQuery(spec.q);
    const truth = new Set(pages.filter((p) => query.parts.length > 0 && query.parts.every((part) => p.text.includes(part))).map((p) => p.url));
    const wordTruth = pages.filter((p) => truth.has(p.url) && query.parts.every((part) => atWordStart(p.text, part))).map((p) => p.url);

    // Ours as the search page does it on a fresh visit: the first scope, widened by the page's
    // rules (filters are only downloaded when the citizen opens the filter panel; that cost is
    // measured once, below).
    fetchLog.length = 0;
    const first = await ours.newScope(false);
    const setup = bytesByKind(fetchLog, ours.host);
    fetchLog.length = 0;
    const opened = [...first.scope.loaded];
    let t0 = performance.now();
    const paged = await scopedFirstPage(first.scope, spec.q, PAGE);
    // Older shards the query merged by itself (within the budget, or all of them).
    const added = first.scope.loaded.filter((k) => !opened.includes(k)).length;
    const scopeMs = performance.now() - t0;
    const sq = bytesByKind(fetchLog, ours.host);
    firstVisit ??= { entry: setup.entry, meta: setup.meta, wasm: setup.wasm };
    await first.pf.destroy();
    if (filterBytes === undefined) {
      const fresh = await ours.newScope(false);
      fetchLog.length = 0;
      await loadFilterValues(fresh.scope.api);
      filterBytes = bytesByKind(fetchLog, ours.host).filter;
      await fresh.pf.destroy();
    }

    // Ours over every shard (every year), for recall and precision.
    const all = await ours.newScope(true);
    const pf = all.scope.api;
    fetchLog.length = 0;
    t0 = performance.now();
    const { outcome, shown } = await firstPage(pf, spec.q, PAGE);
    const ourMs = performance.now() - t0;
    const shownData = await Promise.all(shown.map((h) => h.result.data()));
    const q = bytesByKind(fetchLog, ours.host);
    const ourBytes = q.index + q.fragment + q.filter;
    const hits = outcome.exact;
    const found = new Set(hits.map((h) => ourUrls.get(h.id)!));
    await all.pf.destroy();

    const row: EvalRow = {
      q: spec.q,
      category: spec.category,
      auto: spec.auto ?? false,
      truth: truth.size,
      found: found.size,
      recall: truth.size ? [...truth].filter((u) => found.has(u)).length / truth.size : null,
      wordStart: { truth: wordTruth.length, found: wordTruth.filter((u) => found.has(u)).length },
      top: hits.length ? { shown: shownData.length, correct: shownData.filter((d) => truth.has(d.url)).length } : { shown: 0, correct: 0 },
      noMatchCorrect: (truth.size === 0) === (hits.length === 0),
      exactFirst: null,
      related: hits.length ? 0 : shown.length,
      approximate: outcome.approximate,
      bytes: { ours: ourBytes, plain: null },
      scope: {
        bytes: Object.values(sq).reduce((a, b) => a + b, 0),
        widened: paged.decision.widen ? `${paged.decision.reason}，${added} 个分片` : added > 0 ? `${added} 个分片，其余未检索` : null,
        found: paged.outcome.exact.length,
      },
      ms: { ours: ourMs, scope: scopeMs, plain: null },
      plainRecall: null,
      firstTitle: hits.length ? (shownData[0]?.meta.title ?? '') : '',
    };
    if (query.docNumber || query.indexNumber) {
      const owner = pages.find((p) =>
        query.docNumber
          ? p.docNumber && canonicalDocNumber(p.docNumber) === query.docNumber
          : p.indexNumber && canonicalIndexNumber(p.indexNumber) === query.indexNumber,
      );
      if (owner) row.exactFirst = shownData[0]?.url === owner.url;
    }

    if (plain) {
      const ppf = await plain.newInstance();
      fetchLog.length = 0;
      t0 = performance.now();
      const r = await ppf.search(spec.q);
      const results = r?.results ?? [];
      await Promise.all(results.slice(0, PAGE).map((x) => x.data()));
      row.ms.plain = performance.now() - t0;
      const pb = bytesByKind(fetchLog, plain.host);
      row.bytes.plain = pb.index + pb.fragment + pb.filter;
      const urls = new Set(results.map((x) => plainUrls.get(x.id)!));
      row.plainRecall = truth.size ? [...truth].filter((u) => urls.has(u)).length / truth.size : null;
      await ppf.destroy();
    }
    rows.push(row);
    options.onRow?.(row);
  }

  // ---- summary ----
  const withTruth = rows.filter((r) => r.truth > 0);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const wordTruth = sum(rows.map((r) => r.wordStart.truth));
  const wordRecall = sum(rows.map((r) => r.wordStart.found)) / Math.max(1, wordTruth);
  const midWordOnly = rows.filter((r) => r.wordStart.truth < r.truth);
  const microRecall = sum(withTruth.map((r) => r.recall! * r.truth)) / Math.max(1, sum(withTruth.map((r) => r.truth)));
  const macroRecall = sum(withTruth.map((r) => r.recall!)) / Math.max(1, withTruth.length);
  const worstRecall = [...withTruth].sort((a, b) => a.recall! - b.recall!)[0];
  const big = rows.filter((r) => r.truth >= PAGE);
  const top10 = sum(big.map((r) => r.top.correct)) / Math.max(1, sum(big.map((r) => r.top.shown)));
  const anyTop = rows.filter((r) => r.top.shown > 0);
  const topAll = sum(anyTop.map((r) => r.top.correct)) / Math.max(1, sum(anyTop.map((r) => r.top.shown)));
  const none = rows.filter((r) => r.truth === 0);
  const noneOk = none.filter((r) => r.noMatchCorrect).length;
  const falseNone = withTruth.filter((r) => r.found === 0).length;
  const numbered = rows.filter((r) => r.exactFirst !== null);
  const numberedOk = numbered.filter((r) => r.exactFirst).length;
  const compared = rows.filter((r) => r.bytes.plain !== null && r.bytes.plain > 0);
  const oursTotal = sum(compared.map((r) => r.bytes.ours));
  const plainTotal = sum(compared.map((r) => r.bytes.plain!));
  const ratios = compared.map((r) => r.bytes.ours / r.bytes.plain!).sort((a, b) => a - b);
  const worstBytes = [...compared].sort((a, b) => b.bytes.ours / b.bytes.plain! - a.bytes.ours / a.bytes.plain!)[0];
  const plainRecall = plain ? sum(withTruth.map((r) => (r.plainRecall ?? 0) * r.truth)) / Math.max(1, sum(withTruth.map((r) => r.truth))) : null;

  const ourSize = await sizes(bundleDir);
  const plainSize = plainDir ? await sizes(plainDir) : undefined;
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  const pagefindJs = statSync(path.join(bundleDir, 'pagefind.js')).size;
  const searchScripts = (await readdir(path.join(dist, '_astro')).catch(() => [] as string[])).filter((f) => /search/i.test(f) && f.endsWith('.js'));
  const scriptBytes = sum(await Promise.all(searchScripts.map(async (f) => (await stat(path.join(dist, '_astro', f))).size)));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  /** As the search page downloads it (its scope rules); and with every shard searched. */
  const firstQueryMedian = median(rows.map((r) => r.scope.bytes));
  const firstQueryMedianAll = median(rows.map((r) => r.bytes.ours));
  const widenedRows = rows.filter((r) => r.scope.widened);
  const fv = firstVisit ?? {};
  const manifestBytes = existsSync(path.join(bundleDir, 'shards.json')) ? statSync(path.join(bundleDir, 'shards.json')).size : 0;
  const firstVisitFixed = pagefindJs + scriptBytes + manifestBytes + (fv.entry ?? 0) + (fv.meta ?? 0) + (fv.wasm ?? 0);
  /** Everything the search page downloads for each query as a first search (scripts and Pagefind data). */
  const firstScreen = (() => {
    const sorted = [...rows].sort((a, b) => a.scope.bytes - b.scope.bytes);
    const at = (q: number) => firstVisitFixed + (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.scope.bytes ?? 0);
    return {
      median: at(0.5),
      p90: at(0.9),
      max: firstVisitFixed + (sorted.at(-1)?.scope.bytes ?? 0),
      worst: sorted.at(-1)?.q ?? '',
      over300: rows.filter((r) => firstVisitFixed + r.scope.bytes > 300 * 1024).length,
    };
  })();
  const msOurs = rows.map((r) => r.ms.ours);
  const msScope = rows.map((r) => r.ms.scope);
  const msPlain = rows.flatMap((r) => (r.ms.plain === null ? [] : [r.ms.plain]));
  const slowest = [...rows].sort((a, b) => b.ms.ours - a.ms.ours)[0];

  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const pass = (ok: boolean) => (ok ? '达标 PASS' : '未达标 FAIL');
  const checks = {
    queries: rows.length >= TARGET.minQueries,
    recall: wordRecall >= TARGET.recall,
    top10: big.length === 0 || top10 >= TARGET.top10,
    firstScreen: firstScreen.over300 === 0,
    noMatch: noneOk === none.length && falseNone === 0,
    exactFirst: numberedOk === numbered.length,
    bytes: !plain || oursTotal <= TARGET.bytesRatio * plainTotal,
  };

  const lines: string[] = [''];
  lines.push(
    `搜索评测 search:eval — ${path.relative(options.cwd ?? process.cwd(), dist) || '.'}：${pages.length} 个信息页面，${rows.length} 条查询（列表 ${spec.queries.length}，自动生成 ${rows.length - spec.queries.length}）  ${pass(checks.queries)}`,
  );
  lines.push(
    `召回率 recall（${withTruth.length} 条有结果的查询）：按词首 word-start ${pct(wordRecall)}；按子串 substring 总体 ${pct(microRecall)}，逐条平均 ${pct(macroRecall)}${worstRecall ? `，最低 ${pct(worstRecall.recall!)}「${worstRecall.q}」` : ''}${plainRecall === null ? '' : `（Pagefind 默认：${pct(plainRecall)}）`}  ${pass(checks.recall)}`,
  );
  if (options.textQueries) {
    const cats = new Map<string, number>();
    for (const r of rows) if (r.auto) cats.set(r.category, (cats.get(r.category) ?? 0) + 1);
    lines.push(`自动生成的查询 derived queries：${[...cats].map(([c, n]) => `${c} ${n}`).join('，')}`);
  }
  if (midWordOnly.length) {
    lines.push(
      `  其中只在词中出现的（索引按词检索，这些页面查不到）：${midWordOnly.length} 条查询的 ${sum(midWordOnly.map((r) => r.truth - r.wordStart.truth))} 个页面，如${midWordOnly
        .slice(0, 3)
        .map((r) => `「${r.q}」${r.truth - r.wordStart.truth} 个`)
        .join('')}；按词首计的召回率 word-start recall：${pct(wordRecall)}`,
    );
  }
  lines.push(
    `前 10 条准确率 top-10 precision（${big.length} 条真值 ≥ 10 的查询）：${big.length ? pct(top10) : '—'}；所有有结果的查询：${pct(topAll)}  ${pass(checks.top10)}`,
  );
  lines.push(`无结果判断 no-match：${noneOk}/${none.length} 条应无结果的查询正确显示无结果；有真值却显示无结果：${falseNone} 条  ${pass(checks.noMatch)}`);
  lines.push(`文号/索引号首条 exact number first：${numberedOk}/${numbered.length}  ${pass(checks.exactFirst)}`);
  const approx = rows.filter((r) => r.approximate);
  if (approx.length) lines.push(`近似结果 approximate（含标点的词候选过多，未逐页核对）：${approx.map((r) => `「${r.q}」`).join('')}`);
  if (plain) {
    lines.push(
      `每次查询下载 bytes per query（索引分块 + 前 ${PAGE} 条片段）：本站 ${kb(oursTotal)} KB，Pagefind 默认 ${kb(plainTotal)} KB，合计 ${(oursTotal / plainTotal).toFixed(2)}×；逐条中位数 ${(ratios[Math.floor(ratios.length / 2)] ?? 0).toFixed(2)}×，最高 ${(ratios.at(-1) ?? 0).toFixed(2)}×${worstBytes ? `「${worstBytes.q}」` : ''}  ${pass(checks.bytes)}`,
    );
  }
  lines.push(
    `首次搜索 first query（按搜索页的范围：先检索最新的年份或季度，${widenedRows.length}/${rows.length} 条查询加检了更早的分片）：固定部分 ${kb(firstVisitFixed)} KB（pagefind.js ${kb(pagefindJs)}，搜索脚本 ${kb(scriptBytes)}，分片清单 ${kb(manifestBytes)}，元数据 ${kb((fv.entry ?? 0) + (fv.meta ?? 0))}，wasm ${kb(fv.wasm ?? 0)}）+ 查询中位数 ${kb(firstQueryMedian)} KB = ${kb(firstVisitFixed + firstQueryMedian)} KB；检索全部分片时查询中位数 ${kb(firstQueryMedianAll)} KB；打开“筛选和排序”时另下载筛选数据 ${kb(filterBytes ?? 0)} KB`,
  );
  lines.push(
    `首屏下载 first screen（固定部分 + 该查询按搜索页范围的下载，不含页面 HTML/CSS）：中位数 ${kb(firstScreen.median)} KB，p90 ${kb(firstScreen.p90)} KB，最大 ${kb(firstScreen.max)} KB「${firstScreen.worst}」；超过 300 KB 的查询 ${firstScreen.over300}/${rows.length} 条  ${pass(checks.firstScreen)}`,
  );
  lines.push(
    `查询耗时 time to first page（Node，单线程）：本站全部分片中位数 ${Math.round(median(msOurs))} ms，最长 ${Math.round(slowest?.ms.ours ?? 0)} ms「${slowest?.q ?? ''}」，按搜索页的范围中位数 ${Math.round(median(msScope))} ms${msPlain.length ? `；Pagefind 默认中位数 ${Math.round(median(msPlain))} ms，最长 ${Math.round(Math.max(...msPlain))} ms` : ''}`,
  );
  lines.push(
    `索引大小 index size：${kb(ourSize.total!)} KB（索引 ${kb(ourSize.index!)}，片段 ${kb(ourSize.fragment!)}，筛选 ${kb(ourSize.filter!)}，元数据 ${kb(ourSize.meta!)}，wasm ${kb(ourSize.wasm!)}，脚本 ${kb(ourSize.js!)}）`,
  );
  if (plainSize) {
    lines.push(
      `Pagefind 默认索引 plain index：${kb(plainSize.total!)} KB（索引 ${kb(plainSize.index!)}，片段 ${kb(plainSize.fragment!)}，筛选 ${kb(plainSize.filter!)}）`,
    );
  }
  lines.push(`用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);

  const figures: EvalFigures = {
    dist,
    pages: pages.length,
    queries: rows.length,
    microRecall,
    macroRecall,
    wordStartRecall: wordRecall,
    top10,
    topAll,
    noMatch: { correct: noneOk, of: none.length, falseNone },
    exactFirst: { correct: numberedOk, of: numbered.length },
    bytes: { ours: oursTotal, plain: plainTotal, ratios },
    firstVisitFixed,
    firstQueryMedian,
    firstQueryMedianAll,
    firstScreen,
    widened: widenedRows.length,
    filterBytes,
    ms: { oursMedian: median(msOurs), oursMax: Math.max(...msOurs), scopeMedian: median(msScope), plainMedian: msPlain.length ? median(msPlain) : null },
    indexSize: ourSize,
    plainIndexSize: plainSize,
    byCategory: Object.fromEntries(
      [...new Set(rows.map((r) => r.category))].map((c) => {
        const rs = withTruth.filter((r) => r.category === c);
        const truth = sum(rs.map((r) => r.truth));
        return [c, { queries: rows.filter((r) => r.category === c).length, truth, recall: truth ? sum(rs.map((r) => r.recall! * r.truth)) / truth : null }];
      }),
    ),
    checks,
    rows,
  };
  return { figures, lines, passed: Object.values(checks).every(Boolean) };
}
