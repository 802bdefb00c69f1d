/**
 * 征求意见 (重大决策预公开): a draft decision published for comment, with its 起草说明, the
 * window for opinions and how to send them. Its feedback (意见采纳情况, src/kinds/feedback/)
 * and the document finally adopted (a policy naming it) link back to it.
 */
import { z } from 'astro/zod';
import { addDays } from '../../lib/dates.ts';
import { isoDate, safeUrl } from '../../lib/schemas/common.ts';
import { defineKind, itemSchema, type KindContext, type KindItem, type KindProblem, lineScaffold } from '../define.ts';
import { CONSULTATION_SHARE, makeConsultations } from './corpus.ts';
import { consultationListing } from './listing.ts';
import { DECISION_TYPES, FEEDBACK_DAYS_DEFAULT, orderFault, phaseOn, statusLabel, windowFault } from './process.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The link field naming a consultation (on feedback and on the adopted policy). */
export const CONSULTATION_FIELD = 'consultation';

interface Dated {
  opens: string;
  closes: string;
  title: string;
}

/** Published feedback answering the consultation `slug` (any item of kind feedback naming it). */
function feedbackOf(ctx: KindContext<unknown>, slug: string): Array<KindItem<Record<string, unknown>>> {
  return [...ctx.bySlug.values()].filter((i) => i.kind === 'feedback' && i.data[CONSULTATION_FIELD] === slug && ctx.isPublished(i));
}

/** site.yaml `rules.consultationFeedbackDays`, default 30. */
function feedbackDays(settings: Readonly<Record<string, unknown>>): number {
  const n = settings.consultationFeedbackDays;
  return typeof n === 'number' ? n : FEEDBACK_DAYS_DEFAULT;
}

export default defineKind({
  id: 'consultation',
  order: 7,
  dir: 'consultations',
  label: '征求意见',
  labelEn: 'Consultations',
  description: '向社会公开征求意见的决策草案（重大决策预公开）：征求意见稿、起草说明、起止日期和意见反馈方式。',
  schema: itemSchema(
    {
      /** 决策事项: what is being decided. */
      matter: z.string().trim().min(1).max(200),
      /** 决策类型: 重大行政决策 (≥ 30 days), 行政规范性文件 (≥ 7 working days) or 其他. */
      decisionType: z.enum(DECISION_TYPES),
      /** 征求意见开始日期. */
      opens: isoDate,
      /** 征求意见截止日期 (the last day opinions are received). */
      closes: isoDate,
      /** 期限较短的理由: required when the window is shorter than its type's minimum. */
      shortReason: z.string().trim().min(1).max(300).optional(),
      /** 意见反馈方式: at least one of e-mail, postal address, online form (the portal itself receives nothing). */
      respond: z.strictObject({
        email: z.string().trim().regex(EMAIL, { message: '不是有效的电子邮箱地址' }).optional(),
        address: z.string().trim().min(1).max(200).optional(),
        form: safeUrl.refine((v) => v.startsWith('https://'), { message: '在线表单必须是以 https:// 开头的网址' }).optional(),
      }),
      /** 联系人及电话. */
      contact: z.string().trim().min(1).max(200),
    },
    (d, ctx) => {
      if (!d.respond.email && !d.respond.address && !d.respond.form) {
        ctx.addIssue({ code: 'custom', path: ['respond'], message: '至少要写一种意见反馈方式：电子邮箱、通信地址或在线表单' });
      }
    },
  ),
  fields: {
    matter: { label: '决策事项', expected: '一行文字，说明要作出什么决策，如 制定《江南省入河排污口监督管理办法》' },
    decisionType: { label: '决策类型', expected: `${DECISION_TYPES.join('、')} 三者之一` },
    opens: { label: '征求意见开始日期', expected: '形如 2026-11-02 的真实日期', date: true },
    closes: {
      label: '征求意见截止日期',
      expected:
        '形如 2026-12-01 的真实日期，晚于开始日期；重大行政决策不少于 30 天，行政规范性文件不少于 7 个工作日（含首尾两天），否则在 shortReason 中说明理由',
      date: true,
    },
    shortReason: { label: '期限较短的理由', expected: '一两句话，说明为什么征求意见期限短于规定' },
    respond: { label: '意见反馈方式', expected: '至少一项：email（电子邮箱）、address（通信地址）、form（在线表单网址）' },
    'respond.email': { label: '电子邮箱', expected: '如 fgc@sthjt.jiangnan.example.gov.cn' },
    'respond.address': { label: '通信地址', expected: '含邮编的通信地址，如 江南省江州市环湖路 88 号（邮编 990001）' },
    'respond.form': { label: '在线表单', expected: '以 https:// 开头的网址' },
    contact: { label: '联系人及电话', expected: '如 法规与标准处，0990-12345621' },
  },
  meta: (d) => [
    { label: '决策类型', value: d.decisionType },
    { label: '征求意见期限', value: `${d.opens} 至 ${d.closes}` },
  ],
  status: (item, ctx) => {
    const feedback = ctx.linkedBy(CONSULTATION_FIELD, item.slug).filter((i) => i.kind === 'feedback');
    return statusLabel(phaseOn(ctx.asOf, item.data.opens, item.data.closes), feedback.length > 0);
  },
  listing: consultationListing,
  // The window rules (closing after opening, the minimum per type) are checked here rather
  // than in the schema: 行政规范性文件 needs the working-day calendar, and each message
  // states its own expected value.
  check: (ctx) =>
    ctx.items.flatMap((item) => {
      const d = item.data;
      const problems: KindProblem[] = [];
      const fault = orderFault(d.opens, d.closes) ?? windowFault(d.decisionType, d.opens, d.closes, d.shortReason, ctx.calendar);
      if (fault)
        problems.push({
          file: item.file,
          severity: fault.code === 'missing-year' ? 'warning' : 'error',
          path: ['closes'],
          message: fault.message,
          expected: fault.expected,
        });
      // The draft may also be the body itself, so a missing attachment is only a warning.
      if (d.attachments.length === 0) {
        problems.push({
          file: item.file,
          severity: 'warning',
          path: ['attachments'],
          message: '没有附件：征求意见一般应附上征求意见稿和起草说明',
          expected: '在 attachments 中列出征求意见稿和起草说明（PDF 等）',
        });
      }
      return problems;
    }),
  audit: [
    {
      key: 'consultationsWithoutFeedback',
      title: '征求意见截止后未公布意见采纳情况',
      collect: (ctx) => {
        const limit = feedbackDays(ctx.settings);
        return ctx.items.flatMap((item) => {
          if (!ctx.isPublished(item)) return [];
          const phase = phaseOn(ctx.asOf, item.data.opens, item.data.closes);
          if (phase.phase !== 'closed' || phase.closedFor <= limit || feedbackOf(ctx as KindContext<unknown>, item.slug).length > 0) return [];
          return [
            {
              slug: item.slug,
              message: `征求意见期为 ${item.data.opens} 至 ${item.data.closes}，截止已 ${phase.closedFor} 天（超过 ${limit} 天），仍未公布意见采纳情况`,
              expected: `发布意见采纳情况（意见采纳情况类信息，填写 consultation: ${item.slug}）`,
            },
          ];
        });
      },
    },
    {
      key: 'adoptedWithoutFeedback',
      title: '文件已印发但征求意见未公布采纳情况',
      collect: (ctx) => {
        const out: Array<{ slug: string; message: string; expected: string }> = [];
        for (const policy of ctx.bySlug.values()) {
          const slug = policy.data[CONSULTATION_FIELD];
          if (policy.kind === 'feedback' || typeof slug !== 'string' || !ctx.isPublished(policy)) continue;
          const consultation = ctx.bySlug.get(slug);
          if (!consultation || consultation.kind !== 'consultation' || feedbackOf(ctx as KindContext<unknown>, slug).length > 0) continue;
          const c = consultation.data as unknown as Dated;
          out.push({
            slug: policy.slug,
            message: `本文件已于 ${String(policy.data.published)} 印发，但它的征求意见「${c.title}」（${c.opens} 至 ${c.closes}）没有公布意见采纳情况`,
            expected: `发布意见采纳情况，填写 consultation: ${slug}`,
          });
        }
        return out;
      },
    },
  ],
  corpus: { share: CONSULTATION_SHARE, make: makeConsultations },
  scaffold: lineScaffold(({ date }) => [
    '# 决策事项：要作出什么决策',
    'matter: 制定《江南省……办法》',
    `# 决策类型：${DECISION_TYPES.join('、')} 之一`,
    `decisionType: ${DECISION_TYPES[0]}`,
    '# 征求意见开始日期（格式 2026-11-22）',
    `opens: ${date}`,
    '# 征求意见截止日期：重大行政决策不少于 30 天，行政规范性文件不少于 7 个工作日（含首尾两天）',
    `closes: ${addDays(date, 29)}`,
    '# 期限较短时写明理由（不短则删除本行）',
    '# shortReason: ',
    '# 意见反馈方式：至少一项（电子邮箱、通信地址、在线表单网址）',
    'respond:',
    '  email: xxx@sthjt.jiangnan.example.gov.cn',
    '  address: 江南省江州市环湖路 88 号江南省生态环境厅××处（邮编 990001）',
    '# 联系人及电话',
    'contact: ××处，0990-12345678',
    '# 附件（attachments）：征求意见稿和起草说明',
  ]),
});
