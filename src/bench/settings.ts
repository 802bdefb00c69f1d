/**
 * The one place that says what the benchmark hands to the builds and publishes it starts:
 * the shared options of src/config/args.ts (`--timings`, so that parsePhases finds the
 * phase timings in the log; `--cache`; `--search-shards`). The children read nothing
 * else from the benchmark; Chromium's path comes from the config (BenchOptions.chromium).
 */

/** What a child build or publish of the benchmark is told. */
export interface ChildSettings {
  /** Astro's cache folder (`--cache`). */
  cacheDir?: string | undefined;
  /** Search index layout (`--search-shards`: auto, single, year). */
  searchShards?: string | undefined;
}

/** The command-line options of a child build or publish: timings logged, plus `settings`. */
export function childArgs(settings: ChildSettings = {}): string[] {
  const args = ['--timings'];
  if (settings.cacheDir !== undefined) args.push('--cache', settings.cacheDir);
  if (settings.searchShards !== undefined) args.push('--search-shards', settings.searchShards);
  return args;
}
