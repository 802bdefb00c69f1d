/**
 * Prototype: the search index as separate Pagefind bundles (shards), so publishing one
 * item re-indexes only its shard. Pagefind has no incremental indexing; its search API
 * merges bundles at query time (`mergeIndex`), sharing the primary bundle's WebAssembly.
 *
 * Layout: the primary shard (the newest) is the bundle at /pagefind/, so the search page
 * keeps loading /pagefind/pagefind.js; every other shard is a complete bundle at
 * /pagefind/<key>/, listed in /pagefind/shards.json `{ version, mode, primary, shards:
 * [{ key, path, pages, bytes }] }`, and the search page calls `mergeIndex(path)` for each.
 * Keys: `year` — one shard per publication year; `hot` — the newest year, and `archive`
 * for everything older (re-sharded by the next full build).
 *
 * Pages are indexed exactly as src/build/search-index.ts does (same transform, same
 * chunk size); only the grouping differs. To adopt it, that file would take a list of
 * pages per bundle (see the report of issue 7).
 */
import * as pagefind from 'pagefind';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { INDEX_CHUNK_SIZE } from '../../../src/build/search-index.ts';
import { transformForIndex } from '../../../src/lib/search/index-html.ts';
import { itemUrl } from '../../../src/lib/urls.ts';

export type ShardMode = 'year' | 'hot';

export interface ShardManifest {
  version: 1;
  /** `single`: one main bundle at /pagefind/ (plus the delta shard publishing adds). */
  mode: ShardMode | 'single';
  primary: string;
  shards: Array<{ key: string; path: string; pages: number; bytes: number }>;
  /**
   * Pagefind page ids (a result's `id`) that the search page must drop: the old versions
   * of items published again, or withdrawn, since the full build (see `npm run publish`).
   */
  supersedes?: string[];
}

/** The shard `npm run publish` writes: every item published since the last full build. */
export const DELTA = 'delta';

/** The shard of an item published on `date`, given the newest publication year of the site. */
export function shardKey(mode: ShardMode, date: string, newestYear: string): string {
  const y = date.slice(0, 4);
  return mode === 'year' || y >= newestYear ? y : 'archive';
}

const BATCH = 32;

/** Where a shard's bundle lives: the primary at /pagefind/, the others at /pagefind/<key>/. */
export const shardPath = (key: string, primary: string) => (key === primary ? '/pagefind/' : `/pagefind/${key}/`);

/**
 * Move a freshly written bundle (`tmp`) into `dest` the way Pagefind bundles update:
 * content-addressed files first, `pagefind-entry.json` (which names the meta file) last,
 * then the files the new entry no longer uses. Other shards below `dest` are untouched.
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
  // A merged shard needs only its data: the primary bundle's script and WebAssembly serve all.
  if (lean) for (const r of [...fresh]) if (/\.(js|css)$|^wasm\./.test(r)) fresh.delete(r);
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
      if (e.isFile() && !fresh.has(r)) rmSync(path.join(dir, e.name));
    }
  }
  rmSync(tmp, { recursive: true, force: true });
}

export interface IndexShardsOptions {
  /** Written to the manifest (default: kept from the previous manifest). */
  supersedes?: string[];
  /** Only these shards (default: every key of `groups`). */
  keys?: readonly string[];
  /** Key of the bundle at /pagefind/ (default: the previous manifest's, else the newest key). */
  primary?: string;
}

/**
 * (Re)build shards. `groups`: shard key → slugs of the item pages in it. A shard whose
 * group is empty is removed.
 */
export async function indexShards(siteDir: string, mode: ShardManifest['mode'], groups: Map<string, string[]>, options: IndexShardsOptions = {}): Promise<ShardManifest> {
  const root = path.join(siteDir, 'pagefind');
  mkdirSync(root, { recursive: true });
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  const manifestFile = path.join(root, 'shards.json');
  const previous: ShardManifest | undefined = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : undefined;
  // Newest first; the archive, then the delta, last.
  const rank = (k: string) => (k === DELTA ? 2 : k === 'archive' ? 1 : 0);
  const order = (a: string, b: string) => rank(a) - rank(b) || b.localeCompare(a);
  const primary = options.primary ?? previous?.primary ?? [...groups.keys()].sort(order)[0] ?? '';
  const sizes = new Map((previous?.shards ?? [{ key: primary, path: '/pagefind/', pages: 0, bytes: 0 }]).map((s) => [s.key, s]));
  try {
    for (const key of options.keys ?? [...groups.keys()]) {
      const slugs = groups.get(key) ?? [];
      const dest = path.join(siteDir, shardPath(key, primary));
      if (slugs.length === 0) {
        if (key !== primary) rmSync(dest, { recursive: true, force: true });
        sizes.delete(key);
        continue;
      }
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
      if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
      for (let i = 0; i < slugs.length; i += BATCH) {
        await Promise.all(
          slugs.slice(i, i + BATCH).map(async (slug) => {
            const url = itemUrl(slug);
            const html = await readFile(path.join(siteDir, url, 'index.html'), 'utf8');
            const r = await index.addHTMLFile({ url, content: transformForIndex(html) });
            if (r.errors.length) throw new Error(`Pagefind 索引 ${url} 出错：${r.errors.join('; ')}`);
          }),
        );
      }
      const tmp = path.join(root, `.tmp-${key}-${process.pid}`);
      const written = await index.writeFiles({ outputPath: tmp });
      if (written.errors.length) throw new Error(`Pagefind 写入索引出错：${written.errors.join('; ')}`);
      await index.deleteIndex();
      installBundle(tmp, dest, key !== primary);
      sizes.set(key, { key, path: shardPath(key, primary), pages: slugs.length, bytes: await bundleBytes(dest) });
    }
  } finally {
    await pagefind.close();
  }
  const shards = [...sizes.values()].sort((a, b) => order(a.key, b.key));
  const supersedes = options.supersedes ?? previous?.supersedes;
  const manifest: ShardManifest = { version: 1, mode, primary, shards, ...(supersedes?.length ? { supersedes } : {}) };
  writeFileSync(`${manifestFile}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(`${manifestFile}.tmp`, manifestFile);
  return manifest;
}

/** Bytes of one bundle (its own files, not the shards below it). */
async function bundleBytes(dir: string): Promise<number> {
  let total = 0;
  for (const sub of ['', 'fragment', 'index', 'filter']) {
    const d = path.join(dir, sub);
    if (!existsSync(d)) continue;
    for (const e of await readdir(d, { withFileTypes: true })) if (e.isFile()) total += (await stat(path.join(d, e.name))).size;
  }
  return total;
}

/**
 * Group published items (slug, date) into shards. `newestYear` fixes what `hot` calls
 * the newest year (publish keeps the full build's split); default: the newest date.
 */
export function groupItems(items: ReadonlyArray<{ slug: string; published: string }>, mode: ShardMode, newestYear?: string): Map<string, string[]> {
  const newest = newestYear ?? items.reduce((m, i) => (i.published > m ? i.published : m), '0000').slice(0, 4);
  const groups = new Map<string, string[]>();
  for (const i of items) {
    const key = shardKey(mode, i.published, newest);
    const list = groups.get(key);
    if (list) list.push(i.slug);
    else groups.set(key, [i.slug]);
  }
  return groups;
}

/**
 * Pagefind's page id of every page in the bundle at `dir` (and the shards below it), by
 * URL: each fragment file is named by its page id and holds the page's URL.
 */
export async function pageIdsByUrl(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const fragDirs: string[] = [];
  const find = (d: string) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      if (e.name === 'fragment') fragDirs.push(path.join(d, e.name));
      else if (!['index', 'filter', DELTA].includes(e.name) && !e.name.startsWith('.')) find(path.join(d, e.name));
    }
  };
  find(dir);
  for (const fd of fragDirs) {
    const names = readdirSync(fd).filter((f) => f.endsWith('.pf_fragment'));
    for (let i = 0; i < names.length; i += 256) {
      await Promise.all(
        names.slice(i, i + 256).map(async (name) => {
          const json = JSON.parse(gunzipSync(await readFile(path.join(fd, name))).subarray(12).toString('utf8')) as { url: string };
          out.set(json.url, name.replace(/\.pf_fragment$/, ''));
        }),
      );
    }
  }
  return out;
}
