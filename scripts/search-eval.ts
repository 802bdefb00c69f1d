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
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateSearch, formatRow, MissingBundleError } from '../src/lib/search/eval.ts';

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
  },
});

let evaluation;
try {
  evaluation = await evaluateSearch({
    dist: args.dist,
    queries: args.queries,
    ...(args.plain === undefined ? {} : { plain: args.plain }),
    comparePlain: !args['no-plain'],
    ...(args.auto === undefined ? {} : { auto: Number(args.auto) }),
    seed: Number(args.seed),
    onProgress: (message) => process.stderr.write(`${message}\n`),
    ...(args.verbose ? { onRow: (row) => console.log(formatRow(row)) } : {}),
  });
} catch (error) {
  if (!(error instanceof MissingBundleError)) throw error;
  console.error(error.message);
  process.exit(2);
}
for (const line of evaluation.lines) console.log(line);
if (args.json) writeFileSync(args.json, JSON.stringify(evaluation.figures, null, 1));
if (args.check && !evaluation.passed) process.exit(1);
