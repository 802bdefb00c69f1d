/**
 * The search logic on top of Pagefind's JS API, shared by the search page (browser) and
 * `npm run search:eval` (Node), so what we measure is what citizens get.
 *
 * One query = a few Pagefind searches run together on the same index chunks:
 *   - one phrase per part ("江 州 市"; a part with punctuation inside gives one phrase per
 *     piece) → the exact set (pages containing the text), intersected;
 *   - when there are more exact results than fit on one page (and not more than RANK_WORK
 *     allows), one ranking search over the same characters, unquoted → BM25 scores to order them (a
 *     page's worth or fewer are ordered from their own text, which is downloaded to show
 *     them anyway: the ranking search costs much more time than the phrase when the
 *     characters are common);
 *   - when nothing matches, that ranking search gives related results;
 *   - for a 文号/索引号, the synthetic word indexed with that document → pinned first.
 * Filters and date order are passed to Pagefind, which applies them inside its own
 * search. Pagefind also counts each filter value among the results; for a query of one
 * piece those counts are exact, and each active filter's own counts come from one more
 * search without it (no download: the chunks are already loaded).
 *
 * Never search with an empty term: Pagefind then loads every index chunk. Browsing by
 * filters alone searches the word every item page carries (BODY_MARK) instead.
 *
 * On the index in shards (one bundle per year) the engine is given `SearchScope.api`
 * (scope.ts): the shards searched so far, superseded pages dropped, date order kept.
 */
import { numberToken, parseQuery, partTerms, pieces, rankingTerm, type ParsedQuery } from './query.ts';
import { BODY_MARK, cleanContent, containsAll, matchForm } from './text.ts';
import { intersectOrdered, localScore, rerank } from './rank.ts';
import { FILTER_KEYS, toPagefindFilters, type FilterKey, type SearchState } from './state.ts';

/** The parts of Pagefind's result data we use. */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearchOptions {
  filters?: Record<string, string | string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  /** Per filter, how many results have each value (only filters whose data is loaded). */
  filters?: Record<string, Record<string, number>>;
}
/** The subset of Pagefind's JS API (module or instance) the engine needs. */
export interface PagefindApi {
  search(term: string, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface Hit {
  id: string;
  /** An exact 文号/索引号 match, shown first. */
  pinned: boolean;
  result: PagefindResult;
}

export type FilterCounts = Record<FilterKey, Map<string, number>>;

export interface QueryOutcome {
  query: ParsedQuery;
  /** Pages containing every part of the query (and passing the filters), in the chosen order. */
  exact: Hit[];
  /** Only when `exact` is empty: pages containing all the query's characters, best first. */
  related: Hit[];
  /**
   * A part had punctuation inside (2024-00031, PM2.5) and there were too many candidates to
   * check each page's text, so `exact` may hold a few pages with the pieces apart.
   */
  approximate: boolean;
  /** Relevance was asked for but there were more than `rankLimit` results: they are newest first. */
  datedForSize: boolean;
  /** With `datedForSize`: the most results this query could have had ranked. */
  rankLimit?: number;
  /**
   * For each filter, how many results each value would give with the other filters kept
   * (only when `withCounts` was asked and the query is one piece; only filters whose data is
   * loaded, see `PagefindApi.filters`).
   */
  counts?: FilterCounts;
  /** With filters active and nothing found: how many pages match without the filters. */
  unfiltered?: number;
}

export interface RunOptions {
  /** Also compute `counts` (a few more searches, no downloads once filters are loaded). */
  withCounts?: boolean;
  /** The page's filter keys, for `counts` (default: the shared filters). */
  filterKeys?: readonly string[] | undefined;
}

/**
 * When a part is split at punctuation, its pieces are only known to be on the page, not
 * side by side; up to this many candidates are checked against the page text (their
 * fragments are small and the first ten are shown anyway).
 */
export const VERIFY_LIMIT = 20;

const DATE_DESC = { date: 'desc' } as const;
/** Up to this many exact results (one page) are ordered from their own text instead of a ranking search. */
export const LOCAL_RANK_LIMIT = 10;
/**
 * What ranking may cost, in exact results × words of the ranking search. The ranking search
 * downloads nothing (its words' index chunks are those the exact search loaded; dates and
 * scores need no fragments) but takes time in proportion to results × words: measured on a
 * generated 5,000-item site with every year searched, in Node on a busy 2-core machine,
 * 0.04–0.1 ms per result and word (环境, 4,966 results × 2 words: 0.5 s; 行政处罚, 1,460 × 4:
 * 0.25 s; 省生态环境, 4,715 × 5: 0.9 s). Up to this, a search ranks its results (a common
 * word in the first scope of a 20,000-item site, 环境 or 排污许可 in every year of a
 * 5,000-item one: up to about half a second); above it the results stay newest first and
 * the page says so. It was 1,000 results whatever the words.
 */
export const RANK_WORK = 12_000;
/** Most exact results ranked for a query of `words` ranking words (a round number, for the page to name). */
export const rankLimit = (words: number): number => Math.floor(RANK_WORK / Math.max(1, words) / 100) * 100;

/**
 * Whether Pagefind's results for an exact term are its fallback rather than matches. A single
 * Latin word is a prefix search, and Pagefind answers a word that no word of a bundle starts
 * with by the longest start of it that one does (vocs → v, the V of 劣V类; 2025 → 20 in a
 * year without 2025): then none of that bundle's results has the word, so its first one tells.
 * Call it per bundle (SearchScope does for each shard).
 */
export async function prefixFallback(term: string, results: readonly PagefindResult[]): Promise<boolean> {
  if (term.startsWith('"') || term === BODY_MARK || results.length === 0) return false;
  return !matchForm(cleanContent((await results[0]!.data()).content)).includes(term);
}

function withoutFallback(term: string, r: PagefindResponse | null, fallback: boolean): PagefindResponse | null {
  return fallback && r ? { ...r, results: [], filters: {} } : r;
}

/** Run a parsed query under the state's filters and order. An empty query lists every page that passes the filters. */
export async function runQuery(
  pf: PagefindApi,
  query: ParsedQuery,
  state: Pick<SearchState, 'filters' | 'sort'> = { filters: {}, sort: 'relevance' },
  options: RunOptions = {},
): Promise<QueryOutcome> {
  const browsing = query.parts.length === 0;
  const keys = options.filterKeys ?? FILTER_KEYS;
  const filters = toPagefindFilters(state);
  const active = Object.keys(filters).length > 0;
  if (browsing && !active) return { query, exact: [], related: [], approximate: false, datedForSize: false };
  const byDate = state.sort === 'date' || browsing;
  // The exact searches always come back newest first: the order kept when there are too many to rank.
  const opts: PagefindSearchOptions = { filters, sort: DATE_DESC };

  const exactTerms = browsing ? [BODY_MARK] : [...new Set(query.parts.flatMap(partTerms))];
  const rankTerm = browsing ? undefined : rankingTerm(query.parts);
  const token = query.docNumber ? numberToken('docNumber', query.docNumber) : query.indexNumber ? numberToken('indexNumber', query.indexNumber) : undefined;
  // Quoted: an exact word. Unquoted, a 文号 that no document has would find the documents
  // whose synthetic word starts like its own (Pagefind's fallback, see below).
  const tokenTerm = token && `"${token}"`;
  const terms = [...new Set([...exactTerms, ...(tokenTerm ? [tokenTerm] : [])])];
  const responses = new Map<string, PagefindResponse | null>();
  const searchAll = (list: string[]) => Promise.all(list.map(async (t) => responses.set(t, await pf.search(t, opts))));
  await searchAll(terms);
  const resultsOf = (t: string) => responses.get(t)?.results ?? [];
  await Promise.all(exactTerms.map(async (t) => responses.set(t, withoutFallback(t, responses.get(t) ?? null, await prefixFallback(t, resultsOf(t))))));

  const byId = new Map<string, PagefindResult>();
  for (const t of terms) for (const r of resultsOf(t)) if (!byId.has(r.id)) byId.set(r.id, r);
  const pinned = tokenTerm ? resultsOf(tokenTerm).map((r) => r.id) : [];
  const pin = new Set(pinned);
  let ids = [...new Set([...pinned, ...intersectOrdered(exactTerms.map((t) => resultsOf(t).map((r) => r.id)))])];
  let datedForSize = false;
  const limit = rankLimit(rankTerm ? rankTerm.split(' ').length : 1);
  if (byDate || ids.length > limit) {
    ids = [...pinned, ...ids.filter((id) => !pin.has(id))];
    datedForSize = !byDate;
  } else if (ids.length > LOCAL_RANK_LIMIT) {
    responses.set(rankTerm!, await pf.search(rankTerm!, { filters }));
    ids = rerank(ids, new Map(resultsOf(rankTerm!).map((r) => [r.id, r.score])), pinned);
  } else {
    const scores = new Map(
      await Promise.all(
        ids.map(async (id) => {
          const d = await byId.get(id)!.data();
          return [id, localScore(cleanContent(d.content), d.meta.title ?? '', query.parts)] as const;
        }),
      ),
    );
    ids = rerank(ids, scores, pinned);
  }

  let approximate = false;
  // Parts split into pieces, or with punctuation inside a token (pm2.5 is the phrase "pm2 5"):
  // the few results are checked against the page text.
  if (query.parts.some((p) => pieces(p).length > 1 || /[^\p{L}\p{N}〔〕]/u.test(p))) {
    const unsure = ids.filter((id) => !pin.has(id));
    if (unsure.length <= VERIFY_LIMIT) {
      const checks = await Promise.all(unsure.map(async (id) => containsAll(cleanContent((await byId.get(id)!.data()).content), query.parts)));
      const wrong = new Set(unsure.filter((_, i) => !checks[i]));
      ids = ids.filter((id) => !wrong.has(id));
    } else approximate = true;
  }
  const exact = ids.map((id) => ({ id, pinned: pin.has(id), result: byId.get(id)! }));
  const outcome: QueryOutcome = { query, exact, related: [], approximate, datedForSize, ...(datedForSize ? { rankLimit: limit } : {}) };

  if (exact.length === 0 && rankTerm) {
    responses.set(rankTerm, await pf.search(rankTerm, byDate ? opts : { filters }));
    outcome.related = resultsOf(rankTerm).map((r) => ({ id: r.id, pinned: false, result: r }));
  }
  if (exact.length === 0 && active) {
    const lists = await Promise.all(exactTerms.map(async (t) => ((await pf.search(t)) ?? { results: [] }).results.map((r) => r.id)));
    outcome.unfiltered = intersectOrdered(lists).length;
  }
  if (options.withCounts && exactTerms.length === 1) {
    const term = exactTerms[0]!;
    const own = await Promise.all(
      keys.map(async (key) => {
        if (!filters[key]) return responses.get(term)?.filters?.[key];
        const { [key]: _dropped, ...others } = filters;
        return (await pf.search(term, { filters: others }))?.filters?.[key];
      }),
    );
    outcome.counts = Object.fromEntries(keys.map((key, i) => [key, new Map(Object.entries(own[i] ?? {}))])) as FilterCounts;
  }
  return outcome;
}

/**
 * Related results worth showing: of the first `scan` hits (by default as many as are shown,
 * so no extra fragments are downloaded), up to `max` whose text has every word of the query
 * somewhere (Pagefind leaves a word it does not know out of the search, so its looser
 * results need this check before we call them related).
 */
export async function verifyRelated(hits: readonly Hit[], query: ParsedQuery, max = 5, scan = max): Promise<Hit[]> {
  const words = [...new Set(query.parts.flatMap((p) => pieces(p).flat()))].filter((w) => w !== '〔' && w !== '〕');
  const candidates = hits.slice(0, scan);
  const texts = await Promise.all(candidates.map(async (h) => matchForm(cleanContent((await h.result.data()).content))));
  return candidates.filter((_, i) => words.every((w) => texts[i]!.includes(w))).slice(0, max);
}

export interface FacetValue {
  value: string;
  /** Pages with this value in the whole index. */
  count: number;
}

const VALIDITY_ORDER = ['有效', '失效', '废止'];

/**
 * Every value of every filter, in the order the page lists them (years newest first,
 * validity in its natural order, the rest by number of pages). Loads all filter data
 * (Pagefind's `filters()`), so call it when the filters are wanted, not for every search.
 */
export async function loadFilterValues(pf: PagefindApi, keys: readonly string[] = FILTER_KEYS): Promise<Record<FilterKey, FacetValue[]>> {
  const all = await pf.filters();
  const zh = new Intl.Collator('zh-CN');
  const out = {} as Record<FilterKey, FacetValue[]>;
  for (const key of keys) {
    const values = Object.entries(all[key] ?? {}).map(([value, count]) => ({ value, count }));
    if (key === 'year') values.sort((a, b) => b.value.localeCompare(a.value));
    else if (key === 'validity') values.sort((a, b) => VALIDITY_ORDER.indexOf(a.value) - VALIDITY_ORDER.indexOf(b.value));
    else values.sort((a, b) => b.count - a.count || zh.compare(a.value, b.value));
    out[key] = values;
  }
  return out;
}

/**
 * What a first query with no filters downloads from the bundles `pf` searches: the query's
 * searches and the data of the results on the first page (or of the related results when
 * nothing matches). For measurements; `scopedFirstPage` (scope.ts) does it in the search
 * page's scope.
 */
export async function firstPage(pf: PagefindApi, raw: string, size = 10): Promise<{ outcome: QueryOutcome; shown: Hit[] }> {
  const query = parseQuery(raw);
  const outcome = await runQuery(pf, query);
  const shown = outcome.exact.length ? outcome.exact.slice(0, size) : await verifyRelated(outcome.related, query, Math.min(size, 5));
  await Promise.all(shown.map((h) => h.result.data()));
  return { outcome, shown };
}
