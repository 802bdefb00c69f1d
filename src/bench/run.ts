/**
 * `npm run bench`: build the portal over generated corpora and compare every figure with
 * a minimal Astro + Pagefind baseline (bench/baseline/) built from the same corpus in the
 * same run, A/B alternated. See bench/README.md for what is measured and how.
 *
 * Corpora are cached in .cache/bench/ (regenerated when the generator or the catalogue
 * changes). Our build runs from .cache/bench/root-<n>/, a copy of this repository's site
 * source whose content/ is the corpus: exactly how an editor's checkout builds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MARKER } from '../corpus/generate.ts';
import { evaluateSearch } from '../lib/search/eval.ts';
import { buildBaseline, buildOurs, publishOurs, rebuildInto, type BuildRun, type SizeContext } from './builds.ts';
import { benchContext, log, QUERY, type BenchContext, type BenchOptions } from './context.ts';
import { benchRoot, diffSites, edits, ensureCorpus, workingCopy } from './corpus.ts';
import { itemPageWeight, outputSize } from './output.ts';
import { printScaling, printSize } from './print.ts';
import { measureSearch, writeDefaultUiPage } from './search.ts';
import { nodeFirstQuery } from './search-node.ts';
import { ratios, summarise, type ShardResult, type SizeResult } from './summary.ts';

export type { BenchOptions } from './context.ts';

const SEARCH_RESULTS = '#search-results li, .search-results li, [data-search-results] li';

async function benchSize(c: BenchContext, n: number): Promise<SizeResult> {
  log(`=== ${n} 条 ===`);
  const corpus = ensureCorpus(c, n);
  const work = workingCopy(c, corpus, n);
  const s: SizeContext = {
    n,
    work,
    root: benchRoot(c, n, work),
    oursOut: path.join(c.cache, 'out', `ours-${n}`),
    baseOut: path.join(c.cache, 'out', `baseline-${n}`),
    oursCache: path.join(c.cache, 'astro-cache', `ours-${n}`),
    baseCache: path.join(c.cache, 'astro-cache', `baseline-${n}`),
  };
  const runs: BuildRun[] = [];
  const load0 = os.loadavg()[0]!;

  // Cold full builds, A/B alternated: ours first on odd runs, the baseline first on even.
  for (let i = 0; i < c.repeat; i++) {
    const order = i % 2 === 0 || !c.withBaseline ? ['ours', 'baseline'] : ['baseline', 'ours'];
    for (const system of order) {
      if (system === 'ours') runs.push(await buildOurs(c, s, 'full', true));
      else if (c.withBaseline) runs.push(await buildBaseline(c, s, 'full', true));
    }
  }

  const result: SizeResult = {
    n,
    corpus: { dir: path.relative(c.root, corpus), files: n, attachments: Number(JSON.parse(readFileSync(path.join(corpus, MARKER), 'utf8')).attachments ?? 0) },
    runs,
    ratios: {},
    output: {},
    itemPage: {},
    search: {},
    rebuild: {},
    shards: {},
    loadAverage: [],
  };

  // What the output costs a reader.
  result.output.ours = outputSize(s.oursOut);
  result.itemPage.ours = itemPageWeight(s.oursOut);
  if (c.withBaseline) {
    result.output.baseline = outputSize(s.baseOut);
    result.itemPage.baseline = itemPageWeight(s.baseOut);
  }
  if (c.search) {
    log('  首次搜索（Chromium）…');
    result.search.ours = await measureSearch(c.chromium, s.oursOut, `/search/?q=${encodeURIComponent(QUERY)}`, SEARCH_RESULTS);
    if (c.withBaseline) {
      const page = writeDefaultUiPage(s.baseOut);
      result.search.baseline = await measureSearch(c.chromium, s.baseOut, `${page}?q=${encodeURIComponent(QUERY)}`, '.pagefind-ui__result');
    }
    // The search engineer's full evaluation (slow: minutes per 1,000 pages), on request:
    // first-visit bytes + median query bytes with the portal's own query code.
    if (c.searchEval) {
      log('  search-eval …');
      try {
        const { figures } = await evaluateSearch({
          dist: s.oursOut,
          comparePlain: false,
          queries: path.join(c.root, 'tests/fixtures/search-queries.json'),
          cwd: c.root,
        });
        result.search.evalFirstQuery = (Number(figures.firstVisitFixed) || 0) + (Number(figures.firstQueryMedian) || 0);
      } catch (error) {
        log(`  search-eval 失败：${(error as Error).message.split('\n')[0]}`);
      }
    }
  }

  // Rebuilds after one change and one addition: full builds on a warm cache.
  if (c.rebuild) {
    const e = edits(c, work, 'rebuild');
    e.change();
    runs.push(await buildOurs(c, s, 'rebuild-changed', false));
    if (c.withBaseline) runs.push(await buildBaseline(c, s, 'rebuild-changed', false));
    e.add();
    runs.push(await buildOurs(c, s, 'rebuild-added', false));
    if (c.withBaseline) runs.push(await buildBaseline(c, s, 'rebuild-added', false));
  }
  // Search as the default build left it: a first query as the search page runs it (year
  // shards: the newest year first), and the same query over every year.
  if (c.search) result.shards.default = { query: await nodeFirstQuery(s.oursOut, QUERY, false), queryAll: await nodeFirstQuery(s.oursOut, QUERY, true) };
  // Publishing one changed and one added item into the built site (search: the delta
  // shard); then, on request, the published site compared with a full rebuild.
  if (c.publish && existsSync(path.join(c.root, 'scripts/publish.ts'))) {
    const e = edits(c, work, 'publish');
    const rel = (f: string) => path.join('content', path.relative(work, f));
    e.change();
    const changedRun = await publishOurs(c, s, 'publish-changed', rel(e.target));
    e.add();
    const addedRun = await publishOurs(c, s, 'publish-added', rel(e.added));
    runs.push(changedRun, addedRun);
    const pick = (r: BuildRun) => ({ wallMs: r.wallMs, cpuMs: r.cpuMs, peakTreeRss: r.peakTreeRss, steps: r.phases });
    (result.shards.default ??= {}).publish = { changed: pick(changedRun), added: pick(addedRun) };
    if (c.search) {
      result.shards.default.queryAfterPublish = await nodeFirstQuery(s.oursOut, QUERY, false);
      log('  publish 后首次搜索（Chromium）…');
      result.search.oursAfterPublish = await measureSearch(c.chromium, s.oursOut, `/search/?q=${encodeURIComponent(QUERY)}`, SEARCH_RESULTS);
    }
    if (n <= c.verifyPublishUpTo) {
      const check = path.join(c.cache, 'out', `ours-${n}-rebuilt`);
      rmSync(check, { recursive: true, force: true });
      await rebuildInto(c, s, check);
      result.publishMatchesRebuild = diffSites(s.oursOut, check);
      log(
        `  publish 结果与完整重建${result.publishMatchesRebuild.length === 0 ? '完全一致' : `有 ${result.publishMatchesRebuild.length} 处不同：${result.publishMatchesRebuild.slice(0, 5).join('、')}`}`,
      );
    }
  }
  // For comparison, the index in the other layout: a full build (time, peak memory) and
  // the first query's bytes.
  const defaultMode = JSON.parse(readFileSync(path.join(s.oursOut, 'pagefind', 'shards.json'), 'utf8')).mode as string;
  result.searchLayout = defaultMode;
  const modes = c.shards === 'other' ? [defaultMode === 'year' ? 'single' : 'year'] : [];
  for (const mode of modes) {
    const full = await buildOurs(c, s, `full-search-${mode}`, true, mode);
    runs.push(full);
    const manifest = JSON.parse(readFileSync(path.join(s.oursOut, 'pagefind', 'shards.json'), 'utf8'));
    const entry: ShardResult = {
      full: { wallMs: full.wallMs, cpuMs: full.cpuMs, peakTreeRss: full.peakTreeRss, searchIndexMs: full.phases.searchIndex },
      shards: manifest.shards,
    };
    if (c.search) entry.query = await nodeFirstQuery(s.oursOut, QUERY, false);
    result.shards[mode] = entry;
  }
  for (const kind of ['rebuild-changed', 'rebuild-added'] as const) {
    const o = runs.find((r) => r.system === 'ours' && r.kind === kind);
    const b = runs.find((r) => r.system === 'baseline' && r.kind === kind);
    if (o || b) result.rebuild[kind] = { ours: o?.wallMs, baseline: b?.wallMs, oursCpu: o?.cpuMs, baselineCpu: b?.cpuMs };
  }

  result.ours = summarise(
    runs.filter((r) => r.system === 'ours'),
    n,
  );
  result.baseline = summarise(
    runs.filter((r) => r.system === 'baseline'),
    n,
  );
  result.ratios = ratios(result);
  result.loadAverage = [load0, os.loadavg()[0]!];
  rmSync(work, { recursive: true, force: true });
  printSize(result, c.repeat);
  return result;
}

function git(root: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** The JSON report of a run, as written to bench-results/. */
export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; memoryGB: number; node: string; platform: string };
  git: { commit: string; dirty: boolean };
  options: { sizes: number[]; repeat: number; seed: number; asOf: string; query: string; baseline: boolean };
  sizes: SizeResult[];
  scaling?:
    | Array<{
        n: number;
        msPer1000?: number | undefined;
        cpuMsPer1000?: number | undefined;
        baselineMsPer1000?: number | undefined;
        baselineCpuMsPer1000?: number | undefined;
      }>
    | undefined;
}

/**
 * Benchmark every size in turn, print a table per size (and the scaling across sizes),
 * and write the figures to bench-results/<timestamp>.json and bench-results/latest.json.
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const c = benchContext(options);
  const started = new Date();
  const results: SizeResult[] = [];
  for (const n of c.sizes) results.push(await benchSize(c, n));

  const report: BenchReport = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 1024 ** 3), node: process.version, platform: `${os.type()} ${os.release()}` },
    git: { commit: git(c.root, ['rev-parse', '--short', 'HEAD']), dirty: git(c.root, ['status', '--porcelain']).length > 0 },
    options: { sizes: c.sizes, repeat: c.repeat, seed: c.seed, asOf: c.asOf, query: QUERY, baseline: c.withBaseline },
    sizes: results,
    scaling:
      results.length > 1
        ? results.map((r) => ({
            n: r.n,
            msPer1000: r.ours?.msPer1000,
            cpuMsPer1000: r.ours?.cpuMsPer1000,
            baselineMsPer1000: r.baseline?.msPer1000,
            baselineCpuMsPer1000: r.baseline?.cpuMsPer1000,
          }))
        : undefined,
  };
  mkdirSync(c.results, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, '-').slice(0, 19);
  writeFileSync(path.join(c.results, `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(c.results, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  printScaling(results);
  log(`结果：${path.relative(c.root, c.results)}/${stamp}.json（及 latest.json）`);
  return report;
}
