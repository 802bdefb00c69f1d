/**
 * The structured parts of a corpus: data releases valid for the series defined in the
 * source's content/series/*.yaml (periods, publication dates, CSV rows within each
 * column's type and range), and annual-report tables whose arithmetic holds and whose
 * carry-over chains from year to year.
 */
import { addDays } from '../lib/dates.ts';
import { columnHeading, type Series, type SeriesColumn } from '../lib/schemas/series.ts';
import { isoWeekOf, isoWeekStart, periodKindFor, periodLabel, weekPeriod, type PeriodKind } from '../lib/series/period.ts';
import { csvField } from '../lib/series/table.ts';
import { DENIED, NOT_PROCESSED, OTHER_HANDLING, UNAVAILABLE } from '../lib/report/format.ts';
import { CITIES, LAKES, RIVERS } from './bank.ts';
import type { Rng } from './rng.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function workday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, 2) : dow === 0 ? addDays(date, 1) : date;
}

export interface PlannedRelease {
  period: string;
  published: string;
  /** First and last day the period covers. */
  from: string;
  to: string;
}

/**
 * The most recent `count` periods of a series that were published by `asOf`, oldest
 * first, each with the day it is published (monthly: ~10th of the next month; weekly:
 * the Tuesday after; quarterly/half-yearly/yearly: the 15th of the month after).
 */
export function releasePeriods(series: Series, count: number, asOf: string, earliest: string): PlannedRelease[] {
  const kind: PeriodKind = periodKindFor(series.frequency) ?? 'month';
  const out: PlannedRelease[] = [];
  const asOfYear = Number(asOf.slice(0, 4));
  let y = asOfYear;
  let k =
    kind === 'week'
      ? isoWeekOf(asOf).week
      : kind === 'month'
        ? Number(asOf.slice(5, 7))
        : kind === 'quarter'
          ? Math.ceil(Number(asOf.slice(5, 7)) / 3)
          : kind === 'half'
            ? Number(asOf.slice(5, 7)) > 6
              ? 2
              : 1
            : 1;
  if (kind === 'week') y = isoWeekOf(asOf).year;
  for (let guard = 0; out.length < count && guard < 2000; guard++) {
    let r: PlannedRelease;
    if (kind === 'week') {
      const from = isoWeekStart(y, k);
      r = { period: weekPeriod(y, k), from, to: addDays(from, 6), published: addDays(from, 8) };
    } else if (kind === 'month') {
      const from = `${y}-${pad(k)}-01`;
      const next = k === 12 ? `${y + 1}-01-01` : `${y}-${pad(k + 1)}-01`;
      r = { period: `${y}-${pad(k)}`, from, to: addDays(next, -1), published: workday(addDays(next, 9)) };
    } else if (kind === 'quarter' || kind === 'half') {
      const months = kind === 'quarter' ? 3 : 6;
      const from = `${y}-${pad((k - 1) * months + 1)}-01`;
      const endMonth = k * months;
      const next = endMonth === 12 ? `${y + 1}-01-01` : `${y}-${pad(endMonth + 1)}-01`;
      r = { period: kind === 'quarter' ? `${y}-Q${k}` : `${y}-H${k}`, from, to: addDays(next, -1), published: workday(addDays(next, 14)) };
    } else {
      r = { period: String(y), from: `${y}-01-01`, to: `${y}-12-31`, published: workday(`${y + 1}-03-15`) };
    }
    if (r.from < earliest) break;
    if (r.published <= asOf) out.push(r);
    // Step back one period.
    const lastWeek = (yy: number) => isoWeekOf(`${yy}-12-28`).week;
    const per = kind === 'week' ? 0 : kind === 'month' ? 12 : kind === 'quarter' ? 4 : kind === 'half' ? 2 : 1;
    k--;
    if (k < 1) {
      y--;
      k = kind === 'week' ? lastWeek(y) : per;
    }
  }
  return out.reverse();
}

function cellValue(c: SeriesColumn, r: Rng, i: number, rows: number, period: PlannedRelease): string | number {
  const label = `${c.key} ${c.label}`;
  if (c.type === 'enum') return r.pick(c.values ?? ['—']);
  if (c.type === 'date') return addDays(period.from, r.int(0, Math.max(0, (Date.parse(period.to) - Date.parse(period.from)) / 86400000)));
  if (c.type === 'integer' || c.type === 'number') {
    const min = c.min ?? 0;
    const max = c.max ?? min + 100;
    if (/rank|排名/.test(label) && c.type === 'integer' && max >= rows) return i + 1;
    let v: number;
    if (c.unit === '%') v = Math.max(min, Math.min(max, 40 + r.next() * 60));
    else if (max - min <= 20) v = min + r.next() * (max - min) * 0.4;
    else v = min + (max - min) * (0.03 + r.next() * 0.15);
    return c.type === 'integer' ? Math.round(Math.max(min, Math.min(max, v))) : Number(Math.max(min, Math.min(max, v)).toFixed(max - min <= 20 ? 2 : 1));
  }
  if (/river|河流|湖库/.test(label)) return r.pick([...RIVERS, ...LAKES]);
  if (/source|水源/.test(label)) return `${r.pick(CITIES).short}${r.pick(LAKES)}水源地`;
  if (/station|断面|站点/.test(label)) return `${r.pick(RIVERS)}${r.pick(['大桥', '水厂', '入江口', '出境', '闸口'])}`;
  return c.required ? '—' : '';
}

/** CSV text of one release: header of 列名（单位）, one row per category value. */
export function releaseCsv(series: Series, r: Rng, period: PlannedRelease): { csv: string; rows: Array<Record<string, string | number>> } {
  const category = series.columns.find((c) => c.key === series.category)!;
  const names: string[] = category.type === 'enum' ? [...(category.values ?? [])] : [];
  if (names.length === 0) {
    const seen = new Set<string>();
    for (let guard = 0; names.length < 8 && guard < 200; guard++) {
      const v = String(cellValue(category, r, names.length, 8, period));
      const unique = seen.has(v) ? `${v}${names.length + 1}` : v;
      if (!seen.has(unique)) {
        seen.add(unique);
        names.push(unique);
      }
    }
  }
  const rows = names.map((name, i) => {
    const row: Record<string, string | number> = {};
    for (const c of series.columns) row[c.key] = c.key === category.key ? name : cellValue(c, r, i, names.length, period);
    return row;
  });
  // Rank-like columns are a permutation in the order of the charted value.
  const rank = series.columns.find((c) => c.type === 'integer' && /rank|排名/.test(`${c.key} ${c.label}`));
  if (rank) {
    const order = [...rows].sort((a, b) => Number(a[series.value]) - Number(b[series.value]));
    order.forEach((row, i) => (row[rank.key] = i + 1));
  }
  const lines = [series.columns.map((c) => csvField(columnHeading(c))).join(',')];
  for (const row of rows) lines.push(series.columns.map((c) => csvField(row[c.key] ?? '')).join(','));
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows };
}

export function releaseTitle(series: Series, period: string): string {
  return `${periodLabel(period, false)}${series.name}`;
}

export function releaseBody(series: Series, period: string, rows: Array<Record<string, string | number>>): string[] {
  const value = series.columns.find((c) => c.key === series.value)!;
  const nums = rows.map((r) => Number(r[series.value])).filter((v) => Number.isFinite(v));
  const avg = nums.reduce((a, b) => a + b, 0) / Math.max(1, nums.length);
  const sorted = [...rows].sort((a, b) => Number(a[series.value]) - Number(b[series.value]));
  const cat = series.category;
  return [
    `${periodLabel(period)}，${series.description.replace(/。.*$/, '')}。${rows.length} 个${series.columns.find((c) => c.key === cat)?.label ?? ''}的${value.label}平均为 ${avg.toFixed(value.type === 'integer' ? 0 : 2)}${value.unit ? ` ${value.unit}` : ''}。`,
    `${value.label}最低的依次为${sorted
      .slice(0, 3)
      .map((r) => r[cat])
      .join('、')}；最高的依次为${sorted
      .slice(-3)
      .reverse()
      .map((r) => r[cat])
      .join('、')}。`,
    '各项指标见下方数据表，原始数据可下载 CSV 文件。',
    series.unitNotes ?? `数据来源：${series.source ?? '江南省生态环境监测中心'}。`,
  ];
}

// ——— Annual reports ———

type Row7 = [number, number, number, number, number, number, number];
const withTotal = (xs: number[]): Row7 => [...xs, xs.reduce((a, b) => a + b, 0)] as Row7;

/** Tables of one annual report; `carriedOver` is last year's `carriedForward`. */
export function reportTables(
  r: Rng,
  carriedOver: Row7 | undefined,
  counts: { penalties: number; licensing: number; made: number; repealed: number; current: number },
) {
  const weights = [0.78, 0.1, 0.02, 0.02, 0.06, 0.02];
  const receivedTotal = r.int(120, 260);
  const received = withTotal(weights.map((w) => Math.round(receivedTotal * w * (0.7 + r.next() * 0.6))));
  const over = carriedOver ?? withTotal(weights.map(() => r.int(0, 3)));
  const resultKeys = {
    granted: 0.5,
    partial: 0.08,
    ...Object.fromEntries(Object.keys(DENIED).map((k) => [`denied.${k}`, 0.012])),
    ...Object.fromEntries(Object.keys(UNAVAILABLE).map((k, i) => [`unavailable.${k}`, [0.18, 0.03, 0.01][i]!])),
    ...Object.fromEntries(Object.keys(NOT_PROCESSED).map((k, i) => [`notProcessed.${k}`, [0.03, 0.015, 0.005, 0.002, 0.005][i]!])),
    ...Object.fromEntries(Object.keys(OTHER_HANDLING).map((k, i) => [`otherHandling.${k}`, [0.01, 0.001, 0.003][i]!])),
  } as Record<string, number>;
  const keys = Object.keys(resultKeys);
  const cells = new Map<string, number[]>(keys.map((k) => [k, [0, 0, 0, 0, 0, 0]]));
  const forward = [0, 0, 0, 0, 0, 0];
  for (let j = 0; j < 6; j++) {
    const available = received[j]! + over[j]!;
    forward[j] = Math.min(available, Math.round(available * r.next() * 0.08));
    let handled = available - forward[j]!;
    // Hand out `handled` applications by weight, one draw per application (small numbers).
    const w = keys.map((k) => resultKeys[k]!);
    while (handled-- > 0) cells.get(keys[r.weighted(w)]!)![j]!++;
  }
  const row = (k: string) => withTotal(cells.get(k)!);
  const group = (name: string, obj: Record<string, string>) => Object.fromEntries(Object.keys(obj).map((k) => [k, row(`${name}.${k}`)]));
  const resultsTotal = withTotal([0, 1, 2, 3, 4, 5].map((j) => keys.reduce((s, k) => s + cells.get(k)![j]!, 0)));
  const review = () => {
    const xs = [r.int(0, 5), r.int(0, 2), r.int(0, 1), r.int(0, 2)];
    return [...xs, xs.reduce((a, b) => a + b, 0)];
  };
  const carriedForward = withTotal(forward);
  return {
    carriedForward,
    fields: [
      [
        'active',
        {
          regulations: { made: 0, repealed: 0, current: 0 },
          normativeDocuments: { made: counts.made, repealed: counts.repealed, current: counts.current },
          licensing: counts.licensing,
          penalties: counts.penalties,
          enforcement: r.int(0, 30),
          fees: 0,
        },
      ],
      [
        'applications',
        {
          received,
          carriedOver: over,
          results: {
            granted: row('granted'),
            partial: row('partial'),
            denied: group('denied', DENIED),
            unavailable: group('unavailable', UNAVAILABLE),
            notProcessed: group('notProcessed', NOT_PROCESSED),
            otherHandling: group('otherHandling', OTHER_HANDLING),
            total: resultsTotal,
          },
          carriedForward,
        },
      ],
      ['review', { reconsideration: review(), litigationDirect: review(), litigationAfterReconsideration: review() }],
    ] as Array<[string, unknown]>,
  };
}
