/** 政策文件: 行政规范性文件 and other disclosed documents. */
import { z } from 'astro/zod';
import { isoDate, service, slugRef } from '../../lib/schemas/common.ts';
import { defineKind, entry, itemSchema, SERVICE_FIELDS } from '../define.ts';

export const POLICY_CATEGORIES = ['行政规范性文件', '通知', '公告', '通告', '意见', '办法', '决定', '其他'] as const;

export default defineKind({
  id: 'policy',
  order: 2,
  dir: 'policies',
  label: '政策文件',
  labelEn: 'Policies',
  description: '行政规范性文件和其他公开的政策文件。',
  schema: itemSchema({
    written: isoDate,
    /** 文种. */
    category: z.enum(POLICY_CATEGORIES),
    /** 需要解读: defaults to true for 行政规范性文件. */
    needsInterpretation: z.boolean().optional(),
    /** 所依据的征求意见: slug of the consultation this document was adopted after. */
    consultation: slugRef.optional(),
    services: z.array(service).max(20).default([]),
  }).transform((d) => ({ ...d, needsInterpretation: d.needsInterpretation ?? d.category === '行政规范性文件' })),
  fields: {
    category: { label: '类别', expected: `${POLICY_CATEGORIES.join('、')} 之一` },
    needsInterpretation: { label: '需要解读', expected: 'true 或 false' },
    consultation: { label: '征求意见', expected: '正式印发前公开征求意见的那条征求意见的文件名（不含 .md）' },
    ...SERVICE_FIELDS,
  },
  links: [{ field: 'consultation', targets: ['consultation'], noun: '征求意见' }],
  scaffold: {
    written: true,
    fields: (n) => [entry(`文种：${POLICY_CATEGORIES.join('、')} 之一`, `category: ${n.category}`)],
  },
});
