/**
 * First-query bytes of the portal's own search code (src/lib/search/engine.ts) run in
 * Node on a built bundle, single or sharded (every shard of /pagefind/shards.json merged
 * with Pagefind's `mergeIndex`, as a sharded search page would). Counts what Pagefind
 * fetches: entry, meta, WebAssembly, index chunks, filters, and the fragments of the
 * first 10 results; pagefind.js and the page's own script are the same in both cases
 * and are measured by the Chromium run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface NodeQueryBytes {
  query: string;
  shards: number;
  results: number;
  byKind: Record<string, number>;
  total: number;
  error?: string | undefined;
}

let counter = 0;

/**
 * @param merge merge every shard listed in shards.json (default); false: the primary
 *   bundle alone, as a search page that loads older shards only on request would.
 */
export async function nodeFirstQuery(siteDir: string, query: string, merge = true): Promise<NodeQueryBytes> {
  const out: NodeQueryBytes = { query, shards: 1, results: 0, byKind: {}, total: 0 };
  try {
    const { loadBundle, fetchLog, bytesByKind } = await import('../../../src/lib/search/pagefind-node.ts');
    const { runQuery, loadFacets, applyView } = await import('../../../src/lib/search/engine.ts');
    const { parseQuery } = await import('../../../src/lib/search/query.ts');
    const { EMPTY_STATE } = await import('../../../src/lib/search/state.ts');
    const bundle = await loadBundle(`bench${++counter}`, path.join(siteDir, 'pagefind'));
    fetchLog.length = 0;
    const pf = (await bundle.newInstance()) as Awaited<ReturnType<typeof bundle.newInstance>> & { mergeIndex?: (p: string) => Promise<void> };
    const manifestFile = path.join(siteDir, 'pagefind', 'shards.json');
    if (merge && existsSync(manifestFile)) {
      const m = JSON.parse(readFileSync(manifestFile, 'utf8')) as { shards: Array<{ path: string }> };
      const others = m.shards.filter((s) => s.path !== '/pagefind/');
      out.shards = m.shards.length;
      if (!pf.mergeIndex) throw new Error('Pagefind 实例没有 mergeIndex');
      for (const s of others) await pf.mergeIndex(`http://${bundle.host}${s.path}`);
    }
    const outcome = await runQuery(pf, parseQuery(query));
    const facets = await loadFacets(pf);
    const view = applyView(outcome.exact.length ? outcome.exact : outcome.related, EMPTY_STATE, facets);
    out.results = view.hits.length;
    await Promise.all(view.hits.slice(0, 10).map((h) => h.result.data()));
    const kinds = bytesByKind(fetchLog, bundle.host) as Record<string, number>;
    out.byKind = kinds;
    out.total = Object.values(kinds).reduce((a, b) => a + b, 0);
  } catch (error) {
    out.error = (error as Error).message.split('\n')[0];
  }
  return out;
}
