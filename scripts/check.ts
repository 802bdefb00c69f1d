/**
 * `npm run check`: validate all content without building the site. Prints every
 * problem at once as `file:line  [错误|警告]  field  what is wrong  应为：…`, and exits 1
 * when there is at least one error (warnings alone exit 0).
 *
 * Options: --as-of YYYY-MM-DD (default: today in China), --content DIR, --json.
 */
import { parseCli } from '../src/config/args.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { formatReport, isError } from '../src/lib/content/problems.ts';

const { values, config } = parseCli(process.argv.slice(2), {
  common: ['as-of', 'content'],
  options: { json: { type: 'boolean', default: false } },
  usage: 'npm run check -- [--as-of 2026-11-22] [--content 目录] [--json]',
});
const started = performance.now();
const result = checkContent({ root: config.root, contentDir: config.contentDir, asOf: config.asOf });
const errors = result.problems.filter(isError).length;
if (values.json) {
  console.log(JSON.stringify({ files: result.fileCount, errors, problems: result.problems }, null, 2));
} else {
  console.log(
    `检查了 ${result.fileCount} 个内容文件（${((performance.now() - started) / 1000).toFixed(1)} 秒，其中公开时限 ${Math.round(result.deadlineMs)} ms，信息类型规则 ${Math.round(result.kindCheckMs)} ms）。`,
  );
  console.log(formatReport(result.problems));
}
process.exit(errors > 0 ? 1 : 0);
