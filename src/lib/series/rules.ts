/**
 * Rules for data releases (数据发布) that need more than one file: the release and its
 * series agree (column, period form, no two releases of one period), the series' column
 * exists, and every row of the data file is valid for the series. Pure: files are read
 * only through `readText`.
 */
import path from 'node:path';
import type { Catalogue } from '../columns.ts';
import type { Item } from '../items.ts';
import { columnHeading, type Series } from '../schemas/series.ts';
import type { Problem } from '../content/problems.ts';
import { lineOfPath } from '../content/frontmatter.ts';
import { parseTable, TableSyntaxError } from './table.ts';
import { issueText, validateTable } from './validate.ts';
import { PERIOD_KIND_LABELS, periodKind, periodKindFor } from './period.ts';

/** At most this many row problems are listed per data file; the rest are counted. */
export const MAX_ISSUES_PER_FILE = 50;

export interface ReleaseRuleContext {
  catalogue: Catalogue;
  series: ReadonlyMap<string, Series>;
  /** Project root: item and data paths are relative to it. */
  root: string;
  /** Text of a file by absolute path, undefined when missing. */
  readText: (absPath: string) => string | undefined;
  /** Source text of an item by project-relative path, for line numbers. */
  textOf: (file: string) => string | undefined;
}

/** Whether `columnId` is `ancestorId` or one of its sub-columns. */
function isWithin(catalogue: Catalogue, columnId: string, ancestorId: string): boolean {
  for (let c = catalogue.byId.get(columnId); c; c = c.parentId ? catalogue.byId.get(c.parentId) : undefined) {
    if (c.id === ancestorId) return true;
  }
  return false;
}

/** Problems of the series definitions themselves against the catalogue. */
export function checkSeriesDefinitions(ctx: Pick<ReleaseRuleContext, 'catalogue' | 'series'>): Problem[] {
  const problems: Problem[] = [];
  for (const s of ctx.series.values()) {
    const column = ctx.catalogue.byId.get(s.column);
    if (!column) {
      problems.push({
        severity: 'error',
        file: s.file,
        field: '公开目录（column）',
        message: `栏目「${s.column}」不存在`,
        expected: 'content/columns.yaml 中接收“数据发布”的栏目 id，如 air-quality',
      });
    } else if (!column.accepts.includes('release')) {
      problems.push({
        severity: 'error',
        file: s.file,
        field: '公开目录（column）',
        message: `栏目「${column.name}」（${column.id}）不接收数据发布`,
        expected: '接收 release 的栏目',
      });
    }
  }
  return problems;
}

export function checkReleases(items: readonly Item[], ctx: ReleaseRuleContext): Problem[] {
  const problems: Problem[] = [...checkSeriesDefinitions(ctx)];
  const periods = new Map<string, Item>();
  for (const item of items) {
    if (item.kind !== 'release') continue;
    const d = item.data;
    const series = ctx.series.get(d.series);
    // A missing series is reported by the general rules; an invalid one by its own file.
    if (!series) continue;
    const text = ctx.textOf(item.file);
    const at = (keys: Array<string | number>) => (text ? lineOfPath(text, keys) : undefined);

    if (d.column !== series.column && !isWithin(ctx.catalogue, d.column, series.column)) {
      const name = ctx.catalogue.byId.get(series.column)?.name;
      problems.push({
        severity: 'error',
        file: item.file,
        line: at(['column']),
        field: '公开目录（column）',
        message: `数据系列「${series.name}」发布在栏目「${name ?? series.column}」，本条却填了「${d.column}」`,
        expected: `column: ${series.column}`,
      });
    }

    const want = periodKindFor(series.frequency);
    const kind = periodKind(d.period);
    if (want && kind && kind !== want) {
      problems.push({
        severity: 'error',
        file: item.file,
        line: at(['period']),
        field: '数据期（period）',
        message: `「${series.name}」按${PERIOD_KIND_LABELS[want].replace(/（.*$/, '')}发布，数据期「${d.period}」却是${PERIOD_KIND_LABELS[kind].replace(/（.*$/, '')}`,
        expected: PERIOD_KIND_LABELS[want],
      });
    }
    if (!d.draft) {
      const key = `${series.id}\u0000${d.period}`;
      const twin = periods.get(key);
      if (twin) {
        problems.push({
          severity: 'error',
          file: item.file,
          line: at(['period']),
          field: '数据期（period）',
          message: `数据期 ${d.period} 的「${series.name}」已由 ${twin.file} 发布`,
          expected: '每个数据系列每期只发布一次；更正数据请修改原文件',
        });
      } else periods.set(key, item);
    }

    // The data file, row by row.
    const abs = path.resolve(ctx.root, path.dirname(item.file), d.data);
    const dataText = ctx.readText(abs);
    // A missing file is reported by the general attachment rules.
    if (dataText === undefined) continue;
    const file = path.relative(ctx.root, abs).split(path.sep).join('/');
    let table;
    try {
      table = parseTable(dataText, abs);
    } catch (error) {
      if (!(error instanceof TableSyntaxError)) throw error;
      problems.push({
        severity: 'error',
        file,
        line: error.line,
        field: '数据文件',
        message: error.message,
        expected: /\.json$/i.test(abs) ? '对象数组，如 [{"city": "江州市", "aqi": 62}]' : 'UTF-8 编码、第一行为表头的 CSV 文件',
      });
      continue;
    }
    const { issues } = validateTable(series, table);
    for (const issue of issues.slice(0, MAX_ISSUES_PER_FILE)) {
      problems.push({
        severity: 'error',
        file,
        line: issue.line,
        field: issue.column
          ? `数据列「${columnHeading(issue.column)}」（${issue.column.key}）`
          : issue.columnName !== undefined
            ? `数据列「${issue.columnName}」`
            : '数据文件',
        message: issueText(issue),
        expected: issue.expected,
      });
    }
    if (issues.length > MAX_ISSUES_PER_FILE) {
      problems.push({
        severity: 'error',
        file,
        field: '数据文件',
        message: `另有 ${issues.length - MAX_ISSUES_PER_FILE} 个数据问题未列出`,
        expected: '先修改以上问题后重新检查',
      });
    }
  }
  return problems;
}
