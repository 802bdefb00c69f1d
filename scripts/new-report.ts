/**
 * `npm run new:report -- --year 2026`: create the 政府信息公开工作年度报告 of that year as
 * a draft (src/lib/new-item/report.ts).
 *
 * Options: --year YYYY (required), --content DIR (default content), --force (overwrite).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../src/lib/new-item/model.ts';
import { createReport, ReportExistsError } from '../src/lib/new-item/report.ts';

const { values } = parseArgs({
  options: {
    year: { type: 'string' },
    content: { type: 'string', default: 'content' },
    force: { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const year = Number(values.year);
try {
  const { file, indexNumber, previous } = createReport({ year: values.year ? year : NaN, content: values.content, root, force: values.force });
  console.log(`已创建 ${path.relative(root, file)}（草稿，索引号 ${indexNumber}）。`);
  console.log(previous ? `上年结转取自 ${previous.file}：[${previous.carriedForward.join(', ')}]` : `没有找到 ${year - 1} 年度报告，上年结转为 0，请核对。`);
  console.log('填写表格数字和正文后，删除 draft: true，再运行 npm run check 核对勾稽关系。');
} catch (error) {
  if (!(error instanceof UsageError || error instanceof ReportExistsError)) throw error;
  console.error(error.message);
  process.exit(error instanceof UsageError ? 2 : 1);
}
