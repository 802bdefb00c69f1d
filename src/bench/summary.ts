/** What one corpus size's benchmark found, and the medians and ratios made of its runs. */
import type { BuildRun } from './builds.ts';
import { median, type OutputSize, type PageWeight } from './output.ts';
import type { Phases } from './phases.ts';
import type { SearchBytes } from './search.ts';
import type { NodeQueryBytes } from './search-node.ts';

export interface SideSummary {
  wallMs: number;
  cpuMs: number;
  peakTreeRss: number;
  maxRss: number;
  msPer1000: number;
  cpuMsPer1000: number;
  phases: Phases;
}

export interface ShardResult {
  full?: { wallMs: number; cpuMs: number; peakTreeRss: number; searchIndexMs?: number | undefined };
  shards?: Array<{ key: string; pages: number; bytes: number }>;
  /** A first query as the search page runs it (year shards: the newest year first). */
  query?: NodeQueryBytes;
  /** The same query over every shard (all years). */
  queryAll?: NodeQueryBytes;
  publish?: Record<'changed' | 'added', { wallMs: number; cpuMs: number; peakTreeRss: number; steps: Phases }>;
  /** The first query after publishing (the delta shard searched with the newest year). */
  queryAfterPublish?: NodeQueryBytes;
}

export interface SizeResult {
  n: number;
  corpus: { dir: string; files: number; attachments: number };
  runs: BuildRun[];
  ours?: SideSummary | undefined;
  baseline?: SideSummary | undefined;
  ratios: Record<string, number | undefined>;
  output: { ours?: OutputSize; baseline?: OutputSize };
  itemPage: { ours?: PageWeight; baseline?: PageWeight };
  search: { ours?: SearchBytes; baseline?: SearchBytes; oursAfterPublish?: SearchBytes; evalFirstQuery?: number | undefined };
  rebuild: Record<string, { ours?: number; baseline?: number; oursCpu?: number; baselineCpu?: number }>;
  /** Search index layouts: `default` (the build as it comes: query bytes, publish) and the other layout for comparison (a full build, query bytes). */
  shards: Record<string, ShardResult>;
  /** Files that differ between the published site and a full rebuild (search bundle excluded); empty = identical. */
  publishMatchesRebuild?: string[];
  /** The search index layout of the default build (`single` or `year`). */
  searchLayout?: string;
  loadAverage: number[];
}

/** Medians of a system's cold full builds. */
export function summarise(runs: BuildRun[], n: number): SideSummary | undefined {
  const full = runs.filter((r) => r.kind === 'full');
  if (full.length === 0) return undefined;
  const keys = new Set(full.flatMap((r) => Object.keys(r.phases)));
  const phases: Phases = {};
  for (const k of keys) phases[k] = median(full.map((r) => r.phases[k]).filter((v): v is number => v !== undefined));
  const wallMs = median(full.map((r) => r.wallMs));
  const cpuMs = median(full.map((r) => r.cpuMs));
  return {
    wallMs,
    cpuMs,
    peakTreeRss: Math.max(...full.map((r) => r.peakTreeRss)),
    maxRss: Math.max(...full.map((r) => r.maxRss)),
    msPer1000: Math.round((wallMs / n) * 1000),
    cpuMsPer1000: Math.round((cpuMs / n) * 1000),
    phases,
  };
}

export const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? Number((a / b).toFixed(2)) : undefined);

/** Ours against the baseline, figure by figure. */
export function ratios(result: SizeResult): Record<string, number | undefined> {
  const o = result.ours;
  const b = result.baseline;
  return {
    wall: ratio(o?.wallMs, b?.wallMs),
    cpu: ratio(o?.cpuMs, b?.cpuMs),
    peakTreeRss: ratio(o?.peakTreeRss, b?.peakTreeRss),
    outputBytes: ratio(result.output.ours?.bytes, result.output.baseline?.bytes),
    outputFiles: ratio(result.output.ours?.files, result.output.baseline?.files),
    itemPageMedian: ratio(result.itemPage.ours?.medianTotal, result.itemPage.baseline?.medianTotal),
    itemPageP90: ratio(result.itemPage.ours?.p90Total, result.itemPage.baseline?.p90Total),
    searchFirstQuery: ratio(result.search.ours?.transfer, result.search.baseline?.transfer),
    rebuildChanged: ratio(result.rebuild['rebuild-changed']?.ours, result.rebuild['rebuild-changed']?.baseline),
    rebuildAdded: ratio(result.rebuild['rebuild-added']?.ours, result.rebuild['rebuild-added']?.baseline),
  };
}
