/**
 * Freshness rules: when a column must next be updated, and whether it is up to date
 * on a given as-of date. Pure functions over `YYYY-MM-DD` strings (see dates.ts), so
 * the audit page, audit.json/csv and `npm run audit` all judge the same way, and unit
 * tests can pin any as-of date.
 *
 * ## The rules
 *
 * **Period** of each frequency (更新频率), counted from the last publish date L:
 *
 * | frequency   | next update due by        |
 * | ----------- | ------------------------- |
 * | realtime    | L + 1 day                 |
 * | daily       | L + 1 day                 |
 * | weekly      | L + 7 days                |
 * | fortnightly | L + 14 days               |
 * | monthly     | L + 1 calendar month      |
 * | quarterly   | L + 3 calendar months     |
 * | halfyearly  | L + 6 calendar months     |
 * | yearly      | L + 12 calendar months    |
 * | irregular   | never (不定期: no due date) |
 *
 * Calendar months keep the day of the month and clamp to the end of a shorter month
 * (`addMonths`): 01-31 + 1 month = 02-28 (02-29 in a leap year); a yearly column last
 * updated on 2024-02-29 is due by 2025-02-28. Several periods are added in one step
 * from L (01-31 + 2 months = 03-31, not 03-28).
 *
 * **Status** on the as-of date A, in this order:
 *
 * 1. `archived` — the column is archived (归档): not judged at all.
 * 2. `empty` — no item in the column (for a column with sub-columns: in its whole
 *    subtree) has ever been published. Applies to irregular columns too.
 * 3. `ok` — an irregular column with at least one item: never overdue.
 * 4. `overdue` — no item carries a publish date (an undated item counts as never
 *    updated), or A is after the due date D (A > D). Due exactly today is not overdue.
 * 5. `due-soon` — D is at most W days away (0 ≤ D − A ≤ W), where for a period of
 *    P days (P = D − L, the real calendar length) the warning window is
 *    W = min(P − 1, max(3, ⌈P / 5⌉)): 20 % of the period but at least 3 days, and
 *    always shorter than the period itself. So daily/realtime: due-soon only on the
 *    due day; weekly and fortnightly: 3 days; monthly: 7 days; quarterly: 19 days;
 *    half-yearly: 37 days; yearly: 73 days.
 * 6. `ok` — otherwise.
 *
 * **Long overdue** (长期未更新, used by the national rule set): an active, non-irregular
 * column with items whose lateness exceeds one full period, i.e. A > L + 2 periods (or
 * whose items are all undated).
 *
 * **Rule met in the trailing year**: the trailing year is the window (A − 12 months, A].
 * Take the publish dates inside the window in ascending order, preceded by the last
 * publish date on or before the window start (if there is one, so a silence that began
 * before the window still counts) and followed by A itself. The rule is met when every
 * gap between consecutive dates of that list is at most one period (b ≤ a + 1 period).
 * A column without any dated item never meets it; irregular columns always do.
 */
import type { Frequency } from './schemas/columns.ts';
import { addDays, addMonths, daysBetween, type IsoDate } from './dates.ts';

/** One update period: a number of days or of calendar months. */
export type Period = { days: number; months?: undefined } | { months: number; days?: undefined };

/** The period of every frequency that has one; `irregular` has none. */
export const PERIODS: Readonly<Record<Exclude<Frequency, 'irregular'>, Period>> = {
  realtime: { days: 1 },
  daily: { days: 1 },
  weekly: { days: 7 },
  fortnightly: { days: 14 },
  monthly: { months: 1 },
  quarterly: { months: 3 },
  halfyearly: { months: 6 },
  yearly: { months: 12 },
};

/** The period of `frequency`, undefined for `irregular`. */
export function periodOf(frequency: Frequency): Period | undefined {
  return frequency === 'irregular' ? undefined : PERIODS[frequency];
}

/**
 * `date` plus `n` periods of `frequency`, months clamped to the month end; undefined
 * for `irregular`. Whole multiples are added in one step from `date`.
 */
export function addPeriods(date: IsoDate, frequency: Frequency, n = 1): IsoDate | undefined {
  const period = periodOf(frequency);
  if (!period) return undefined;
  return period.months !== undefined ? addMonths(date, period.months * n) : addDays(date, period.days * n);
}

/** The date by which a column last updated on `last` must be updated again (undefined: irregular). */
export function nextDueDate(last: IsoDate, frequency: Frequency): IsoDate | undefined {
  return addPeriods(last, frequency, 1);
}

/** Minimum due-soon warning, in days. */
export const DUE_SOON_MIN_DAYS = 3;
/** Due-soon warning as a share of the period. */
export const DUE_SOON_SHARE = 0.2;

/**
 * How many days before the due date a column counts as due soon, for a period of
 * `periodDays` days: 20 % of the period, at least 3 days, less than the period.
 */
export function dueSoonWindow(periodDays: number): number {
  return Math.max(0, Math.min(periodDays - 1, Math.max(DUE_SOON_MIN_DAYS, Math.ceil(periodDays * DUE_SOON_SHARE))));
}

export const FRESHNESS_STATUSES = ['overdue', 'empty', 'due-soon', 'ok', 'archived'] as const;
/** The audit status of a column. Listed in the order the audit shows them (worst first). */
export type FreshnessStatus = (typeof FRESHNESS_STATUSES)[number];

/** Which rule decided the status (see the module comment). */
export type FreshnessRule = 'archived' | 'empty' | 'irregular' | 'undated' | 'overdue' | 'due-soon' | 'within-period';

export interface FreshnessInput {
  frequency: Frequency;
  archived: boolean;
  /** Publish dates of the items judged, any order; `undefined` for an item without one. */
  dates: ReadonlyArray<IsoDate | undefined>;
  asOf: IsoDate;
}

export interface Freshness {
  status: FreshnessStatus;
  rule: FreshnessRule;
  /** Newest publish date, if any item has one. */
  lastPublished: IsoDate | undefined;
  /** Date by which the next update is due (absent for irregular, archived, empty). */
  nextDue: IsoDate | undefined;
  /** Days from the as-of date to the due date: negative when overdue. */
  daysLeft: number | undefined;
  /** The due-soon window used, in days. */
  window: number | undefined;
  /** Overdue by more than one full period (长期未更新). */
  longOverdue: boolean;
}

/** Newest of some dates, ignoring missing ones. */
export function latestDate(dates: ReadonlyArray<IsoDate | undefined>): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const d of dates) if (d !== undefined && (latest === undefined || d > latest)) latest = d;
  return latest;
}

/** Judge one column on the as-of date (rules 1–6 of the module comment). */
export function judgeFreshness(input: FreshnessInput): Freshness {
  const { frequency, asOf } = input;
  const lastPublished = latestDate(input.dates);
  const base = { lastPublished, nextDue: undefined, daysLeft: undefined, window: undefined, longOverdue: false };
  if (input.archived) return { ...base, status: 'archived', rule: 'archived' };
  if (input.dates.length === 0) return { ...base, status: 'empty', rule: 'empty' };
  if (frequency === 'irregular') return { ...base, status: 'ok', rule: 'irregular' };
  if (lastPublished === undefined) return { ...base, status: 'overdue', rule: 'undated', longOverdue: true };
  const nextDue = nextDueDate(lastPublished, frequency)!;
  const daysLeft = daysBetween(asOf, nextDue);
  const window = dueSoonWindow(daysBetween(lastPublished, nextDue));
  const longOverdue = asOf > addPeriods(lastPublished, frequency, 2)!;
  const judged = { ...base, nextDue, daysLeft, window, longOverdue };
  if (daysLeft < 0) return { ...judged, status: 'overdue', rule: 'overdue' };
  if (daysLeft <= window) return { ...judged, status: 'due-soon', rule: 'due-soon' };
  return { ...judged, status: 'ok', rule: 'within-period' };
}

/** Start of the trailing year ending on `asOf` (exclusive): `asOf` − 12 months. */
export function trailingYearStart(asOf: IsoDate): IsoDate {
  return addMonths(asOf, -12);
}

export interface Gap {
  from: IsoDate;
  to: IsoDate;
  days: number;
}

export interface RuleMet {
  /** Whether every gap in the trailing year was at most one period. */
  met: boolean;
  /** Exclusive start of the window. */
  windowStart: IsoDate;
  /** Gaps longer than one period, in date order. */
  misses: Gap[];
  /** The longest gap considered (undefined when nothing was published). */
  longestGap: Gap | undefined;
}

/**
 * Whether the update rule was met throughout the trailing year (see the module
 * comment): every gap between consecutive publish dates — from the last update before
 * the window, through the window, to the as-of date — is at most one period.
 */
export function ruleMetInTrailingYear(frequency: Frequency, dates: ReadonlyArray<IsoDate | undefined>, asOf: IsoDate): RuleMet {
  const windowStart = trailingYearStart(asOf);
  if (frequency === 'irregular') return { met: true, windowStart, misses: [], longestGap: undefined };
  const sorted = [...new Set(dates.filter((d): d is IsoDate => d !== undefined && d <= asOf))].sort();
  if (sorted.length === 0) return { met: false, windowStart, misses: [], longestGap: undefined };
  const anchor = sorted.filter((d) => d <= windowStart).at(-1);
  const points = [...(anchor ? [anchor] : []), ...sorted.filter((d) => d > windowStart), asOf];
  const misses: Gap[] = [];
  let longestGap: Gap | undefined;
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1]!;
    const to = points[i]!;
    const gap = { from, to, days: daysBetween(from, to) };
    if (!longestGap || gap.days > longestGap.days) longestGap = gap;
    if (to > addPeriods(from, frequency)!) misses.push(gap);
  }
  return { met: misses.length === 0, windowStart, misses, longestGap };
}
