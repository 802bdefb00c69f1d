/**
 * What a chart shows, in words: the text summary beside each chart and its SVG <desc>,
 * so a reader who cannot see the chart gets the same message ("江州市 AQI 最高（78），
 * 白沙市最低（41）"). Also the history of a series across releases, for the line chart.
 */
import type { SeriesDef } from '../schemas/series.ts';
import type { DataRow } from './validate.ts';
import { periodLabel } from './period.ts';
import { formatNumber } from '../charts/svg.ts';
import { cjkJoin } from './text.ts';

export interface CategoryValue {
  category: string;
  value: number;
}

/** The category → charted value pairs of one release, in file order. */
export function chartData(series: Pick<SeriesDef, 'category' | 'value'>, rows: readonly DataRow[]): CategoryValue[] {
  return rows.flatMap((row) => {
    const c = row[series.category];
    const v = row[series.value];
    return typeof v === 'number' && c !== null && c !== undefined ? [{ category: String(c), value: v }] : [];
  });
}

/** The charted column's label and unit. */
function valueColumn(series: Pick<SeriesDef, 'columns' | 'value'>) {
  return series.columns.find((c) => c.key === series.value)!;
}

/** `78`, `92.3%`, `0.82 mg/L`. */
export function withUnit(value: number, unit: string | undefined, places?: number): string {
  const n = formatNumber(value, places);
  if (!unit) return n;
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}

function names(list: readonly CategoryValue[]): string {
  return list.map((d) => d.category).join('、');
}

/** Decimal places the data uses (at most 3). */
function placesOf(values: readonly number[]): number {
  return Math.min(3, Math.max(0, ...values.map((v) => (Number.isInteger(v) ? 0 : (String(v).split('.')[1]?.length ?? 0)))));
}

/**
 * One release in a sentence: highest, lowest, average.
 * e.g. “江州市 AQI 最高（78），白沙市最低（41）；8 个城市平均为 62。”
 */
export function releaseSummary(series: Pick<SeriesDef, 'columns' | 'category' | 'value'>, data: readonly CategoryValue[]): string {
  const col = valueColumn(series);
  const catLabel = series.columns.find((c) => c.key === series.category)?.label ?? '类别';
  if (data.length === 0) return cjkJoin('本期没有', col.label, '数据。');
  const places = placesOf(data.map((d) => d.value));
  const max = Math.max(...data.map((d) => d.value));
  const min = Math.min(...data.map((d) => d.value));
  const top = data.filter((d) => d.value === max);
  const bottom = data.filter((d) => d.value === min);
  const mean = data.reduce((s, d) => s + d.value, 0) / data.length;
  if (max === min) return cjkJoin(`${data.length} 个${catLabel}的`, col.label, `均为 ${withUnit(max, col.unit, places)}。`);
  return cjkJoin(
    names(top),
    col.label,
    `最高（${withUnit(max, col.unit, places)}），${names(bottom)}最低（${withUnit(min, col.unit, places)}）；${data.length} 个${catLabel}平均为 ${withUnit(mean, col.unit, places === 0 ? 1 : places)}。`,
  );
}

export interface History {
  /** Periods, oldest first. */
  periods: string[];
  /** Categories in order of first appearance (latest release's order first). */
  categories: string[];
  /** values[category index][period index]. */
  values: Array<Array<number | null>>;
}

/** Collect the charted value of every category across releases. */
export function buildHistory(series: Pick<SeriesDef, 'category' | 'value'>, releases: ReadonlyArray<{ period: string; rows: readonly DataRow[] }>): History {
  const sorted = [...releases].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const periods = sorted.map((r) => r.period);
  const categories: string[] = [];
  const latest = sorted[sorted.length - 1];
  for (const r of [latest, ...sorted].filter((x): x is NonNullable<typeof x> => !!x)) {
    for (const d of chartData(series, r.rows)) if (!categories.includes(d.category)) categories.push(d.category);
  }
  const values = categories.map(() => periods.map((): number | null => null));
  sorted.forEach((r, pi) => {
    for (const d of chartData(series, r.rows)) values[categories.indexOf(d.category)]![pi] = d.value;
  });
  return { periods, categories, values };
}

/** The history in words: range of periods, latest highest/lowest, and each category's first → last value. */
export function historySummary(series: Pick<SeriesDef, 'columns' | 'category' | 'value'>, h: History): string {
  const col = valueColumn(series);
  if (h.periods.length === 0) return cjkJoin('还没有发布', col.label, '数据。');
  const first = h.periods[0]!;
  const last = h.periods[h.periods.length - 1]!;
  const places = placesOf(h.values.flat().filter((v): v is number => v !== null));
  const latest = h.categories
    .map((category, ci) => ({ category, value: h.values[ci]![h.periods.length - 1] }))
    .filter((d): d is CategoryValue => typeof d.value === 'number');
  const changes = h.categories
    .map((category, ci) => {
      const vals = h.values[ci]!.filter((v): v is number => v !== null);
      if (vals.length === 0) return undefined;
      const a = vals[0]!;
      const b = vals[vals.length - 1]!;
      return `${category}从 ${formatNumber(a, places)} 到 ${formatNumber(b, places)}（期间最高 ${formatNumber(Math.max(...vals), places)}，最低 ${formatNumber(Math.min(...vals), places)}）`;
    })
    .filter(Boolean);
  const range = h.periods.length === 1 ? periodLabel(first, false) : `${periodLabel(first, false)}至${periodLabel(last, false)}`;
  const parts = [cjkJoin(`${range}共 ${h.periods.length} 期`, col.label, `${col.unit ? `（${col.unit}）` : ''}数据。`)];
  if (latest.length > 0) parts.push(`最近一期（${periodLabel(last, false)}）：${releaseSummary(series, latest)}`);
  parts.push(`各${series.columns.find((c) => c.key === series.category)?.label ?? '类别'}变化：${changes.join('；')}。`);
  return parts.join('');
}
