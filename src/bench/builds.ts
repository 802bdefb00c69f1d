/**
 * The builds the benchmark measures: our build (scripts/build.ts), the baseline
 * (bench/baseline/build.ts) and our publish (scripts/publish.ts), each run as a child
 * process under runMeasured.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { log, MB, type BenchContext } from './context.ts';
import { childArgs } from './settings.ts';
import { parsePhases, type Phases } from './phases.ts';
import { runMeasured, type RunResult } from './proc.ts';

export interface BuildRun {
  system: 'ours' | 'baseline';
  kind: 'full' | 'rebuild-changed' | 'rebuild-added' | 'publish-changed' | 'publish-added' | `full-search-${string}`;
  wallMs: number;
  cpuMs: number;
  peakTreeRss: number;
  maxRss: number;
  phases: Phases;
  ok: boolean;
}

/** The folders of one corpus size. */
export interface SizeContext {
  n: number;
  work: string;
  root: string;
  oursOut: string;
  baseOut: string;
  oursCache: string;
  baseCache: string;
}

function record(system: BuildRun['system'], kind: BuildRun['kind'], r: RunResult, phases: Phases): BuildRun {
  const run = {
    system,
    kind,
    wallMs: Math.round(r.wallMs),
    cpuMs: Math.round(r.cpuMs),
    peakTreeRss: r.peakTreeRss,
    maxRss: r.maxRss,
    phases,
    ok: r.code === 0,
  };
  if (!run.ok) {
    console.error(r.stdout.slice(-3000));
    console.error(r.stderr.slice(-3000));
    throw new Error(`${system} ${kind} 失败（退出码 ${r.code}）`);
  }
  log(
    `  ${system.padEnd(8)} ${kind.padEnd(16)} ${(run.wallMs / 1000).toFixed(1)} s wall, ${(run.cpuMs / 1000).toFixed(1)} s CPU, 峰值 ${Math.round(run.peakTreeRss / MB)} MB`,
  );
  return run;
}

/** Our build of the size's corpus into its output folder (cold: output and cache removed first). */
export async function buildOurs(c: BenchContext, s: SizeContext, kind: BuildRun['kind'], cold: boolean, shards?: string): Promise<BuildRun> {
  if (cold) {
    rmSync(s.oursOut, { recursive: true, force: true });
    rmSync(s.oursCache, { recursive: true, force: true });
  }
  const r = await runMeasured(
    c.node,
    [path.join(c.root, 'scripts/build.ts'), '--out', s.oursOut, '--as-of', c.asOf, ...childArgs({ cacheDir: s.oursCache, searchShards: shards ?? 'auto' })],
    {
      cwd: s.root,
      echo: c.verbose,
    },
  );
  return record('ours', kind, r, parsePhases(r.stdout + r.stderr));
}

/** A full build into `out` that is not measured (publish's comparison). */
export async function rebuildInto(c: BenchContext, s: SizeContext, out: string): Promise<void> {
  await runMeasured(c.node, [path.join(c.root, 'scripts/build.ts'), '--out', out, '--as-of', c.asOf, ...childArgs({ cacheDir: s.oursCache })], { cwd: s.root });
}

export async function buildBaseline(c: BenchContext, s: SizeContext, kind: BuildRun['kind'], cold: boolean): Promise<BuildRun> {
  if (cold) rmSync(s.baseCache, { recursive: true, force: true });
  const r = await runMeasured(c.node, [path.join(c.root, 'bench/baseline/build.ts'), '--content', s.work, '--out', s.baseOut, '--cache', s.baseCache], {
    echo: c.verbose,
  });
  let phases: Phases = {};
  try {
    phases = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}').phases ?? {};
  } catch {
    /* no phases */
  }
  return record('baseline', kind, r, phases);
}

export async function publishOurs(c: BenchContext, s: SizeContext, kind: BuildRun['kind'], file: string): Promise<BuildRun> {
  const r = await runMeasured(
    c.node,
    [path.join(c.root, 'scripts/publish.ts'), '--site', s.oursOut, '--as-of', c.asOf, ...childArgs({ cacheDir: s.oursCache }), file],
    { cwd: s.root, echo: c.verbose },
  );
  const steps: Phases = {};
  const m = /计时（ms）：(.*)/.exec(r.stdout);
  for (const part of m?.[1]?.split('，') ?? []) {
    const [k, v] = part.trim().split(' ');
    if (k && v) steps[k] = Number(v);
  }
  return record('ours', kind, r, steps);
}
