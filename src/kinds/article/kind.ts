/** 公开信息: every other disclosed item (动态, 公告, 处罚决定, 许可, 环评, 复文, 预决算 …). */
import { z } from 'astro/zod';
import { isoDate, service } from '../../lib/schemas/common.ts';
import { yamlString } from '../../lib/yaml-string.ts';
import { defineKind, entry, hint, itemSchema, SERVICE_FIELDS } from '../define.ts';

/** 双公示 categories: 行政许可 and 行政处罚 decisions, which must carry their 决定日期. */
export const DECISION_CATEGORIES = ['行政处罚决定书', '行政许可结果', '行政许可决定书'] as const;
/** 预决算 categories, which must carry their 批复日期. */
export const BUDGET_CATEGORIES = ['部门预算', '部门决算'] as const;

export default defineKind({
  id: 'article',
  order: 6,
  dir: 'articles',
  label: '公开信息',
  labelEn: 'Articles',
  description: '其他主动公开的信息：工作动态、公告、行政处罚和行政许可决定、预决算等。',
  schema: itemSchema(
    {
      /** 类别, free text such as 行政处罚决定书. */
      category: z.string().trim().min(1).max(30).optional(),
      /** 决定日期: when the 行政许可 / 行政处罚 decision was taken (required for DECISION_CATEGORIES). */
      decided: isoDate.optional(),
      /** 批复日期: when the budget or final accounts were approved (required for BUDGET_CATEGORIES). */
      approved: isoDate.optional(),
      services: z.array(service).max(20).default([]),
    },
    (d, ctx) => {
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
    },
  ),
  fields: {
    category: { label: '类别', expected: '一行文字，如 行政处罚决定书、工作动态' },
    decided: { label: '决定日期', expected: '作出行政许可或行政处罚决定的日期，形如 2025-09-30，不晚于发布日期', date: true },
    approved: { label: '批复日期', expected: '预算或决算获批复的日期，形如 2025-01-24，不晚于发布日期', date: true },
    ...SERVICE_FIELDS,
  },
  meta: (d) => [...(d.decided ? [{ label: '决定日期', value: d.decided }] : []), ...(d.approved ? [{ label: '批复日期', value: d.approved }] : [])],
  scaffold: {
    fields: (n) => [
      n.category
        ? entry('类别（可选，如 行政处罚决定书）', `category: ${yamlString(n.category)}`)
        : hint('类别（可选，如 行政处罚决定书、工作动态）', 'category: '),
    ],
  },
});
