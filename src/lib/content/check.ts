/**
 * Validate all content in one pass: the catalogue, the site file, every item's front
 * matter against its schema, the rules across items, and body safety. Returns every
 * problem found (never stops at the first) plus the valid items.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseCatalogue, type Catalogue } from '../columns.ts';
import { siteSchema, type SiteInfo } from '../schemas/columns.ts';
import { SCHEMAS, fieldsOf } from '../../kinds/index.ts';
import { SLUG } from '../schemas/common.ts';
import type { Item } from '../items.ts';
import { splitFrontmatter, FrontmatterError, hasUnquotedDateText, astroFrontmatter } from './frontmatter.ts';
import { readSourceFiles, fileSize, outsideContent, encodingProblem, readUtf8, type SourceFile } from './files.ts';
import { lineOfPath } from './frontmatter.ts';
import { parseCsvRecords } from '../series/table.ts';
import { FORMULA_START } from '../series/validate.ts';
import { zodIssuesToProblems } from './zod-errors.ts';
import { checkItems } from './rules.ts';
import { checkBodySafety } from './safety.ts';
import { loadSeriesDir, readText } from '../series/load.ts';
import { checkReleases } from '../series/rules.ts';
import { checkReportItems } from '../report/rules.ts';
import type { Problem } from './problems.ts';
import { loadCalendarDir } from './calendar.ts';
import { judgeDeadlines, type DeadlineReport } from '../deadlines/judge.ts';
import { deadlineProblems } from '../deadlines/problems.ts';

export interface CheckOptions {
  root: string;
  /** Defaults to `<root>/content`. */
  contentDir?: string;
  asOf: string;
  /** Overrides `rules.missingInterpretation` of content/site.yaml (default error). */
  missingInterpretation?: 'error' | 'warning';
}

export interface CheckResult {
  site: SiteInfo | undefined;
  catalogue: Catalogue;
  items: Item[];
  problems: Problem[];
  /** Number of content files read. */
  fileCount: number;
  /** 公开时限: the legal clocks judged on the valid items (the audit shows them). */
  deadlines: DeadlineReport;
  /** Milliseconds spent on the 公开时限 (judging every clock and locating the warnings). */
  deadlineMs: number;
  /** Milliseconds spent on the kinds' own rules across items (their `check` hooks). */
  kindCheckMs: number;
}

function rel(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

export function loadSite(root: string, contentDir: string): { site?: SiteInfo; problems: Problem[] } {
  const abs = path.join(contentDir, 'site.yaml');
  const file = rel(root, abs);
  if (!existsSync(abs)) return { problems: [{ severity: 'error', file, field: '', message: '缺少站点信息文件', expected: 'content/site.yaml' }] };
  const text = readFileSync(abs, 'utf8');
  try {
    const raw = parseYaml(text);
    const r = siteSchema.safeParse(raw);
    if (r.success) return { site: r.data, problems: [] };
    return { problems: zodIssuesToProblems(r.error.issues, file, `---\n${text}\n---`, raw).map((p) => ({ ...p, line: p.line ? p.line - 1 : p.line })) };
  } catch (error) {
    return { problems: [{ severity: 'error', file, field: '', message: `YAML 语法错误：${(error as Error).message.split('\n')[0]}`, expected: '合法的 YAML' }] };
  }
}

export function loadCatalogueFile(root: string, contentDir: string): { catalogue: Catalogue; problems: Problem[] } {
  const abs = path.join(contentDir, 'columns.yaml');
  const file = rel(root, abs);
  if (!existsSync(abs)) {
    return { catalogue: { columns: [], byId: new Map() }, problems: [{ severity: 'error', file, field: '', message: '缺少栏目清单文件', expected: 'content/columns.yaml' }] };
  }
  return parseCatalogue(readFileSync(abs, 'utf8'), file);
}

/** Ids of the data series defined under content/series/. */
export function seriesIds(contentDir: string): Set<string> {
  const dir = path.join(contentDir, 'series');
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, '')));
}

/** Parse and schema-check one source file. */
export function parseItem(source: SourceFile): { item?: Item; problems: Problem[]; body?: string; bodyLine?: number } {
  const problems: Problem[] = [];
  if (source.badEncodingLine !== undefined) return { problems: [encodingProblem(source.file, source.badEncodingLine)] };
  // Astro's loader only takes lower-case .md/.mdx: refuse `x.MD` here, in check and build alike.
  const ext = path.extname(source.file);
  if (ext !== ext.toLowerCase()) {
    problems.push({
      severity: 'error',
      file: source.file,
      line: 1,
      field: '文件名',
      message: `文件扩展名「${ext}」是大写的，网站生成时不会读取这个文件`,
      expected: `改成小写：${source.slug}${ext.toLowerCase()}`,
    });
    return { problems };
  }
  if (!SLUG.test(source.slug)) {
    problems.push({
      severity: 'error',
      file: source.file,
      line: 1,
      field: '文件名',
      message: `文件名「${source.slug}」含有不允许的字符，它会成为网址的一部分`,
      expected: '只用小写字母、数字和连字符，如 2024-zhongwuran-yuan.md',
    });
  }
  let split;
  try {
    split = splitFrontmatter(source.text);
  } catch (error) {
    // Whatever the YAML reader throws, the file is named and the list goes on.
    const message = error instanceof FrontmatterError ? error.message : `元数据无法读取（${(error as Error).name}）`;
    problems.push({ severity: 'error', file: source.file, line: error instanceof FrontmatterError ? error.line : 1, field: '元数据', message, expected: '以“---”开头和结尾、每行“字段: 值”的元数据' });
    return { problems };
  }
  const result = SCHEMAS[source.kind].safeParse(split.data);
  if (!result.success) {
    problems.push(...zodIssuesToProblems(result.error.issues, source.file, source.text, split.data, fieldsOf(source.kind)));
  } else if (split.yaml !== undefined && hasUnquotedDateText(split.yaml)) {
    // The build reads the same text with Astro's YAML schema: the same schema must accept
    // that too (an unquoted 2024-01-01 as an attachment title is a date there).
    let astroData: unknown;
    try {
      astroData = astroFrontmatter(split.yaml);
    } catch {
      astroData = undefined;
    }
    const astro = astroData === undefined ? undefined : SCHEMAS[source.kind].safeParse(astroData);
    if (astro && !astro.success) {
      for (const p of zodIssuesToProblems(astro.error.issues, source.file, source.text, astroData, fieldsOf(source.kind))) {
        problems.push({ ...p, message: `这里写的是没有加引号的日期样式文字，网站生成时会被读成日期而不是文字（${p.message}）`, expected: '用英文双引号括起来，如 title: "2024-01-01"' });
      }
    }
  }
  problems.push(...checkBodySafety(source.file, split.body, split.bodyLine));
  if (!result.success || problems.some((p) => p.severity === 'error')) {
    return { problems, body: split.body, bodyLine: split.bodyLine };
  }
  const item = { kind: source.kind, slug: source.slug, file: source.file, data: result.data } as Item;
  return { item, problems, body: split.body, bodyLine: split.bodyLine };
}

export function checkContent(options: CheckOptions): CheckResult {
  const root = options.root;
  const contentDir = options.contentDir ?? path.join(root, 'content');
  const problems: Problem[] = [];
  const { site, problems: siteProblems } = loadSite(root, contentDir);
  problems.push(...siteProblems);
  const { catalogue, problems: catProblems } = loadCatalogueFile(root, contentDir);
  problems.push(...catProblems);

  const links: string[] = [];
  const sources = readSourceFiles(root, contentDir, links);
  for (const link of links) {
    problems.push({
      severity: 'error',
      file: rel(root, link),
      field: '文件',
      message: '这是一个符号链接（快捷方式），其中的内容不在 content/ 文件夹里，不会被检查，出于安全原因不允许',
      expected: '把文件或文件夹本身放进 content/，删除这个链接',
    });
  }
  const texts = new Map<string, string>();
  const items: Item[] = [];
  const unreadable = new Map<string, string>();
  for (const source of sources) {
    texts.set(source.file, source.text);
    const parsed = parseItem(source);
    problems.push(...parsed.problems);
    if (parsed.item) items.push(parsed.item);
    else unreadable.set(source.slug, source.file);
  }

  // The working-day calendar, for the kinds' own rules and the legal clocks below.
  const { calendar, problems: calendarProblems } = loadCalendarDir(root, contentDir);
  const timings: { kindChecks?: number } = {};
  problems.push(...calendarProblems);
  problems.push(
    ...checkItems(items, {
      catalogue,
      orgCode: site?.orgCode ?? '',
      asOf: options.asOf,
      root,
      sizeOf: fileSize,
      isLinked: (abs) => outsideContent(abs, contentDir),
      textOf: (f) => texts.get(f),
      seriesIds: seriesIds(contentDir),
      missingInterpretation: options.missingInterpretation ?? site?.rules?.missingInterpretation,
      siteUrl: site?.url,
      unreadable,
      settings: site?.rules ?? {},
      calendar,
      timings,
    }),
  );
  problems.push(...checkCsvAttachments(items, root, texts));
  // Data releases against their series (every row of every data file), and the annual
  // reports across years.
  const { series, problems: seriesProblems } = loadSeriesDir(root, contentDir);
  problems.push(...seriesProblems);
  const textOf = (f: string) => texts.get(f);
  problems.push(...checkReleases(items, { catalogue, series, root, readText, textOf }));
  problems.push(...checkReportItems(items, { textOf }));
  // 公开时限: every legal clock on the working-day calendar (late items are warnings here).
  const clocks = performance.now();
  const deadlines = judgeDeadlines({ items, series, calendar, asOf: options.asOf, interpretationGraceDays: site?.rules?.interpretationGraceDays, expectAnnualReports: catalogue.columns.some((c) => c.accepts.includes('report')) });
  problems.push(...deadlineProblems(deadlines.findings, textOf));
  const deadlineMs = performance.now() - clocks;
  return { site, catalogue, items, problems, fileCount: sources.length, deadlines, deadlineMs, kindCheckMs: timings.kindChecks ?? 0 };
}

/**
 * CSV attachments are offered for download as they are: each must be UTF-8 (Excel's GBK
 * CSVs show as mojibake) and hold no cell a spreadsheet would run as a formula.
 */
function checkCsvAttachments(items: readonly Item[], root: string, texts: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const item of items) {
    item.data.attachments.forEach((a, i) => {
      if (path.extname(a.file).toLowerCase() !== '.csv') return;
      const abs = path.resolve(path.dirname(path.join(root, item.file)), a.file);
      if (fileSize(abs) === undefined) return; // Reported as missing by the rules.
      const field = `附件文件（attachments[${i}].file）`;
      const line = lineOfPath(texts.get(item.file) ?? '', ['attachments', i, 'file']);
      const { text, badLine } = readUtf8(abs);
      if (badLine !== undefined) {
        problems.push({ ...encodingProblem(item.file, line), field, message: `附件 ${a.file} 第 ${badLine} 行起不是 UTF-8 编码（多半是 Excel 默认的 GBK），下载后会显示成乱码` });
        return;
      }
      const bad: Array<{ line: number; col: number; cell: string }> = [];
      for (const record of parseCsvRecords(text.replace(/^\uFEFF/, ''))) {
        record.fields.forEach((cell, c) => {
          if (FORMULA_START.test(cell.trim())) bad.push({ line: record.line, col: c + 1, cell: cell.trim() });
        });
      }
      if (bad.length > 0) {
        const first = bad[0]!;
        problems.push({
          severity: 'error',
          file: item.file,
          line,
          field,
          message: `附件 ${a.file} 第 ${first.line} 行第 ${first.col} 列「${first.cell.slice(0, 30)}」以 ${first.cell[0]} 开头，用 Excel 打开时会被当作公式执行（可能打开网址或运行命令）${bad.length > 1 ? `；共 ${bad.length} 处` : ''}`,
          expected: '删去单元格开头的 = + - @ 符号，或在前面加上文字',
        });
      }
    });
  }
  return problems;
}
