/**
 * The freshness rules of src/lib/freshness.ts at their boundaries, with fixed as-of
 * dates: due exactly today, one day late, month ends, leap years, each frequency,
 * archived and empty columns, and the trailing-year rule.
 */
import { describe, expect, it } from 'vitest';
import {
  addPeriods,
  dueSoonWindow,
  judgeFreshness,
  nextDueDate,
  ruleMetInTrailingYear,
  trailingYearStart,
  type FreshnessInput,
} from '../../src/lib/freshness.ts';
import type { Frequency } from '../../src/lib/schemas/columns.ts';

const judge = (frequency: Frequency, dates: FreshnessInput['dates'], asOf: string, archived = false) => judgeFreshness({ frequency, dates, asOf, archived });

describe('next due date per frequency', () => {
  it('adds days for realtime, daily, weekly and fortnightly', () => {
    expect(nextDueDate('2026-11-22', 'realtime')).toBe('2026-11-23');
    expect(nextDueDate('2026-12-31', 'daily')).toBe('2027-01-01');
    expect(nextDueDate('2026-11-15', 'weekly')).toBe('2026-11-22');
    expect(nextDueDate('2026-11-08', 'fortnightly')).toBe('2026-11-22');
  });
  it('monthly keeps the day and clamps month ends: Jan 31 + 1 month', () => {
    expect(nextDueDate('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(nextDueDate('2024-01-31', 'monthly')).toBe('2024-02-29');
    expect(nextDueDate('2026-03-31', 'monthly')).toBe('2026-04-30');
    expect(nextDueDate('2026-12-15', 'monthly')).toBe('2027-01-15');
  });
  it('quarterly is 3 months, half-yearly 6, clamped', () => {
    expect(nextDueDate('2025-11-30', 'quarterly')).toBe('2026-02-28');
    expect(nextDueDate('2026-08-31', 'quarterly')).toBe('2026-11-30');
    expect(nextDueDate('2026-03-31', 'halfyearly')).toBe('2026-09-30');
    expect(nextDueDate('2023-08-29', 'halfyearly')).toBe('2024-02-29');
  });
  it('yearly is 12 months: Feb 29 → Feb 28 of the next year', () => {
    expect(nextDueDate('2024-02-29', 'yearly')).toBe('2025-02-28');
    expect(nextDueDate('2025-02-28', 'yearly')).toBe('2026-02-28');
    expect(nextDueDate('2026-01-31', 'yearly')).toBe('2027-01-31');
  });
  it('irregular has no due date', () => {
    expect(nextDueDate('2026-01-01', 'irregular')).toBeUndefined();
  });
  it('adds several periods in one step from the start date', () => {
    expect(addPeriods('2026-01-31', 'monthly', 2)).toBe('2026-03-31');
    expect(addPeriods('2026-11-08', 'weekly', 2)).toBe('2026-11-22');
  });
});

describe('due-soon window', () => {
  it('is 20 % of the period, at least 3 days, shorter than the period', () => {
    expect(dueSoonWindow(1)).toBe(0);
    expect(dueSoonWindow(7)).toBe(3);
    expect(dueSoonWindow(14)).toBe(3);
    expect(dueSoonWindow(28)).toBe(6);
    expect(dueSoonWindow(31)).toBe(7);
    expect(dueSoonWindow(92)).toBe(19);
    expect(dueSoonWindow(181)).toBe(37);
    expect(dueSoonWindow(365)).toBe(73);
  });
});

describe('status on the as-of date', () => {
  it('due exactly today is due-soon, not overdue', () => {
    const f = judge('weekly', ['2026-11-15'], '2026-11-22');
    expect(f).toMatchObject({ status: 'due-soon', rule: 'due-soon', nextDue: '2026-11-22', daysLeft: 0 });
  });
  it('one day late is overdue', () => {
    const f = judge('weekly', ['2026-11-15'], '2026-11-23');
    expect(f).toMatchObject({ status: 'overdue', rule: 'overdue', nextDue: '2026-11-22', daysLeft: -1, longOverdue: false });
  });
  it('is ok outside the due-soon window and due-soon inside it', () => {
    expect(judge('weekly', ['2026-11-15'], '2026-11-18').status).toBe('ok'); // 4 days left
    expect(judge('weekly', ['2026-11-15'], '2026-11-19').status).toBe('due-soon'); // 3 days left
    expect(judge('monthly', ['2026-10-22'], '2026-11-14').status).toBe('ok'); // 8 days left
    expect(judge('monthly', ['2026-10-22'], '2026-11-15').status).toBe('due-soon'); // 7 days left
  });
  it('daily and realtime: ok on the day of publishing, due-soon the next day, overdue after', () => {
    for (const f of ['daily', 'realtime'] as const) {
      expect(judge(f, ['2026-11-22'], '2026-11-22').status).toBe('ok');
      expect(judge(f, ['2026-11-21'], '2026-11-22').status).toBe('due-soon');
      expect(judge(f, ['2026-11-20'], '2026-11-22').status).toBe('overdue');
    }
  });
  it('fortnightly: 14 days is on time, 15 days is late', () => {
    expect(judge('fortnightly', ['2026-11-08'], '2026-11-22').status).toBe('due-soon');
    expect(judge('fortnightly', ['2026-11-07'], '2026-11-22').status).toBe('overdue');
  });
  it('monthly from Jan 31: due Feb 28, late Mar 1 (Feb 29 in a leap year)', () => {
    expect(judge('monthly', ['2026-01-31'], '2026-02-28').status).toBe('due-soon');
    expect(judge('monthly', ['2026-01-31'], '2026-03-01')).toMatchObject({ status: 'overdue', daysLeft: -1 });
    expect(judge('monthly', ['2024-01-31'], '2024-02-29').status).toBe('due-soon');
    expect(judge('monthly', ['2024-01-31'], '2024-03-01').status).toBe('overdue');
  });
  it('quarterly: due on the same day three months later', () => {
    expect(judge('quarterly', ['2026-08-22'], '2026-11-22').status).toBe('due-soon');
    expect(judge('quarterly', ['2026-08-22'], '2026-11-23').status).toBe('overdue');
    expect(judge('quarterly', ['2026-08-22'], '2026-11-03').status).toBe('due-soon'); // 19 days left
    expect(judge('quarterly', ['2026-08-22'], '2026-11-02').status).toBe('ok'); // 20 days left
  });
  it('yearly from Feb 29: on time on Feb 28, late on Mar 1', () => {
    expect(judge('yearly', ['2024-02-29'], '2025-02-28')).toMatchObject({ status: 'due-soon', nextDue: '2025-02-28', daysLeft: 0 });
    expect(judge('yearly', ['2024-02-29'], '2025-03-01')).toMatchObject({ status: 'overdue', daysLeft: -1 });
    expect(judge('yearly', ['2026-03-20'], '2026-11-22').status).toBe('ok'); // 118 days left
    expect(judge('yearly', ['2026-01-20'], '2026-11-22').status).toBe('due-soon'); // 59 days left, window 73
  });
  it('uses the newest date whatever the order, and ignores undated items for the date', () => {
    const f = judge('weekly', ['2026-10-01', undefined, '2026-11-20', '2026-11-01'], '2026-11-22');
    expect(f).toMatchObject({ status: 'ok', lastPublished: '2026-11-20', nextDue: '2026-11-27' });
  });
  it('a column whose items are all undated counts as never updated: overdue', () => {
    expect(judge('monthly', [undefined, undefined], '2026-11-22')).toMatchObject({ status: 'overdue', rule: 'undated', longOverdue: true });
    expect(judge('irregular', [undefined], '2026-11-22')).toMatchObject({ status: 'ok', rule: 'irregular' });
  });
  it('archived columns are archived whatever their dates, even when empty', () => {
    expect(judge('weekly', ['2019-01-01'], '2026-11-22', true)).toMatchObject({ status: 'archived', rule: 'archived', lastPublished: '2019-01-01' });
    expect(judge('irregular', [], '2026-11-22', true).status).toBe('archived');
  });
  it('columns with no items are empty, irregular ones too', () => {
    expect(judge('monthly', [], '2026-11-22')).toMatchObject({ status: 'empty', rule: 'empty', lastPublished: undefined, nextDue: undefined });
    expect(judge('irregular', [], '2026-11-22').status).toBe('empty');
  });
  it('irregular columns with items are never overdue', () => {
    expect(judge('irregular', ['2001-01-01'], '2026-11-22')).toMatchObject({ status: 'ok', rule: 'irregular', nextDue: undefined, longOverdue: false });
  });
  it('long overdue means late by more than one full period', () => {
    expect(judge('monthly', ['2026-09-22'], '2026-11-22').longOverdue).toBe(false); // exactly two periods
    expect(judge('monthly', ['2026-09-22'], '2026-11-23').longOverdue).toBe(true);
    expect(judge('monthly', ['2026-01-31'], '2026-03-31').longOverdue).toBe(false); // Jan 31 + 2 months = Mar 31
    expect(judge('monthly', ['2026-01-31'], '2026-04-01').longOverdue).toBe(true);
    expect(judge('weekly', ['2026-11-08'], '2026-11-22').longOverdue).toBe(false);
    expect(judge('weekly', ['2026-11-07'], '2026-11-22').longOverdue).toBe(true);
  });
});

describe('rule met in the trailing year', () => {
  const monthly = (days: string[]) => ruleMetInTrailingYear('monthly', days, '2026-11-22');
  it('the window is the twelve months before the as-of date', () => {
    expect(trailingYearStart('2026-11-22')).toBe('2025-11-22');
    expect(trailingYearStart('2025-02-28')).toBe('2024-02-28');
    expect(trailingYearStart('2028-02-29')).toBe('2027-02-28');
  });
  it('is met when every gap, including to the as-of date, is at most one period', () => {
    const dates = [
      '2025-11-20',
      '2025-12-20',
      '2026-01-20',
      '2026-02-20',
      '2026-03-20',
      '2026-04-20',
      '2026-05-20',
      '2026-06-20',
      '2026-07-20',
      '2026-08-20',
      '2026-09-20',
      '2026-10-20',
      '2026-11-20',
    ];
    expect(monthly(dates)).toMatchObject({ met: true, misses: [] });
  });
  it('a gap longer than a month inside the year fails it', () => {
    const r = monthly([
      '2025-11-20',
      '2025-12-20',
      '2026-03-01',
      '2026-03-20',
      '2026-04-20',
      '2026-05-20',
      '2026-06-20',
      '2026-07-20',
      '2026-08-20',
      '2026-09-20',
      '2026-10-20',
      '2026-11-20',
    ]);
    expect(r.met).toBe(false);
    expect(r.misses).toEqual([{ from: '2025-12-20', to: '2026-03-01', days: 71 }]);
  });
  it('a gap of exactly one period is fine, one day more is not', () => {
    expect(ruleMetInTrailingYear('weekly', ['2026-11-08', '2026-11-15'], '2026-11-22').met).toBe(true);
    expect(ruleMetInTrailingYear('weekly', ['2026-11-07', '2026-11-15'], '2026-11-22').met).toBe(false);
    expect(ruleMetInTrailingYear('yearly', ['2025-11-22'], '2026-11-22').met).toBe(true);
    expect(ruleMetInTrailingYear('yearly', ['2025-11-21'], '2026-11-22').met).toBe(false);
  });
  it('the silence from the last item to the as-of date counts', () => {
    const r = monthly([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
    ]);
    expect(r.met).toBe(false);
    expect(r.misses.at(-1)).toEqual({ from: '2026-09-01', to: '2026-11-22', days: 82 });
  });
  it('a silence that began before the window counts from the last earlier item', () => {
    const r = monthly(['2025-01-10', '2026-10-30', '2026-11-20']);
    expect(r.met).toBe(false);
    expect(r.misses[0]).toMatchObject({ from: '2025-01-10', to: '2026-10-30' });
  });
  it('a column started within the year is judged from its first item', () => {
    expect(monthly(['2026-09-25', '2026-10-25', '2026-11-20']).met).toBe(true);
  });
  it('never met without any dated item; irregular always met', () => {
    expect(monthly([]).met).toBe(false);
    expect(monthly([undefined as unknown as string]).met).toBe(false);
    expect(ruleMetInTrailingYear('irregular', [], '2026-11-22').met).toBe(true);
  });
});
