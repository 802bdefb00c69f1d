/**
 * 政府信息公开工作年度报告: the fields a report adds to the common item fields.
 * The structured tables of the national format are added in `annual-report.ts`.
 */
import { z } from 'astro/zod';

export const reportShape = {
  /** 报告年度: the year the report covers (published by 31 January of the next year). */
  year: z.number().int().min(2008).max(2100),
};

export function checkReport(data: { year: number; published: string }, ctx: z.RefinementCtx): void {
  if (Number(data.published.slice(0, 4)) <= data.year) {
    ctx.addIssue({
      code: 'custom',
      path: ['published'],
      message: `${data.year} 年度报告的发布日期应在 ${data.year + 1} 年（次年 1 月 31 日前）`,
    });
  }
}
