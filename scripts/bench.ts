/**
 * `npm run bench`: build the portal over generated corpora and compare every figure with
 * a minimal Astro + Pagefind baseline built from the same corpus in the same run
 * (src/bench/run.ts; what is measured: bench/README.md).
 *
 *   npm run bench -- [--sizes 1000,5000,20000] [--repeat 3] [--seed 1] [--as-of 2026-11-22]
 *                    [--no-search] [--no-rebuild] [--no-publish] [--no-baseline]
 *                    [--shards other|none] [--verify-publish N] [--search-eval] [--verbose]
 */
import { parseArgs } from 'node:util';
import { runBench } from '../src/bench/run.ts';
import { resolveConfig } from '../src/config/config.ts';

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

await runBench({
  sizes: args.sizes.split(',').map((s) => Number(s.trim())),
  repeat: Number(args.repeat),
  seed: Number(args.seed),
  asOf: args['as-of'],
  search: !args['no-search'],
  rebuild: !args['no-rebuild'],
  publish: !args['no-publish'],
  baseline: !args['no-baseline'],
  verifyPublishUpTo: Number(args['verify-publish']),
  searchEval: args['search-eval'],
  shards: args.shards,
  verbose: args.verbose,
  chromium: resolveConfig().chromium,
});
