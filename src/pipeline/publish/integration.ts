/**
 * The build-time piece of incremental publishing, called from the portal integration
 * (src/pipeline/integration.ts): the site state written after a build.
 */
import type { CheckResult } from '../../../src/lib/content/check.ts';
import { shardModeFrom } from '../../../src/lib/search/shards.ts';
import { siteState, writeState } from './state.ts';

/** Write the site state to PORTAL_STATE_FILE (set by scripts/build.ts and scripts/publish.ts). */
export function writePublishState(result: Pick<CheckResult, 'items' | 'catalogue'>, asOf: string): void {
  const file = process.env.PORTAL_STATE_FILE;
  if (!file) return;
  const state = siteState(result.items, result.catalogue, asOf);
  writeState(file, { ...state, searchShards: shardModeFrom(process.env.PORTAL_SEARCH_SHARDS, state.items.length) });
}
