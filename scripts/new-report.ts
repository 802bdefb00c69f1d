/**
 * `npm run new:report -- --year 2026`: create content/reports/annual-report-<year>.md,
 * the 政府信息公开工作年度报告 of that year, as a draft with every table zero-filled,
 * 上年结转 taken from the previous year's report, and the six part headings. The file
 * passes `npm run check` as it is; fill in the numbers, then remove `draft: true`.
 *
 * The 索引号 is the next free serial from 60001 upwards in the publication year
 * (reports use 60001+, data releases 50001+, everything else 00001+).
 *
 * Options: --year YYYY (required), --content DIR (default content), --force (overwrite).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { readSourceFiles } from '../src/lib/content/files.ts';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';
import { INDEX_NUMBER } from '../src/lib/schemas/common.ts';
import { applicantRow } from '../src/lib/schemas/report.ts';
import { scaffoldReport } from '../src/lib/report/scaffold.ts';
import type { ApplicantRow } from '../src/lib/report/format.ts';

const { values } = parseArgs({
  options: {
    year: { type: 'string' },
    content: { type: 'string', default: 'content' },
    force: { type: 'boolean', default: false },
  },
});

const year = Number(values.year);
if (!values.year || !Number.isInteger(year) || year < 2008 || year > 2100) {
  console.error('请用 --year 指定报告年度，如：npm run new:report -- --year 2026');
  process.exit(2);
}
const root = process.cwd();
const contentDir = path.resolve(root, values.content!);
const site = parseYaml(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as { name: string; orgCode: string };
const target = path.join(contentDir, 'reports', `annual-report-${year}.md`);
if (existsSync(target) && !values.force) {
  console.error(`${path.relative(root, target)} 已存在。要重新生成请加 --force（会覆盖已填写的内容）。`);
  process.exit(1);
}

// Every item's front matter, to find last year's report and the serials in use.
const used = new Set<string>();
let previous: { file: string; carriedForward: ApplicantRow } | undefined;
for (const source of readSourceFiles(root, contentDir)) {
  let data: Record<string, unknown>;
  try {
    data = splitFrontmatter(source.text).data as Record<string, unknown>;
  } catch {
    continue;
  }
  if (typeof data.indexNumber === 'string') used.add(data.indexNumber.trim());
  if (source.kind === 'report' && data.year === year - 1) {
    const r = applicantRow.safeParse((data.applications as { carriedForward?: unknown } | undefined)?.carriedForward);
    if (r.success) previous = { file: source.file, carriedForward: r.data as ApplicantRow };
  }
}

const pubYear = year + 1;
let serial = 60001;
while (used.has(`${site.orgCode}/${pubYear}-${String(serial).padStart(5, '0')}`)) serial++;
const indexNumber = `${site.orgCode}/${pubYear}-${String(serial).padStart(5, '0')}`;
if (!INDEX_NUMBER.test(indexNumber)) throw new Error(`索引号 ${indexNumber} 格式不对，请检查 content/site.yaml 的 orgCode`);

mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, scaffoldReport({ year, siteName: site.name, indexNumber, carriedOver: previous?.carriedForward }));
console.log(`已创建 ${path.relative(root, target)}（草稿，索引号 ${indexNumber}）。`);
console.log(previous ? `上年结转取自 ${previous.file}：[${previous.carriedForward.join(', ')}]` : `没有找到 ${year - 1} 年度报告，上年结转为 0，请核对。`);
console.log('填写表格数字和正文后，删除 draft: true，再运行 npm run check 核对勾稽关系。');
