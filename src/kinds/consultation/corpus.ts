/**
 * Generated consultations and feedback for the corpus generator (`npm run gen:corpus`,
 * the benchmark). Both kinds declare the same corpus share, so they are asked for the
 * same number of items; consultation i and the feedback answering it share one schedule
 * computed here from (from, to, count, i) alone, so the feedback always names a
 * consultation that exists and closed before the feedback was published.
 */
import { addDays, daysBetween, type IsoDate } from '../../lib/dates.ts';
import type { CorpusContext, CorpusItem } from '../define.ts';
import { DECISION_TYPES, DECISIONS, type Decision, type DecisionType } from './process.ts';

/** The corpus share of each of the two kinds (equal on purpose, see above). */
export const CONSULTATION_SHARE = 0.004;

const WINDOW_DAYS: Record<DecisionType, number> = { 重大行政决策: 30, 行政规范性文件: 21, 其他: 15 };

const SUBJECTS = [
  '建设用地土壤污染风险管控和修复监督管理办法',
  '排污权有偿使用和交易管理办法',
  '生态环境行政处罚自由裁量基准',
  '重污染天气应急预案',
  '入河排污口监督管理办法',
  '危险废物跨市转移管理规定',
  '生态环境损害赔偿磋商办法',
  '挥发性有机物排放重点企业分级管控方案',
  '农村生活污水处理设施运行维护管理办法',
  '饮用水水源保护区划定方案',
] as const;

export interface Scheduled {
  slug: string;
  type: DecisionType;
  subject: string;
  opens: IsoDate;
  closes: IsoDate;
}

/** The i-th of `count` consultations between `from` and `to`: evenly spread, opening the day it is published. */
export function scheduled(from: IsoDate, to: IsoDate, count: number, i: number): Scheduled {
  const span = Math.max(daysBetween(from, to), 1);
  const opens = addDays(from, Math.floor((i * span) / Math.max(count, 1)));
  const type = DECISION_TYPES[i % DECISION_TYPES.length]!;
  return {
    slug: `consultation-${String(i + 1).padStart(5, '0')}`,
    type,
    subject: SUBJECTS[i % SUBJECTS.length]!,
    opens,
    closes: addDays(opens, WINDOW_DAYS[type] - 1),
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

export function makeConsultations(ctx: CorpusContext): CorpusItem[] {
  const out: CorpusItem[] = [];
  for (let i = 0; i < ctx.count; i++) {
    const s = scheduled(ctx.from, ctx.to, ctx.count, i);
    const city = pick(ctx.random, ctx.cities);
    const title = `关于公开征求《江南省${s.subject}（征求意见稿）》意见的公告`;
    out.push({
      slug: s.slug,
      data: {
        title,
        column: pick(ctx.random, ctx.columns),
        published: s.opens,
        keywords: ['征求意见', s.subject.slice(0, 6)],
        summary: `就${s.subject}向社会公开征求意见，征求意见期为 ${s.opens} 至 ${s.closes}。`,
        matter: `制定《江南省${s.subject}》`,
        decisionType: s.type,
        opens: s.opens,
        closes: s.closes,
        respond: { email: 'fgc@sthjt.jiangnan.example.gov.cn', address: '江南省江州市环湖路 88 号江南省生态环境厅法规与标准处（邮编 990001）' },
        contact: '法规与标准处，0990-12345621',
      },
      body: `为做好${s.subject}相关工作，我厅起草了征求意见稿，现向社会公开征求意见。${city}等地的单位和个人可通过电子邮件或信函提出意见。\n\n## 起草说明\n\n征求意见稿共五章二十八条，重点明确了各方责任、监督管理措施和信息公开要求。\n`,
    });
  }
  return out;
}

/** Feedback for consultation i, published 20 to 40 days after it closed, when that is not after `to`. */
export function makeFeedback(ctx: CorpusContext): CorpusItem[] {
  const out: CorpusItem[] = [];
  for (let i = 0; i < ctx.count; i++) {
    const s = scheduled(ctx.from, ctx.to, ctx.count, i);
    const published = addDays(s.closes, 20 + Math.floor(ctx.random() * 21));
    if (published > ctx.to) continue;
    const groups = 1 + Math.floor(ctx.random() * 4);
    const opinions: Array<{ summary: string; count: number; decision: Decision; reason?: string }> = [];
    for (let g = 0; g < groups; g++) {
      const decision = pick(ctx.random, DECISIONS);
      opinions.push({
        summary: `关于第${g + 3}条适用范围的意见`,
        count: 1 + Math.floor(ctx.random() * 6),
        decision,
        ...(decision === '采纳' ? {} : { reason: '该意见涉及的事项已由上位法规定，本办法不再重复规定。' }),
      });
    }
    const received = opinions.reduce((n, o) => n + o.count, 0);
    out.push({
      slug: `feedback-${String(i + 1).padStart(5, '0')}`,
      data: {
        title: `《江南省${s.subject}（征求意见稿）》公开征求意见采纳情况`,
        column: pick(ctx.random, ctx.columns),
        published,
        keywords: ['意见采纳', s.subject.slice(0, 6)],
        consultation: s.slug,
        received,
        people: Math.max(1, received - 1),
        organisations: 1,
        opinions,
      },
      body: `${s.opens} 至 ${s.closes}，我厅就${s.subject}公开征求意见。现将意见采纳情况公布如下。\n`,
    });
  }
  return out;
}
