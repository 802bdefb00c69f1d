/**
 * The one place the benchmark reads or sets environment variables: the settings it hands
 * to the builds it starts (`PORTAL_TIMINGS`, `PORTAL_CACHE_DIR`, `PORTAL_SEARCH_SHARDS`)
 * and the Chromium it measures the search page with (`PORTAL_CHROMIUM`). When the build
 * takes these settings as options instead, only this file changes.
 */

/** What a child build or publish of the benchmark is told. */
export interface ChildSettings {
  /** Astro's cache folder (`PORTAL_CACHE_DIR`). */
  cacheDir?: string | undefined;
  /** Search index layout (`PORTAL_SEARCH_SHARDS`: auto, single, year). */
  searchShards?: string | undefined;
}

/**
 * The environment of a child process: this process's, without colours, with phase timings
 * logged (`PORTAL_TIMINGS=1`, read back by parsePhases), plus `settings`.
 */
export function childEnv(settings: ChildSettings = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', PORTAL_TIMINGS: '1' };
  if (settings.cacheDir !== undefined) env.PORTAL_CACHE_DIR = settings.cacheDir;
  if (settings.searchShards !== undefined) env.PORTAL_SEARCH_SHARDS = settings.searchShards;
  return env;
}

/** The Chromium binary the search page is measured in (`PORTAL_CHROMIUM`, default /usr/bin/chromium). */
export function chromiumPath(): string {
  return process.env.PORTAL_CHROMIUM ?? '/usr/bin/chromium';
}
