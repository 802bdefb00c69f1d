/**
 * Load a built Pagefind bundle's browser module (pagefind.js) in Node, to run the search
 * page's own logic in scripts (evaluation, benchmarks). Node-only.
 *
 * - fetch shim: http://<name>.pagefind.local/pagefind/<file> is read from the bundle on disk
 *   (shards included: /pagefind/2024/… is <dir>/2024/…), and every response's size is
 *   logged, so we can report bytes per query;
 * - document shim: Pagefind reads <html lang> to pick Chinese query segmentation;
 * - no Worker in Node, so Pagefind runs on the main thread (its built-in fallback).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from './engine.ts';
import { SearchScope } from './scope.ts';
import { isShardManifest, type ShardManifest } from './shards.ts';

export interface FetchLogEntry {
  bundle: string;
  file: string;
  bytes: number;
}

/** Every file fetched through the shim, in order. Clear it between measurements. */
export const fetchLog: FetchLogEntry[] = [];

const bundles = new Map<string, string>();
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const g = globalThis as unknown as { document?: unknown; fetch: typeof fetch };
  g.document ??= { currentScript: null, querySelector: (s: string) => (s === 'html' ? { getAttribute: () => 'zh-CN' } : null) };
  const realFetch = g.fetch.bind(globalThis);
  g.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const dir = bundles.get(url.host);
    if (!dir) return realFetch(input, init);
    const file = decodeURIComponent(url.pathname.replace(/^\/pagefind\//, ''));
    const buf = readFileSync(path.join(dir, file));
    fetchLog.push({ bundle: url.host, file, bytes: buf.length });
    return new Response(buf, { status: 200 });
  }) as typeof fetch;
}

export type PagefindNodeInstance = PagefindApi & {
  init(): Promise<void>;
  destroy(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
};

export interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindNodeInstance;
}

/** The shard manifest (shards.json) of a bundle directory, or undefined (one bundle, or a plain one). */
export function readShardManifest(dir: string): ShardManifest | undefined {
  const file = path.join(dir, 'shards.json');
  if (!existsSync(file)) return undefined;
  const m: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return isShardManifest(m) ? m : undefined;
}

/**
 * Import the bundle in `dir` (a site's dist/pagefind) under the host `name` (fetches are
 * logged with that name). Call `newInstance` for a cold instance (empty caches), as on a
 * freshly opened page, or `newScope` for one with its shards as the search page has them.
 */
export async function loadBundle(name: string, dir: string) {
  install();
  const host = `${name}.pagefind.local`;
  bundles.set(host, path.resolve(dir));
  const mod = (await import(`${pathToFileURL(path.join(path.resolve(dir), 'pagefind.js')).href}?bundle=${name}`)) as PagefindModule;
  const manifest = readShardManifest(dir);
  const newInstance = async () => {
    const pf = mod.createInstance({ basePath: `http://${host}/pagefind/`, baseUrl: '/' });
    await pf.init();
    return pf;
  };
  return {
    host,
    manifest,
    newInstance,
    /**
     * A cold instance with the shards the search page searches first (newest year and
     * delta); `all`: every shard merged, as after widening.
     */
    async newScope(all = false) {
      const pf = await newInstance();
      const scope = new SearchScope(pf, manifest, { url: (p) => `http://${host}${p}`, baseUrl: '/' });
      await scope.open();
      if (all) await scope.widen();
      return { pf, scope };
    },
  };
}

/** The shard a fetched file belongs to: its first folder for a shard's file (2024/index/…), else ''. */
export function shardOfFile(file: string): string {
  const m = /^([^/]+)\/(?=.)/.exec(file);
  return m && !['index', 'fragment', 'filter'].includes(m[1]!) ? m[1]! : '';
}

/** Classify a bundle file for byte reports (a shard's files as the primary's). */
export function fileKind(name: string): 'entry' | 'meta' | 'wasm' | 'index' | 'filter' | 'fragment' | 'other' {
  const shard = shardOfFile(name);
  const file = shard ? name.slice(shard.length + 1) : name;
  if (file.startsWith('index/')) return 'index';
  if (file.startsWith('fragment/')) return 'fragment';
  if (file.startsWith('filter/')) return 'filter';
  if (file.endsWith('.pf_meta')) return 'meta';
  if (file.startsWith('wasm.')) return 'wasm';
  if (file === 'pagefind-entry.json') return 'entry';
  return 'other';
}

/** Sum logged bytes by kind for one bundle host. */
export function bytesByKind(entries: readonly FetchLogEntry[], host: string): Record<ReturnType<typeof fileKind>, number> {
  const out = { entry: 0, meta: 0, wasm: 0, index: 0, filter: 0, fragment: 0, other: 0 };
  for (const e of entries) if (e.bundle === host) out[fileKind(e.file)] += e.bytes;
  return out;
}

/**
 * Page id → URL for every page of a bundle and of its shards (shards.json), read from the
 * fragment files once (cheaper than loading each result's data through Pagefind when only
 * the URL is needed).
 */
export function fragmentUrls(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const dirs = [
    dir,
    ...(readShardManifest(dir)?.shards ?? []).filter((s) => s.path !== '/pagefind/').map((s) => path.join(dir, s.path.replace(/^\/pagefind\//, ''))),
  ];
  for (const d of dirs) readFragments(d, out);
  return out;
}

function readFragments(dir: string, out: Map<string, string>): void {
  const fragments = path.join(dir, 'fragment');
  if (!existsSync(fragments)) return;
  for (const file of readdirSync(fragments)) {
    if (!file.endsWith('.pf_fragment')) continue;
    // gzip, then the 12-byte signature "pagefind_dcd", then JSON.
    const json = gunzipSync(readFileSync(path.join(fragments, file)))
      .subarray(12)
      .toString('utf8');
    out.set(file.slice(0, -'.pf_fragment'.length), (JSON.parse(json) as { url: string }).url);
  }
}
