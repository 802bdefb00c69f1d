/**
 * The search index as several Pagefind bundles ("shards"), one per publication year, or one
 * per quarter on a site whose years are large.
 *
 * Large sites only (SHARD_MIN_ITEMS). Why: a Pagefind bundle makes every query download its page list (≈10 bytes per page)
 * and, for a common word, postings for every page that has it. At 20,000 items a first
 * query for 环境 in one bundle downloads over a megabyte, and the build holds the whole
 * index in memory (over 6 GB). With one bundle per year the build indexes one year at a
 * time, and the search page asks the newest year first and the older years only when
 * they are needed (fewer results than fill a page, a filter for an older year, or the
 * reader asks for all years): see src/scripts/search-page.ts. A year of more than
 * YEAR_MAX_PAGES items is too large a first scope (at 20,000 items a year holds 2,600
 * pages, and each common character of a query costs 30–55 KB of postings): the site is then
 * split by quarter (`2026q4`), and the search asks the newest quarter first.
 *
 * Layout: the primary shard (the newest period) is the bundle at /pagefind/, so
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

import { isGramInfo, MAX_GRAM_SHARDS, type GramInfo } from './grams.ts';
import { isNumberInfo, type NumberInfo } from './numbers.ts';

/**
 * `year`: one shard per publication year (large sites); `quarter`: one per quarter of a
 * year (sites whose years hold more than YEAR_MAX_PAGES items); `single`: one bundle for
 * everything (small sites).
 */
export type ShardMode = 'year' | 'quarter' | 'single';
export const SHARD_MODES: readonly ShardMode[] = ['year', 'quarter', 'single'];

export interface ShardInfo {
  /** A year (`2024`), a quarter (`2024q3`), `main` (the single bundle) or `delta`. */
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
 * A site with a year of more than this many published items is split by quarter. Measured
 * at 20,000 items (years of about 2,600 pages): a first screen for a common phrase in the
 * newest year reached 461 KB; a year shard of about 840 pages (5,000 items) keeps every
 * first screen under 300 KB, and so does a quarter of about 650.
 */
export const YEAR_MAX_PAGES = 1200;

/**
 * The layout for a site whose published items are `items`. PORTAL_SEARCH_SHARDS: `year`,
 * `quarter` or `single` force one; `auto` (default) picks year shards from SHARD_MIN_ITEMS
 * items on, and quarters when a year holds more than YEAR_MAX_PAGES, unless that would make
 * more shards than the gram table can name (MAX_GRAM_SHARDS: 13 years of quarters), which
 * makes the first queries lighter than quarters do.
 */
export function shardModeFrom(value: string | undefined, items: ReadonlyArray<{ published: string }>): ShardMode {
  if ((SHARD_MODES as readonly string[]).includes(value ?? '')) return value as ShardMode;
  if (items.length < SHARD_MIN_ITEMS) return 'single';
  const perYear = new Map<string, number>();
  for (const i of items) perYear.set(i.published.slice(0, 4), (perYear.get(i.published.slice(0, 4)) ?? 0) + 1);
  if (Math.max(...perYear.values()) <= YEAR_MAX_PAGES) return 'year';
  const quarters = new Set(items.map((i) => shardKey('quarter', i.published)));
  return quarters.size <= MAX_GRAM_SHARDS ? 'quarter' : 'year';
}

/** The shard of an item published on `date`. */
export function shardKey(mode: ShardMode, date: string): string {
  if (mode === 'single') return MAIN;
  if (mode === 'year') return date.slice(0, 4);
  return `${date.slice(0, 4)}q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

const PERIOD = /^(\d{4})(?:q([1-4]))?$/;

/** Whether a shard key names a period of time (a year or a quarter), not `main` or `delta`. */
export const isPeriodKey = (key: string): boolean => PERIOD.test(key);

/** The year of a period key (`2026q4` → `2026`), or undefined for `main` and `delta`. */
export const keyYear = (key: string): string | undefined => PERIOD.exec(key)?.[1];

/** The key, in the layout of `key`, of the shard that would hold an item published on `date`. */
export function sameLayoutKey(key: string, date: string): string | undefined {
  const m = PERIOD.exec(key);
  if (!m || !/^\d{4}-\d{2}/.test(date)) return undefined;
  return shardKey(m[2] ? 'quarter' : 'year', date);
}

/** The period just before a period key (`2026` → `2025`, `2026q1` → `2025q4`). */
export function previousPeriod(key: string): string | undefined {
  const m = PERIOD.exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (!m[2]) return String(year - 1);
  const q = Number(m[2]);
  return q === 1 ? `${year - 1}q4` : `${year}q${q - 1}`;
}

/** Where a shard's bundle lives: the primary at /pagefind/, the others at /pagefind/<key>/. */
export const shardPath = (key: string, primary: string): string => (key === primary ? '/pagefind/' : `/pagefind/${key}/`);

/** Order of shards: newest period first, then `main`, `delta` last. */
export function compareShardKeys(a: string, b: string): number {
  const rank = (k: string) => (k === DELTA ? 2 : PERIOD.test(k) ? 0 : 1);
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
 * A newest period holding less than this share of the period before is "thin" (January to
 * about March in year shards, the first weeks of a quarter in quarter shards): the first
 * scope then takes the period before too, so a common word still fills the first page
 * without the search widening shard by shard.
 */
export const THIN_SHARE = 0.25;

/** Periods newer than the primary: shards `npm run publish --search shard` added beside it. */
export function newerThanPrimary(m: ShardManifest): ShardInfo[] {
  return isPeriodKey(m.primary) ? m.shards.filter((s) => isPeriodKey(s.key) && s.key > m.primary) : [];
}

/**
 * The keys searched first: the primary, the period before when the primary is thin, and
 * delta; and any period newer than the primary (`npm run publish --search shard` adds a new
 * year's or quarter's shard beside the primary without moving the primary).
 */
function firstKeys(m: ShardManifest): Set<string> {
  const keys = new Set([m.primary, DELTA, ...newerThanPrimary(m).map((s) => s.key)]);
  const primary = m.shards.find((s) => s.key === m.primary);
  const previous = previousPeriod(m.primary);
  const before = previous === undefined ? undefined : m.shards.find((s) => s.key === previous);
  if (primary && before && primary.pages < before.pages * THIN_SHARE) keys.add(before.key);
  return keys;
}

/** The shards a search asks first: the primary (and the period before when it is thin), any period newer than it, and the delta shard when there is one. */
export function firstShards(m: ShardManifest): ShardInfo[] {
  const keys = firstKeys(m);
  return m.shards.filter((s) => keys.has(s.key));
}

/** The shards asked only when needed: every other one, newest first. */
export function laterShards(m: ShardManifest): ShardInfo[] {
  const keys = firstKeys(m);
  return m.shards.filter((s) => !keys.has(s.key));
}

const QUARTER_NAMES = ['', '第一季度', '第二季度', '第三季度', '第四季度'];

/**
 * The time held by some shards, as a reader reads it, first to last, the periods between
 * included whether or not a shard holds them; '' for none. Years: 2025 年, 2019—2025 年.
 * Quarters, said as years where they make whole years: 2026 年第四季度, 2026 年第一季度至第三季度,
 * 2025 年第四季度至 2026 年第一季度, 2019 年至 2026 年第三季度.
 */
export function periodSpan(shards: ReadonlyArray<Pick<ShardInfo, 'key'>>): string {
  const keys = shards
    .map((s) => s.key)
    .filter(isPeriodKey)
    .sort();
  if (keys.length === 0) return '';
  const [, fy, fqs] = PERIOD.exec(keys[0]!)!;
  const [, ly, lqs] = PERIOD.exec(keys.at(-1)!)!;
  const fq = Number(fqs ?? 1);
  const lq = Number(lqs ?? 4);
  if (fy === ly) {
    if (fq === 1 && lq === 4) return `${fy} 年`;
    return fq === lq ? `${fy} 年${QUARTER_NAMES[fq]}` : `${fy} 年${QUARTER_NAMES[fq]}至${QUARTER_NAMES[lq]}`;
  }
  if (fq === 1 && lq === 4) return `${fy}—${ly} 年`;
  return `${fy} 年${fq === 1 ? '' : QUARTER_NAMES[fq]}至 ${ly} 年${lq === 4 ? '' : QUARTER_NAMES[lq]}`;
}

/** The years of some shards with a period key, newest first, each once. */
export function shardYears(shards: ReadonlyArray<Pick<ShardInfo, 'key'>>): string[] {
  return [...new Set(shards.map((s) => keyYear(s.key)).filter((y): y is string => y !== undefined))].sort().reverse();
}

/** Whether a parsed JSON value is a manifest this code understands. */
export function isShardManifest(v: unknown): v is ShardManifest {
  const m = v as Partial<ShardManifest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.version === 1 &&
    (SHARD_MODES as readonly string[]).includes(m.mode as string) &&
    typeof m.primary === 'string' &&
    Array.isArray(m.shards) &&
    m.shards.every((s) => typeof s?.key === 'string' && typeof s.path === 'string' && s.path.startsWith('/pagefind/') && s.path.endsWith('/')) &&
    (m.supersedes === undefined || (Array.isArray(m.supersedes) && m.supersedes.every((x) => typeof x === 'string'))) &&
    (m.replaces === undefined || (typeof m.replaces === 'object' && m.replaces !== null && Object.values(m.replaces).every((x) => typeof x === 'string'))) &&
    (m.grams === undefined || isGramInfo(m.grams)) &&
    (m.numbers === undefined || isNumberInfo(m.numbers))
  );
}
