/**
 * `npm run gen:sample-releases`: write the sample data releases (数据发布) of the demo
 * portal — Markdown + CSV under content/releases/<year>/ — for three series
 * (src/corpus/sample-releases.ts). Deterministic for a given seed; the generated files
 * are committed.
 *
 * Options: --seed N (default 20261122), --out DIR (default content/releases).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateSampleReleases } from '../../src/corpus/sample-releases.ts';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: '20261122' },
    out: { type: 'string', default: 'content/releases' },
  },
});

const { total, byYear } = generateSampleReleases({ seed: Number(args.seed), out: args.out });
console.log(`写入 ${total} 条数据发布（${byYear.map(([y, n]) => `${y} 年 ${n} 条`).join('，')}）到 ${path.relative(process.cwd(), path.resolve(args.out))}/`);
