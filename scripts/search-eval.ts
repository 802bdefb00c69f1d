/**
 * `npm run search:eval` — measure the portal search against the truth (recall, top-10
 * precision, no-match, exact 文号/索引号 first, bytes against plain Pagefind, first-query
 * bytes, index size): src/lib/search/eval.ts.
 *
 * Options:
 *   --dist DIR        built site (default dist)
 *   --queries FILE    query list (default tests/fixtures/search-queries.json)
 *   --plain DIR       an existing plain Pagefind bundle to compare with (default: build one)
 *   --no-plain        skip the comparison with plain Pagefind
 *   --auto N          override the number of automatically derived queries per kind
 *   --seed N          seed for the derived queries (default 7)
 *   --json FILE       also write every figure as JSON
 *   --verbose         one line per query
 *   --check           exit 1 when a target is missed
 *   --text-queries N  also draw N substrings (and Ⅲ类, PM2.5, 2024—2025 … where the text has them) from the pages
 *
 * Hold-out mode (src/corpus/holdout-eval.ts): any folder of Markdown articles converted into
 * items, built and evaluated with queries drawn from its text:
 *   --holdout DIR     the folder of articles (.md, nested, with or without front matter)
 *   --as-of DATE      newest publication date of the converted items (default 2026-01-20: a thin newest year)
 *   --work DIR        keep the converted content/ and built site/ there (default: a temporary folder)
 *   --shards MODE     search index layout of that build: year (default), quarter, single, auto
 *   --column ID       column of the items (default news)
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateSearch, formatRow, MissingBundleError, type SearchEvaluation } from '../src/lib/search/eval.ts';
import { evaluateHoldout, HoldoutBuildError } from '../src/corpus/holdout-eval.ts';
import { HoldoutInputError } from '../src/corpus/holdout.ts';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    queries: { type: 'string', default: 'tests/fixtures/search-queries.json' },
    plain: { type: 'string' },
    'no-plain': { type: 'boolean', default: false },
    auto: { type: 'string' },
    seed: { type: 'string', default: '7' },
    json: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    'text-queries': { type: 'string' },
    holdout: { type: 'string' },
    'as-of': { type: 'string' },
    work: { type: 'string' },
    shards: { type: 'string', default: 'year' },
    column: { type: 'string' },
  },
});
const progress = (message: string) => process.stderr.write(`${message}\n`);
const onRow = args.verbose ? { onRow: (row: Parameters<typeof formatRow>[0]) => console.log(formatRow(row)) } : {};
const count = (name: string, v: string | undefined) => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} 应为不小于 0 的整数（收到 ${v}）`);
    process.exit(2);
  }
  return n;
};
const seed = count('seed', args.seed)!;
const textQueries = count('text-queries', args['text-queries']);
if (!['year', 'quarter', 'single', 'auto'].includes(args.shards)) {
  console.error(`--shards 应为 year、quarter、single 或 auto（收到 ${args.shards}）`);
  process.exit(2);
}

let evaluation: SearchEvaluation;
try {
  evaluation = args.holdout
    ? await evaluateHoldout({
        from: args.holdout,
        seed,
        shards: args.shards as 'year' | 'quarter' | 'single' | 'auto',
        ...(args['as-of'] ? { asOf: args['as-of'] } : {}),
        ...(args.work ? { work: args.work } : {}),
        ...(args.column ? { column: args.column } : {}),
        ...(textQueries === undefined ? {} : { draw: { substrings: textQueries } }),
        onProgress: progress,
        ...onRow,
      })
    : await evaluateSearch({
        dist: args.dist,
        queries: args.queries,
        ...(args.plain === undefined ? {} : { plain: args.plain }),
        comparePlain: !args['no-plain'],
        ...(args.auto === undefined ? {} : { auto: Number(args.auto) }),
        ...(textQueries === undefined ? {} : { textQueries: { seed, substrings: textQueries } }),
        seed,
        onProgress: progress,
        ...onRow,
      });
} catch (error) {
  if (!(error instanceof MissingBundleError || error instanceof HoldoutBuildError || error instanceof HoldoutInputError)) throw error;
  console.error(error.message);
  process.exit(2);
}
for (const line of evaluation.lines) console.log(line);
if (args.json) writeFileSync(args.json, JSON.stringify(evaluation.figures, null, 1));
if (args.check && !evaluation.passed) process.exit(1);
