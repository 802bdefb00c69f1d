/**
 * `npm run check`: validate all content without building the site. Prints every
 * problem at once as `file:line  [错误|警告]  field  what is wrong  应为：…`, and exits 1
 * when there is at least one error (warnings alone exit 0).
 *
 * Options: --as-of YYYY-MM-DD (default: PORTAL_AS_OF or today), --content DIR, --json.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content/check.ts';
import { formatReport, isError } from '../src/lib/content/problems.ts';
import { resolveAsOf, isIsoDate } from '../src/lib/dates.ts';

const { values } = parseArgs({
  options: {
    'as-of': { type: 'string' },
    content: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const asOfArg = values['as-of'];
if (asOfArg !== undefined && !isIsoDate(asOfArg)) {
  console.error(`--as-of「${asOfArg}」不是有效日期，应为形如 2026-11-22 的日期。`);
  process.exit(2);
}
const root = process.cwd();
const started = performance.now();
const result = checkContent({
  root,
  contentDir: values.content ? path.resolve(values.content) : undefined,
  asOf: asOfArg ?? resolveAsOf(),
});
const errors = result.problems.filter(isError).length;
if (values.json) {
  console.log(JSON.stringify({ files: result.fileCount, errors, problems: result.problems }, null, 2));
} else {
  console.log(`检查了 ${result.fileCount} 个内容文件（${((performance.now() - started) / 1000).toFixed(1)} 秒）。`);
  console.log(formatReport(result.problems));
}
process.exit(errors > 0 ? 1 : 0);
