/**
 * Check a release's raw table against its series definition, row by row, and turn the
 * cells into typed values. Every problem names the line, the column and the reason in
 * Chinese; nothing stops at the first problem.
 */
import { isIsoDate } from '../dates.ts';
import { columnHeading, describeColumn, type SeriesColumn, type SeriesDef } from '../schemas/series.ts';
import type { RawCell, RawTable } from './table.ts';

/** A typed cell: numbers for number/integer columns, strings otherwise, null when empty. */
export type Value = string | number | null;
export type DataRow = Record<string, Value>;

export interface DataIssue {
  /** 1-based line in the data file. */
  line: number;
  /** The column concerned, when there is one. */
  column?: SeriesColumn | undefined;
  /** Column name as written in the file, for header problems. */
  columnName?: string | undefined;
  message: string;
  expected?: string | undefined;
}

export interface ValidatedTable {
  rows: DataRow[];
  /** Line of each row in `rows`. */
  lines: number[];
  issues: DataIssue[];
}

const INTEGER = /^[+-]?\d+$/;
/** What spreadsheets read as the start of a formula; a lone dash (“无”) or a negative number is fine. */
export const FORMULA_START = /^[=+@]|^-(?![\d.]*$|-*$)/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Which series column a header name refers to: its key, its label, or 列名（单位）. */
export function matchColumn(columns: readonly SeriesColumn[], name: string): SeriesColumn | undefined {
  const n = name
    .trim()
    .replace(/\s+/g, '')
    .replace(/\(([^)]*)\)$/, '（$1）');
  return columns.find((c) => c.key === n || c.label.replace(/\s+/g, '') === n || columnHeading(c).replace(/\s+/g, '') === n);
}

function show(v: RawCell): string {
  const s = String(v);
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
}

/**
 * Parse one cell of column `c`.
 * @returns the typed value, or a reason (in Chinese) why the cell is wrong.
 */
export function parseCell(c: SeriesColumn, raw: RawCell, required: boolean): { value: Value } | { error: string } {
  const text = raw === null ? '' : typeof raw === 'string' ? raw.trim() : raw;
  if (text === '') return required ? { error: '必填，但没有填写' } : { value: null };
  switch (c.type) {
    case 'integer':
    case 'number': {
      let n: number;
      if (typeof text === 'number') n = text;
      else if (typeof text === 'string' && (c.type === 'integer' ? INTEGER : NUMBER).test(text.replace(/,/g, ''))) n = Number(text.replace(/,/g, ''));
      else return { error: `「${show(text)}」不是${c.type === 'integer' ? '整数' : '数字'}` };
      if (!Number.isFinite(n)) return { error: `「${show(text)}」不是有效的数字` };
      if (c.type === 'integer' && !Number.isInteger(n)) return { error: `「${show(text)}」不是整数` };
      if (c.min !== undefined && n < c.min) return { error: `${n} 小于最小值 ${c.min}` };
      if (c.max !== undefined && n > c.max) return { error: `${n} 大于最大值 ${c.max}` };
      return { value: n };
    }
    case 'date':
      if (typeof text !== 'string' || !isIsoDate(text)) return { error: `「${show(text)}」不是有效日期` };
      return { value: text };
    case 'enum':
      if (!c.values?.includes(String(text))) return { error: `「${show(text)}」不是允许的值` };
      return { value: String(text) };
    default:
      if (typeof text !== 'string') return { error: `「${show(text)}」应为文字` };
      // The data file is offered for download as it is: a cell Excel would run as a
      // formula (=HYPERLINK(…), +cmd|…, @SUM(…), -2+3…) must not be in it.
      if (FORMULA_START.test(text))
        return {
          error: `「${show(text)}」以 ${text[0]} 开头，用 Excel 打开下载的表格时会被当作公式执行（可能打开网址或运行命令）；请删去开头的符号，或在前面加上文字`,
        };
      return { value: text };
  }
}

/** Validate `table` against `series`; rows with problems are left out of `rows`. */
export function validateTable(series: Pick<SeriesDef, 'columns' | 'category' | 'value'>, table: RawTable): ValidatedTable {
  const issues: DataIssue[] = [];
  const rows: DataRow[] = [];
  const lines: number[] = [];
  const requiredKeys = new Set([series.category, series.value]);
  const isRequired = (c: SeriesColumn) => c.required || requiredKeys.has(c.key);

  // Header (CSV) — every name must be a known column, once; every column must be present.
  const seen = new Map<string, string>();
  const headerColumns: Array<SeriesColumn | undefined> = table.header.map((name) => {
    const c = matchColumn(series.columns, name);
    if (!c) {
      if (table.format === 'csv') {
        issues.push({
          line: table.headerLine,
          columnName: name,
          message: name.trim() === '' ? '表头有一列没有列名' : `多出的列「${name}」：数据系列中没有这一列`,
          expected: `表头只包含：${series.columns.map(columnHeading).join('、')}`,
        });
      }
      return undefined;
    }
    const prior = seen.get(c.key);
    if (prior !== undefined && table.format === 'csv') {
      issues.push({ line: table.headerLine, column: c, message: `列「${name}」与「${prior}」重复，指同一列`, expected: '每列只出现一次' });
      return undefined;
    }
    seen.set(c.key, name);
    return c;
  });
  if (table.format === 'csv') {
    for (const c of series.columns) {
      if (!seen.has(c.key)) {
        issues.push({
          line: table.headerLine,
          column: c,
          message: `缺少列「${columnHeading(c)}」`,
          expected: `表头应包含：${series.columns.map(columnHeading).join('、')}`,
        });
      }
    }
  }

  if (table.rows.length === 0) {
    issues.push({ line: table.headerLine, message: '数据文件没有任何数据行', expected: '表头下至少一行数据' });
  }

  const categoryLines = new Map<string, number>();
  const category = series.columns.find((c) => c.key === series.category);
  for (const raw of table.rows) {
    const row: DataRow = {};
    let ok = true;
    if (table.format === 'csv' && raw.cells.length !== table.header.length) {
      issues.push({
        line: raw.line,
        message: `这一行有 ${raw.cells.length} 个值，表头有 ${table.header.length} 列`,
        expected: '每行的值与表头列数相同；值中含逗号时用英文双引号括起来',
      });
      continue;
    }
    const byKey = new Map<string, RawCell>();
    raw.names.forEach((name, i) => {
      const c = table.format === 'csv' ? headerColumns[i] : matchColumn(series.columns, name);
      if (!c) {
        if (table.format === 'json') {
          ok = false;
          issues.push({
            line: raw.line,
            columnName: name,
            message: `多出的字段「${name}」：数据系列中没有这一列`,
            expected: `字段只能是：${series.columns.map((k) => k.key).join('、')}`,
          });
        }
        return;
      }
      byKey.set(c.key, raw.cells[i] ?? null);
    });
    for (const c of series.columns) {
      if (table.format === 'csv' && !seen.has(c.key)) continue;
      const r = parseCell(c, byKey.get(c.key) ?? null, isRequired(c));
      if ('error' in r) {
        ok = false;
        issues.push({ line: raw.line, column: c, message: r.error, expected: describeColumn(c) });
      } else row[c.key] = r.value;
    }
    if (category && typeof row[category.key] === 'string') {
      const key = row[category.key] as string;
      const first = categoryLines.get(key);
      if (first !== undefined) {
        ok = false;
        issues.push({
          line: raw.line,
          column: category,
          message: `「${key}」在第 ${first} 行已经出现过`,
          expected: `同一期数据中每个${category.label}只有一行`,
        });
      } else categoryLines.set(key, raw.line);
    }
    if (ok) {
      rows.push(row);
      lines.push(raw.line);
    }
  }
  return { rows, lines, issues };
}

/** The message an editor reads: `第 5 行「PM2.5（μg/m³）」列：「abc」不是数字`. */
export function issueText(issue: DataIssue): string {
  const where = issue.column ? `「${columnHeading(issue.column)}」列` : issue.columnName !== undefined ? `「${issue.columnName}」列` : '';
  return `第 ${issue.line} 行${where}：${issue.message}`;
}
