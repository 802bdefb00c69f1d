/**
 * `npm run audit`: the column audit (栏目更新监测) straight from the content on disk, no
 * build needed. Prints a Chinese summary — counts per status, overdue and empty columns
 * with the reason, the national rule set's verdict, other problems — or, with --json,
 * the same data as dist/audit.json.
 *
 * Exit code: 1 when any column is overdue or empty, the national rule set fails, or a
 * legal clock (公开时限) has an error-level finding; 0 otherwise; 2 for a bad option.
 *
 * Options: --as-of YYYY-MM-DD (default: PORTAL_AS_OF or today), --content DIR, --json.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content/check.ts';
import { fileSize } from '../src/lib/content/files.ts';
import { isError } from '../src/lib/content/problems.ts';
import { resolveAsOf, isIsoDate } from '../src/lib/dates.ts';
import { runAudit } from '../src/lib/audit/audit.ts';
import { auditJson, formatAuditSummary } from '../src/lib/audit/export.ts';

function readOptions() {
  try {
    return parseArgs({
      options: {
        'as-of': { type: 'string' },
        content: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n用法：npm run audit -- [--as-of 2026-11-22] [--content 目录] [--json]`);
    process.exit(2);
  }
}
const values = readOptions();

const asOfArg = values['as-of'];
if (asOfArg !== undefined && !isIsoDate(asOfArg)) {
  console.error(`--as-of「${asOfArg}」不是有效日期，应为形如 2026-11-22 的日期。`);
  process.exit(2);
}
let asOf: string;
try {
  asOf = asOfArg ?? resolveAsOf();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const root = process.cwd();
const result = checkContent({
  root,
  contentDir: values.content ? path.resolve(values.content) : undefined,
  asOf,
});
if (result.catalogue.columns.length === 0) {
  console.error('读不到栏目清单（columns.yaml），无法监测。请先运行 npm run check 查看原因。');
  process.exit(2);
}
const report = runAudit({ catalogue: result.catalogue, items: result.items, asOf, files: { root, sizeOf: fileSize }, deadlines: result.deadlines });
const contentErrors = result.problems.filter(isError).length;

if (values.json) {
  console.log(JSON.stringify({ ...auditJson(report), contentErrors }, null, 2));
} else {
  console.log(formatAuditSummary(report));
  if (contentErrors > 0) {
    console.log(`\n另有 ${contentErrors} 个内容错误（有错误的信息不计入以上统计），运行 npm run check 查看。`);
  }
}
process.exit(report.passed ? 0 : 1);
