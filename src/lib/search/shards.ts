/**
 * The search index as several Pagefind bundles ("shards"), one per publication year.
 *
 * Large sites only (SHARD_MIN_ITEMS). Why: a Pagefind bundle makes every query download its page list (≈10 bytes per page)
 * and, for a common word, postings for every page that has it. At 20,000 items a first
 * query for 环境 in one bundle downloads over a megabyte, and the build holds the whole
 * index in memory (over 6 GB). With one bundle per year the build indexes one year at a
 * time, and the search page asks the newest year first and the older years only when
 * they are needed (fewer results than fill a page, a filter for an older year, or the
 * reader asks for all years): see src/scripts/search-page.ts.
 *
 * Layout: the primary shard (the newest year) is the bundle at /pagefind/, so
 * /pagefind/pagefind.js and its WebAssembly serve every shard; each other shard is the
 * data of a bundle at /pagefind/<key>/ (merged with Pagefind's `mergeIndex`). The list is
 * /pagefind/shards.json. `npm run publish` adds the `delta` shard: every item published
 * since the last full build, searched together with the primary, and the ids of the old
 * versions that the search page must drop (`supersedes`).
 *
 * Two small tables beside the bundles make first queries light whatever the month: the gram
 * table (grams.ts) says which shards can hold a query, and the 文号/索引号 table (numbers.ts)
 * finds a document by its number without a full-text search.
 *
 * Pure: used by the build (src/pipeline/search-index.ts), `npm run publish` and the search page.
 */

import { isGramInfo, type GramInfo } from './grams.ts';
import { isNumberInfo, type NumberInfo } from './numbers.ts';

/** `year`: one shard per publication year (large sites); `single`: one bundle for everything (small sites). */
export type ShardMode = 'year' | 'single';

export interface ShardInfo {
  /** A year (`2024`), `main` (the single bundle) or `delta`. */
  key: string;
  /** Site path of the bundle, ending in `/`. */
  path: string;
  /** Item pages in it. */
  pages: number;
  /** Bytes of its files. */
  bytes: number;
}

export interface ShardManifest {
  version: 1;
  mode: ShardMode;
  /** Key of the bundle at /pagefind/. */
  primary: string;
  /** Newest first, `delta` last. */
  shards: ShardInfo[];
  /**
   * Pagefind page ids (a result's `id`) the search page must drop: the old versions of
   * items published again, or withdrawn, since the full build (see `npm run publish`).
   */
  supersedes?: string[];
  /**
   * For an item in the delta shard that is also in a year shard (published again): its
   * delta page id → the id of its version there. A date-ordered search puts the new version
   * where the old one was when both have the same date, without reading other results.
   */
  replaces?: Record<string, string>;
  /** The gram table (grams.ts): which shards can hold a query. Absent: every shard can. */
  grams?: GramInfo;
  /** The 文号/索引号 table (numbers.ts). */
  numbers?: NumberInfo;
}

export const MANIFEST_PATH = '/pagefind/shards.json';
/** The shard `npm run publish` writes: every item published since the last full build. */
export const DELTA = 'delta';
/** Key of the one bundle in `single` mode. */
export const MAIN = 'main';

/**
 * From this many published items on, the index is split by year. Below it one bundle is
 * cheaper for every query: at 1,000 items a first query downloads about 150 KB from one
 * bundle, while a query that must search six small year shards pays each shard's page
 * list and chunks (measured on the sample: 1.6× the bytes of one bundle). At 5,000 items
 * one bundle already costs about 400 KB for a common word.
 */
export const SHARD_MIN_ITEMS = 2000;

/**
 * The layout for a site of `items` published items. PORTAL_SEARCH_SHARDS: `year` or
 * `single` force one; `auto` (default) picks year shards from SHARD_MIN_ITEMS items on.
 */
export function shardModeFrom(value: string | undefined, items: number): ShardMode {
  if (value === 'year' || value === 'single') return value;
  return items >= SHARD_MIN_ITEMS ? 'year' : 'single';
}

/** The shard of an item published on `date`. */
export function shardKey(mode: ShardMode, date: string): string {
  return mode === 'single' ? MAIN : date.slice(0, 4);
}

/** Where a shard's bundle lives: the primary at /pagefind/, the others at /pagefind/<key>/. */
export const shardPath = (key: string, primary: string): string => (key === primary ? '/pagefind/' : `/pagefind/${key}/`);

/** Order of shards: newest year first, then `main`, `delta` last. */
export function compareShardKeys(a: string, b: string): number {
  const rank = (k: string) => (k === DELTA ? 2 : /^\d{4}$/.test(k) ? 0 : 1);
  return rank(a) - rank(b) || b.localeCompare(a);
}

/** Group published items into shards (key → slugs, newest shard first). */
export function groupItems(items: ReadonlyArray<{ slug: string; published: string }>, mode: ShardMode): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const i of items) {
    const key = shardKey(mode, i.published);
    const list = groups.get(key);
    if (list) list.push(i.slug);
    else groups.set(key, [i.slug]);
  }
  return new Map([...groups].sort(([a], [b]) => compareShardKeys(a, b)));
}

/**
 * A newest year holding less than this share of the year before is "thin" (January to about
 * March): the first scope then takes the year before too, so a common word still fills the
 * first page without the search widening shard by shard.
 */
export const THIN_SHARE = 0.25;

/** The keys searched first: the primary, the year before when the primary is thin, and delta. */
function firstKeys(m: ShardManifest): Set<string> {
  const keys = new Set([m.primary, DELTA]);
  const primary = m.shards.find((s) => s.key === m.primary);
  const before = m.shards.find((s) => /^\d{4}$/.test(s.key) && /^\d{4}$/.test(m.primary) && Number(s.key) === Number(m.primary) - 1);
  if (primary && before && primary.pages < before.pages * THIN_SHARE) keys.add(before.key);
  return keys;
}

/** The shards a search asks first: the primary (and the year before when it is thin), and the delta shard when there is one. */
export function firstShards(m: ShardManifest): ShardInfo[] {
  const keys = firstKeys(m);
  return m.shards.filter((s) => keys.has(s.key));
}

/** The shards asked only when needed: every other one, newest first. */
export function laterShards(m: ShardManifest): ShardInfo[] {
  const keys = firstKeys(m);
  return m.shards.filter((s) => !keys.has(s.key));
}

/**
 * The years held by some shards, as a reader reads them (2019—2025 年: first to last, the
 * years between included whether or not a shard holds them), or '' for none.
 */
export function yearSpan(shards: ReadonlyArray<Pick<ShardInfo, 'key'>>): string {
  const years = shards
    .map((s) => s.key)
    .filter((k) => /^\d{4}$/.test(k))
    .sort();
  if (years.length === 0) return '';
  return years[0] === years.at(-1) ? `${years[0]} 年` : `${years[0]}—${years.at(-1)} 年`;
}

/** Whether a parsed JSON value is a manifest this code understands. */
export function isShardManifest(v: unknown): v is ShardManifest {
  const m = v as Partial<ShardManifest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.version === 1 &&
    (m.mode === 'year' || m.mode === 'single') &&
    typeof m.primary === 'string' &&
    Array.isArray(m.shards) &&
    m.shards.every((s) => typeof s?.key === 'string' && typeof s.path === 'string' && s.path.startsWith('/pagefind/') && s.path.endsWith('/')) &&
    (m.supersedes === undefined || (Array.isArray(m.supersedes) && m.supersedes.every((x) => typeof x === 'string'))) &&
    (m.replaces === undefined || (typeof m.replaces === 'object' && m.replaces !== null && Object.values(m.replaces).every((x) => typeof x === 'string'))) &&
    (m.grams === undefined || isGramInfo(m.grams)) &&
    (m.numbers === undefined || isNumberInfo(m.numbers))
  );
}
