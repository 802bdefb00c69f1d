import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate, normaliseDateInput, resolveAsOf, todayInChina, formatChineseDate } from '../../src/lib/dates.ts';

describe('isIsoDate', () => {
  it('accepts real dates, leap days in leap years', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-12-31')).toBe(true);
  });
  it('rejects days that do not exist and malformed strings', () => {
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2023-02-30',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-1-5',
      '24-01-05',
      '2024/01/05',
      '2024-01-05T00:00:00',
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });
});

describe('date arithmetic', () => {
  it('clamps month ends when adding months', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });
  it('adds days across years and counts days between', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-11-22', '2026-11-08')).toBe(-14);
  });
});

describe('as-of date', () => {
  it('takes a given date and rejects a bad one', () => {
    expect(resolveAsOf('2026-11-22')).toBe('2026-11-22');
    expect(() => resolveAsOf('2026-02-30')).toThrow(/不是有效日期/);
  });
  it('uses China time for today', () => {
    // 2026-11-21 20:00 UTC is already 2026-11-22 in Beijing.
    expect(todayInChina(new Date('2026-11-21T20:00:00Z'))).toBe('2026-11-22');
    expect(todayInChina(new Date('2026-11-21T15:59:00Z'))).toBe('2026-11-21');
  });
  it('normalises js-yaml Date objects to ISO strings', () => {
    expect(normaliseDateInput(new Date('2024-03-15T00:00:00Z'))).toBe('2024-03-15');
    expect(normaliseDateInput('2024-03-15')).toBe('2024-03-15');
    expect(formatChineseDate('2024-03-05')).toBe('2024年3月5日');
  });
});
