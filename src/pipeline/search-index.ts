/**
 * Index the built site with Pagefind through its Node API, as part of the build, so
 * one `npm run build` produces the site and its search index together.
 *
 * Only item pages are indexed (they alone carry `data-pagefind-body`): home, column and
 * catalogue pages are lists of the same titles, and indexing them would put list pages
 * above the documents themselves and make every count wrong. Pagefind indexes a
 * transformed copy of each page (see src/lib/search/index-html.ts); the deployed HTML
 * is not changed.
 *
 * A large site's index is written as one bundle per publication year
 * (src/lib/search/shards.ts): Pagefind holds one year in memory at a time, and a first
 * query downloads the newest year's data only. `npm run publish` uses `indexShards` for
 * its delta shard.
 */
import * as pagefind from 'pagefind';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { bodyText, indexDocument, transformForIndex } from '../lib/search/index-html.ts';
import { canonicalDocNumber, canonicalIndexNumber, WORD_PUNCTUATION } from '../lib/search/query.ts';
import { compareShardKeys, DELTA, groupItems, MANIFEST_PATH, shardPath, type ShardManifest, type ShardMode } from '../lib/search/shards.ts';
import {
  fourFiles,
  gramTable,
  setShardGrams,
  FOURS_PATH,
  GRAMS_PATH,
  MAX_GRAM_SHARDS,
  textGrams,
  textLongGrams,
  type FourFile,
  type GramFile,
  type GramInfo,
} from '../lib/search/grams.ts';
import {
  entryKeys,
  numberEntry,
  numberTable,
  NUMBERS_PATH,
  type FragmentData,
  type NumberEntry,
  type NumberFile,
  type NumberInfo,
} from '../lib/search/numbers.ts';
import { matchForm } from '../lib/search/text.ts';
import { itemUrl } from '../lib/urls.ts';
import { withPagefindChunkSize } from '../config/config.ts';

interface Logger {
  info: (msg: string) => void;
  warn: (msg: string) => void;
}

/**
 * Words per index chunk. Pagefind's default (20 000) makes a Chinese query download big
 * chunks; 5 000 measured smaller downloads per query with per-character indexing.
 */
export const INDEX_CHUNK_SIZE = 5000;
/**
 * The chunk size for a shard of fewer than SMALL_SHARD_PAGES pages: every year or quarter
 * shard a site is split into (at most YEAR_MAX_PAGES by design), a thin newest year in
 * January, the delta shard of `npm run publish`. A query downloads one chunk per character
 * from each shard it searches, and at INDEX_CHUNK_SIZE a 50-page shard's chunks are as big
 * as a large shard's (about 7 KB each, a fifth of the shard per 8-character query). Measured
 * at 20,000 items in January (quarters of 500–900 pages, 2026-12-04): with chunks of 5,000
 * for shards of 400 pages and more, 东阳瑞丰电镀 (one page, in 2021) downloaded 310 KB,
 * about 10 KB per character and shard; with 1,250 for every quarter, 274 KB at most of 105
 * queries, and a query over every shard 533 KB at the median instead of 934 KB, for a
 * third more page-list bytes (pf_meta) per older shard.
 */
export const SMALL_CHUNK_SIZE = 1250;
export const SMALL_SHARD_PAGES = 1200;
/**
 * The language Pagefind is told the pages are in. Not `zh-cn`: the index copy already
 * has every Han character as its own word (src/lib/search/text.ts), so Pagefind's Chinese
 * word segmentation finds nothing to do, yet it took half of Pagefind's indexing time
 * (measured: 2,000 pages, 6.2 s → 3.1 s). `und` (undetermined) has no stemmer and no
 * segmenter; Pagefind uses the same WebAssembly (`wasm.unknown`) for both, and the
 * browser then splits a query into characters, not words, which the search page does
 * itself anyway (src/lib/search/query.ts).
 */
export const INDEX_LANGUAGE = 'und';
/** Files of Pagefind's own search interfaces, which the portal does not use. */
const UNUSED_UI = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;
/** Pages sent to the Pagefind service at once. */
const BATCH = 32;

export interface IndexSummary {
  pages: number;
  /** Bytes of the written bundles. */
  bytes: number;
  manifest?: ShardManifest;
}

/** A new Pagefind index configured the portal's way. */
async function createPortalIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE, includeCharacters: WORD_PUNCTUATION });
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
  return index;
}

/** The text of an item page the gram table is made of (grams.ts): the truth's text and the canonical numbers. */
export function gramText(html: string): string {
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(html)?.[1];
  const doc = attr('data-doc-number');
  const idx = attr('data-index-number');
  const numbers = [doc && canonicalDocNumber(doc), idx && canonicalIndexNumber(idx)].filter(Boolean).join(' ');
  return `${matchForm(bodyText(html))} ${matchForm(numbers)}`;
}

/**
 * Add the site's pages at `urls` (site paths of item pages) to `index`; returns how many were
 * indexed. `grams`: also collect the pages' bigrams there (grams.ts).
 */
async function addPages(
  index: pagefind.PagefindIndex,
  siteDir: string,
  urls: readonly string[],
  grams?: { short: Set<string>; long: Set<number> },
): Promise<number> {
  let pages = 0;
  for (let i = 0; i < urls.length; i += BATCH) {
    const done = await Promise.all(
      urls.slice(i, i + BATCH).map(async (url) => {
        const file = path.join(siteDir, url.endsWith('/') ? `${url}index.html` : url);
        const html = await readFile(file, 'utf8');
        if (!html.includes('data-pagefind-body')) return 0;
        if (grams) {
          const text = gramText(html);
          textGrams(text, grams.short);
          textLongGrams(text, grams.long);
        }
        const r = await index.addHTMLFile({ url, content: transformForIndex(indexDocument(html)) });
        if (r.errors.length) throw new Error(`Pagefind 索引 ${url} 出错：${r.errors.join('; ')}`);
        return 1;
      }),
    );
    pages += done.reduce<number>((a, b) => a + b, 0);
  }
  return pages;
}

/**
 * Move a freshly written bundle (`tmp`) into `dest` the way Pagefind bundles update:
 * content-addressed files first, `pagefind-entry.json` (which names the meta file) last,
 * then the files the new entry no longer uses. Shards below `dest` are untouched.
 * `lean`: a merged shard keeps only its data (the primary's script and WebAssembly serve all).
 */
function installBundle(tmp: string, dest: string, lean: boolean): void {
  mkdirSync(dest, { recursive: true });
  const fresh = new Set<string>();
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else fresh.add(r);
    }
  };
  walk(tmp, '');
  for (const r of [...fresh]) if ((lean && /\.(js|css)$|^wasm\./.test(r)) || UNUSED_UI.test(r)) fresh.delete(r);
  for (const r of fresh) {
    if (r === 'pagefind-entry.json') continue;
    mkdirSync(path.dirname(path.join(dest, r)), { recursive: true });
    renameSync(path.join(tmp, r), path.join(dest, r));
  }
  renameSync(path.join(tmp, 'pagefind-entry.json'), path.join(dest, 'pagefind-entry.json'));
  for (const sub of ['', 'fragment', 'index', 'filter']) {
    const dir = path.join(dest, sub);
    if (!existsSync(dir)) continue;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const r = sub ? `${sub}/${e.name}` : e.name;
      if (e.isFile() && !fresh.has(r) && r !== 'shards.json') rmSync(path.join(dir, e.name));
    }
  }
  rmSync(tmp, { recursive: true, force: true });
}

/** Bytes of one bundle (its own files, not the shards below it). */
async function bundleBytes(dir: string): Promise<number> {
  let total = 0;
  for (const sub of ['', 'fragment', 'index', 'filter']) {
    const d = path.join(dir, sub);
    if (!existsSync(d)) continue;
    for (const e of await readdir(d, { withFileTypes: true })) if (e.isFile() && e.name !== 'shards.json') total += (await stat(path.join(d, e.name))).size;
  }
  return total;
}

export interface IndexShardsOptions {
  /** Written to the manifest (default: kept from the previous manifest). */
  supersedes?: string[];
  /** Only these shards (default: every key of `groups`); the others stay as they are. */
  keys?: readonly string[];
}

/** The manifest at `siteDir`, if the site has one. */
export function readManifest(siteDir: string): ShardManifest | undefined {
  const file = path.join(siteDir, MANIFEST_PATH);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ShardManifest) : undefined;
}

/**
 * (Re)build shards. `groups`: shard key → slugs of the item pages in it. A shard whose
 * group is empty is removed. Shards are indexed one after another, so Pagefind holds one
 * in memory at a time; the manifest is written last.
 */
export async function indexShards(siteDir: string, mode: ShardMode, groups: Map<string, string[]>, options: IndexShardsOptions = {}): Promise<ShardManifest> {
  const root = path.join(siteDir, 'pagefind');
  mkdirSync(root, { recursive: true });
  const previous = readManifest(siteDir);
  const primary = previous?.primary ?? [...groups.keys()].sort(compareShardKeys)[0] ?? '';
  const sizes = new Map((previous?.shards ?? []).map((s) => [s.key, s]));
  const grams = new Map<string, { short: Set<string>; long: Set<number> }>();
  // The chunk size is read when Pagefind's service starts: it is restarted when it changes.
  let chunk: number | undefined;
  let restore = () => {};
  const useChunkSize = async (size: number) => {
    if (size === chunk) return;
    await pagefind.close();
    restore();
    restore = withPagefindChunkSize(size);
    chunk = size;
  };
  try {
    for (const key of options.keys ?? [...groups.keys()]) {
      const slugs = groups.get(key) ?? [];
      const dest = path.join(siteDir, shardPath(key, primary));
      if (slugs.length === 0) {
        if (key !== primary) rmSync(dest, { recursive: true, force: true });
        sizes.delete(key);
        continue;
      }
      await useChunkSize(slugs.length < SMALL_SHARD_PAGES ? SMALL_CHUNK_SIZE : INDEX_CHUNK_SIZE);
      const index = await createPortalIndex();
      const shardGrams = key === DELTA ? undefined : { short: new Set<string>(), long: new Set<number>() };
      if (shardGrams) grams.set(key, shardGrams);
      const pages = await addPages(index, siteDir, slugs.map(itemUrl), shardGrams);
      const tmp = path.join(root, `.tmp-${key}-${process.pid}`);
      const written = await index.writeFiles({ outputPath: tmp });
      if (written.errors.length) throw new Error(`Pagefind 写入索引出错：${written.errors.join('; ')}`);
      await index.deleteIndex();
      installBundle(tmp, dest, key !== primary);
      sizes.set(key, { key, path: shardPath(key, primary), pages, bytes: await bundleBytes(dest) });
    }
  } finally {
    await pagefind.close();
    restore();
  }
  const shards = [...sizes.values()].sort((a, b) => compareShardKeys(a.key, b.key));
  const gramInfo = writeGrams(siteDir, previous, shards, grams);
  const numberInfo = await writeNumbers(siteDir, shards, previous?.numbers ? new Set(options.keys ?? groups.keys()) : undefined);
  const supersedes = options.supersedes ?? previous?.supersedes;
  return writeManifest(siteDir, { version: 1, mode, primary, shards, supersedes, ...(gramInfo ? { grams: gramInfo } : {}), numbers: numberInfo });
}

/** Replace the files of a table folder (/pagefind/grams/, /pagefind/grams4/, /pagefind/numbers/) by `files`. */
function writeTable(siteDir: string, sitePath: string, files: ReadonlyMap<number, unknown>, replaceAll: boolean): void {
  const dir = path.join(siteDir, sitePath);
  if (replaceAll) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [b, f] of files) {
    const file = path.join(dir, `${b}.json`);
    writeFileSync(`${file}.tmp`, JSON.stringify(f));
    renameSync(`${file}.tmp`, file);
  }
}

/**
 * The gram table after indexing the shards of `grams`: a new table when there was none (a
 * full build), else those shards' bits set anew in the previous one (a shard the table
 * does not know, or too many shards: no table, every shard is searched).
 */
function writeGrams(
  siteDir: string,
  previous: ShardManifest | undefined,
  shards: ReadonlyArray<{ key: string }>,
  grams: ReadonlyMap<string, { short: Set<string>; long: Set<number> }>,
): GramInfo | undefined {
  const keys = shards.map((s) => s.key).filter((k) => k !== DELTA);
  if (!previous) {
    const longs = new Map(keys.map((k) => [k, grams.get(k)?.long ?? new Set<number>()]));
    const table = gramTable(new Map(keys.map((k) => [k, grams.get(k)?.short ?? new Set<string>()])), longs);
    if (!table) return undefined;
    writeTable(siteDir, GRAMS_PATH, table.files, true);
    writeTable(siteDir, FOURS_PATH, fourFiles(table.info.buckets, longs), true);
    return { ...table.info, fours: true };
  }
  let info = previous.grams;
  if (!info) return undefined;
  const dir = path.join(siteDir, GRAMS_PATH);
  let files = new Map<number, GramFile>();
  for (const name of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []) {
    files.set(Number(name.slice(0, -5)), JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as GramFile);
  }
  const foursDir = path.join(siteDir, FOURS_PATH);
  for (const [key, set] of grams) {
    // A shard new since the full build (publish --search shard into a new year or quarter)
    // gets the next bit while the masks can name it.
    if (!info.keys.includes(key) && info.keys.length < MAX_GRAM_SHARDS) info = { ...info, keys: [...info.keys, key] };
    const next = setShardGrams(info, files, key, set.short, set.long);
    if (!next) {
      rmSync(dir, { recursive: true, force: true });
      rmSync(foursDir, { recursive: true, force: true });
      return undefined;
    }
    files = next;
  }
  if (grams.size) writeTable(siteDir, GRAMS_PATH, files, false);
  if (info.fours && grams.size) {
    // The re-indexed shards' 4-gram filters are written anew (nothing of a withdrawn page stays).
    const fours = new Map<number, FourFile>();
    for (const name of existsSync(foursDir) ? readdirSync(foursDir).filter((f) => f.endsWith('.json')) : []) {
      fours.set(Number(name.slice(0, -5)), JSON.parse(readFileSync(path.join(foursDir, name), 'utf8')) as FourFile);
    }
    writeTable(siteDir, FOURS_PATH, fourFiles(info.buckets, new Map([...grams].map(([k, g]) => [k, g.long])), fours), false);
  }
  return info;
}

/**
 * The 文号/索引号 table (numbers.ts): the entries of the shards in `fresh` read from their
 * fragments (so a withdrawn or changed item's entry goes with its page), the others kept
 * from the previous table; every shard's when there was no table (`fresh` undefined).
 */
async function writeNumbers(siteDir: string, shards: ReadonlyArray<{ key: string; path: string }>, fresh?: ReadonlySet<string>): Promise<NumberInfo> {
  const entries: Array<{ keys: string[]; entry: NumberEntry }> = [];
  const live = new Set(shards.map((s) => s.key));
  if (fresh) {
    const dir = path.join(siteDir, NUMBERS_PATH);
    const seen = new Set<string>();
    for (const name of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []) {
      const file = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as NumberFile;
      for (const list of Object.values(file)) {
        for (const e of list) {
          if (fresh.has(e.shard) || !live.has(e.shard) || seen.has(`${e.shard}/${e.id}`)) continue;
          seen.add(`${e.shard}/${e.id}`);
          entries.push({ keys: entryKeys(e.meta), entry: e });
        }
      }
    }
  }
  for (const s of shards) {
    if (fresh && !fresh.has(s.key)) continue;
    for (const [id, f] of await readFragmentData(path.join(siteDir, s.path))) {
      const keys = entryKeys(f.meta ?? {});
      if (keys.length) entries.push({ keys, entry: numberEntry(id, s.key, f) });
    }
  }
  const table = numberTable(entries);
  writeTable(siteDir, NUMBERS_PATH, table.files, true);
  return table.info;
}

/** Every fragment of the bundle at `dir` (not the shards below it): page id → data. */
export async function readFragmentData(dir: string): Promise<Map<string, FragmentData>> {
  const out = new Map<string, FragmentData>();
  const fd = path.join(dir, 'fragment');
  if (!existsSync(fd)) return out;
  const names = readdirSync(fd)
    .filter((f) => f.endsWith('.pf_fragment'))
    .sort();
  for (let i = 0; i < names.length; i += 256) {
    const batch = await Promise.all(
      names.slice(i, i + 256).map(
        async (name) =>
          [
            name.replace(/\.pf_fragment$/, ''),
            JSON.parse(
              gunzipSync(await readFile(path.join(fd, name)))
                .subarray(12)
                .toString('utf8'),
            ) as FragmentData,
          ] as const,
      ),
    );
    for (const [id, f] of batch) out.set(id, f);
  }
  return out;
}

/** Write /pagefind/shards.json atomically (an empty `supersedes` is left out). */
export function writeManifest(siteDir: string, manifest: ShardManifest): ShardManifest {
  const { supersedes, ...rest } = manifest;
  const m: ShardManifest = { ...rest, ...(supersedes?.length ? { supersedes } : {}) };
  const file = path.join(siteDir, MANIFEST_PATH);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(m, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  return m;
}

/**
 * The build step: index the published items of `outDir` in the layout `mode`
 * (`shardModeFrom(config.searchShards, items)`: one bundle, one per year from
 * SHARD_MIN_ITEMS items on, or one per quarter when a year holds more than YEAR_MAX_PAGES,
 * unless the configuration forces one).
 */
export async function buildSearchIndex(
  outDir: string,
  items: ReadonlyArray<{ slug: string; published: string }>,
  logger: Logger,
  mode: ShardMode,
): Promise<IndexSummary> {
  rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
  const manifest = await indexShards(outDir, mode, groupItems(items, mode));
  const pages = manifest.shards.reduce((s, x) => s + x.pages, 0);
  if (pages === 0) logger.warn('搜索索引：没有找到带 data-pagefind-body 的页面');
  return { pages, bytes: manifest.shards.reduce((s, x) => s + x.bytes, 0), manifest };
}

/**
 * Pagefind as it comes, for comparison only (`npm run search:eval`): every HTML file of
 * the site through `addDirectory`, Chinese segmentation, default chunk size.
 */
export async function indexPlain(siteDir: string, outputPath: string): Promise<IndexSummary> {
  const restore = withPagefindChunkSize(undefined);
  await pagefind.close();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind 索引出错：${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind 写入索引出错：${written.errors.join('; ')}`);
    return { pages: added.page_count, bytes: await bundleBytes(outputPath) };
  } finally {
    await pagefind.close();
    restore();
  }
}

/**
 * Pagefind's page id of every page in the bundle at `dir` (not the shards below it), by
 * URL: each fragment file is named by its page id and holds the page's URL.
 */
export async function pageIdsByUrl(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const fd = path.join(dir, 'fragment');
  if (!existsSync(fd)) return out;
  const names = readdirSync(fd).filter((f) => f.endsWith('.pf_fragment'));
  for (let i = 0; i < names.length; i += 256) {
    await Promise.all(
      names.slice(i, i + 256).map(async (name) => {
        const json = JSON.parse(
          gunzipSync(await readFile(path.join(fd, name)))
            .subarray(12)
            .toString('utf8'),
        ) as { url: string };
        out.set(json.url, name.replace(/\.pf_fragment$/, ''));
      }),
    );
  }
  return out;
}
