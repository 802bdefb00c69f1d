/**
 * Working days (工作日) on the official calendar: Monday to Friday, minus the days off
 * the State Council decrees, plus its 调休 working days (Saturdays or Sundays worked).
 * The calendar is project data (content/calendar/<year>.yaml, one file per year); a day
 * in a year with no file is never guessed: the answer names the missing year.
 *
 * Counting starts the day after the event: "within 7 working days of a decision taken
 * on 2025-09-30" means the 7th working day after 2025-09-30, i.e. 2025-10-16 (1–8
 * October are off, 11 October is worked).
 */
import { addDays, type IsoDate } from './dates.ts';
import { daysOf, weekday, type CalendarYear } from './schemas/calendar.ts';

export interface WorkCalendar {
  /** Years with a calendar file. */
  years: ReadonlySet<number>;
  /** Days off that would otherwise be working days (and weekend days inside holiday ranges). */
  off: ReadonlySet<IsoDate>;
  /** 调休 working days. */
  on: ReadonlySet<IsoDate>;
  /** The notice each year comes from. */
  notices: ReadonlyMap<number, string>;
}

export function makeCalendar(years: readonly CalendarYear[]): WorkCalendar {
  const off = new Set<IsoDate>();
  const on = new Set<IsoDate>();
  for (const y of years) {
    for (const h of y.holidays) for (const d of daysOf(h.from, h.to)) off.add(d);
    for (const w of y.workdays) on.add(w.date);
  }
  return { years: new Set(years.map((y) => y.year)), off, on, notices: new Map(years.map((y) => [y.year, y.notice])) };
}

/** The answer when a needed year has no calendar. */
export interface MissingYear {
  missingYear: number;
}

/** 「无法判断：缺少 2027 年节假日安排」. */
export function missingYearMessage(year: number): string {
  return `无法判断：缺少 ${year} 年节假日安排`;
}

export function isMissing(x: unknown): x is MissingYear {
  return typeof x === 'object' && x !== null && 'missingYear' in x;
}

/** Whether `date` is a working day; a MissingYear when its year has no calendar. */
export function isWorkday(cal: WorkCalendar, date: IsoDate): boolean | MissingYear {
  const year = Number(date.slice(0, 4));
  if (!cal.years.has(year)) return { missingYear: year };
  if (cal.on.has(date)) return true;
  if (cal.off.has(date)) return false;
  const wd = weekday(date);
  return wd !== 0 && wd !== 6;
}

/** The `n`-th working day after `date` (n ≥ 1); `date` itself is never counted. */
export function addWorkdays(cal: WorkCalendar, date: IsoDate, n: number): IsoDate | MissingYear {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    const w = isWorkday(cal, d);
    if (isMissing(w)) return w;
    if (w) left--;
  }
  return d;
}

/** Working days in (`from`, `to`]: 0 when `to` ≤ `from`. */
export function workdaysBetween(cal: WorkCalendar, from: IsoDate, to: IsoDate): number | MissingYear {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const w = isWorkday(cal, d);
    if (isMissing(w)) return w;
    if (w) count++;
  }
  return count;
}
