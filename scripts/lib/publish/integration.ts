/**
 * The two build-time pieces of incremental publishing, called from the portal
 * integration (src/integrations/portal.ts): the site state written after a build, and
 * the sharded search index (prototype, PORTAL_SEARCH_SHARDS=year|hot).
 */
import type { CheckResult } from '../../../src/lib/content/check.ts';
import { siteState, writeState } from './state.ts';
import { groupItems, indexShards, type ShardMode } from './shards.ts';

/** PORTAL_SEARCH_SHARDS, when it names a shard mode. */
export function shardMode(): ShardMode | undefined {
  const v = process.env.PORTAL_SEARCH_SHARDS;
  return v === 'year' || v === 'hot' ? v : undefined;
}

/** Write the site state to PORTAL_STATE_FILE (set by scripts/build.ts and scripts/publish.ts). */
export function writePublishState(result: Pick<CheckResult, 'items' | 'catalogue'>, asOf: string): void {
  const file = process.env.PORTAL_STATE_FILE;
  if (file) writeState(file, siteState(result.items, result.catalogue, asOf, shardMode()));
}

/** The whole search index as shards (full build). */
export async function buildShardedIndex(outDir: string, result: Pick<CheckResult, 'items' | 'catalogue'>, asOf: string, mode: ShardMode): Promise<{ pages: number; bytes: number }> {
  const state = siteState(result.items, result.catalogue, asOf);
  const manifest = await indexShards(outDir, mode, groupItems(state.items, mode));
  return { pages: manifest.shards.reduce((s, x) => s + x.pages, 0), bytes: manifest.shards.reduce((s, x) => s + x.bytes, 0) };
}
