/** 规划计划: plans, 工作要点, 实施方案, 专项规划. */
import { z } from 'astro/zod';
import { isoDate, service } from '../../lib/schemas/common.ts';
import { defineKind, entry, itemSchema, SERVICE_FIELDS } from '../define.ts';

export const PLAN_CATEGORIES = ['工作要点', '工作计划', '实施方案', '专项规划', '其他'] as const;

export default defineKind({
  id: 'plan',
  order: 1,
  dir: 'plans',
  label: '规划计划',
  labelEn: 'Plans',
  description: '规划、工作要点、工作计划、实施方案、专项规划。',
  schema: itemSchema({
    written: isoDate,
    /** 类别. */
    category: z.enum(PLAN_CATEGORIES),
    /** 需要解读: a plan marked so must have at least one interpretation. */
    needsInterpretation: z.boolean().default(false),
    /** 相关办事. */
    services: z.array(service).max(20).default([]),
  }),
  fields: {
    category: { label: '类别', expected: `${PLAN_CATEGORIES.join('、')} 之一` },
    needsInterpretation: { label: '需要解读', expected: 'true 或 false' },
    ...SERVICE_FIELDS,
  },
  scaffold: {
    written: true,
    fields: (n) => [entry(`类别：${PLAN_CATEGORIES.join('、')} 之一`, `category: ${n.category}`)],
  },
});
