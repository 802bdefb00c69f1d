/**
 * Front-matter schemas of the six content kinds. `content.config.ts` wires them to
 * collections; `npm run check` uses the same schemas, so an editor sees the same rules
 * whichever command they run.
 */
import { z } from 'astro/zod';
import {
  baseItemShape,
  checkValidity,
  isoDate,
  relativePath,
  service,
  type Kind,
} from './common.ts';
import { reportShape, checkReport } from './report.ts';

export const PLAN_CATEGORIES = ['工作要点', '工作计划', '实施方案', '专项规划', '其他'] as const;
export const POLICY_CATEGORIES = ['行政规范性文件', '通知', '公告', '通告', '意见', '办法', '决定', '其他'] as const;
export const INTERPRETATION_FORMS = ['文字解读', '简明问答', '一图读懂'] as const;

/** 规划计划: plans, 工作要点, 实施方案, 专项规划. */
export const planSchema = z
  .strictObject({
    ...baseItemShape,
    written: isoDate,
    /** 类别. */
    category: z.enum(PLAN_CATEGORIES),
    /** 需要解读: a plan marked so must have at least one interpretation. */
    needsInterpretation: z.boolean().default(false),
    /** 相关办事. */
    services: z.array(service).max(20).default([]),
  })
  .superRefine(checkValidity);

/** 政策文件: 行政规范性文件 and other disclosed documents. */
export const policySchema = z
  .strictObject({
    ...baseItemShape,
    written: isoDate,
    /** 文种. */
    category: z.enum(POLICY_CATEGORIES),
    /** 需要解读: defaults to true for 行政规范性文件. */
    needsInterpretation: z.boolean().optional(),
    services: z.array(service).max(20).default([]),
  })
  .superRefine(checkValidity)
  .transform((d) => ({ ...d, needsInterpretation: d.needsInterpretation ?? d.category === '行政规范性文件' }));

/** 政策解读: text, Q&A (简明问答) or a one-picture explainer (一图读懂). */
export const interpretationSchema = z
  .strictObject({
    ...baseItemShape,
    /** 解读对象: slug of the plan or policy interpreted. */
    interprets: z.string().trim().regex(/^[a-z0-9][a-z0-9-]*$/, { message: '只能包含小写字母、数字和连字符' }),
    /** 解读形式. */
    form: z.enum(INTERPRETATION_FORMS).default('文字解读'),
    /** 解读机构 / 解读人. */
    interpreter: z.string().trim().min(1).max(100).optional(),
    /** 简明问答 pairs. */
    qa: z
      .array(z.strictObject({ question: z.string().trim().min(1), answer: z.string().trim().min(1) }))
      .max(50)
      .default([]),
    /** 一图读懂 images; alt text is mandatory and the body is the full text version. */
    images: z
      .array(
        z.strictObject({
          src: relativePath.refine((v) => /\.(png|jpe?g|webp)$/i.test(v), { message: '图片必须是 .png、.jpg 或 .webp 文件' }),
          alt: z.string().trim().min(5, { message: '替代文本太短，请用至少 5 个字描述图片内容' }).max(300),
        }),
      )
      .max(20)
      .default([]),
    services: z.array(service).max(20).default([]),
  })
  .superRefine((d, ctx) => {
    checkValidity(d, ctx);
    if (d.form === '简明问答' && d.qa.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['qa'], message: '解读形式为“简明问答”时至少需要一组问答' });
    }
    if (d.form === '一图读懂' && d.images.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['images'], message: '解读形式为“一图读懂”时至少需要一张图片' });
    }
  });

/** 数据发布: one release of a data series with its data file. */
export const PERIOD = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-W(0[1-9]|[1-4]\d|5[0-3])|-H[12])?$/;
export const releaseSchema = z
  .strictObject({
    ...baseItemShape,
    /** 数据系列: id of a file in content/series/. */
    series: z.string().trim().regex(/^[a-z0-9][a-z0-9-]*$/, { message: '只能包含小写字母、数字和连字符' }),
    /** 数据期. */
    period: z.string().trim().regex(PERIOD, { message: '格式不对' }),
    /** 数据文件: .csv or .json beside the Markdown file. */
    data: relativePath.refine((v) => /\.(csv|json)$/i.test(v), { message: '数据文件必须是 .csv 或 .json' }),
  })
  .superRefine(checkValidity);

/** 双公示 categories: 行政许可 and 行政处罚 decisions, which must carry their 决定日期. */
export const DECISION_CATEGORIES = ['行政处罚决定书', '行政许可结果', '行政许可决定书'] as const;
/** 预决算 categories, which must carry their 批复日期. */
export const BUDGET_CATEGORIES = ['部门预算', '部门决算'] as const;

/** 公开信息: every other disclosed item (动态, 公告, 处罚决定, 许可, 环评, 复文, 预决算 …). */
export const articleSchema = z
  .strictObject({
    ...baseItemShape,
    /** 类别, free text such as 行政处罚决定书. */
    category: z.string().trim().min(1).max(30).optional(),
    /** 决定日期: when the 行政许可 / 行政处罚 decision was taken (required for DECISION_CATEGORIES). */
    decided: isoDate.optional(),
    /** 批复日期: when the budget or final accounts were approved (required for BUDGET_CATEGORIES). */
    approved: isoDate.optional(),
    services: z.array(service).max(20).default([]),
  })
  .superRefine((d, ctx) => {
    checkValidity(d, ctx);
    const dated: Array<['decided' | 'approved', string, readonly string[]]> = [
      ['decided', '决定日期', DECISION_CATEGORIES],
      ['approved', '批复日期', BUDGET_CATEGORIES],
    ];
    for (const [key, label, categories] of dated) {
      const value = d[key];
      if (!value && d.category && categories.includes(d.category)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `类别为“${d.category}”的信息必须填写${label}（公开时限从这一天起算）` });
      }
      if (value && typeof d.published === 'string' && value > d.published) {
        ctx.addIssue({ code: 'custom', path: [key], message: `${label} ${value} 晚于发布日期 ${d.published}` });
      }
    }
  });

/** 政府信息公开工作年度报告. */
export const reportSchema = z
  .strictObject({ ...baseItemShape, ...reportShape })
  .superRefine((d, ctx) => {
    checkValidity(d, ctx);
    checkReport(d, ctx);
  });

export const SCHEMAS = {
  plan: planSchema,
  policy: policySchema,
  interpretation: interpretationSchema,
  release: releaseSchema,
  report: reportSchema,
  article: articleSchema,
} satisfies Record<Kind, z.ZodType>;

/** Collection folder under content/ for each kind. */
export const COLLECTION_DIRS: Record<Kind, string> = {
  plan: 'plans',
  policy: 'policies',
  interpretation: 'interpretations',
  release: 'releases',
  report: 'reports',
  article: 'articles',
};

export type PlanData = z.output<typeof planSchema>;
export type PolicyData = z.output<typeof policySchema>;
export type InterpretationData = z.output<typeof interpretationSchema>;
export type ReleaseData = z.output<typeof releaseSchema>;
export type ArticleData = z.output<typeof articleSchema>;
export type ReportData = z.output<typeof reportSchema>;
