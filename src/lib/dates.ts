/**
 * Calendar dates as the portal uses them: plain `YYYY-MM-DD` strings in China
 * Standard Time, with no time of day. Strings compare correctly with `<`, so the
 * rest of the code never needs `Date` objects (and never meets time-zone bugs).
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `value` is a `YYYY-MM-DD` string naming a day that exists (2023-02-29 does not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1949 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * Normalise what a YAML parser may hand us for a date: js-yaml (used by Astro) turns
 * `2024-03-15` into a `Date` at UTC midnight; the `yaml` package (used by `npm run check`)
 * keeps the string. Both become `2024-03-15`. Anything else is returned unchanged so the
 * schema can report it.
 */
export function normaliseDateInput(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  return value;
}

/** Split an ISO date into numbers. Assumes `isIsoDate(date)`. */
export function parts(date: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function fromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Add whole days (may be negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parts(date);
  const t = new Date(Date.UTC(year, month - 1, day + days));
  return t.toISOString().slice(0, 10);
}

/**
 * Add calendar months, clamping to the end of the target month:
 * 2024-01-31 + 1 month = 2024-02-29, 2023-01-31 + 1 month = 2023-02-28.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return fromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const pa = parts(a);
  const pb = parts(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000);
}

/** Today's date in China Standard Time (UTC+8), whatever the machine's zone. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The as-of date every date rule is judged against: `given` (an option, so builds and
 * audits are reproducible) or today in China. The configuration resolves it once
 * (src/config/config.ts); this only checks and defaults.
 * @param name how `given` was written, for the message (`--as-of`, `PORTAL_AS_OF`)
 * @throws when `given` is not a real date.
 */
export function resolveAsOf(given?: string, name = '--as-of'): IsoDate {
  const value = given?.trim();
  if (value) {
    if (!isIsoDate(value)) throw new Error(`${name}「${value}」不是有效日期，应为形如 2026-11-22 的日期。`);
    return value;
  }
  return todayInChina();
}

/** `2024-03-15` → `2024年3月15日`, the form Chinese disclosure pages use in prose. */
export function formatChineseDate(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${year}年${month}月${day}日`;
}

/** Year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
