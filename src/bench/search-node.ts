/**
 * First-query bytes of the portal's own search code (src/lib/search/engine.ts and scope.ts)
 * run in Node on a built bundle, single or in shards (/pagefind/shards.json). Counts what
 * the search page fetches for a first query without filters: shards.json, entry, meta,
 * WebAssembly, index chunks, and the fragments of the first 10 results (or of the related
 * results shown when nothing matches); no filter data (the page loads it only when the
 * filter panel is opened). pagefind.js and the page's own script are the same in every
 * case and are measured by the Chromium run.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

export interface NodeQueryBytes {
  query: string;
  /** Shards searched (1 for a single bundle). */
  shards: number;
  /** Exact results, or related results shown when there are none. */
  results: number;
  byKind: Record<string, number>;
  total: number;
  /** As the search page (merge false): why it widened to every year (few, related), or undefined. */
  widened?: string | undefined;
  error?: string | undefined;
}

let counter = 0;

/**
 * @param merge true (default): every shard listed in shards.json merged (all years), the
 *   cost of a search that covers everything; false: as the search page does it, the first
 *   scope (newest year and delta) widened to every year only by the page's own rules
 *   (fewer than 10 results, …: src/lib/search/scope.ts).
 */
export async function nodeFirstQuery(siteDir: string, query: string, merge = true): Promise<NodeQueryBytes> {
  const out: NodeQueryBytes = { query, shards: 1, results: 0, byKind: {}, total: 0 };
  try {
    const { loadBundle, fetchLog, bytesByKind } = await import('../lib/search/pagefind-node.ts');
    const { scopedFirstPage } = await import('../lib/search/scope.ts');
    const dir = path.join(siteDir, 'pagefind');
    const bundle = await loadBundle(`bench${++counter}`, dir);
    fetchLog.length = 0;
    const { scope } = await bundle.newScope(merge);
    const { outcome, shown, decision } = await scopedFirstPage(scope, query);
    out.shards = Math.max(1, scope.loaded.length);
    out.results = outcome.exact.length || shown.length;
    if (!merge && decision.widen) out.widened = decision.reason;
    const kinds = bytesByKind(fetchLog, bundle.host) as Record<string, number>;
    const manifest = path.join(dir, 'shards.json');
    if (existsSync(manifest)) kinds.manifest = statSync(manifest).size;
    out.byKind = kinds;
    out.total = Object.values(kinds).reduce((a, b) => a + b, 0);
  } catch (error) {
    out.error = (error as Error).message.split('\n')[0];
  }
  return out;
}
