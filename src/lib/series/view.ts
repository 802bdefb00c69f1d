/**
 * What the release and series pages show, prepared as plain data so the components
 * only lay it out: the data table (headers with units, numbers with a consistent number
 * of decimals), and the file-size wording of the download link.
 */
import { columnHeading, type SeriesDef } from '../schemas/series.ts';
import type { DataRow } from './validate.ts';
import { decimals, formatNumber } from '../charts/svg.ts';

export interface TableColumn {
  key: string;
  /** 列名（单位）. */
  heading: string;
  numeric: boolean;
  /** Whether this is the category column: its cells are row headers. */
  isCategory: boolean;
}

export interface TableModel {
  columns: TableColumn[];
  /** Formatted cell texts, row by row, in column order; '' for empty cells. */
  rows: string[][];
}

/** Decimal places per numeric column: the most any value of the column has (0.70 and 0.19 → 2). */
export function columnPlaces(rows: readonly DataRow[], key: string): number {
  return Math.max(0, ...rows.map((r) => (typeof r[key] === 'number' ? decimals(r[key] as number) : 0)));
}

export function tableModel(series: Pick<SeriesDef, 'columns' | 'category'>, rows: readonly DataRow[]): TableModel {
  const columns = series.columns.map((c) => ({
    key: c.key,
    heading: columnHeading(c),
    numeric: c.type === 'number' || c.type === 'integer',
    isCategory: c.key === series.category,
  }));
  const places = new Map(columns.filter((c) => c.numeric).map((c) => [c.key, columnPlaces(rows, c.key)]));
  return {
    columns,
    rows: rows.map((r) =>
      columns.map((c) => {
        const v = r[c.key];
        if (v === null || v === undefined) return '';
        return typeof v === 'number' ? formatNumber(v, places.get(c.key)) : v;
      }),
    ),
  };
}

/** `CSV，1 KB`: type and size for a download link. */
export function fileInfo(name: string, bytes: number | undefined): string {
  const ext = (name.split('.').pop() ?? '').toUpperCase();
  if (bytes === undefined) return ext;
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${ext}，${size}`;
}
