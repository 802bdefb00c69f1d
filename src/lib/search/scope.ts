/**
 * Which shards of the search index a search covers (src/lib/search/shards.ts), shared by
 * the search page and the Node tools (search:eval, bench), so both search the same way.
 *
 * A search first covers the "first scope": the newest period, a year or a quarter (the
 * bundle at /pagefind/), and the `delta` shard of `npm run publish`. Below, "year" stands
 * for either. It widens to every year (Pagefind's `mergeIndex`
 * of each older shard; chunks already loaded stay loaded) only when that is needed or
 * asked for: see `decideScope`. Once widened, a page session stays widened (Pagefind cannot
 * un-merge, and a reader who asked for all years keeps getting them).
 *
 * Two things Pagefind does not do for merged bundles are done here, in the PagefindApi the
 * engine is given (`SearchScope.api`):
 *   - results whose id is in the manifest's `supersedes` (old versions of items published
 *     again since the full build) are dropped;
 *   - a date-ordered search over several shards comes back in date order. Pagefind sorts
 *     each bundle by date but then merges the bundles by score, and in a sorted search a
 *     page's score is only its rank inside its own bundle, so the years interleave. Every
 *     shard therefore carries a synthetic filter naming it (`SHARD_FILTER`, Pagefind's
 *     `mergeFilter`, in memory: nothing is downloaded), a sorted search runs once per shard
 *     (a filter that excludes a bundle's pages makes its part of the search cheap: measured
 *     at 20,000 items, nine shards cost 1.5–2 times one merged search) and the lists are
 *     put together: year shards newest year first, delta results placed by their date.
 */
import {
  prefixFallback,
  runQuery,
  verifyRelated,
  type Hit,
  type PagefindApi,
  type PagefindResponse,
  type PagefindResult,
  type PagefindSearchOptions,
  type QueryOutcome,
  type RunOptions,
} from './engine.ts';
import { parseQuery, rankingTerm, type ParsedQuery } from './query.ts';
import {
  compareShardKeys,
  DELTA,
  firstShards,
  isPeriodKey,
  isShardManifest,
  keyYear,
  laterShards,
  newerThanPrimary,
  periodSpan,
  previousPeriod,
  sameLayoutKey,
  shardYears,
  type ShardInfo,
  type ShardManifest,
} from './shards.ts';
import { toPagefindFilters, type SearchState } from './state.ts';
import {
  bucketOf,
  candidateKeys,
  fourMayHold,
  FOURS_PATH,
  GRAMS_PATH,
  longFile,
  longName,
  queryGrams,
  queryLongGrams,
  type FourFile,
  type GramFile,
} from './grams.ts';
import { docKey, entryPasses, indexKey, NUMBERS_PATH, type NumberEntry, type NumberFile } from './numbers.ts';

/** Results on one page of /search/: fewer exact results than this in the first scope widen the search. */
export const SCOPE_PAGE = 10;

/**
 * What the search merges by itself beyond the first scope, in estimated bytes of Pagefind
 * data (the first scope's own estimate counts against it): shards that can hold the query
 * (the gram table says which) are added newest first while fewer than a page of results is
 * found, and the next one fits in what is left. With no result yet the search goes on
 * regardless (a 「没有找到」 must be true). With the scripts (≈ 135 KB), the gram files and
 * the shown results' fragments this keeps a first screen under 300 KB.
 */
export const AUTO_BUDGET = 110_000;
/**
 * Bytes a shard costs a query, per page: its page list (pf_meta, ≈ 14 B a page) and, per
 * word of the query, the index chunk holding that word (≈ 16 B a page for the common
 * characters queries are made of; measured on a generated 5,000-item site, year shards of
 * about 840 pages: 11.9 KB of meta, 8–23 KB a chunk).
 */
export const META_PER_PAGE = 14;
export const CHUNK_PER_PAGE_WORD = 16;

/** Estimated bytes of searching a shard of `pages` pages for `words` words. */
export const shardCost = (pages: number, words: number): number => pages * (META_PER_PAGE + CHUNK_PER_PAGE_WORD * Math.max(1, words));

/** Name of the synthetic filter that tells which shard a page is in (never shown). */
export const SHARD_FILTER = 'shard';

/** Why a search covers every year. */
export type WidenReason =
  /** The reader (or an earlier search) already widened in this page session. */
  | 'session'
  /** A 年份 filter for a year held by an older shard. */
  | 'year'
  /** Nothing in the first scope contains the query, and related results would be shown. */
  | 'related'
  /** Fewer exact results than fill one page. */
  | 'few';

export type ScopeDecision =
  | { widen: true; reason: WidenReason }
  | {
      widen: false;
      /**
       * Older shards may hold more results: the page says which years were searched and
       * offers to search the others. False when the first scope holds every possible result
       * (no older shards, or a 年份 filter for a year in the first scope).
       */
      partial: boolean;
    };

export interface ScopeInput {
  /** Keys of the shards searched first (the primary and `delta`). */
  first: readonly string[];
  /** Keys of the other shards (older years). */
  later: readonly string[];
  /** Already widened in this page session. */
  widened: boolean;
  /** The active 年份 filter, if any. */
  year?: string | undefined;
  /** Exact results in the first scope; undefined before the query has run. */
  exact?: number | undefined;
  /** Related results the first scope gives (only looked at when `exact` is 0). */
  related?: number | undefined;
  /** Results per page (default SCOPE_PAGE). */
  page?: number | undefined;
}

/**
 * Whether a search should cover every year. Before the query has run (`exact` undefined)
 * only the rules that do not need its results apply, so a filter for an older year does
 * not search the newest year in vain first.
 */
export function decideScope(i: ScopeInput): ScopeDecision {
  if (i.later.length === 0) return { widen: false, partial: false };
  if (i.widened) return { widen: true, reason: 'session' };
  if (i.year) return i.later.some((k) => keyYear(k) === i.year) ? { widen: true, reason: 'year' } : { widen: false, partial: false };
  if (i.exact === undefined) return { widen: false, partial: true };
  if (i.exact === 0 && (i.related ?? 0) > 0) return { widen: true, reason: 'related' };
  if (i.exact < (i.page ?? SCOPE_PAGE)) return { widen: true, reason: 'few' };
  return { widen: false, partial: true };
}

/**
 * The Pagefind API without the pages of `ids` in any search's results. Filter counts in the
 * responses (and `filters()`) still count them: they are approximate by at most the number
 * of superseded pages, which is small (items published again since the last full build).
 */
export function withoutSuperseded(api: PagefindApi, ids: Iterable<string>): PagefindApi {
  const drop = new Set(ids);
  if (drop.size === 0) return api;
  return {
    async search(term, options) {
      const r = await api.search(term, options);
      return r && { ...r, results: r.results.filter((x) => !drop.has(x.id)) };
    },
    filters: () => api.filters(),
  };
}

/** Filter counts without the synthetic shard filter. */
function withoutShardFilter<T extends Record<string, unknown>>(filters: T | undefined): T | undefined {
  if (!filters || !(SHARD_FILTER in filters)) return filters;
  const { [SHARD_FILTER]: _shard, ...rest } = filters;
  return rest as T;
}

/** Per filter and value, the sum of the counts of several responses. */
export function sumFilterCounts(list: ReadonlyArray<Record<string, Record<string, number>> | undefined>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const filters of list) {
    for (const [key, values] of Object.entries(filters ?? {})) {
      if (key === SHARD_FILTER) continue;
      const into = (out[key] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return out;
}

/** The publication date of a result (YYYY-MM-DD), from its data (`date` meta). */
export const resultDate = async (r: PagefindResult): Promise<string> => (await r.data()).meta.date ?? '';

/**
 * The results of one date-ordered search per shard as one list, newest first. Year and
 * quarter shards (and `main`) are given newest first and hold disjoint periods, so they follow each other;
 * each `delta` result (items published since the full build, of any year) goes after the
 * results at least as new as it. Finding that place reads result dates (`dateOf`, which
 * loads the result's data): the first comparison is with the newest remaining result
 * (shown first anyway), which settles it for a newly published item; an older item
 * published again takes its old version's place when the manifest says which that is
 * (`replaces`) and the date is unchanged, else a binary search inside its own period.
 */
export async function mergeByDate(
  lists: ReadonlyArray<{ key: string; results: readonly PagefindResult[] }>,
  dateOf: (r: PagefindResult) => Promise<string> = resultDate,
  replaces: Readonly<Record<string, string>> = {},
): Promise<PagefindResult[]> {
  const base = lists.filter((l) => l.key !== DELTA).flatMap((l) => l.results.map((r) => ({ r, key: isPeriodKey(l.key) ? l.key : undefined })));
  const extra = lists.filter((l) => l.key === DELTA).flatMap((l) => l.results);
  if (extra.length === 0) return base.map((b) => b.r);
  const dates = new Map<PagefindResult, Promise<string>>();
  const date = (r: PagefindResult) => {
    let d = dates.get(r);
    if (!d) dates.set(r, (d = dateOf(r)));
    return d;
  };
  /** Whether base[i] is older than `d` (so a result dated `d` goes before it). */
  const older = async (i: number, d: string) => {
    const b = base[i]!;
    // Shards of other periods are ordered without reading dates.
    const key = b.key && sameLayoutKey(b.key, d);
    if (b.key && key && b.key !== key) return b.key < key;
    return (await date(b.r)) < d;
  };
  const out: PagefindResult[] = [];
  const position = new Map(base.map((b, i) => [b.r.id, i]));
  let from = 0;
  for (const x of extra) {
    const d = await date(x);
    // A version of the same item in a year shard (manifest `replaces`) with the same date:
    // the new version takes its place (the old one is dropped afterwards as superseded).
    const was = replaces[x.id] === undefined ? undefined : position.get(replaces[x.id]!);
    let at: number;
    if (was !== undefined && was >= from && (await date(base[was]!.r)) === d) at = was;
    else if (from >= base.length || (await older(from, d))) at = from;
    else {
      let lo = from + 1;
      let hi = base.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (await older(mid, d)) hi = mid;
        else lo = mid + 1;
      }
      at = lo;
    }
    for (let i = from; i < at; i++) out.push(base[i]!.r);
    out.push(x);
    from = at;
  }
  for (let i = from; i < base.length; i++) out.push(base[i]!.r);
  return out;
}

/** What SearchScope needs of a Pagefind module or instance. */
export interface PagefindHandle extends PagefindApi {
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  options?(options: Record<string, unknown>): Promise<void>;
}

/** Where the shards are, for the Node tools (the page needs neither). */
export interface ScopeLocation {
  /** The URL a shard's site path (/pagefind/2024/) is fetched from (default: the path itself). */
  url?: (path: string) => string;
  /** Pagefind's `baseUrl` for the merged shards' result URLs (default: Pagefind's, the site root). */
  baseUrl?: string;
  /** How the gram and number tables are fetched (default: the global fetch). */
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
}

/**
 * The shards one Pagefind instance searches. `open()` once after Pagefind's `init()`;
 * then give `api` to the engine and call `widen()` when `decide()` says so.
 * Without a (valid) manifest it is the one bundle at /pagefind/: nothing to merge,
 * nothing to drop, never widens.
 */
export class SearchScope {
  readonly manifest: ShardManifest | undefined;
  /** Shards searched first (the primary and `delta`), and the others. */
  readonly first: readonly ShardInfo[];
  readonly later: readonly ShardInfo[];
  /** The API for the engine: superseded pages dropped, date order kept across shards. */
  readonly api: PagefindApi;
  readonly #pf: PagefindHandle;
  readonly #where: ScopeLocation;
  /** Keys of the shards merged so far, newest year first, `delta` last (shards.ts order). */
  #loaded: string[] = [];
  /** Gram and number table files, by site path (each fetched once a page session). */
  #tables = new Map<string, Promise<unknown>>();
  #opening: Promise<void> | undefined;
  #widening: Promise<void> | undefined;
  #widened = false;

  /** @param manifest the parsed /pagefind/shards.json (anything else: one bundle) */
  constructor(pf: PagefindHandle, manifest: unknown, where: ScopeLocation = {}) {
    this.#pf = pf;
    this.#where = where;
    this.manifest = isShardManifest(manifest) ? manifest : undefined;
    const m = this.manifest;
    this.first = m ? firstShards(m) : [];
    this.later = m ? laterShards(m) : [];
    this.#loaded = m ? [m.primary] : [];
    const sharded: PagefindApi = {
      search: (term, options) => this.#search(term, options),
      filters: async () => withoutShardFilter(await pf.filters()) ?? {},
    };
    this.api = withoutSuperseded(sharded, m?.supersedes ?? []);
  }

  /** Whether every shard is searched (always true without older shards). */
  get widened(): boolean {
    return this.#widened || [...this.first, ...this.later].every((s) => this.#loaded.includes(s.key));
  }

  /** Keys of the shards searched now. */
  get loaded(): readonly string[] {
    return this.#loaded;
  }

  /** The years searched first, as a reader reads them (2026 年). */
  get firstYears(): string {
    return periodSpan(this.first);
  }

  /** The years searched only when widened (2021—2025 年). */
  get laterYears(): string {
    return periodSpan(this.later);
  }

  /** The years of shards not searched yet (2019—2024 年; the year before a thin newest year too), '' when every shard is. */
  get pendingYears(): string {
    return periodSpan([...this.first, ...this.later].filter((s) => !this.#loaded.includes(s.key)));
  }

  /** Years with a shard not searched yet (for the 年份 filter's options: no count, choosing one widens), newest first. */
  get unsearchedYears(): string[] {
    return shardYears([...this.first, ...this.later].filter((s) => !this.#loaded.includes(s.key)));
  }

  /** Name the primary's pages for the synthetic shard filter and merge the delta shard. */
  open(): Promise<void> {
    return (this.#opening ??= (async () => {
      const m = this.manifest;
      if (!m || m.shards.length < 2) return;
      await this.#pf.options?.({ mergeFilter: { [SHARD_FILTER]: m.primary } });
      // The period before a thin newest one is merged by the first query that can need it
      // (scopedQuery); a period newer than the primary (a shard `npm run publish --search
      // shard` added) holds the newest items, and is searched from the start like delta.
      await this.#merge([...newerThanPrimary(m), ...this.first.filter((s) => s.key === DELTA)]);
    })());
  }

  /**
   * The shards that can hold every part of the query (the gram table), or undefined when the
   * table cannot tell (no table, or no bigram in the query): every shard can.
   */
  async candidates(query: ParsedQuery): Promise<Set<string> | undefined> {
    const info = this.manifest?.grams;
    const grams = queryGrams(query.parts);
    if (!info || grams.length === 0) return undefined;
    // Long grams are in their first trigram's file, fetched for the trigram anyway.
    const long = queryLongGrams(query.parts);
    const file = (b: number) => this.#table<GramFile>(`${GRAMS_PATH}${b}.json`);
    const [files, longFiles] = await Promise.all([
      Promise.all(grams.map((g) => file(bucketOf(g, info.buckets)))),
      Promise.all(long.map((k) => file(longFile(k, info.buckets)))),
    ]);
    if (files.some((f) => f === undefined)) return undefined;
    // A long gram missing from the table constrains nothing (its trigrams say as much).
    const longMasks = long.map((k, i) => longFiles[i]?.[longName(k)]).filter((m): m is number => m !== undefined);
    return candidateKeys(info, [...grams.map((g, i) => files[i]![g]), ...longMasks]);
  }

  /**
   * Of these shards, those that the 4-gram filters (grams.ts, FOURS_PATH) show cannot hold
   * the query: a 4-gram of it is certainly not on them. Empty when there are no filters, the
   * query has no 4-gram, or a file cannot be read (then it tells nothing).
   */
  async ruledOutByFours(query: ParsedQuery, keys: readonly string[]): Promise<Set<string>> {
    const info = this.manifest?.grams;
    const fours = queryLongGrams(query.parts);
    const out = new Set<string>();
    if (!info?.fours || fours.length === 0) return out;
    const known = keys.filter((k) => info.keys.includes(k));
    if (known.length === 0) return out;
    const files = await Promise.all(fours.map((k) => this.#table<FourFile>(`${FOURS_PATH}${longFile(k, info.buckets)}.json`)));
    for (const key of known) {
      // A shard with no filter in a file that was read has no 4-gram of that file.
      if (fours.some((k, i) => files[i] !== undefined && !(files[i]![key] !== undefined && fourMayHold(files[i]![key]!, k)))) out.add(key);
    }
    return out;
  }

  /**
   * The documents whose 文号 or 索引号 is the query (the number table), passing the state's
   * filters, without pages superseded since the full build, as pinned hits.
   */
  async numberHits(query: ParsedQuery, state: Pick<SearchState, 'filters'>): Promise<Array<Hit & { shard: string }>> {
    const info = this.manifest?.numbers;
    const key = query.docNumber ? docKey(query.docNumber) : query.indexNumber ? indexKey(query.indexNumber) : undefined;
    if (!info || !key) return [];
    const file = await this.#table<NumberFile>(`${NUMBERS_PATH}${bucketOf(key, info.buckets)}.json`);
    const drop = new Set(this.manifest?.supersedes ?? []);
    const filters = toPagefindFilters(state);
    return (file?.[key] ?? [])
      .filter((e) => !drop.has(e.id) && entryPasses(e, filters))
      .map((e) => ({ id: e.id, pinned: true, shard: e.shard, result: entryResult(e) }));
  }

  /** Merge these shards (idempotent). */
  mergeShards(keys: readonly string[]): Promise<void> {
    return this.#merge([...this.first, ...this.later].filter((s) => keys.includes(s.key)));
  }

  async #table<T>(sitePath: string): Promise<T | undefined> {
    let p = this.#tables.get(sitePath);
    if (!p) {
      const url = (this.#where.url ?? ((x: string) => x))(sitePath);
      // Revalidated: a build or publish rewrites these files under the same names.
      p = (this.#where.fetch ?? fetch)(url, { cache: 'no-cache' })
        .then((r) => (r.ok ? r.json() : undefined))
        .catch(() => undefined);
      this.#tables.set(sitePath, p);
    }
    return (await p) as T | undefined;
  }

  /** Search every shard from now on (idempotent). */
  widen(): Promise<void> {
    return (this.#widening ??= (async () => {
      await this.open();
      await this.#merge([...this.first, ...this.later]);
      this.#widened = true;
    })());
  }

  /** `decideScope` for this scope and a state (and, once run, the first scope's outcome). */
  decide(state: Pick<SearchState, 'filters'>, outcome?: Pick<QueryOutcome, 'exact' | 'related'>): ScopeDecision {
    return decideScope({
      first: this.first.map((s) => s.key),
      later: this.later.map((s) => s.key),
      widened: this.widened,
      year: state.filters.year,
      exact: outcome?.exact.length,
      related: outcome?.related.length,
    });
  }

  async #merge(shards: readonly ShardInfo[]): Promise<void> {
    const todo = shards.filter((s) => !this.#loaded.includes(s.key));
    // Together (each downloads its entry and meta); the order of Pagefind's instances does
    // not matter: date order comes from the per-shard searches, relevance from scores.
    const url = this.#where.url ?? ((p: string) => p);
    const baseUrl = this.#where.baseUrl ? { baseUrl: this.#where.baseUrl } : {};
    await Promise.all(todo.map((s) => this.#pf.mergeIndex(url(s.path), { ...baseUrl, mergeFilter: { [SHARD_FILTER]: s.key } })));
    this.#loaded = [...new Set([...this.#loaded, ...todo.map((s) => s.key)])].sort(compareShardKeys);
  }

  async #search(term: string, options?: PagefindSearchOptions): Promise<PagefindResponse | null> {
    const keys = this.#loaded;
    if (!options?.sort || keys.length < 2) {
      const r = await this.#pf.search(term, options);
      return r && { ...r, filters: withoutShardFilter(r.filters) };
    }
    // A filter for one year leaves the other year shards out (delta and main may hold any year).
    const year = options.filters?.year;
    const wanted = keys.filter((k) => !(isPeriodKey(k) && typeof year === 'string' && keyYear(k) !== year));
    const parts = await Promise.all(
      wanted.map(async (key) => {
        const r = await this.#pf.search(term, { ...options, filters: { ...options.filters, [SHARD_FILTER]: key } });
        // Each shard is a bundle of its own: Pagefind's prefix fallback happens per shard.
        return r && (await prefixFallback(term, r.results)) ? { ...r, results: [], filters: {} } : r;
      }),
    );
    const results = await mergeByDate(
      wanted.map((key, i) => ({ key, results: parts[i]?.results ?? [] })),
      resultDate,
      this.manifest?.replaces,
    );
    return { results, filters: sumFilterCounts(parts.map((p) => p?.filters)) };
  }
}

/** A number-table entry as a Pagefind result (its data is the entry's). */
function entryResult(e: NumberEntry): PagefindResult {
  return { id: e.id, score: 0, data: async () => ({ url: e.url, content: e.content, meta: e.meta, filters: e.filters }) };
}

export interface ScopedOutcome {
  outcome: QueryOutcome;
  decision: ScopeDecision;
  /** The years searched (2026 年), and those that may hold more results but were not searched ('' for none). */
  searched: string;
  unsearched: string;
  /** Pinned results found by the number table in shards not searched (counted in `outcome.exact`). */
  elsewhere: number;
  /**
   * The query is a 文号/索引号 and the number table gave its documents: they alone are shown,
   * without a full-text search (a 文号 is nine words whose index chunks cost 150 KB a shard);
   * the pages that mention it are searched when the reader asks (`widen`).
   */
  numbersOnly: boolean;
}

/**
 * Run a query as the search page does.
 *   - Already widened in this page session: every shard. A 年份 filter for an older year: that
 *     year's shard (when it can hold the query).
 *   - Else the first scope (newest year and delta), then the shards that can hold the query
 *     (gram table), newest first, while fewer than a page of results is found and within
 *     AUTO_BUDGET (always while nothing is found).
 *   - Browsing by filters alone: every year at once when the first scope gives less than a page.
 *   - A 文号/索引号 query gets its documents from the number table, wherever they are, and
 *     nothing else until the reader asks for the pages that mention it (`numbersOnly`); once
 *     widened (or with a 年份 filter for an older year) they are pinned first in the full results.
 * `prepare` runs before each search (the page loads the filter data when the filter panel is
 * open, so the counts cover the shards searched).
 */
export async function scopedQuery(
  scope: SearchScope,
  query: ParsedQuery,
  state: Pick<SearchState, 'filters' | 'sort'> = { filters: {}, sort: 'relevance' },
  options: RunOptions = {},
  prepare?: () => Promise<unknown>,
): Promise<ScopedOutcome> {
  await scope.open();
  const [candidates, numbered] = await Promise.all([query.parts.length ? scope.candidates(query) : Promise.resolve(undefined), scope.numberHits(query, state)]);
  const year = state.filters.year;
  // Shards the 4-gram filters rule out (read only before a shard beyond the first is added).
  const ruledOut = new Set<string>();
  const can = (key: string) => (!candidates || candidates.has(key)) && !ruledOut.has(key);
  // Shards not searched yet that can hold a result, newest first.
  const pending = () => scope.later.filter((s) => !scope.loaded.includes(s.key) && can(s.key) && (!year || !isPeriodKey(s.key) || keyYear(s.key) === year));
  const first = scope.decide(state);
  let reason: WidenReason | undefined = first.widen ? first.reason : undefined;
  if (reason === 'session') await scope.widen();
  else if (reason === 'year') await scope.mergeShards(pending().map((s) => s.key));
  if (
    !reason &&
    candidates &&
    scope.first.length > 0 &&
    numbered.length === 0 &&
    !scope.first.some((s) => s.key === DELTA || can(s.key)) &&
    pending().length === 0
  ) {
    // No shard can hold the query (gram table) and there is no delta shard: nothing to search.
    const outcome: QueryOutcome = { query, exact: [], related: [], approximate: false, datedForSize: false };
    return { outcome, decision: { widen: false, partial: false }, searched: '', unsearched: '', elsewhere: 0, numbersOnly: false };
  }
  // The period before a thin newest one (the year before in January, the quarter before in
  // a quarter's first weeks): merged when it can hold the query (and is of the 年份 filtered
  // for); for words only when the newest period alone does not fill a page, within
  // AUTO_BUDGET like an older shard (a phrase on every page, 省生态环境, is then answered from
  // the few dozen pages of January: a third of the bytes).
  const previous = scope.manifest ? previousPeriod(scope.manifest.primary) : undefined;
  const before = scope.first.filter((s) => s.key === previous && (reason === 'session' || can(s.key)) && (!year || keyYear(s.key) === year)).map((s) => s.key);
  const deferBefore = !reason && !year && query.parts.length > 0 && numbered.length === 0;
  if (!deferBefore) await scope.mergeShards(before);
  const deferred = () => (deferBefore ? scope.first.filter((s) => before.includes(s.key) && !scope.loaded.includes(s.key) && !ruledOut.has(s.key)) : []);
  const search = async (): Promise<QueryOutcome> => {
    await prepare?.();
    const o = await runQuery(scope.api, query, state, options);
    if (numbered.length === 0) return o;
    const ids = new Set(numbered.map((h) => h.id));
    const exact = [...numbered.map(({ shard: _s, ...h }) => h), ...o.exact.filter((h) => !ids.has(h.id))];
    return { ...o, exact, related: [] };
  };
  if (!reason && numbered.length > 0) {
    const exact = numbered.map(({ shard: _s, ...h }) => h);
    const outcome: QueryOutcome = { query, exact, related: [], approximate: false, datedForSize: false };
    return { outcome, decision: { widen: false, partial: true }, searched: '', unsearched: '', elsewhere: 0, numbersOnly: true };
  }
  let outcome = await search();
  if (!reason && query.parts.length === 0 && outcome.exact.length < SCOPE_PAGE && pending().length) {
    // Browsing by filters alone (no words: nothing for the gram table to rule out): every year at once, as before.
    reason = 'few';
    await scope.widen();
    outcome = await search();
  } else if (!reason) {
    const words = (query.parts.length ? rankingTerm(query.parts).split(' ').length : 1) + (numbered.length ? 1 : 0);
    let spent = scope.first.filter((s) => scope.loaded.includes(s.key)).reduce((n, s) => n + shardCost(s.pages, words), 0);
    // The year before a thin newest year first, then the older shards, newest first.
    const queue = () => [...deferred(), ...pending()];
    let refined = false;
    while (outcome.exact.length < SCOPE_PAGE) {
      if (!refined && queue().length > 0) {
        refined = true;
        for (const key of await scope.ruledOutByFours(
          query,
          queue().map((x) => x.key),
        ))
          ruledOut.add(key);
      }
      const next = queue()[0];
      if (!next) break;
      const cost = shardCost(next.pages, words);
      if (outcome.exact.length > 0 && spent + cost > AUTO_BUDGET) break;
      spent += cost;
      reason = outcome.exact.length === 0 && outcome.related.length > 0 ? 'related' : 'few';
      await scope.mergeShards([next.key]);
      outcome = await search();
    }
  }
  const left = [...deferred(), ...pending()];
  const decision: ScopeDecision = left.length ? { widen: false, partial: true } : reason ? { widen: true, reason } : { widen: false, partial: false };
  // The first scope counts as searched whether or not its older year was merged (it was when
  // it could hold a result), unless it was left for a page filled by the newest year.
  const loaded = [...scope.first.filter((s) => !left.includes(s)), ...scope.later.filter((s) => scope.loaded.includes(s.key))];
  const elsewhere = numbered.filter((h) => !scope.loaded.includes(h.shard)).length;
  return { outcome, decision, searched: periodSpan(loaded), unsearched: periodSpan(left), elsewhere, numbersOnly: false };
}

/**
 * What the search page downloads for a first query with no filters, in its scope: the
 * query's searches (widened by the page's rules) and the data of the results on the first
 * page (or of the related results when nothing matches). For measurements (search:eval, bench).
 */
export async function scopedFirstPage(
  scope: SearchScope,
  raw: string,
  size = SCOPE_PAGE,
): Promise<{ outcome: QueryOutcome; shown: Hit[]; decision: ScopeDecision }> {
  const query = parseQuery(raw);
  const { outcome, decision } = await scopedQuery(scope, query);
  const shown = outcome.exact.length ? outcome.exact.slice(0, size) : await verifyRelated(outcome.related, query, Math.min(size, 5));
  await Promise.all(shown.map((h) => h.result.data()));
  return { outcome, shown, decision };
}
