/**
 * 意见采纳情况: what a consultation (src/kinds/consultation/) received and what became of
 * each opinion — 采纳, 部分采纳 or 不采纳, with the reason for every opinion not (fully)
 * adopted. The totals must add up.
 */
import { z } from 'astro/zod';
import { slugRef } from '../../lib/schemas/common.ts';
import { defineKind, itemSchema, type KindProblem, lineScaffold } from '../define.ts';
import { CONSULTATION_FIELD } from '../consultation/kind.ts';
import { CONSULTATION_SHARE, makeFeedback } from '../consultation/corpus.ts';
import { consultationListing } from '../consultation/listing.ts';
import { DECISIONS, NEEDS_REASON, tally } from '../consultation/process.ts';

const count = z.number().int().min(0).max(1_000_000);

export default defineKind({
  id: 'feedback',
  order: 8,
  dir: 'feedback',
  label: '意见采纳情况',
  labelEn: 'Consultation feedback',
  description: '征求意见结束后公布的意见收集和采纳情况：收到多少意见、来自多少人和单位、每条意见是否采纳及不采纳的理由。',
  schema: itemSchema(
    {
      /** 所属征求意见: slug of the consultation answered. */
      consultation: slugRef,
      /** 收到意见（条）: all opinions received; the opinions' counts add up to it. */
      received: count,
      /** 提出意见的个人（人）. */
      people: count.default(0),
      /** 提出意见的单位（个）. */
      organisations: count.default(0),
      /** 意见及采纳情况: each opinion or group of similar opinions. */
      opinions: z
        .array(
          z.strictObject({
            /** 意见内容 (summarised). */
            summary: z.string().trim().min(1).max(500),
            /** 条数 of this group; 1 for a single opinion. */
            count: z.number().int().min(1).max(1_000_000).default(1),
            /** 采纳情况. */
            decision: z.enum(DECISIONS),
            /** 理由: required for 部分采纳 and 不采纳. */
            reason: z.string().trim().min(1).max(1000).optional(),
          }),
        )
        .max(200)
        .default([]),
    },
    (d, ctx) => {
      d.opinions.forEach((o, i) => {
        if (NEEDS_REASON.includes(o.decision) && !o.reason) {
          ctx.addIssue({ code: 'custom', path: ['opinions', i, 'reason'], message: `第 ${i + 1} 条意见为“${o.decision}”，必须说明理由` });
        }
      });
    },
  ),
  fields: {
    consultation: { label: '所属征求意见', expected: '所答复的征求意见的文件名（不含 .md）' },
    received: { label: '收到意见（条）', expected: '整数，等于各条意见（opinions）的条数之和' },
    people: { label: '提出意见的个人（人）', expected: '整数，没有则写 0' },
    organisations: { label: '提出意见的单位（个）', expected: '整数，没有则写 0' },
    opinions: { label: '意见及采纳情况', expected: '列表，每项包含 summary（意见内容）、count（条数）、decision（采纳情况）和 reason（理由）' },
    'opinions.summary': { label: '意见内容', expected: '意见的概括' },
    'opinions.count': { label: '条数', expected: '这一组意见的条数，整数，至少 1' },
    'opinions.decision': { label: '采纳情况', expected: `${DECISIONS.join('、')} 三者之一` },
    'opinions.reason': { label: '理由', expected: '部分采纳或不采纳的理由（采纳的可说明如何修改）' },
  },
  meta: (d) => [{ label: '收到意见', value: `${d.received} 条（个人 ${d.people} 人，单位 ${d.organisations} 个）` }],
  links: [{ field: CONSULTATION_FIELD, targets: ['consultation'], noun: '征求意见' }],
  listing: consultationListing,
  // The totals, and the date against the consultation's closing date (another item).
  check: (ctx) =>
    ctx.items.flatMap((item) => {
      const d = item.data;
      const problems: KindProblem[] = [];
      const t = tally(d.opinions);
      if (t.total !== d.received) {
        problems.push({
          file: item.file,
          severity: 'error',
          path: ['received'],
          message: `合计不一致：收到意见写的是 ${d.received} 条，各条意见（opinions）的条数加起来是 ${t.total} 条（采纳 ${t.采纳}、部分采纳 ${t.部分采纳}、不采纳 ${t.不采纳}）`,
          expected: `收到意见条数等于各条意见的条数之和：改正 received，或补全、改正各条意见的 count`,
        });
      }
      if (d.received > 0 && d.people + d.organisations === 0) {
        problems.push({
          file: item.file,
          severity: 'error',
          path: ['people'],
          message: `收到 ${d.received} 条意见，但提出意见的个人和单位都是 0`,
          expected: '提出意见的个人数（people）和单位数（organisations）',
        });
      }
      const c = ctx.bySlug.get(d.consultation);
      const closes = c?.kind === 'consultation' ? c.data.closes : undefined;
      if (typeof closes === 'string' && d.published <= closes) {
        problems.push({
          file: item.file,
          severity: 'error',
          path: ['published'],
          message: `发布日期 ${d.published} 不晚于所属征求意见的截止日期 ${closes}：征求意见结束后才能公布采纳情况`,
          expected: `${closes} 之后的日期`,
        });
      }
      return problems;
    }),
  corpus: { share: CONSULTATION_SHARE, make: makeFeedback },
  scaffold: lineScaffold(({ answers }) => [
    '# 所属征求意见：征求意见的文件名（不含 .md）',
    `consultation: ${answers.consultation ?? ''}`,
    '# 收到意见条数（= 下面各条意见的条数之和）',
    'received: 1',
    '# 提出意见的个人数和单位数',
    'people: 1',
    'organisations: 0',
    '# 每条（或每组）意见：采纳情况为 采纳、部分采纳 或 不采纳；部分采纳和不采纳必须写理由',
    'opinions:',
    '  - summary: 【意见内容】',
    '    count: 1',
    '    decision: 采纳',
    '    # reason: 部分采纳或不采纳的理由',
  ]),
});
