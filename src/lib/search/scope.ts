/**
 * Which shards of the search index a search covers (src/lib/search/shards.ts), shared by
 * the search page and the Node tools (search:eval, bench), so both search the same way.
 *
 * A search first covers the "first scope": the newest year (the bundle at /pagefind/) and
 * the `delta` shard of `npm run publish`. It widens to every year (Pagefind's `mergeIndex`
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
import { prefixFallback, runQuery, verifyRelated, type Hit, type PagefindApi, type PagefindResponse, type PagefindResult, type PagefindSearchOptions, type QueryOutcome, type RunOptions } from './engine.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { compareShardKeys, DELTA, firstShards, isShardManifest, laterShards, yearSpan, type ShardInfo, type ShardManifest } from './shards.ts';
import type { SearchState } from './state.ts';

/** Results on one page of /search/: fewer exact results than this in the first scope widen the search. */
export const SCOPE_PAGE = 10;

/** Name of the synthetic filter that tells which shard a page is in (never shown). */
export const SHARD_FILTER = 'shard';

const YEAR = /^\d{4}$/;

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
  if (i.year) return i.later.includes(i.year) ? { widen: true, reason: 'year' } : { widen: false, partial: false };
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
 * The results of one date-ordered search per shard as one list, newest first. Year shards
 * (and `main`) are given newest first and hold disjoint years, so they follow each other;
 * each `delta` result (items published since the full build, of any year) goes after the
 * results at least as new as it. Finding that place reads result dates (`dateOf`, which
 * loads the result's data): the first comparison is with the newest remaining result
 * (shown first anyway), which settles it for a newly published item; an older item
 * published again takes its old version's place when the manifest says which that is
 * (`replaces`) and the date is unchanged, else a binary search inside its own year.
 */
export async function mergeByDate(
  lists: ReadonlyArray<{ key: string; results: readonly PagefindResult[] }>,
  dateOf: (r: PagefindResult) => Promise<string> = resultDate,
  replaces: Readonly<Record<string, string>> = {},
): Promise<PagefindResult[]> {
  const base = lists.filter((l) => l.key !== DELTA).flatMap((l) => l.results.map((r) => ({ r, year: YEAR.test(l.key) ? l.key : undefined })));
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
    const year = d.slice(0, 4);
    if (b.year && YEAR.test(year) && b.year !== year) return b.year < year;
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
    return this.#widened || this.later.length === 0;
  }

  /** Keys of the shards searched now. */
  get loaded(): readonly string[] {
    return this.#loaded;
  }

  /** The years searched first, as a reader reads them (2026 年). */
  get firstYears(): string {
    return yearSpan(this.first);
  }

  /** The years searched only when widened (2021—2025 年). */
  get laterYears(): string {
    return yearSpan(this.later);
  }

  /** Years of older shards not searched yet (for the 年份 filter's options), newest first. */
  get unsearchedYears(): string[] {
    return this.#widened ? [] : this.later.map((s) => s.key).filter((k) => YEAR.test(k));
  }

  /** Name the primary's pages for the synthetic shard filter and merge the delta shard. */
  open(): Promise<void> {
    return (this.#opening ??= (async () => {
      const m = this.manifest;
      if (!m || m.shards.length < 2) return;
      await this.#pf.options?.({ mergeFilter: { [SHARD_FILTER]: m.primary } });
      await this.#merge(this.first.filter((s) => s.key !== m.primary));
    })());
  }

  /** Search every shard from now on (idempotent). */
  widen(): Promise<void> {
    return (this.#widening ??= (async () => {
      await this.open();
      await this.#merge(this.later);
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
    const wanted = keys.filter((k) => !(YEAR.test(k) && typeof year === 'string' && k !== year));
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

/**
 * Run a query as the search page does: widen first when the state alone asks for it (a
 * filter for an older year, or already widened), else search the first scope and widen
 * and search again when its outcome asks for it. `prepare` runs before each search (the
 * page loads the filter data there when the filter panel is open, so the counts cover the
 * shards searched).
 */
export async function scopedQuery(
  scope: SearchScope,
  query: ParsedQuery,
  state: Pick<SearchState, 'filters' | 'sort'> = { filters: {}, sort: 'relevance' },
  options: RunOptions = {},
  prepare?: () => Promise<unknown>,
): Promise<{ outcome: QueryOutcome; decision: ScopeDecision }> {
  await scope.open();
  let decision = scope.decide(state);
  if (decision.widen) await scope.widen();
  await prepare?.();
  let outcome = await runQuery(scope.api, query, state, options);
  if (!decision.widen) {
    decision = scope.decide(state, outcome);
    if (decision.widen) {
      await scope.widen();
      await prepare?.();
      outcome = await runQuery(scope.api, query, state, options);
    }
  }
  return { outcome, decision };
}

/**
 * What the search page downloads for a first query with no filters, in its scope: the
 * query's searches (widened by the page's rules) and the data of the results on the first
 * page (or of the related results when nothing matches). For measurements (search:eval, bench).
 */
export async function scopedFirstPage(scope: SearchScope, raw: string, size = SCOPE_PAGE): Promise<{ outcome: QueryOutcome; shown: Hit[]; decision: ScopeDecision }> {
  const query = parseQuery(raw);
  const { outcome, decision } = await scopedQuery(scope, query);
  const shown = outcome.exact.length ? outcome.exact.slice(0, size) : await verifyRelated(outcome.related, query, Math.min(size, 5));
  await Promise.all(shown.map((h) => h.result.data()));
  return { outcome, shown, decision };
}
