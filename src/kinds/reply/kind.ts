/**
 * 建议提案答复: the bureau's reply to a 人大代表建议 or 政协委员提案, published in full.
 * Listed by meeting (届次 and 会议) and number; search can filter by type and meeting.
 */
import { z } from 'astro/zod';
import { isoDate } from '../../lib/schemas/common.ts';
import { defineKind, itemSchema, lineScaffold } from '../define.ts';
import { yamlString } from '../../lib/yaml-string.ts';

export const REPLY_TYPES = ['建议', '提案'] as const;
export const REPLY_ROLES = ['主办', '会办'] as const;
/** 届次 / 会议 numbers in Chinese: 一 … 九十九. */
const CN_NUMBER = /^(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])$/;
const DIGITS = '一二三四五六七八九';

/** 十四 → 14 (一 … 九十九). */
export function chineseNumber(s: string): number {
  const i = s.indexOf('十');
  if (i < 0) return DIGITS.indexOf(s) + 1;
  const tens = i === 0 ? 1 : DIGITS.indexOf(s[0]!) + 1;
  const ones = s.length > i + 1 ? DIGITS.indexOf(s[i + 1]!) + 1 : 0;
  return tens * 10 + ones;
}

const chinese = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => CN_NUMBER.test(v), { message: `要用汉字写${what}的序数，如 十四、二` });

type Reply = { type: (typeof REPLY_TYPES)[number]; session: string; meeting: string; number: number };

/** 省十四届人大四次会议 / 省政协十三届五次会议. */
export function meetingName(d: Pick<Reply, 'type' | 'session' | 'meeting'>): string {
  return d.type === '建议' ? `省${d.session}届人大${d.meeting}次会议` : `省政协${d.session}届${d.meeting}次会议`;
}
/** 第0089号代表建议 / 第0456号委员提案. */
export function replyNumber(d: Pick<Reply, 'type' | 'number'>): string {
  return `第${String(d.number).padStart(4, '0')}号${d.type === '建议' ? '代表建议' : '委员提案'}`;
}

export default defineKind({
  id: 'reply',
  order: 9,
  dir: 'replies',
  label: '建议提案答复',
  labelEn: 'Replies to proposals',
  description: '对人大代表建议、政协委员提案的答复，全文公开。',
  schema: itemSchema(
    {
      /** 建议 (人大代表建议) or 提案 (政协委员提案). */
      type: z.enum(REPLY_TYPES),
      /** 届次, e.g. 十四 (省十四届人大). */
      session: chinese('届次'),
      /** 会议, e.g. 四 (四次会议). */
      meeting: chinese('会议'),
      /** 建议或提案编号. */
      number: z.number().int().min(1).max(9999),
      /** 主办 or 会办. */
      role: z.enum(REPLY_ROLES),
      /** 提出者: the delegate's name or the proposing body, only where the reply may carry it. */
      delegate: z.string().trim().min(1).max(60).optional(),
      /** 答复日期. */
      replied: isoDate,
      /** A reply's summary is required: it is what the column and search show. */
      summary: z.string().trim().min(1).max(300),
    },
    (d, ctx) => {
      if (typeof d.published === 'string' && d.replied > d.published) {
        ctx.addIssue({ code: 'custom', path: ['replied'], message: `答复日期 ${d.replied} 晚于发布日期 ${d.published}` });
      }
    },
  ),
  fields: {
    type: { label: '建议提案类型', expected: '建议（人大代表建议）或 提案（政协委员提案）' },
    session: { label: '届次', expected: '用汉字写的届次，如 十四（省十四届人大、省政协十四届）' },
    meeting: { label: '会议', expected: '用汉字写的会议次数，如 四（四次会议）' },
    number: { label: '编号', expected: '建议或提案的编号，如 89（显示为第0089号）' },
    role: { label: '办理方式', expected: '主办 或 会办' },
    delegate: { label: '提出者', expected: '代表、委员姓名或提案单位名称（答复可以署名时才填写）' },
    replied: { label: '答复日期', expected: '形如 2026-07-15 的真实日期，不晚于发布日期', date: true },
    summary: { label: '摘要', expected: '一两句话概括建议或提案的内容和答复要点，不超过 300 个字符' },
  },
  meta: (d) => [
    { label: '会议', value: meetingName(d) },
    { label: '编号', value: replyNumber(d) },
    { label: '办理方式', value: d.role },
    ...(d.delegate ? [{ label: '提出者', value: d.delegate }] : []),
    { label: '答复日期', value: d.replied },
  ],
  facets: [
    { key: 'proposal', label: '建议提案', all: '建议和提案', value: (d) => (d.type === '建议' ? '代表建议' : '委员提案') },
    { key: 'meeting', label: '会议', all: '全部会议', value: (d) => meetingName(d) },
  ],
  // The column lists the newest year's meetings first (人大 and 政协 number their sessions
  // differently, so the reply date's year orders them), 建议 before 提案, each by number.
  listing: {
    group: (d) => `${meetingName(d)}${d.type === '建议' ? '代表建议' : '委员提案'}`,
    compare: (a, b) =>
      b.replied.slice(0, 4).localeCompare(a.replied.slice(0, 4)) ||
      REPLY_TYPES.indexOf(a.type) - REPLY_TYPES.indexOf(b.type) ||
      chineseNumber(b.session) - chineseNumber(a.session) ||
      chineseNumber(b.meeting) - chineseNumber(a.meeting) ||
      a.number - b.number,
  },
  check: ({ items }) => {
    // Every file of a duplicate is named, each pointing at the others: the check cannot
    // know which one the editor just changed, and reading order must not decide it.
    const groups = new Map<string, typeof items>();
    for (const item of items) {
      const key = `${meetingName(item.data)}|${item.data.type}|${item.data.number}`;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    return [...groups.values()]
      .filter((group) => group.length > 1)
      .flatMap((group) =>
        group.map((item) => ({
          file: item.file,
          severity: 'error' as const,
          path: ['number'],
          message: `${meetingName(item.data)}${replyNumber(item.data)}另有答复：${group
            .filter((other) => other !== item)
            .map((other) => other.file)
            .join('、')}`,
          expected: '同一会议的同一编号只发布一份答复；会办意见请写在同一份答复中，或检查编号是否写错',
        })),
      );
  },
  scaffold: lineScaffold(({ date, answers: a }) => [
    '# 建议提案类型：建议（人大代表建议）或 提案（政协委员提案）',
    `type: ${a.type ?? '建议'}`,
    '# 届次：用汉字，如 十四（省十四届人大、省政协十四届）',
    `session: ${a.session ?? '十四'}`,
    '# 会议：用汉字写第几次会议，如 四（四次会议）',
    `meeting: ${a.meeting ?? '四'}`,
    '# 编号：建议或提案的编号（数字，如 89）',
    `number: ${a.number ?? 1}`,
    '# 办理方式：主办 或 会办',
    `role: ${a.role ?? '主办'}`,
    '# 提出者（答复可以署名时才填写）：代表、委员姓名或提案单位',
    a.delegate ? `delegate: ${yamlString(a.delegate)}` : '# delegate: ',
    '# 答复日期（格式 2026-11-22）',
    `replied: ${a.replied ?? date}`,
    '# 摘要（必填）：一两句话概括建议或提案的内容和答复要点',
    'summary: 【请用一两句话概括建议或提案的内容和答复要点】',
  ]),
  corpus: {
    share: 0.01,
    make: ({ count, from, to, random, columns, taken }) => {
      const topics = [
        '农村生活污水治理',
        '新污染物治理',
        '无废城市建设',
        '工业园区环境管理',
        '饮用水水源地保护',
        '噪声污染防治',
        '秸秆综合利用',
        '长江岸线生态修复',
        '危险废物处置能力',
        '生态补偿机制',
      ];
      const names = ['王建国', '李秀英', '张伟', '刘洋', '陈静', '杨帆', '赵敏', '孙立军'];
      const firstYear = Number(from.slice(0, 4));
      const lastYear = Number(to.slice(0, 4));
      const out = [];
      const numbers = new Set<string>();
      for (let n = 0; out.length < count && n < count * 4; n++) {
        const year = firstYear + Math.floor(random() * (lastYear - firstYear + 1));
        const type = random() < 0.6 ? ('建议' as const) : ('提案' as const);
        // One meeting a year, in January: 十四届 from 2023 (一次会议), 十三届 before.
        // One meeting a year, in January: 十四届 人大 from 2023 (一次会议), 十三届 before;
        // 政协 likewise, a year behind in this sample province.
        const session = year >= 2023 ? '十四' : '十三';
        const meeting = ['一', '二', '三', '四', '五'][Math.min(4, year >= 2023 ? year - 2023 : Math.max(0, year - 2018))]!;
        const number = 1 + Math.floor(random() * 900);
        const key = `${session}|${meeting}|${type}|${number}`;
        const slug = `reply-${year}-${type === '建议' ? 'jy' : 'ta'}-${String(number).padStart(4, '0')}`;
        if (numbers.has(key) || taken.has(slug)) continue;
        numbers.add(key);
        const month = 5 + Math.floor(random() * 3);
        const day = 1 + Math.floor(random() * 28);
        const replied = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        if (published > to) continue;
        const topic = topics[Math.floor(random() * topics.length)]!;
        const d = { type, session, meeting, number };
        out.push({
          slug,
          data: {
            title: `对${meetingName(d)}${replyNumber(d)}的答复`,
            column: columns[0]!,
            published,
            keywords: ['建议提案', topic],
            summary: `答复关于${topic}的${type}，说明已开展的工作和下一步安排。`,
            type,
            session,
            meeting,
            number,
            role: random() < 0.8 ? '主办' : '会办',
            replied,
          },
          body:
            [
              `${names[Math.floor(random() * names.length)]}${type === '建议' ? '代表' : '委员'}：`,
              `您提出的关于${topic}的${type}收悉。经认真研究，并商省有关部门，现答复如下：`,
              '## 一、工作开展情况',
              `近年来，我厅把${topic}列为年度重点工作，制定了专项方案，明确了责任分工和时间节点，各设区市生态环境局按月报送进展。${year}年上半年，全省共开展现场检查${100 + Math.floor(random() * 900)}次，发现并督促整改问题${20 + Math.floor(random() * 300)}个，相关情况已在本网站公开。各地结合实际探索形成了一批可复制、可推广的做法，部分地区还引入第三方机构开展评估，评估结果作为下一年度资金安排的重要参考。`,
              '## 二、关于您所提建议的办理情况',
              `1. **关于完善制度。** 我们将结合您的意见修订相关工作规程，进一步明确部门职责和办理时限。\n2. **关于加大投入。** 积极争取中央和省级专项资金，优先支持${topic}重点项目。\n3. **关于公众参与。** 通过政府网站、政务新媒体及时公开工作进展，畅通群众监督渠道。`,
              '## 三、下一步工作',
              `我们将继续加强部门协作，加大资金和技术支持力度，推动${topic}取得新进展，并把办理情况纳入年度工作考核。办理过程中如有新的意见和建议，欢迎随时与我们联系，我们将认真研究、积极吸纳。`,
              '感谢您对生态环境保护工作的关心和支持。',
            ].join('\n\n') + '\n',
        });
      }
      return out;
    },
  },
});
