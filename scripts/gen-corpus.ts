/**
 * `npm run gen:corpus -- --n 20000 --seed 1 --out DIR [--as-of 2026-11-22] [--source content]`:
 * write a complete, valid content directory of n generated items (for benchmarks and
 * search evaluation). Same options → byte-identical output. See src/corpus/.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../src/corpus/generate.ts';
import { isIsoDate } from '../src/lib/dates.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    'as-of': { type: 'string', default: '2026-11-22' },
    source: { type: 'string', default: 'content' },
  },
});

if (!values.out) {
  console.error('用法：npm run gen:corpus -- --n 20000 --seed 1 --out DIR [--as-of 2026-11-22] [--source content]');
  process.exit(2);
}
if (!isIsoDate(values['as-of']!)) {
  console.error(`--as-of「${values['as-of']}」不是有效日期`);
  process.exit(2);
}
const started = performance.now();
try {
  const stats = generateCorpus({ n: Number(values.n), seed: Number(values.seed), out: values.out, asOf: values['as-of'], source: values.source });
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`生成语料：${stats.n} 条（种子 ${stats.seed}，截至 ${stats.asOf}）→ ${path.relative(process.cwd(), path.resolve(values.out)) || '.'}（${secs} 秒）`);
  console.log(`  附件 ${stats.attachments} 个（硬链接到少数共享文件），废止 ${stats.repealed}，草稿 ${stats.drafts}，不主动公开 ${stats.notPublic}`);
  console.log(`  正文长度：最短 ${stats.bodyChars.min}，中位 ${stats.bodyChars.median}，最长 ${stats.bodyChars.max} 字符`);
  console.log(`  数据发布：${stats.releases === 0 ? '未生成（content/series/ 下没有数据系列定义）' : stats.releases}`);
  console.log(`  各类：${Object.entries(stats.byType).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join('，')}`);
} catch (error) {
  console.error(`生成失败：${(error as Error).message}`);
  process.exit(1);
}
