/**
 * The options of a benchmark run (`npm run bench`) and what every part of it shares:
 * folders, the as-of date, the log.
 */
import path from 'node:path';

export interface BenchOptions {
  /** Corpus sizes to build, in items (default 1,000, 5,000 and 20,000). */
  sizes: number[];
  /** Cold full builds per size and system (A/B alternated); at least 1. */
  repeat?: number;
  /** Corpus generator seed (default 1). */
  seed?: number;
  /** As-of date of the corpora and builds (default 2026-11-22). */
  asOf?: string;
  /** Measure search bytes (Chromium and Node); default true. */
  search?: boolean;
  /** Measure a rebuild after one change and one addition; default true. */
  rebuild?: boolean;
  /** Measure `npm run publish` of one change and one addition; default true. */
  publish?: boolean;
  /** Build the minimal Astro + Pagefind baseline beside ours; default true. */
  baseline?: boolean;
  /** Compare the published site with a full rebuild up to this many items (default 5,000). */
  verifyPublishUpTo?: number;
  /** Also run the search evaluation (slow); default false. */
  searchEval?: boolean;
  /** `other`: also build the index in the layout the default build did not pick; `none`: not. */
  shards?: 'other' | 'none' | string;
  /** Echo the builds' output. */
  verbose?: boolean;
  /** Chromium for the search page measurements (the config's `chromium`). */
  chromium: string;
  /** The project to build (default the current folder). */
  root?: string;
  /** Where the JSON results go (default <root>/bench-results). */
  resultsDir?: string;
}

/** Options resolved, plus the folders of the run. */
export interface BenchContext {
  root: string;
  node: string;
  cache: string;
  results: string;
  sizes: number[];
  repeat: number;
  seed: number;
  asOf: string;
  search: boolean;
  rebuild: boolean;
  publish: boolean;
  withBaseline: boolean;
  verifyPublishUpTo: number;
  searchEval: boolean;
  shards: string;
  verbose: boolean;
  chromium: string;
}

/** The query of the first-search measurements. */
export const QUERY = '环境';
export const MB = 1024 * 1024;

export function benchContext(options: BenchOptions): BenchContext {
  const root = path.resolve(options.root ?? process.cwd());
  return {
    root,
    node: process.execPath,
    cache: path.join(root, '.cache/bench'),
    results: options.resultsDir ?? path.join(root, 'bench-results'),
    sizes: options.sizes.filter((n) => n > 0),
    repeat: Math.max(1, options.repeat ?? 1),
    seed: options.seed ?? 1,
    asOf: options.asOf ?? '2026-11-22',
    search: options.search ?? true,
    rebuild: options.rebuild ?? true,
    publish: options.publish ?? true,
    withBaseline: options.baseline ?? true,
    verifyPublishUpTo: options.verifyPublishUpTo ?? 5000,
    searchEval: options.searchEval ?? false,
    shards: options.shards ?? 'other',
    verbose: options.verbose ?? false,
    chromium: options.chromium,
  };
}

export const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);
