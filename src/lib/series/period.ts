/**
 * 数据期: the period a release covers — 2026 (year), 2026-H1 (half year), 2026-Q3
 * (quarter), 2026-10 (month) or 2026-W46 (ISO week, Monday to Sunday) — and how each
 * is written in Chinese.
 */
import type { Frequency } from '../schemas/columns.ts';
import { addDays, addMonths, fromParts } from '../dates.ts';

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'week';

const PATTERNS: Array<[PeriodKind, RegExp]> = [
  ['year', /^(\d{4})$/],
  ['half', /^(\d{4})-H([12])$/],
  ['quarter', /^(\d{4})-Q([1-4])$/],
  ['month', /^(\d{4})-(0[1-9]|1[0-2])$/],
  ['week', /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/],
];

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  year: '年（如 2026）',
  half: '半年（如 2026-H1）',
  quarter: '季度（如 2026-Q3）',
  month: '月（如 2026-10）',
  week: '周（如 2026-W46）',
};

/** The kind of a period string, or undefined when it has none of the forms. */
export function periodKind(period: string): PeriodKind | undefined {
  return PATTERNS.find(([, re]) => re.test(period))?.[0];
}

/** The period form a frequency implies; undefined when any form is acceptable. */
export function periodKindFor(frequency: Frequency): PeriodKind | undefined {
  switch (frequency) {
    case 'weekly':
      return 'week';
    case 'monthly':
      return 'month';
    case 'quarterly':
      return 'quarter';
    case 'halfyearly':
      return 'half';
    case 'yearly':
      return 'year';
    default:
      return undefined;
  }
}

const QUARTERS = ['一', '二', '三', '四'];

/** Monday of ISO week `week` of `year`. */
export function isoWeekStart(year: number, week: number): string {
  // 4 January is always in week 1.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const dow = jan4.getUTCDay() || 7;
  return addDays(fromParts(year, 1, 4), 1 - dow + (week - 1) * 7);
}

/** ISO year and week of a date. */
export function isoWeekOf(date: string): { year: number; week: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return { year, week };
}

/** `2026-W46` → `2026-W46`; formats an ISO week as a period string. */
export function weekPeriod(year: number, week: number): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The period before the one `date` falls in, for a series released at `frequency`: what a
 * release published on `date` usually reports (2026-11-22 monthly → 2026-10, weekly →
 * 2026-W46, quarterly → 2026-Q3, half-yearly → 2026-H1, yearly → 2025).
 */
export function previousPeriod(frequency: string, date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (frequency) {
    case 'monthly':
      return addMonths(date, -1).slice(0, 7);
    case 'quarterly': {
      const q = Math.floor((month - 1) / 3); // 0 = the first quarter is current
      return q === 0 ? `${year - 1}-Q4` : `${year}-Q${q}`;
    }
    case 'halfyearly':
      return month <= 6 ? `${year - 1}-H2` : `${year}-H1`;
    case 'yearly':
      return String(year - 1);
    case 'weekly': {
      const week = isoWeekOf(addDays(date, -7));
      return weekPeriod(week.year, week.week);
    }
    default:
      return date.slice(0, 7);
  }
}

/**
 * How a period reads in Chinese: 2026年10月, 2026年第三季度, 2026年上半年, 2026年,
 * 2026年第46周（11月9日—11月15日）.
 */
export function periodLabel(period: string, withDates = true): string {
  const kind = periodKind(period);
  const year = period.slice(0, 4);
  switch (kind) {
    case 'year':
      return `${year}年`;
    case 'half':
      return `${year}年${period.endsWith('1') ? '上' : '下'}半年`;
    case 'quarter':
      return `${year}年第${QUARTERS[Number(period.slice(-1)) - 1]}季度`;
    case 'month':
      return `${year}年${Number(period.slice(5))}月`;
    case 'week': {
      const week = Number(period.slice(6));
      const label = `${year}年第${week}周`;
      if (!withDates) return label;
      const start = isoWeekStart(Number(year), week);
      const end = addDays(start, 6);
      const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;
      return `${label}（${md(start)}—${md(end)}）`;
    }
    default:
      return period;
  }
}

/** A short label for chart axes: 2026-10 → 26年10月, 2026-W46 → 第46周, 2026-Q3 → 26Q3. */
export function periodShortLabel(period: string): string {
  const kind = periodKind(period);
  const yy = period.slice(2, 4);
  switch (kind) {
    case 'month':
      return `${yy}年${Number(period.slice(5))}月`;
    case 'week':
      return `${yy}年W${Number(period.slice(6))}`;
    case 'quarter':
      return `${yy}年Q${period.slice(-1)}`;
    case 'half':
      return `${yy}年H${period.slice(-1)}`;
    default:
      return period;
  }
}

/** Last day of a period (2026-10 → 2026-10-31, 2026-W46 → its Sunday). Assumes a valid period. */
export function periodEnd(period: string): string {
  const year = Number(period.slice(0, 4));
  switch (periodKind(period)) {
    case 'half':
      return period.endsWith('1') ? `${year}-06-30` : `${year}-12-31`;
    case 'quarter': {
      const q = Number(period.slice(-1));
      return addDays(fromParts(q === 4 ? year + 1 : year, q === 4 ? 1 : q * 3 + 1, 1), -1);
    }
    case 'month': {
      const m = Number(period.slice(5));
      return addDays(fromParts(m === 12 ? year + 1 : year, m === 12 ? 1 : m + 1, 1), -1);
    }
    case 'week':
      return addDays(isoWeekStart(year, Number(period.slice(6))), 6);
    default:
      return `${year}-12-31`;
  }
}

/** The period of the same form that follows `period` (2026-12 → 2027-01, 2026-W53 → 2027-W01). */
export function nextPeriod(period: string): string {
  const start = addDays(periodEnd(period), 1);
  const year = Number(start.slice(0, 4));
  switch (periodKind(period)) {
    case 'half':
      return `${year}-H${start.slice(5, 7) === '01' ? 1 : 2}`;
    case 'quarter':
      return `${year}-Q${Math.ceil(Number(start.slice(5, 7)) / 3)}`;
    case 'month':
      return start.slice(0, 7);
    case 'week': {
      const w = isoWeekOf(start);
      return weekPeriod(w.year, w.week);
    }
    default:
      return String(year);
  }
}
