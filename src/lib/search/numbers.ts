/**
 * The exact 文号/索引号 table: a query that is a 文号 or 索引号 finds its document in a few
 * KB, wherever it is, without a full-text search of the shard that holds it.
 *
 * Files /pagefind/numbers/<bucket>.json (`bucketOf` of grams.ts on the key), each
 * `{ "wh:江环规〔2024〕3号": [entry], "sy:11990000MB1234560X/2024-00031": [entry] }`, keys
 * canonical (query.ts). An entry is what the search page shows for the document (its
 * Pagefind result data, the text cut after the start of the document) and which shard and
 * Pagefind page id it has there, so the page can drop the same page from the full-text
 * results and drop entries of pages superseded since the build (manifest `supersedes`).
 *
 * Written by the build's search-index step for every shard; `npm run publish` rewrites the
 * entries of the shards it re-indexes (the delta shard included).
 *
 * Pure: used by src/pipeline/search-index.ts, publish and the search page (scope.ts).
 */
import { canonicalDocNumber, canonicalIndexNumber } from './query.ts';
import { BODY_MARK } from './text.ts';
import { bucketOf, bucketCountFor } from './grams.ts';

export const NUMBERS_PATH = '/pagefind/numbers/';
/** Entries aimed at per file (an entry is about 0.5 KB). */
export const NUMBERS_PER_BUCKET = 4;
/** Visible characters of the document's text kept after the metadata (an excerpt's worth; the index copy has a space after each). */
export const ENTRY_TEXT = 120;

export interface NumberInfo {
  buckets: number;
}

export interface NumberEntry {
  /** Pagefind page id in its shard. */
  id: string;
  shard: string;
  url: string;
  /** Pagefind's result data, cut. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export type NumberFile = Record<string, NumberEntry[]>;

/** A Pagefind fragment as the build reads it. */
export interface FragmentData {
  url: string;
  content: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}

/** The table key of a canonical 文号 / 索引号. */
export const docKey = (canonical: string): string => `wh:${canonical}`;
export const indexKey = (canonical: string): string => `sy:${canonical}`;

/** The keys a page is found by (its 文号 and 索引号, canonical). */
export function entryKeys(meta: Readonly<Record<string, string | undefined>>): string[] {
  const out: string[] = [];
  const doc = meta.docNumber && canonicalDocNumber(meta.docNumber);
  const idx = meta.indexNumber && canonicalIndexNumber(meta.indexNumber);
  if (doc) out.push(docKey(doc));
  if (idx) out.push(indexKey(idx));
  return out;
}

/** An entry for a fragment: its content up to ENTRY_TEXT characters after the body mark. */
export function numberEntry(id: string, shard: string, f: FragmentData): NumberEntry {
  const at = f.content.indexOf(BODY_MARK);
  const end = (at < 0 ? 0 : at + BODY_MARK.length) + ENTRY_TEXT * 2;
  return { id, shard, url: f.url, content: f.content.slice(0, end), meta: { ...(f.meta ?? {}) }, filters: { ...(f.filters ?? {}) } };
}

/** Group entries into files. */
export function numberTable(entries: ReadonlyArray<{ keys: readonly string[]; entry: NumberEntry }>): { info: NumberInfo; files: Map<number, NumberFile> } {
  const keys = new Set(entries.flatMap((e) => e.keys));
  const buckets = bucketCountFor(keys.size, NUMBERS_PER_BUCKET);
  const files = new Map<number, NumberFile>();
  for (const { keys: ks, entry } of entries) {
    for (const k of ks) {
      const b = bucketOf(k, buckets);
      let f = files.get(b);
      if (!f) files.set(b, (f = {}));
      (f[k] ??= []).push(entry);
    }
  }
  return { info: { buckets }, files };
}

/** Whether an entry passes the search state's filters (Pagefind filter values). */
export function entryPasses(entry: NumberEntry, filters: Readonly<Record<string, string | string[]>>): boolean {
  return Object.entries(filters).every(([key, want]) => {
    const have = entry.filters[key] ?? [];
    return (Array.isArray(want) ? want : [want]).some((w) => have.includes(w));
  });
}

export function isNumberInfo(v: unknown): v is NumberInfo {
  const n = v as Partial<NumberInfo> | null;
  return typeof n === 'object' && n !== null && Number.isInteger(n.buckets) && (n.buckets ?? 0) > 0;
}
