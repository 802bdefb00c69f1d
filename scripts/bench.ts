/**
 * `npm run bench`: build the portal over generated corpora and compare every figure with
 * a minimal Astro + Pagefind baseline (bench/baseline/) built from the same corpus in the
 * same run, A/B alternated.
 *
 *   npm run bench -- [--sizes 1000,5000,20000] [--repeat 3] [--seed 1]
 *                    [--no-search] [--no-rebuild] [--no-publish] [--no-baseline]
 *                    [--shards other|none] [--verify-publish N] [--search-eval]
 *
 * Per size: wall and CPU time and peak memory (RSS of the whole process tree) of a cold
 * full build (search index included), time per 1,000 items, output size and file count,
 * median and 90th-percentile gzip weight of an item page (HTML + the CSS and JS it
 * loads), the bytes of a first search for 环境 in headless Chromium, and the time to
 * rebuild after one file changed and after one file added (full rebuild, warm cache;
 * and `npm run publish` of one changed and one added item). Search bytes are measured
 * twice: the search page in Chromium, and the portal's search code in Node on the
 * Pagefind bundles — the first query as the page runs it (newest year first) and the
 * same query over every year; `--shards other` (default) also builds the index in the
 * layout the default build did not pick (one bundle below 2,000 items, year shards from
 * there on), to compare. Phase timings of our build come from its log. Figures go to bench-results/<timestamp>.json and bench-results/latest.json.
 *
 * Corpora are cached in .cache/bench/ (regenerated when the generator or the catalogue
 * changes). Our build runs from .cache/bench/root-<n>/, a copy of this repository's site
 * source whose content/ is the corpus: exactly how an editor's checkout builds.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, MARKER } from './lib/corpus/generate.ts';
import { runMeasured, type RunResult } from './lib/bench/proc.ts';
import { itemPageWeight, median, outputSize, type OutputSize, type PageWeight } from './lib/bench/output.ts';
import { measureSearch, writeDefaultUiPage, type SearchBytes } from './lib/bench/search.ts';
import { parsePhases, type Phases } from './lib/bench/phases.ts';
import { nodeFirstQuery, type NodeQueryBytes } from './lib/bench/search-node.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    repeat: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    'as-of': { type: 'string', default: '2026-11-22' },
    'no-search': { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
    'no-publish': { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    'verify-publish': { type: 'string', default: '5000' },
    'search-eval': { type: 'boolean', default: false },
    shards: { type: 'string', default: 'other' },
    verbose: { type: 'boolean', default: false },
  },
});

const ROOT = process.cwd();
const NODE = process.execPath;
const CACHE = path.join(ROOT, '.cache/bench');
const RESULTS = path.join(ROOT, 'bench-results');
const sizes = args.sizes!.split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const repeat = Math.max(1, Number(args.repeat));
const seed = Number(args.seed);
const asOf = args['as-of']!;
const withBaseline = !args['no-baseline'];
const QUERY = '环境';
const MB = 1024 * 1024;

const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', PORTAL_TIMINGS: '1' };
const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);

// ——— Corpora ———

/** Hash of what a corpus depends on: the generator's code and the copied catalogue files. */
function corpusKey(n: number): string {
  const h = createHash('sha256').update(`${n}|${seed}|${asOf}`);
  const dir = path.join(ROOT, 'scripts/lib/corpus');
  for (const f of readdirSync(dir).sort()) h.update(readFileSync(path.join(dir, f)));
  for (const f of ['content/site.yaml', 'content/columns.yaml']) if (existsSync(f)) h.update(readFileSync(f));
  if (existsSync('content/series')) for (const f of readdirSync('content/series').sort()) h.update(readFileSync(path.join('content/series', f)));
  return h.digest('hex').slice(0, 16);
}

function ensureCorpus(n: number): string {
  const dir = path.join(CACHE, `corpus-${n}-s${seed}`);
  const key = corpusKey(n);
  const keyFile = path.join(dir, '.bench-key');
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) return dir;
  log(`生成语料 n=${n} seed=${seed} …`);
  generateCorpus({ n, seed, out: dir, asOf });
  writeFileSync(keyFile, key);
  return dir;
}

/** A working copy of the corpus (hardlinks): rebuild tests edit files here, never the cache. */
function workingCopy(corpus: string, n: number): string {
  const work = path.join(CACHE, `work-${n}`);
  rmSync(work, { recursive: true, force: true });
  execFileSync('cp', ['-al', corpus, work]);
  return work;
}

/**
 * A project root whose content/ is `content`: the site's source (config, src/, public/) is
 * copied — with a symlinked src/ Vite resolves modules to their real paths and Astro then
 * emits no page CSS at all — while node_modules/ and scripts/ are symlinks.
 */
function benchRoot(n: number, content: string): string {
  const dir = path.join(CACHE, `root-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['astro.config.mjs', 'src', 'public', 'package.json', 'tsconfig.json']) cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
  for (const f of ['node_modules', 'scripts']) symlinkSync(path.join(ROOT, f), path.join(dir, f));
  symlinkSync(content, path.join(dir, 'content'));
  return dir;
}

/** Replace a file without writing through its hardlink into the cached corpus. */
function replaceFile(file: string, text: string): void {
  if (existsSync(file)) unlinkSync(file);
  writeFileSync(file, text);
}

// ——— Builds ———

interface BuildRun {
  system: 'ours' | 'baseline';
  kind: 'full' | 'rebuild-changed' | 'rebuild-added' | 'publish-changed' | 'publish-added' | `full-search-${string}`;
  wallMs: number;
  cpuMs: number;
  peakTreeRss: number;
  maxRss: number;
  phases: Phases;
  ok: boolean;
}

function record(system: BuildRun['system'], kind: BuildRun['kind'], r: RunResult, phases: Phases): BuildRun {
  const run = { system, kind, wallMs: Math.round(r.wallMs), cpuMs: Math.round(r.cpuMs), peakTreeRss: r.peakTreeRss, maxRss: r.maxRss, phases, ok: r.code === 0 };
  if (!run.ok) {
    console.error(r.stdout.slice(-3000));
    console.error(r.stderr.slice(-3000));
    throw new Error(`${system} ${kind} 失败（退出码 ${r.code}）`);
  }
  log(`  ${system.padEnd(8)} ${kind.padEnd(16)} ${(run.wallMs / 1000).toFixed(1)} s wall, ${(run.cpuMs / 1000).toFixed(1)} s CPU, 峰值 ${Math.round(run.peakTreeRss / MB)} MB`);
  return run;
}

interface SizeContext {
  n: number;
  work: string;
  root: string;
  oursOut: string;
  baseOut: string;
  oursCache: string;
  baseCache: string;
}

async function buildOurs(c: SizeContext, kind: BuildRun['kind'], cold: boolean, shards?: string): Promise<BuildRun> {
  if (cold) {
    rmSync(c.oursOut, { recursive: true, force: true });
    rmSync(c.oursCache, { recursive: true, force: true });
  }
  const r = await runMeasured(NODE, [path.join(ROOT, 'scripts/build.ts'), '--out', c.oursOut, '--as-of', asOf], {
    cwd: c.root,
    env: { ...env, PORTAL_CACHE_DIR: c.oursCache, PORTAL_SEARCH_SHARDS: shards ?? 'auto' },
    echo: args.verbose,
  });
  return record('ours', kind, r, parsePhases(r.stdout + r.stderr));
}

async function buildBaseline(c: SizeContext, kind: BuildRun['kind'], cold: boolean): Promise<BuildRun> {
  if (cold) rmSync(c.baseCache, { recursive: true, force: true });
  const r = await runMeasured(NODE, [path.join(ROOT, 'bench/baseline/build.ts'), '--content', c.work, '--out', c.baseOut, '--cache', c.baseCache], { env, echo: args.verbose });
  let phases: Phases = {};
  try {
    phases = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}').phases ?? {};
  } catch {
    /* no phases */
  }
  return record('baseline', kind, r, phases);
}

async function publishOurs(c: SizeContext, kind: BuildRun['kind'], file: string): Promise<BuildRun> {
  const r = await runMeasured(NODE, [path.join(ROOT, 'scripts/publish.ts'), '--site', c.oursOut, '--as-of', asOf, '--cache', c.oursCache, file], { cwd: c.root, env, echo: args.verbose });
  const steps: Phases = {};
  const m = /计时（ms）：(.*)/.exec(r.stdout);
  for (const part of m?.[1]?.split('，') ?? []) {
    const [k, v] = part.trim().split(' ');
    if (k && v) steps[k] = Number(v);
  }
  return record('ours', kind, r, steps);
}

/** A news item of the latest year to change, and the text of a new item to add. */
function edits(work: string, tag: string) {
  const year = asOf.slice(0, 4);
  const dir = path.join(work, 'articles', year);
  const news = readdirSync(dir).filter((f) => f.startsWith('news-')).sort();
  const target = path.join(dir, news[Math.floor(news.length / 2)]!);
  const serial = 99990 + ['rebuild', 'publish-year', 'publish-hot'].indexOf(tag) + 1;
  const added = path.join(dir, `news-${year}-bench-${tag}.md`);
  const addedText = `---\ntitle: 省生态环境厅召开基准测试专题会议（${tag}）\nindexNumber: 11990000MB1234560X/${year}-${serial}\ncolumn: news\npublished: ${asOf}\nkeywords: [基准测试, 工作动态]\n---\n${'会议强调，要坚持精准治污、科学治污、依法治污，持续改善全省生态环境质量。'.repeat(20)}\n`;
  return {
    change: () => replaceFile(target, `${readFileSync(target, 'utf8')}\n会议还对下一阶段${tag === 'rebuild' ? '重点' : '专项'}工作作了部署。\n`),
    add: () => writeFileSync(added, addedText),
    target,
    added,
  };
}

/** Whether to compare publish with a full rebuild at this size (`--verify-publish N`: up to N items). */
const verifyPublish = (n: number) => n <= Number(args['verify-publish']);

/** Relative paths of pages and files that differ between two sites (Pagefind bundles excluded). */
function diffSites(a: string, b: string): string[] {
  const out: string[] = [];
  const list = (dir: string) =>
    new Set(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
        .filter((r) => !r.startsWith('pagefind')),
    );
  const la = list(a);
  const lb = list(b);
  for (const r of new Set([...la, ...lb])) {
    if (!la.has(r) || !lb.has(r)) out.push(r);
    else if (!readFileSync(path.join(a, r)).equals(readFileSync(path.join(b, r)))) out.push(r);
  }
  return out.sort();
}

// ——— Summary ———

interface SideSummary {
  wallMs: number;
  cpuMs: number;
  peakTreeRss: number;
  maxRss: number;
  msPer1000: number;
  cpuMsPer1000: number;
  phases: Phases;
}

function summarise(runs: BuildRun[], n: number): SideSummary | undefined {
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

const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? Number((a / b).toFixed(2)) : undefined);

interface ShardResult {
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

interface SizeResult {
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

async function benchSize(n: number): Promise<SizeResult> {
  log(`=== ${n} 条 ===`);
  const corpus = ensureCorpus(n);
  const work = workingCopy(corpus, n);
  const c: SizeContext = {
    n,
    work,
    root: benchRoot(n, work),
    oursOut: path.join(CACHE, 'out', `ours-${n}`),
    baseOut: path.join(CACHE, 'out', `baseline-${n}`),
    oursCache: path.join(CACHE, 'astro-cache', `ours-${n}`),
    baseCache: path.join(CACHE, 'astro-cache', `baseline-${n}`),
  };
  const runs: BuildRun[] = [];
  const load0 = os.loadavg()[0]!;

  // Cold full builds, A/B alternated: ours first on odd runs, the baseline first on even.
  for (let i = 0; i < repeat; i++) {
    const order = i % 2 === 0 || !withBaseline ? ['ours', 'baseline'] : ['baseline', 'ours'];
    for (const system of order) {
      if (system === 'ours') runs.push(await buildOurs(c, 'full', true));
      else if (withBaseline) runs.push(await buildBaseline(c, 'full', true));
    }
  }

  const result: SizeResult = {
    n,
    corpus: { dir: path.relative(ROOT, corpus), files: n, attachments: Number(JSON.parse(readFileSync(path.join(corpus, MARKER), 'utf8')).attachments ?? 0) },
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
  result.output.ours = outputSize(c.oursOut);
  result.itemPage.ours = itemPageWeight(c.oursOut);
  if (withBaseline) {
    result.output.baseline = outputSize(c.baseOut);
    result.itemPage.baseline = itemPageWeight(c.baseOut);
  }
  if (!args['no-search']) {
    log('  首次搜索（Chromium）…');
    result.search.ours = await measureSearch(c.oursOut, `/search/?q=${encodeURIComponent(QUERY)}`, '#search-results li, .search-results li, [data-search-results] li');
    if (withBaseline) {
      const page = writeDefaultUiPage(c.baseOut);
      result.search.baseline = await measureSearch(c.baseOut, `${page}?q=${encodeURIComponent(QUERY)}`, '.pagefind-ui__result');
    }
    // The search engineer's full evaluation (slow: minutes per 1,000 pages), on request:
    // first-visit bytes + median query bytes with the portal's own query code.
    if (args['search-eval'] && existsSync(path.join(ROOT, 'scripts/search-eval.ts'))) {
      log('  search-eval …');
      const json = path.join(CACHE, `search-eval-${n}.json`);
      try {
        execFileSync(NODE, ['scripts/search-eval.ts', '--dist', c.oursOut, '--no-plain', '--json', json], { env, stdio: 'ignore', timeout: 900_000 });
        const e = JSON.parse(readFileSync(json, 'utf8'));
        result.search.evalFirstQuery = (e.firstVisitFixed ?? 0) + (e.firstQueryMedian ?? 0);
      } catch (error) {
        log(`  search-eval 失败：${(error as Error).message.split('\n')[0]}`);
      }
    }
  }

  // Rebuilds after one change and one addition: full builds on a warm cache.
  if (!args['no-rebuild']) {
    const e = edits(work, 'rebuild');
    e.change();
    runs.push(await buildOurs(c, 'rebuild-changed', false));
    if (withBaseline) runs.push(await buildBaseline(c, 'rebuild-changed', false));
    e.add();
    runs.push(await buildOurs(c, 'rebuild-added', false));
    if (withBaseline) runs.push(await buildBaseline(c, 'rebuild-added', false));
  }
  // Search as the default build left it: a first query as the search page runs it (year
  // shards: the newest year first), and the same query over every year.
  if (!args['no-search']) result.shards.default = { query: await nodeFirstQuery(c.oursOut, QUERY, false), queryAll: await nodeFirstQuery(c.oursOut, QUERY, true) };
  // Publishing one changed and one added item into the built site (search: the delta
  // shard); then, on request, the published site compared with a full rebuild.
  if (!args['no-publish'] && existsSync(path.join(ROOT, 'scripts/publish.ts'))) {
    const e = edits(work, 'publish');
    const rel = (f: string) => path.join('content', path.relative(work, f));
    e.change();
    const changedRun = await publishOurs(c, 'publish-changed', rel(e.target));
    e.add();
    const addedRun = await publishOurs(c, 'publish-added', rel(e.added));
    runs.push(changedRun, addedRun);
    const pick = (r: BuildRun) => ({ wallMs: r.wallMs, cpuMs: r.cpuMs, peakTreeRss: r.peakTreeRss, steps: r.phases });
    (result.shards.default ??= {}).publish = { changed: pick(changedRun), added: pick(addedRun) };
    if (!args['no-search']) {
      result.shards.default.queryAfterPublish = await nodeFirstQuery(c.oursOut, QUERY, false);
      log('  publish 后首次搜索（Chromium）…');
      result.search.oursAfterPublish = await measureSearch(c.oursOut, `/search/?q=${encodeURIComponent(QUERY)}`, '#search-results li, .search-results li, [data-search-results] li');
    }
    if (verifyPublish(n)) {
      const check = path.join(CACHE, 'out', `ours-${n}-rebuilt`);
      rmSync(check, { recursive: true, force: true });
      await runMeasured(NODE, [path.join(ROOT, 'scripts/build.ts'), '--out', check, '--as-of', asOf], { cwd: c.root, env: { ...env, PORTAL_CACHE_DIR: c.oursCache } });
      result.publishMatchesRebuild = diffSites(c.oursOut, check);
      log(`  publish 结果与完整重建${result.publishMatchesRebuild.length === 0 ? '完全一致' : `有 ${result.publishMatchesRebuild.length} 处不同：${result.publishMatchesRebuild.slice(0, 5).join('、')}`}`);
    }
  }
  // For comparison, the index in the other layout (PORTAL_SEARCH_SHARDS): a full build
  // (time, peak memory) and the first query's bytes.
  const defaultMode = JSON.parse(readFileSync(path.join(c.oursOut, 'pagefind', 'shards.json'), 'utf8')).mode as string;
  result.searchLayout = defaultMode;
  const modes = args.shards === 'other' ? [defaultMode === 'year' ? 'single' : 'year'] : [];
  for (const mode of modes) {
    const full = await buildOurs(c, `full-search-${mode}`, true, mode);
    runs.push(full);
    const manifest = JSON.parse(readFileSync(path.join(c.oursOut, 'pagefind', 'shards.json'), 'utf8'));
    const entry: ShardResult = { full: { wallMs: full.wallMs, cpuMs: full.cpuMs, peakTreeRss: full.peakTreeRss, searchIndexMs: full.phases.searchIndex }, shards: manifest.shards };
    if (!args['no-search']) entry.query = await nodeFirstQuery(c.oursOut, QUERY, false);
    result.shards[mode] = entry;
  }
  for (const kind of ['rebuild-changed', 'rebuild-added'] as const) {
    const o = runs.find((r) => r.system === 'ours' && r.kind === kind);
    const b = runs.find((r) => r.system === 'baseline' && r.kind === kind);
    if (o || b) result.rebuild[kind] = { ours: o?.wallMs, baseline: b?.wallMs, oursCpu: o?.cpuMs, baselineCpu: b?.cpuMs };
  }

  result.ours = summarise(runs.filter((r) => r.system === 'ours'), n);
  result.baseline = summarise(runs.filter((r) => r.system === 'baseline'), n);
  const o = result.ours;
  const b = result.baseline;
  result.ratios = {
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
  result.loadAverage = [load0, os.loadavg()[0]!];
  rmSync(work, { recursive: true, force: true });
  printSize(result);
  return result;
}

// ——— Printing ———

const s1 = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(1)} s`);
const kb = (b: number | undefined) => (b === undefined || Number.isNaN(b) ? '—' : `${(b / 1024).toFixed(1)} KB`);
const mb = (b: number | undefined) => (b === undefined || Number.isNaN(b) ? '—' : `${Math.round(b / MB)} MB`);
const x = (r: number | undefined) => (r === undefined ? '' : `×${r.toFixed(2)}`);

function printSize(r: SizeResult): void {
  const o = r.ours;
  const b = r.baseline;
  const rows: Array<[string, string, string, string]> = [
    ['完整构建 wall（中位数）', s1(o?.wallMs), s1(b?.wallMs), x(r.ratios.wall)],
    ['完整构建 CPU（user+sys）', s1(o?.cpuMs), s1(b?.cpuMs), x(r.ratios.cpu)],
    ['每 1000 条 wall / CPU', `${s1(o?.msPer1000)} / ${s1(o?.cpuMsPer1000)}`, `${s1(b?.msPer1000)} / ${s1(b?.cpuMsPer1000)}`, ''],
    ['峰值内存（进程树 RSS）', mb(o?.peakTreeRss), mb(b?.peakTreeRss), x(r.ratios.peakTreeRss)],
    ['输出大小', mb(r.output.ours?.bytes), mb(r.output.baseline?.bytes), x(r.ratios.outputBytes)],
    ['输出文件数', String(r.output.ours?.files ?? '—'), String(r.output.baseline?.files ?? '—'), x(r.ratios.outputFiles)],
    ['信息页 HTML+CSS gzip 中位数', kb(r.itemPage.ours?.medianHtmlCss), kb(r.itemPage.baseline?.medianHtmlCss), x(ratio(r.itemPage.ours?.medianHtmlCss, r.itemPage.baseline?.medianHtmlCss))],
    ['信息页 HTML+CSS gzip P90 / 最大', `${kb(r.itemPage.ours?.p90HtmlCss)} / ${kb(r.itemPage.ours?.maxHtmlCss)}`, `${kb(r.itemPage.baseline?.p90HtmlCss)} / ${kb(r.itemPage.baseline?.maxHtmlCss)}`, r.itemPage.ours ? `超过 14 KB：${r.itemPage.ours.overTarget}/${r.itemPage.ours.pages} 页（最重 ${r.itemPage.ours.heaviest}）` : ''],
    ['信息页另加 JS（增强，阅读不需要）', kb(r.itemPage.ours?.jsBytes), kb(r.itemPage.baseline?.jsBytes), r.itemPage.ours?.contentInHtml ? '正文在 HTML 中' : '正文不在 HTML 中！'],
    [`首次搜索下载 /search/（${r.search.ours?.results ?? '—'} 条结果）`, kb(r.search.ours?.transfer), kb(r.search.baseline?.transfer), x(r.ratios.searchFirstQuery)],
    ['  publish 一个文件之后', kb(r.search.oursAfterPublish?.transfer), '', r.search.oursAfterPublish ? `${r.search.oursAfterPublish.results} 条结果` : ''],
    ['改一个文件后重建', s1(r.rebuild['rebuild-changed']?.ours), s1(r.rebuild['rebuild-changed']?.baseline), x(r.ratios.rebuildChanged)],
    ['加一个文件后重建', s1(r.rebuild['rebuild-added']?.ours), s1(r.rebuild['rebuild-added']?.baseline), x(r.ratios.rebuildAdded)],
  ];
  const q = (label: string, v: NodeQueryBytes | undefined) => {
    if (v) rows.push([label, kb(v.total), '', v.error ?? `${v.results} 条结果，${v.shards} 个分片${v.widened ? `（扩大到全部年份：${v.widened}）` : ''}`]);
  };
  const steps = (p: Phases) => Object.entries(p).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(' ');
  for (const [key, sr] of Object.entries(r.shards)) {
    const mode = key === 'default' ? `默认：${r.searchLayout ?? '?'}` : key;
    if (sr.full) rows.push([`完整构建（搜索 ${mode}）`, `${s1(sr.full.wallMs)} / CPU ${s1(sr.full.cpuMs)}`, mb(sr.full.peakTreeRss), `索引 ${s1(sr.full.searchIndexMs)}`]);
    q(`首次查询 Pagefind 数据（${mode}）`, sr.query);
    q(`  同一查询检索全部年份（${mode}）`, sr.queryAll);
    if (sr.publish) {
      rows.push(['publish 改一个文件', s1(sr.publish.changed.wallMs), '', `CPU ${s1(sr.publish.changed.cpuMs)}；峰值 ${mb(sr.publish.changed.peakTreeRss)}；${steps(sr.publish.changed.steps)}`]);
      rows.push(['publish 加一个文件', s1(sr.publish.added.wallMs), '', `CPU ${s1(sr.publish.added.cpuMs)}；峰值 ${mb(sr.publish.added.peakTreeRss)}；${steps(sr.publish.added.steps)}`]);
    }
    q(`  publish 后首次查询（${mode}）`, sr.queryAfterPublish);
  }
  console.log(`\n${r.n} 条（${repeat} 次，负载 ${r.loadAverage.map((l) => l.toFixed(1)).join('→')}）`);
  console.log(`${'指标'.padEnd(28)}${'本门户'.padEnd(18)}${'基线'.padEnd(18)}比值`);
  for (const [k, a, bb, c] of rows) console.log(`${k.padEnd(28)}${a.padEnd(20)}${bb.padEnd(20)}${c}`);
  if (o) console.log(`阶段（本门户，中位数 ms）：${Object.entries(o.phases).map(([k, v]) => `${k} ${v}`).join('，')}`);
  if (b) console.log(`阶段（基线，中位数 ms）：${Object.entries(b.phases).map(([k, v]) => `${k} ${v}`).join('，')}`);
  if (r.search.ours?.error) console.log(`搜索测量出错：${r.search.ours.error}`);
  if (r.search.evalFirstQuery) console.log(`search-eval 首次查询：${kb(r.search.evalFirstQuery)}`);
  for (const [k, s] of Object.entries(r.search)) if (s && typeof s === 'object') console.log(`搜索 ${k}：${Object.entries(s.byKind).map(([kk, v]) => `${kk} ${kb(v)}`).join('，')}`);
}

// ——— Main ———

const started = new Date();
const results: SizeResult[] = [];
for (const n of sizes) results.push(await benchSize(n));

const git = (a: string[]) => {
  try {
    return execFileSync('git', a, { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const report = {
  startedAt: started.toISOString(),
  finishedAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 1024 ** 3), node: process.version, platform: `${os.type()} ${os.release()}` },
  git: { commit: git(['rev-parse', '--short', 'HEAD']), dirty: git(['status', '--porcelain']).length > 0 },
  options: { sizes, repeat, seed, asOf, query: QUERY, baseline: withBaseline },
  sizes: results,
  scaling:
    results.length > 1
      ? results.map((r) => ({ n: r.n, msPer1000: r.ours?.msPer1000, cpuMsPer1000: r.ours?.cpuMsPer1000, baselineMsPer1000: r.baseline?.msPer1000, baselineCpuMsPer1000: r.baseline?.cpuMsPer1000 }))
      : undefined,
};
mkdirSync(RESULTS, { recursive: true });
const stamp = started.toISOString().replace(/[:.]/g, '-').slice(0, 19);
writeFileSync(path.join(RESULTS, `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
if (results.length > 1) {
  // Linearity: cost per 1,000 items at each size; flat (or falling) means linear or better.
  console.log('\n规模（每 1000 条）：');
  for (const r of results) console.log(`  ${String(r.n).padStart(6)} 条：本门户 ${s1(r.ours?.msPer1000)} wall / ${s1(r.ours?.cpuMsPer1000)} CPU；基线 ${s1(r.baseline?.msPer1000)} wall / ${s1(r.baseline?.cpuMsPer1000)} CPU`);
  const first = results[0]!;
  const last = results.at(-1)!;
  const growth = ratio(last.ours?.cpuMsPer1000, first.ours?.cpuMsPer1000);
  if (growth !== undefined) console.log(`  ${last.n} 条与 ${first.n} 条相比，每 1000 条的 CPU 时间 ×${growth.toFixed(2)}（≤ 1 即不差于线性）`);
}
log(`结果：bench-results/${stamp}.json（及 latest.json）`);
