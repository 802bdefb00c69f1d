/**
 * `npm run new:report -- --year 2026`: create content/reports/annual-report-<year>.md,
 * the 政府信息公开工作年度报告 of that year, as a draft with every table zero-filled,
 * 上年结转 taken from the previous year's report, and the six part headings. The file
 * passes `npm run check` as it is; fill in the numbers, then remove `draft: true`.
 *
 * The 索引号 is the lowest free serial of the report range (SERIAL_RANGES.report) in
 * the publication year.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readSourceFiles } from '../content/files.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { firstFreeIndexNumber } from '../index-number.ts';
import type { ApplicantRow } from '../report/format.ts';
import { INDEX_NUMBER } from '../schemas/common.ts';
import { applicantRow } from '../schemas/report.ts';
import { UsageError } from './model.ts';
import { renderScaffold, reportTemplate, type ReportScaffoldContext } from './templates.ts';

/** The whole Markdown file of a new, draft report. */
export function scaffoldReport(o: ReportScaffoldContext): string {
  return renderScaffold(reportTemplate(o));
}

/** The report of that year exists and `force` was not given. */
export class ReportExistsError extends Error {}

export interface CreateReportOptions {
  /** The report's year (it is published the year after). */
  year: number;
  /** Content folder (default content), relative to `root`. */
  content?: string | undefined;
  /** Project folder (default the current folder). */
  root?: string | undefined;
  /** Overwrite an existing report of that year. */
  force?: boolean | undefined;
}

export interface CreatedReport {
  file: string;
  indexNumber: string;
  /** Last year's report and its 结转下年度继续办理, when found. */
  previous?: { file: string; carriedForward: ApplicantRow } | undefined;
}

/** Write the new report (a year out of range: UsageError; an existing file: ReportExistsError). */
export function createReport(options: CreateReportOptions): CreatedReport {
  const { year } = options;
  if (!Number.isInteger(year) || year < 2008 || year > 2100) throw new UsageError('请用 --year 指定报告年度，如：npm run new:report -- --year 2026');
  const root = path.resolve(options.root ?? process.cwd());
  const contentDir = path.resolve(root, options.content ?? 'content');
  const site = parseYaml(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as { name: string; orgCode: string };
  const file = path.join(contentDir, 'reports', `annual-report-${year}.md`);
  if (existsSync(file) && !options.force) throw new ReportExistsError(`${path.relative(root, file)} 已存在。要重新生成请加 --force（会覆盖已填写的内容）。`);

  // Every item's front matter, to find last year's report and the serials in use.
  const used = new Set<string>();
  let previous: CreatedReport['previous'];
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

  const indexNumber = firstFreeIndexNumber(site.orgCode, year + 1, used, 'report');
  if (!INDEX_NUMBER.test(indexNumber)) throw new Error(`索引号 ${indexNumber} 格式不对，请检查 content/site.yaml 的 orgCode`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, scaffoldReport({ year, siteName: site.name, indexNumber, carriedOver: previous?.carriedForward }));
  return { file, indexNumber, previous };
}
