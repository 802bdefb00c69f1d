/**
 * 政府信息公开工作年度报告: the fields a report adds to the common item fields — the
 * year and the standard tables of the national format (国办公开办函〔2021〕30号) as
 * structured front matter. Row and column wording lives in src/lib/report/format.ts;
 * the arithmetic (勾稽关系) in src/lib/report/arithmetic.ts.
 *
 * ```yaml
 * year: 2025
 * active:                  # 二、主动公开政府信息情况
 *   regulations: { made: 0, repealed: 0, current: 0 }          # 规章
 *   normativeDocuments: { made: 4, repealed: 1, current: 37 }  # 行政规范性文件
 *   licensing: 1268        # 行政许可 本年处理决定数量
 *   penalties: 315         # 行政处罚
 *   enforcement: 12        # 行政强制
 *   fees: 0                # 行政事业性收费 本年收费金额（万元）
 * applications:            # 三、收到和处理政府信息公开申请情况
 *   #             [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]
 *   received:     [150, 12, 3, 2, 5, 1, 173]
 *   carriedOver:  [...]
 *   results: { granted, partial, denied: {…8}, unavailable: {…3}, notProcessed: {…5}, otherHandling: {…3}, total }
 *   carriedForward: [...]
 * review:                  # 四 [结果维持, 结果纠正, 其他结果, 尚未审结, 总计]
 *   reconsideration: [...]
 *   litigationDirect: [...]
 *   litigationAfterReconsideration: [...]
 * ```
 */
import { z } from 'astro/zod';
import { DENIED, NOT_PROCESSED, OTHER_HANDLING, UNAVAILABLE, type ReportTables } from '../report/format.ts';
import { reportArithmetic } from '../report/arithmetic.ts';

/** A count: a whole number, not negative. */
const count = z.number({ message: '应为数字' }).int({ message: '应为整数' }).min(0, { message: '不能为负数' });

/** A row of table 三: [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]. */
export const applicantRow = z.tuple([count, count, count, count, count, count, count], {
  message: '应为 7 个数字的列表：[自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]',
});
/** A row of table 四: [结果维持, 结果纠正, 其他结果, 尚未审结, 总计]. */
export const reviewRow = z.tuple([count, count, count, count, count], {
  message: '应为 5 个数字的列表：[结果维持, 结果纠正, 其他结果, 尚未审结, 总计]',
});

const group = <T extends Record<string, string>>(rows: T) =>
  z.strictObject(Object.fromEntries(Object.keys(rows).map((k) => [k, applicantRow])) as { [K in keyof T]: typeof applicantRow });

/** 第二十条第（一）项: 本年制发件数, 本年废止件数, 现行有效件数. */
const documentCounts = z.strictObject({ made: count, repealed: count, current: count });

export const activeSchema = z.strictObject({
  /** 规章. */
  regulations: documentCounts,
  /** 行政规范性文件. */
  normativeDocuments: documentCounts,
  /** 第（五）项 行政许可 本年处理决定数量. */
  licensing: count,
  /** 第（六）项 行政处罚 本年处理决定数量. */
  penalties: count,
  /** 第（六）项 行政强制 本年处理决定数量. */
  enforcement: count,
  /** 第（八）项 行政事业性收费 本年收费金额（万元）, may have decimals. */
  fees: z.number({ message: '应为数字' }).min(0, { message: '不能为负数' }),
});

export const applicationsSchema = z.strictObject({
  /** 一、本年新收政府信息公开申请数量. */
  received: applicantRow,
  /** 二、上年结转政府信息公开申请数量 (= last year's 结转下年度继续办理). */
  carriedOver: applicantRow,
  /** 三、本年度办理结果. */
  results: z.strictObject({
    /** （一）予以公开. */
    granted: applicantRow,
    /** （二）部分公开. */
    partial: applicantRow,
    /** （三）不予公开, 8 reasons. */
    denied: group(DENIED),
    /** （四）无法提供, 3 reasons. */
    unavailable: group(UNAVAILABLE),
    /** （五）不予处理, 5 reasons. */
    notProcessed: group(NOT_PROCESSED),
    /** （六）其他处理, 3 reasons. */
    otherHandling: group(OTHER_HANDLING),
    /** （七）总计. */
    total: applicantRow,
  }),
  /** 四、结转下年度继续办理. */
  carriedForward: applicantRow,
});

export const reviewSchema = z.strictObject({
  /** 行政复议. */
  reconsideration: reviewRow,
  /** 行政诉讼 未经复议直接起诉. */
  litigationDirect: reviewRow,
  /** 行政诉讼 复议后起诉. */
  litigationAfterReconsideration: reviewRow,
});

export const reportShape = {
  /** 报告年度: the year the report covers (published by 31 January of the next year). */
  year: z.number().int().min(2008).max(2100),
  /** 表二 主动公开政府信息情况. */
  active: activeSchema,
  /** 表三 收到和处理政府信息公开申请情况. */
  applications: applicationsSchema,
  /** 表四 政府信息公开行政复议、行政诉讼情况. */
  review: reviewSchema,
};

export function checkReport(data: { year: number; published: string } & Partial<ReportTables>, ctx: z.RefinementCtx): void {
  if (Number(data.published.slice(0, 4)) <= data.year) {
    ctx.addIssue({
      code: 'custom',
      path: ['published'],
      message: `${data.year} 年度报告的发布日期应在 ${data.year + 1} 年（次年 1 月 31 日前）`,
    });
  }
  if (!data.active || !data.applications || !data.review) return;
  for (const issue of reportArithmetic(data as ReportTables)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
}
