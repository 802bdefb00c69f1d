/**
 * Which shards of the search index can hold a query at all, known before any of them is
 * searched: the "gram table".
 *
 * Why: a shard is searched by downloading, for each word (Han character) of the query,
 * that shard's postings, whatever the shard holds. A query that is rare (a company name, a
 * 文号 cited by a few documents) or absent (华为技术有限公司) therefore cost every shard's
 * postings (0.8–1.4 MB at 5,000 items) before the page could show its few results or say
 * 「没有找到」. The gram table lists, for every run of two and of three adjacent characters
 * (bigrams, trigrams) of the indexed text, the shards whose pages contain it. A page containing a query part contains
 * each of its bigrams and trigrams, so only the shards that hold every trigram of every
 * part (every bigram, for a part of two characters) can hold a result; when none can,
 * nothing needs searching (measured on a generated 5,000-item site in January, bigrams alone
 * left 12 of 105 first screens over 300 KB, mostly queries with no result; see README).
 *
 * Text: what `search:eval` takes as the truth, `matchForm(bodyText(html))` (index-html.ts,
 * text.ts), plus the page's canonical 文号 and 索引号. Runs with whitespace are left out
 * (a query part has none). A part of one character constrains nothing.
 *
 * 文号 get keys of their own (DOC_MENTION).
 *
 * Runs of four characters ("long grams") narrow it further where trigrams cannot: a company
 * name such as 东阳瑞丰电镀 has trigrams on five shards (东阳瑞丰化工, 瑞丰电镀厂…) but its
 * 4-gram 阳瑞丰电 on one. Listing every 4-gram would multiply the table, so a 4-gram abcd is
 * kept only when it rules out a shard that its trigrams abc and bcd do not (its mask is
 * smaller than theirs ANDed); a 4-gram missing from the table constrains nothing. Its key is
 * the pair of its trigrams' hashes (`longKey`, 40 bits, `+` and base 36 in the files), and it
 * is in the file of its first trigram, which a query fetches anyway: long grams cost a query
 * no extra file. A hash collision only merges masks (fewer shards ruled out, never a page
 * missed).
 *
 * Files: the table is split by a hash of the key into `buckets` JSON files
 * (/pagefind/grams/<bucket>.json, `{ "环境": 7, … }`: bit i of the number is shard
 * `keys[i]` of the manifest's `grams`), sized so that one file is about GRAMS_PER_BUCKET
 * entries (1–2 KB): a query downloads one file per distinct key's file.
 *
 * The delta shard of `npm run publish` is not in the table (it is always searched); when
 * publish re-indexes a year shard (a withdrawn item, `--search shard`), that shard's bit is
 * set anew from its pages (`setShardGrams`).
 *
 * Pure: used by the build (src/pipeline/search-index.ts), publish and the search page.
 */

/** Site folder of the gram table's files. */
export const GRAMS_PATH = '/pagefind/grams/';
/** Entries aimed at per file. */
export const GRAMS_PER_BUCKET = 128;
/** Shards a mask can name (bits of a safe integer). */
export const MAX_GRAM_SHARDS = 52;

/**
 * A 文号 in text (match form: 〔〕 brackets): the Han characters before it and 〔year〕serial号.
 * The table holds, for each, the 文号 with the last 0–ISSUER_CHARS of those characters
 * (江环办〔2022〕18号, 环办〔2022〕18号, 〔2022〕18号…), so a 文号 query looks up its own shards
 * in one key: its trigrams (〕18, 18号) are on every shard.
 */
const DOC_MENTION = /〔\d+〕\d+号/gu;
export const ISSUER_CHARS = 8;
const HAN_TAIL = /\p{Script=Han}+$/u;

/** Each 文号 in a text: the up to ISSUER_CHARS Han characters before it, and the 文号 from 〔 on. */
function docMentions(text: string): Array<{ issuer: string[]; tail: string }> {
  const out: Array<{ issuer: string[]; tail: string }> = [];
  // Found by the brackets, then looked back a few characters (a pattern starting with the Han
  // run would retry at every character of long runs: quadratic on whole pages).
  for (const m of text.matchAll(DOC_MENTION)) {
    const before = text.slice(Math.max(0, m.index - 2 * ISSUER_CHARS), m.index);
    const run = [...(HAN_TAIL.exec(before)?.[0] ?? '')];
    out.push({ issuer: run.slice(Math.max(0, run.length - ISSUER_CHARS)), tail: m[0] });
  }
  return out;
}

/** The manifest's description of the table. */
export interface GramInfo {
  /** Number of files (a power of two). */
  buckets: number;
  /** Shard keys, bit i = keys[i]. */
  keys: string[];
  /** The 4-gram filters (`FOURS_PATH`, same buckets) were written. */
  fours?: boolean;
}

/** One file: bigram → mask. */
export type GramFile = Record<string, number>;

/** Bits of a trigram's hash in a long gram's key; files are at most this many (a power of two). */
const TRI_BITS = 20;
const TRI_SPAN = 2 ** TRI_BITS;
/** Prefix of a long gram's key in the files (no Han text starts with it: keys are otherwise text). */
export const LONG_PREFIX = '+';

const cpsOf = (s: string): string[] => [...s];

/**
 * The key of the 4-gram whose trigrams are `abc` and `bcd`: their FNV-1a hashes' low 20 bits,
 * first trigram's high. Its file is its first trigram's (`longFile`).
 */
export function longKey(abc: string, bcd: string): number {
  return (fnv1a(abc) % TRI_SPAN) * TRI_SPAN + (fnv1a(bcd) % TRI_SPAN);
}
/** The key as written in a file. */
export const longName = (key: number): string => LONG_PREFIX + key.toString(36);
/** The file of a long gram: that of its first trigram (`bucketOf(abc)` for buckets dividing 2^20). */
export const longFile = (key: number, buckets: number): number => Math.floor(key / TRI_SPAN) % buckets;

/** Bitwise AND / OR of two shard masks (up to 52 bits: JS bit operators are 32-bit). */
const HALF = 2 ** 26;
export const andMask = (a: number, b: number): number => (Math.floor(a / HALF) & Math.floor(b / HALF)) * HALF + ((a % HALF) & (b % HALF));
const orMask = (a: number, b: number): number => (Math.floor(a / HALF) | Math.floor(b / HALF)) * HALF + ((a % HALF) | (b % HALF));

/** The long gram keys of a text in match form (every run of four code points without whitespace). */
export function textLongGrams(text: string, into: Set<number> = new Set()): Set<number> {
  for (const run of text.split(/\s+/u)) {
    const cps = cpsOf(run);
    // Each trigram's hash once: a 4-gram's key is that of the trigram at i and at i + 1.
    let prev = -1;
    for (let i = 0; i + 2 < cps.length; i++) {
      const h = fnv1a(cps[i]! + cps[i + 1]! + cps[i + 2]!) % TRI_SPAN;
      if (prev >= 0) into.add(prev * TRI_SPAN + h);
      prev = h;
    }
  }
  return into;
}

/** The long gram keys to look up for a query's parts (parts of four characters or more). */
export function queryLongGrams(parts: readonly string[]): number[] {
  const out = new Set<number>();
  for (const p of parts) if (!/\s/u.test(p)) textLongGrams(p, out);
  return [...out];
}

/**
 * The grams of a text already in match form: every run of two and of three adjacent code
 * points without whitespace (bigrams and trigrams).
 */
export function textGrams(text: string, into: Set<string> = new Set()): Set<string> {
  for (const { issuer, tail } of docMentions(text)) {
    for (let k = 0; k <= issuer.length; k++) into.add(issuer.slice(issuer.length - k).join('') + tail);
  }
  // Run by run (split at whitespace once, not tested character by character: half the time).
  for (const run of text.split(/\s+/u)) {
    const cps = cpsOf(run);
    for (let i = 0; i + 1 < cps.length; i++) {
      const ab = cps[i]! + cps[i + 1]!;
      into.add(ab);
      if (i + 2 < cps.length) into.add(ab + cps[i + 2]!);
    }
  }
  return into;
}

/**
 * The grams to look up for a query's parts (each in match form), without repeats: the
 * trigrams of a part of three characters or more (they imply its bigrams and rule out
 * more), the bigram of a part of two.
 */
export function queryGrams(parts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of parts) {
    for (const { issuer, tail } of docMentions(p)) out.add(issuer.join('') + tail);
    const cps = [...p];
    const n = cps.length >= 3 ? 3 : 2;
    for (let i = 0; i + n <= cps.length; i++) out.add(cps.slice(i, i + n).join(''));
  }
  return [...out];
}

/** FNV-1a over UTF-16 code units, the same in Node and browsers. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The file a bigram (or any key) is in, of `buckets` files. */
export function bucketOf(key: string, buckets: number): number {
  return fnv1a(key) % buckets;
}

/** Files for `entries` keys: a power of two giving about `per` entries a file (at least 1). */
export function bucketCountFor(entries: number, per = GRAMS_PER_BUCKET): number {
  let n = 1;
  while (n * per < entries) n *= 2;
  return n;
}

/**
 * Build the table from each shard's grams (shard keys in manifest order) and, when given, its
 * long grams (`textLongGrams`): only those that rule out more than their trigrams are kept.
 * Undefined past MAX_GRAM_SHARDS shards.
 */
export function gramTable(
  byShard: ReadonlyMap<string, ReadonlySet<string>>,
  longByShard: ReadonlyMap<string, ReadonlySet<number>> = new Map(),
): { info: GramInfo; files: Map<number, GramFile> } | undefined {
  const keys = [...byShard.keys()];
  if (keys.length > MAX_GRAM_SHARDS) return undefined;
  const masks = new Map<string, number>();
  keys.forEach((key, i) => {
    for (const g of byShard.get(key)!) masks.set(g, (masks.get(g) ?? 0) + 2 ** i);
  });
  // The trigrams' masks by the hash bits a long key holds (colliding trigrams: their union).
  const tri = new Map<number, number>();
  for (const [g, mask] of masks) {
    if (cpsOf(g).length !== 3) continue;
    const h = fnv1a(g) % TRI_SPAN;
    tri.set(h, orMask(tri.get(h) ?? 0, mask));
  }
  const longMasks = new Map<number, number>();
  keys.forEach((key, i) => {
    for (const k of longByShard.get(key) ?? []) longMasks.set(k, (longMasks.get(k) ?? 0) + 2 ** i);
  });
  const long: Array<[number, number]> = [];
  for (const [k, mask] of longMasks) {
    const implied = andMask(tri.get(Math.floor(k / TRI_SPAN)) ?? 0, tri.get(k % TRI_SPAN) ?? 0);
    if (mask !== implied) long.push([k, mask]);
  }
  const buckets = Math.min(TRI_SPAN, bucketCountFor(masks.size + long.length));
  const files = new Map<number, GramFile>();
  const put = (b: number, name: string, mask: number) => {
    let f = files.get(b);
    if (!f) files.set(b, (f = {}));
    f[name] = mask;
  };
  for (const [g, mask] of [...masks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) put(bucketOf(g, buckets), g, mask);
  for (const [k, mask] of long.sort(([a], [b]) => a - b)) put(longFile(k, buckets), longName(k), mask);
  return { info: { buckets, keys }, files };
}

/**
 * Give a shard exactly these bigrams in existing files (publish re-indexed it): its bit is
 * cleared everywhere, then set for `grams` (and for its `long` grams that have an entry);
 * entries left in no shard are dropped, so nothing of a withdrawn page stays. Returns every file (new objects), or undefined when
 * the shard is not in the table (then the table can no longer rule it out: the caller
 * removes the table).
 */
export function setShardGrams(
  info: GramInfo,
  files: ReadonlyMap<number, GramFile>,
  key: string,
  grams: Iterable<string>,
  long: Iterable<number> = [],
): Map<number, GramFile> | undefined {
  const bit = info.keys.indexOf(key);
  if (bit < 0) return undefined;
  const has = (mask: number) => Math.floor(mask / 2 ** bit) % 2 === 1;
  const out = new Map<number, GramFile>();
  for (const [b, f] of files) {
    const next: GramFile = {};
    for (const [g, mask] of Object.entries(f)) {
      const m = has(mask) ? mask - 2 ** bit : mask;
      if (m > 0) next[g] = m;
    }
    out.set(b, next);
  }
  for (const g of grams) {
    const b = bucketOf(g, info.buckets);
    const f = out.get(b) ?? {};
    const mask = f[g] ?? 0;
    if (!has(mask)) f[g] = mask + 2 ** bit;
    out.set(b, f);
  }
  // A long gram's entry names every shard holding it, or it is absent (implied by its
  // trigrams): only entries still there get the shard's bit; none is added.
  for (const k of long) {
    const f = out.get(longFile(k, info.buckets));
    const name = longName(k);
    const mask = f?.[name];
    if (f && mask !== undefined && !has(mask)) f[name] = mask + 2 ** bit;
  }
  return out;
}

/**
 * The shards that can hold every part, given each bigram's mask (undefined: the bigram is in
 * no shard). No bigrams (parts of one character): every shard.
 */
export function candidateKeys(info: GramInfo, masks: ReadonlyArray<number | undefined>): Set<string> {
  const ok = new Set(info.keys);
  for (const mask of masks) {
    for (let i = 0; i < info.keys.length; i++) if (Math.floor((mask ?? 0) / 2 ** i) % 2 === 0) ok.delete(info.keys[i]!);
  }
  return ok;
}

/**
 * The 4-gram filters: for each file (the buckets of the gram table, a 4-gram in its first
 * trigram's) and each shard, a Bloom filter of the shard's 4-grams in that file
 * (/pagefind/grams4/<bucket>.json, `{ "2026": "<base64 bits>", … }`). The table above
 * cannot say that a 4-gram is in no shard (it lists only 4-grams that narrow their trigrams),
 * so a name whose pieces are all on a shard (东阳瑞丰 and 瑞丰电镀 on 2026) still searched it;
 * the filter rules such a shard out, with about 1 % false positives and never a false
 * negative. About 0.5 KB a file at 5,000 items (1.1 MB in all); the search page reads them only before
 * adding a shard beyond the first scope (scope.ts), so a query answered there pays nothing.
 * Each shard's filters are its own, so a re-indexed shard's are written anew (publish).
 */
export const FOURS_PATH = '/pagefind/grams4/';
/** Filter bits per 4-gram and probes (≈ 1 % false positives: 8–16 bits a 4-gram, filters being a power of two bits). */
export const FOUR_BITS_PER_KEY = 8;
export const FOUR_PROBES = 5;

/** One file: shard key → base64 of the filter's bits (a power of two bits, at least 64). */
export type FourFile = Record<string, string>;

/** The probe positions of a 4-gram key in a filter of `m` bits (double hashing). */
function probes(key: number, m: number): number[] {
  const h1 = mix32(mix32(Math.floor(key / TRI_SPAN)) ^ (key % TRI_SPAN));
  const h2 = mix32(h1 ^ 0x9e3779b9) | 1;
  return Array.from({ length: FOUR_PROBES }, (_, j) => (h1 + Math.imul(j, h2)) >>> 0).map((h) => h % m);
}

/** A 32-bit integer mixer (lowbias32): nearby inputs give unrelated outputs. */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}
const fromBase64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/** A shard's filter for these 4-gram keys (all in one file). */
export function fourFilter(keys: readonly number[]): string {
  let m = 64;
  while (m < keys.length * FOUR_BITS_PER_KEY) m *= 2;
  const bits = new Uint8Array(m / 8);
  for (const k of keys) for (const p of probes(k, m)) bits[p >> 3]! |= 1 << (p & 7);
  return toBase64(bits);
}

/** Whether a filter may hold the 4-gram (false: the shard certainly does not). */
export function fourMayHold(filter: string, key: number): boolean {
  const bits = fromBase64(filter);
  const m = bits.length * 8;
  return m > 0 && probes(key, m).every((p) => (bits[p >> 3]! & (1 << (p & 7))) !== 0);
}

/** Each shard's filters, by file: `files` updated in place (new entries for these shards, others kept). */
export function fourFiles(
  buckets: number,
  longByShard: ReadonlyMap<string, ReadonlySet<number>>,
  files: Map<number, FourFile> = new Map(),
): Map<number, FourFile> {
  for (const [shard, keys] of longByShard) {
    const byFile = new Map<number, number[]>();
    for (const k of keys) {
      const b = longFile(k, buckets);
      const list = byFile.get(b);
      if (list) list.push(k);
      else byFile.set(b, [k]);
    }
    for (const [b, f] of files) if (!byFile.has(b)) delete f[shard];
    for (const [b, list] of byFile) {
      let f = files.get(b);
      if (!f) files.set(b, (f = {}));
      f[shard] = fourFilter(list);
    }
  }
  return files;
}

/** Whether a parsed JSON value is a GramInfo. */
export function isGramInfo(v: unknown): v is GramInfo {
  const g = v as Partial<GramInfo> | null;
  return (
    typeof g === 'object' &&
    g !== null &&
    Number.isInteger(g.buckets) &&
    (g.buckets ?? 0) > 0 &&
    Array.isArray(g.keys) &&
    g.keys.every((k) => typeof k === 'string') &&
    (g.fours === undefined || typeof g.fours === 'boolean')
  );
}
