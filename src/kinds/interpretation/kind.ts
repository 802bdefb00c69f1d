/** 政策解读: text, Q&A (简明问答) or a one-picture explainer (一图读懂) of a plan or policy. */
import { z } from 'astro/zod';
import { relativePath, service, slugRef } from '../../lib/schemas/common.ts';
import { QA_ANSWER_PLACEHOLDER, QA_QUESTION_PLACEHOLDER } from '../../lib/content/placeholders.ts';
import { defineKind, entry, hint, itemSchema, SERVICE_FIELDS } from '../define.ts';

export const INTERPRETATION_FORMS = ['文字解读', '简明问答', '一图读懂'] as const;

export default defineKind({
  id: 'interpretation',
  order: 3,
  dir: 'interpretations',
  label: '政策解读',
  labelEn: 'Interpretations',
  description: '对政策文件或规划计划的解读：文字解读、简明问答或一图读懂。',
  schema: itemSchema(
    {
      /** 解读对象: slug of the plan or policy interpreted. */
      interprets: slugRef,
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
    },
    (d, ctx) => {
      if (d.form === '简明问答' && d.qa.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['qa'], message: '解读形式为“简明问答”时至少需要一组问答' });
      }
      if (d.form === '一图读懂' && d.images.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['images'], message: '解读形式为“一图读懂”时至少需要一张图片' });
      }
    },
  ),
  fields: {
    interprets: { label: '解读对象', expected: '被解读的政策或规划的文件名（不含 .md）' },
    form: { label: '解读形式', expected: '文字解读、简明问答 或 一图读懂 三者之一' },
    interpreter: { label: '解读机构', expected: '解读机构或解读人' },
    qa: { label: '问答', expected: '列表，每项包含 question（问题）和 answer（回答）' },
    'qa.question': { label: '问题', expected: '问题文字' },
    'qa.answer': { label: '回答', expected: '回答文字' },
    images: { label: '图解图片', expected: '列表，每项包含 src（图片路径）和 alt（替代文本）' },
    'images.src': { label: '图片文件', expected: '相对于本文件的 .png/.jpg/.webp 路径' },
    'images.alt': { label: '图片替代文本', expected: '描述图片内容的文字，至少 5 个字' },
    ...SERVICE_FIELDS,
  },
  meta: (d) => [{ label: '解读形式', value: d.form }],
  links: [{ field: 'interprets', targets: ['policy', 'plan'], noun: '被解读的文件' }],
  author: (d) => d.interpreter,
  scaffold: {
    // What it interprets, its form, and a question-and-answer pair for 简明问答.
    fields: (n) => [
      entry(`解读对象：被解读文件的文件名（${n.interprets!.title}）`, `interprets: ${n.interprets!.slug}`),
      entry(`解读形式：${INTERPRETATION_FORMS.join('、')} 之一（一图读懂需要 images，见编辑指南）`, `form: ${n.form}`),
      hint('解读机构或解读人（可选）', 'interpreter: '),
      ...(n.form === '简明问答'
        ? [
            {
              comments: ['问答：每组一个 question（问题）和 answer（回答），可写多组'],
              lines: ['qa:', `  - question: ${QA_QUESTION_PLACEHOLDER}`, `    answer: ${QA_ANSWER_PLACEHOLDER}`],
            },
          ]
        : []),
    ],
  },
});
