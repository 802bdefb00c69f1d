/**
 * `npm test`: the whole suite, in the order that fails fastest.
 *   0. type check (astro sync + tsc, strict), then lint (ESLint) and format check (Prettier),
 *   1. unit tests (no build, no child process), then integration tests (the CLIs, builds
 *      and publishes of small fixtures),
 *   2. build the sample portal with a fixed as-of date (so results are reproducible) and
 *      the search index split by year, as a large site's is,
 *   3. end-to-end and accessibility tests in Chromium against that build.
 * Ends with one line `N passed, N failed` summing all three test runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { resolveConfig } from '../src/config/config.ts';

export const TEST_AS_OF = '2026-11-22';
// The sample is small enough for one search bundle, which is what `npm run build` gives it;
// the tests build it with the year shards a large site gets (src/lib/search/shards.ts), so
// the end-to-end tests exercise the harder layout (newest year first, widening, date order).
// The test harness passes settings to its child processes in their environment (the
// PORTAL_* variables of src/config/config.ts), which every CLI and the tests read.
const env = {
  ...process.env,
  PORTAL_AS_OF: TEST_AS_OF,
  PORTAL_SEARCH_SHARDS: process.env.PORTAL_SEARCH_SHARDS ?? 'year',
  FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR,
};
mkdirSync('test-results', { recursive: true });
const VITEST_RESULTS = ['unit', 'integration'].map((p) => `test-results/${p}-results.json`);
for (const f of [...VITEST_RESULTS, 'test-results/e2e-results.json']) rmSync(f, { force: true });

function run(label: string, cmd: string, args: string[]): number {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status ?? 1;
}

const bin = (name: string) => `node_modules/.bin/${name}`;
let failedSteps = 0;
// Types first: Astro generates the collection types, then the whole project is checked strictly.
const types = run('类型检查 typecheck (tsc --strict)', bin('astro'), ['sync']) || run('tsc --noEmit', bin('tsc'), ['--noEmit']);
if (types !== 0) failedSteps++;
// Lint and formatting (eslint.config.js, .prettierrc.json): a failure counts, the run goes on.
const lint = run('代码检查 lint (ESLint)', bin('eslint'), ['--cache', '--cache-location', 'node_modules/.cache/eslint/', '.']);
if (lint !== 0) console.error('代码检查未通过：请按上面列出的文件和行修改（`npm run lint -- --fix` 能自动修好其中一部分）。');
const format = run('格式检查 format (Prettier)', bin('prettier'), ['--check', '--cache', '.']);
if (format !== 0) console.error('格式检查未通过：运行 `npm run format` 自动排版上面列出的文件，再提交。');
if (lint !== 0 || format !== 0) failedSteps++;
const vitest = (project: string) => ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=test-results/${project}-results.json`];
const unit = run('单元测试 unit tests', bin('vitest'), vitest('unit'));
if (unit !== 0) failedSteps++;
const integration = run('集成测试 integration tests (CLIs, builds, publish)', bin('vitest'), vitest('integration'));
if (integration !== 0) failedSteps++;

const build = run(`构建示例门户 build (as of ${TEST_AS_OF})`, process.execPath, ['scripts/build.ts', '--as-of', TEST_AS_OF]);
let e2e = 1;
if (build === 0) {
  const { chromium } = resolveConfig({}, env);
  if (!existsSync(chromium)) {
    console.error(`找不到 Chromium（${chromium}）。请先安装：apt-get install -y chromium`);
  } else {
    e2e = run('端到端测试 end-to-end tests (Chromium)', bin('playwright'), ['test']);
  }
}
if (build !== 0 || e2e !== 0) failedSteps++;

// Sum the three runs' counts (unit, integration, end-to-end) into one closing line.
let passed = 0;
let failed = 0;
// The names of the failed tests, repeated at the very end so a log's tail shows them.
const failures: string[] = [];
for (const [file, status, label] of [
  [VITEST_RESULTS[0]!, unit, '单元测试 unit'],
  [VITEST_RESULTS[1]!, integration, '集成测试 integration'],
] as const) {
  const known = failures.length;
  try {
    const u = JSON.parse(readFileSync(file, 'utf8'));
    passed += u.numPassedTests ?? 0;
    failed += u.numFailedTests ?? 0;
    for (const f of u.testResults ?? []) {
      const rel = path.relative('.', f.name);
      // A file that fails outside its tests (it cannot be loaded, a hook or an unhandled error):
      // its message, and its tests that did not run.
      if (f.status === 'failed' && f.message) failures.push(`${rel}: ${firstLine(f.message)}`);
      for (const a of f.assertionResults ?? []) {
        if (a.status === 'failed') failures.push(`${rel} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
      }
    }
  } catch {
    failed += status === 0 ? 0 : 1;
  }
  // Vitest can fail with every test passed (an unhandled error, a file that cannot be loaded).
  if (status !== 0 && failures.length === known) failures.push(`${label}: vitest exited ${status} with no failed test in ${file}; see its "Errors" above`);
}
if (existsSync('test-results/e2e-results.json')) {
  try {
    const e = JSON.parse(readFileSync('test-results/e2e-results.json', 'utf8'));
    passed += e.stats?.expected ?? 0;
    failed += (e.stats?.unexpected ?? 0) + (e.stats?.flaky ?? 0);
    collectPlaywrightFailures(e.suites ?? [], failures);
  } catch {
    /* counted below */
  }
}
if (failedSteps > 0 && failed === 0) failed = 1;
if (failures.length > 0) console.log(`\n失败的测试 failed tests:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
if (types !== 0) console.log('  ✗ 类型检查 typecheck');
if (lint !== 0 || format !== 0) console.log('  ✗ 代码检查或格式检查 lint / format');
if (build !== 0) console.log('  ✗ 构建示例门户 build');
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps > 0 ? 1 : 0);

/** The first line of an error message, without colour codes. */
function firstLine(message: unknown): string {
  return stripVTControlCharacters(String(message ?? '')).split('\n')[0]!;
}

interface PwSuite {
  title?: string;
  file?: string;
  suites?: PwSuite[];
  specs?: { title: string; line?: number; tests?: { results?: { status: string; error?: { message?: string } }[] }[] }[];
}
/** Failed or flaky Playwright tests (any failed attempt), as `file:line › title: first line`. */
function collectPlaywrightFailures(suites: PwSuite[], out: string[]): void {
  for (const s of suites) {
    for (const spec of s.specs ?? []) {
      const bad = (spec.tests ?? []).flatMap((t) => t.results ?? []).find((r) => r.status !== 'passed' && r.status !== 'skipped');
      if (bad) out.push(`${s.file ?? ''}:${spec.line ?? ''} › ${spec.title}: ${firstLine(bad.error?.message ?? bad.status)}`);
    }
    collectPlaywrightFailures(s.suites ?? [], out);
  }
}
