/**
 * Read a release's data file into a table of raw cells, keeping the line on which each
 * row starts so that every problem can point the editor at the right line.
 *
 * - CSV: UTF-8 (a leading byte-order mark is allowed, Excel writes one), first row is
 *   the header, fields separated by commas, quoted with "…" where needed ("" is a quote).
 * - JSON: an array of objects, one object per row; property names are the column keys.
 */

/** A raw cell: CSV cells are strings; JSON cells may also be numbers, booleans or null. */
export type RawCell = string | number | boolean | null;

export interface RawRow {
  /** 1-based line in the file on which the row starts. */
  line: number;
  /** Cells in file order (CSV) — for JSON, in the order of the object's keys. */
  cells: RawCell[];
  /** Column names of `cells` (JSON rows may differ from the header and from each other). */
  names: string[];
}

export interface RawTable {
  format: 'csv' | 'json';
  /** Column names as written in the file (CSV header, or the union of JSON keys). */
  header: string[];
  /** Line of the header (CSV), 1 for JSON. */
  headerLine: number;
  rows: RawRow[];
}

/** A file that cannot be read as a table at all. */
export class TableSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/**
 * Split CSV text into records (RFC 4180). Quoted fields may contain commas, quotes ("")
 * and line breaks. Completely empty lines are skipped.
 * @throws TableSyntaxError on an unterminated quote or text after a closing quote.
 */
export function parseCsvRecords(text: string): Array<{ line: number; fields: string[] }> {
  const src = text.replace(/^\uFEFF/, '');
  const records: Array<{ line: number; fields: string[] }> = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let endOfRecord = false;
    while (i < src.length && !endOfRecord) {
      const ch = src[i]!;
      if (quoted) {
        if (ch === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          const next = src[i];
          if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
            throw new TableSyntaxError('引号后面直接跟了其他字符；字段中的引号要写成两个 ""', line);
          }
          continue;
        }
        if (ch === '\n') line++;
        field += ch;
        i++;
        continue;
      }
      if (ch === '"' && field.trim() === '') {
        quoted = true;
        field = '';
        i++;
      } else if (ch === ',') {
        fields.push(field);
        field = '';
        i++;
      } else if (ch === '\r' || ch === '\n') {
        i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line++;
        endOfRecord = true;
      } else {
        field += ch;
        i++;
      }
    }
    if (quoted) throw new TableSyntaxError('有一个引号没有结束（缺少配对的 "）', start);
    fields.push(field);
    if (!(fields.length === 1 && fields[0]!.trim() === '')) records.push({ line: start, fields });
  }
  return records;
}

/** A CSV file as a table. @throws TableSyntaxError */
export function parseCsv(text: string): RawTable {
  const records = parseCsvRecords(text);
  const head = records[0];
  if (!head) throw new TableSyntaxError('文件是空的，没有表头行', 1);
  const header = head.fields.map((f) => f.trim());
  return {
    format: 'csv',
    header,
    headerLine: head.line,
    rows: records.slice(1).map((r) => ({ line: r.line, cells: r.fields, names: header })),
  };
}

/** 1-based line of each top-level array element's start in a JSON text. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (/\s/.test(ch)) continue;
    if (depth === 1 && expectElement && ch !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expectElement = true;
  }
  return lines;
}

/** A JSON file (array of objects) as a table. @throws TableSyntaxError */
export function parseJsonTable(text: string): RawTable {
  const src = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(src);
  } catch (error) {
    const m = /position (\d+)/.exec((error as Error).message);
    const line = m ? src.slice(0, Number(m[1])).split('\n').length : 1;
    throw new TableSyntaxError(`JSON 写法有误：${(error as Error).message}`, line);
  }
  if (!Array.isArray(data)) throw new TableSyntaxError('JSON 数据文件应是一个数组 [ {…}, {…} ]，每个对象是一行', 1);
  const lines = elementLines(src);
  const header: string[] = [];
  const rows: RawRow[] = data.map((el, i) => {
    const line = lines[i] ?? 1;
    if (el === null || typeof el !== 'object' || Array.isArray(el)) {
      throw new TableSyntaxError(`第 ${i + 1} 个元素不是对象；每一行应写成 {"列名": 值, …}`, line);
    }
    const names = Object.keys(el);
    for (const n of names) if (!header.includes(n)) header.push(n);
    const cells = names.map((n) => {
      const v = (el as Record<string, unknown>)[n];
      return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);
    });
    return { line, cells, names };
  });
  return { format: 'json', header, headerLine: 1, rows };
}

/** Parse by file extension (.csv or .json). @throws TableSyntaxError */
export function parseTable(text: string, fileName: string): RawTable {
  return /\.json$/i.test(fileName) ? parseJsonTable(text) : parseCsv(text);
}

/** Quote a CSV field when needed. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
