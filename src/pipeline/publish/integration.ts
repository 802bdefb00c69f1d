/**
 * The build-time piece of incremental publishing, called from the portal integration
 * (src/pipeline/integration.ts): the site state written after a build.
 */
import type { CheckResult } from '../../lib/content/check.ts';
import { shardModeFrom } from '../../lib/search/shards.ts';
import type { SearchShards } from '../../config/config.ts';
import { siteState, writeState } from './state.ts';

/** Write the site state to `file` (`config.stateFile`, set by the build and by publish). */
export function writePublishState(file: string, result: Pick<CheckResult, 'items' | 'catalogue'>, asOf: string, searchShards: SearchShards): void {
  const state = siteState(result.items, result.catalogue, asOf);
  writeState(file, { ...state, searchShards: shardModeFrom(searchShards, state.items) });
}
