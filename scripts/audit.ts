/**
 * `npm run audit`: the column audit (栏目更新监测) straight from the content on disk, no
 * build needed. Prints a Chinese summary — counts per status, overdue and empty columns
 * with the reason, the national rule set's verdict, other problems — or, with --json,
 * the same data as dist/audit.json.
 *
 * Exit code: 1 when any column is overdue or empty, the national rule set fails, or a
 * legal clock (公开时限) has an error-level finding; 0 otherwise; 2 for a bad option.
 *
 * Options: --as-of YYYY-MM-DD (default: today in China), --content DIR, --json.
 */
import { parseCli } from '../src/config/args.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { fileSize } from '../src/lib/content/files.ts';
import { isError } from '../src/lib/content/problems.ts';
import { runAudit } from '../src/lib/audit/audit.ts';
import { auditJson, formatAuditSummary } from '../src/lib/audit/export.ts';

const { values, config } = parseCli(process.argv.slice(2), {
  common: ['as-of', 'content'],
  options: { json: { type: 'boolean', default: false } },
  usage: 'npm run audit -- [--as-of 2026-11-22] [--content 目录] [--json]',
});
const { root, asOf } = config;
const result = checkContent({ root, contentDir: config.contentDir, asOf });
if (result.catalogue.columns.length === 0) {
  console.error('读不到栏目清单（columns.yaml），无法监测。请先运行 npm run check 查看原因。');
  process.exit(2);
}
const report = runAudit({
  catalogue: result.catalogue,
  items: result.items,
  asOf,
  files: { root, sizeOf: fileSize },
  deadlines: result.deadlines,
  settings: result.site?.rules ?? {},
});
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
