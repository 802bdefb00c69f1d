/**
 * The working-day calendar: every shipped year agrees day by day with the npm package
 * chinese-days (an independent transcription of the same decrees), bad calendar files
 * get located Chinese errors, and the counting is checked at hand-worked boundaries.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import chineseDays from 'chinese-days';
import { loadCalendarDir, parseCalendar } from '../../src/lib/content/calendar.ts';
import { addWorkdays, isWorkday, makeCalendar, missingYearMessage, workdaysBetween } from '../../src/lib/workdays.ts';
import { addDays } from '../../src/lib/dates.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { calendar, years, problems } = loadCalendarDir(root, path.join(root, 'content'));

describe('the shipped calendar files', () => {
  it('are valid and cover 2020 to 2026, each naming its State Council notice', () => {
    expect(problems).toEqual([]);
    expect(years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(years.find((y) => y.year === 2025)!.notice).toBe('国办发明电〔2024〕12号');
    expect(years.find((y) => y.year === 2026)!.notice).toBe('国办发明电〔2025〕7号');
    for (const y of years) expect(y.title).toBe(`国务院办公厅关于${y.year}年部分节假日安排的通知`);
    expect(readdirSync(path.join(root, 'content/calendar')).sort()).toEqual(years.map((y) => `${y.year}.yaml`));
  });

  it('agree with chinese-days on every day of every shipped year', () => {
    let compared = 0;
    const disagreements: string[] = [];
    for (const { year } of years) {
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
        // chinese-days: isWorkday is true on a 调休 working day; isInLieu marks a 调休 day OFF.
        const theirs = chineseDays.isWorkday(d);
        if (chineseDays.isInLieu(d)) expect(theirs, `${d} is a 调休 day off`).toBe(false);
        if (isWorkday(calendar, d) !== theirs) disagreements.push(d);
        compared++;
      }
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBe(365 * 8 + 2); // 2020 and 2024 are leap years
  });

  it('knows the 2025 National Day week: 1–8 October off, 28 September and 11 October worked', () => {
    for (let d = '2025-10-01'; d <= '2025-10-08'; d = addDays(d, 1)) expect(isWorkday(calendar, d), d).toBe(false);
    expect(isWorkday(calendar, '2025-09-28')).toBe(true); // Sunday
    expect(isWorkday(calendar, '2025-10-11')).toBe(true); // Saturday
    expect(isWorkday(calendar, '2025-10-12')).toBe(false); // Sunday
    expect(isWorkday(calendar, '2025-10-09')).toBe(true);
  });
});

describe('counting working days (counting starts the day after the event)', () => {
  it('a penalty decided on 2025-09-30 is due by 2025-10-16', () => {
    expect(addWorkdays(calendar, '2025-09-30', 7)).toBe('2025-10-16');
    // A plain Monday–Friday count would say 2025-10-09.
    expect(workdaysBetween(calendar, '2025-10-16', '2025-10-16')).toBe(0);
    expect(workdaysBetween(calendar, '2025-10-16', '2025-10-17')).toBe(1);
    expect(workdaysBetween(calendar, '2025-10-16', '2025-10-20')).toBe(2); // Sat 18, Sun 19 not counted
  });
  it('the day of the event is never counted, a Friday event counts from Monday', () => {
    expect(addWorkdays(calendar, '2026-11-20', 1)).toBe('2026-11-23');
    expect(addWorkdays(calendar, '2026-11-20', 7)).toBe('2026-12-01');
  });
  it('20 working days across the 2026 Spring Festival (15–23 February off, 14 and 28 February worked)', () => {
    // From 2026-02-05 (Thu): 6,9,10,11,12,13,14(Sat worked) = 7; 24,25,26,27,28(Sat) = 12; Mar 2–6 = 17; 9,10,11 = 20.
    expect(addWorkdays(calendar, '2026-02-05', 20)).toBe('2026-03-11');
  });
  it('crosses a year end inside one 元旦 break (2022-12-31 to 2023-01-02 off)', () => {
    expect(addWorkdays(calendar, '2022-12-30', 1)).toBe('2023-01-03');
  });
  it('never guesses: a deadline in a year without a calendar names the missing year', () => {
    const r = addWorkdays(calendar, '2026-12-28', 7);
    expect(r).toEqual({ missingYear: 2027 });
    expect(missingYearMessage(2027)).toBe('无法判断：缺少 2027 年节假日安排');
    expect(isWorkday(calendar, '2018-12-28')).toEqual({ missingYear: 2018 });
    expect(workdaysBetween(calendar, '2026-12-30', '2027-01-05')).toEqual({ missingYear: 2027 });
    expect(isWorkday(makeCalendar([]), '2025-10-09')).toEqual({ missingYear: 2025 });
  });
  it('a gap between shipped years is never bridged', () => {
    const gap = makeCalendar(years.filter((y) => y.year === 2024 || y.year === 2026));
    expect(addWorkdays(gap, '2024-12-30', 1)).toBe('2024-12-31');
    expect(addWorkdays(gap, '2024-12-30', 2)).toEqual({ missingYear: 2025 });
    expect(workdaysBetween(gap, '2024-12-01', '2026-01-10')).toEqual({ missingYear: 2025 });
    expect(workdaysBetween(gap, '2026-01-01', '2026-01-10')).toBe(6); // 2–3 January off; 4 (Sun, worked) and 5–9
    expect(workdaysBetween(gap, '2023-12-31', '2024-01-03')).toBe(2); // counting starts on 1 January (off): 2 and 3
    expect(addWorkdays(gap, '2023-12-28', 1)).toEqual({ missingYear: 2023 });
  });
});

describe('a bad calendar file', () => {
  const good = readFileSync(path.join(root, 'content/calendar/2025.yaml'), 'utf8');
  const file = 'content/calendar/2025.yaml';
  it('a 调休 working day that is not a weekend day: line, field and reason in Chinese', () => {
    const text = good.replace('{ date: 2025-10-11, name: 国庆节 }', '{ date: 2025-10-10, name: 国庆节 }');
    const { year, problems } = parseCalendar(text, '2025.yaml', file);
    expect(year).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', file, line: text.split('\n').findIndex((l) => l.includes('2025-10-10')) + 1 });
    expect(problems[0]!.field).toContain('workdays[4].date');
    expect(problems[0]!.message).toContain('不是周六或周日');
  });
  it('a day off that does not exist, a range ending before it starts, a working day inside a holiday', () => {
    const text = good
      .replace('from: 2025-01-28, to: 2025-02-04', 'from: 2025-01-28, to: 2025-02-30')
      .replace('from: 2025-05-01, to: 2025-05-05', 'from: 2025-05-05, to: 2025-05-01')
      .replace('{ date: 2025-02-08, name: 春节 }', '{ date: 2025-10-04, name: 春节 }');
    const { problems } = parseCalendar(text, '2025.yaml', file);
    const messages = problems.map((p) => `${p.line} ${p.field} ${p.message}`);
    expect(messages.some((m) => m.includes('holidays[1].to') && m.includes('不是有效的日期'))).toBe(true);
    expect(messages.some((m) => m.includes('holidays[3].to') && m.includes('结束日期早于开始日期'))).toBe(true);
    expect(messages.some((m) => m.includes('workdays[1].date') && m.includes('不能同时是上班日'))).toBe(true);
    expect(problems.every((p) => p.line! > 0)).toBe(true);
  });
  it('a missing notice, a notice with the wrong brackets, a file named after another year', () => {
    expect(parseCalendar(good.replace(/^notice:.*\n/m, ''), '2025.yaml', file).problems[0]).toMatchObject({ message: '缺少必填字段' });
    expect(parseCalendar(good.replace('notice: 国办发明电〔2024〕', 'notice: 国办发明电[2024]'), '2025.yaml', file).problems[0]!.message).toContain('六角括号');
    const wrongName = parseCalendar(good, '2024.yaml', 'content/calendar/2024.yaml').problems[0]!;
    expect(wrongName).toMatchObject({ line: 3, field: '年份（year）', message: '文件名是 2024.yaml，但年份写的是 2025' });
  });
});
