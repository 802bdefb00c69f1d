/**
 * `npm run gen:corpus -- --n 20000 --seed 1 --out DIR [--as-of 2026-11-22] [--source content]`:
 * write a complete, valid content directory of n generated items (for benchmarks and
 * search evaluation). Same options → byte-identical output. See src/corpus/.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeCorpus, generateCorpus } from '../src/corpus/generate.ts';
import { isIsoDate } from '../src/lib/dates.ts';

const USAGE = '用法：npm run gen:corpus -- --n 20000 --seed 1 --out DIR [--as-of 2026-11-22] [--source content]';
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    'as-of': { type: 'string', default: '2026-11-22' },
    source: { type: 'string', default: 'content' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.out) {
  console.error(USAGE);
  process.exit(2);
}
if (!isIsoDate(values['as-of'])) {
  console.error(`--as-of「${values['as-of']}」不是有效日期`);
  process.exit(2);
}
const started = performance.now();
try {
  const stats = generateCorpus({ n: Number(values.n), seed: Number(values.seed), out: values.out, asOf: values['as-of'], source: values.source });
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `生成语料：${stats.n} 条（种子 ${stats.seed}，截至 ${stats.asOf}）→ ${path.relative(process.cwd(), path.resolve(values.out)) || '.'}（${secs} 秒）`,
  );
  for (const line of describeCorpus(stats)) console.log(line);
} catch (error) {
  console.error(`生成失败：${(error as Error).message}`);
  process.exit(1);
}
