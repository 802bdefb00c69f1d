/**
 * 工作日历: content/calendar/<year>.yaml holds one year's holiday arrangement as the
 * State Council decrees it (国务院办公厅关于 YYYY 年部分节假日安排的通知): the days off
 * (ranges, weekends inside them included) and the 调休 working days (a Saturday or
 * Sunday that becomes a working day). Working days are every Monday–Friday that is not
 * a day off, plus the 调休 working days (src/lib/workdays.ts counts them).
 *
 * ```yaml
 * year: 2025
 * notice: 国办发明电〔2024〕12号
 * title: 国务院办公厅关于2025年部分节假日安排的通知
 * holidays:
 *   - { name: 国庆节、中秋节, from: 2025-10-01, to: 2025-10-08 }
 * workdays:
 *   - { date: 2025-09-28, name: 国庆节 }
 * ```
 */
import { z } from 'astro/zod';
import { addDays, daysBetween } from '../dates.ts';
import { DOC_NUMBER, isoDate } from './common.ts';

const dayName = z.string().trim().min(1).max(30);

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export const calendarSchema = z
  .strictObject({
    /** 年份: the year the arrangement is for; the file is named after it (2025.yaml). */
    year: z.number().int().min(2000).max(2100),
    /** 文号 of the State Council notice, e.g. 国办发明电〔2024〕12号. */
    notice: z
      .string()
      .trim()
      .refine((v) => DOC_NUMBER.test(v), { message: '格式不对（应为通知的文号，括号为六角括号〔〕）' }),
    /** 通知标题. */
    title: z.string().trim().min(1).max(100),
    /** 后续调整: later notices that changed the arrangement (文号 and what changed). */
    amendments: z.array(z.string().trim().min(1).max(200)).max(10).default([]),
    /** 放假日期: each holiday's days off, weekends inside the range included. */
    holidays: z
      .array(z.strictObject({ name: dayName, from: isoDate, to: isoDate }))
      .min(1)
      .max(20),
    /** 调休上班日: Saturdays and Sundays that are working days. */
    workdays: z
      .array(z.strictObject({ date: isoDate, name: dayName }))
      .max(20)
      .default([]),
  })
  .superRefine((c, ctx) => {
    const y = String(c.year);
    const ranges: Array<[string, string, number]> = [];
    c.holidays.forEach((h, i) => {
      if (typeof h.from !== 'string' || typeof h.to !== 'string') return;
      if (h.from > h.to) {
        ctx.addIssue({ code: 'custom', path: ['holidays', i, 'to'], message: `结束日期早于开始日期 ${h.from}` });
        return;
      }
      // A 元旦 break may start in the last days of the previous year (2022-12-31 for 2023).
      if (!h.to.startsWith(y) || !(h.from.startsWith(y) || h.from >= `${c.year - 1}-12-25`)) {
        ctx.addIssue({ code: 'custom', path: ['holidays', i, h.to.startsWith(y) ? 'from' : 'to'], message: `不在 ${y} 年内（本文件是 ${y} 年的安排）` });
        return;
      }
      if (daysBetween(h.from, h.to) > 14) {
        ctx.addIssue({ code: 'custom', path: ['holidays', i, 'to'], message: `放假 ${daysBetween(h.from, h.to) + 1} 天，超过 15 天，请核对日期` });
      }
      for (const [from, to, j] of ranges) {
        if (h.from <= to && from <= h.to) {
          ctx.addIssue({ code: 'custom', path: ['holidays', i, 'from'], message: `与第 ${j + 1} 项放假日期（${from} 至 ${to}）重叠` });
        }
      }
      ranges.push([h.from, h.to, i]);
    });
    const seen = new Set<string>();
    c.workdays.forEach((w, i) => {
      if (typeof w.date !== 'string') return;
      if (!w.date.startsWith(y)) {
        ctx.addIssue({ code: 'custom', path: ['workdays', i, 'date'], message: `不在 ${y} 年内（本文件是 ${y} 年的安排）` });
      } else if (weekday(w.date) !== 0 && weekday(w.date) !== 6) {
        ctx.addIssue({ code: 'custom', path: ['workdays', i, 'date'], message: '不是周六或周日：调休上班日只能是本来休息的周末' });
      } else if (seen.has(w.date)) {
        ctx.addIssue({ code: 'custom', path: ['workdays', i, 'date'], message: '重复填写' });
      }
      seen.add(w.date);
      const inside = ranges.find(([from, to]) => from <= w.date && w.date <= to);
      if (inside) {
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', i, 'date'],
          message: `在第 ${inside[2] + 1} 项放假日期（${inside[0]} 至 ${inside[1]}）之内，不能同时是上班日`,
        });
      }
    });
  });

export type CalendarYear = z.output<typeof calendarSchema>;

/** Every day of a holiday range, in order. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
