/**
 * Consultations (征求意见) and their feedback (意见采纳情况), src/kinds/consultation/ and
 * src/kinds/feedback/: the window and its clock, the status for several as-of dates, the
 * windows counted in working days around 调休, the totals, the listing order, the audit
 * findings and the corpus maker. Every expected value is worked out by hand (dates in the
 * comments), never computed by the code under test.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCalendarDir } from '../../src/lib/content/calendar.ts';
import { phaseOn, statusLabel, tally, windowDays, windowFault, windowWorkdays } from '../../src/kinds/consultation/process.ts';
import { consultationListing } from '../../src/kinds/consultation/listing.ts';
import { makeConsultations, makeFeedback } from '../../src/kinds/consultation/corpus.ts';
import consultation from '../../src/kinds/consultation/kind.ts';
import feedback from '../../src/kinds/feedback/kind.ts';
import { listingOf, type Item } from '../../src/kinds/index.ts';
import type { KindContext, KindItem } from '../../src/kinds/define.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { calendar } = loadCalendarDir(root, path.join(root, 'content'));

describe('the window', () => {
  it('counts calendar days with both ends included', () => {
    // 6–30 November is 25 days, 1–5 December 5 more.
    expect(windowDays('2026-11-06', '2026-12-05')).toBe(30);
    // 2024 is a leap year: 1–29 February is 29 days, then 1 March.
    expect(windowDays('2024-02-01', '2024-03-01')).toBe(30);
    expect(windowDays('2026-06-15', '2026-07-14')).toBe(30);
  });

  it('counts working days with 调休 Saturdays and Sundays worked and holidays off', () => {
    // 2025-09-28 (Sunday, worked) … 30 Sep worked, 1–8 Oct off, 9–10 Oct worked, 11 Oct (Saturday, worked): 28, 29, 30, 9, 10, 11.
    expect(windowWorkdays(calendar, '2025-09-28', '2025-10-11')).toBe(6);
    // 2026 春节: 12 Feb (Thu), 13 (Fri), 14 (Saturday, worked), 15–23 off, 24 (Tue).
    expect(windowWorkdays(calendar, '2026-02-12', '2026-02-24')).toBe(4);
    // 2026 国庆节: 30 Sep, 1–7 Oct off, 8, 9, 10 (Saturday, worked), 11 Sunday off, 12, 13, 14.
    expect(windowWorkdays(calendar, '2026-09-30', '2026-10-14')).toBe(7);
    // A year without a calendar file is never guessed.
    expect(windowWorkdays(calendar, '2026-12-21', '2027-01-08')).toEqual({ missingYear: 2027 });
  });

  it('needs 30 days for a 重大行政决策, unless a reason is stated', () => {
    expect(windowFault('重大行政决策', '2026-11-06', '2026-12-05', undefined)).toBeUndefined();
    const short = windowFault('重大行政决策', '2026-11-06', '2026-12-04', undefined);
    expect(short?.code).toBe('short');
    expect(short?.message).toBe('重大行政决策征求意见期限为 2026-11-06 至 2026-12-04，共 29 天，少于 30 天，且没有说明理由');
    expect(short?.expected).toContain('截止日期不早于 2026-12-05');
    expect(windowFault('重大行政决策', '2026-11-06', '2026-11-20', '应急管理需要，尽快出台')).toBeUndefined();
  });

  it('needs 7 working days for a 行政规范性文件, unless a reason is stated; 其他 has no minimum', () => {
    expect(windowFault('行政规范性文件', '2026-09-30', '2026-10-14', undefined, calendar)).toBeUndefined();
    expect(windowFault('行政规范性文件', '2026-09-30', '2026-10-13', undefined, calendar)?.message).toBe(
      '行政规范性文件征求意见期限为 2026-09-30 至 2026-10-13，只有 6 个工作日，少于 7 个工作日，且没有说明理由',
    );
    expect(windowFault('行政规范性文件', '2026-02-12', '2026-02-24', '上位法已修改，需尽快衔接', calendar)).toBeUndefined();
    expect(windowFault('其他', '2026-11-20', '2026-11-22', undefined, calendar)).toBeUndefined();
  });

  it('says it cannot judge a window in a year without calendar data', () => {
    const fault = windowFault('行政规范性文件', '2026-12-28', '2027-01-08', undefined, calendar);
    expect(fault?.code).toBe('missing-year');
    expect(fault?.message).toBe('无法判断：缺少 2027 年节假日安排，不能判断征求意见期限 2026-12-28 至 2027-01-08 是否满 7 个工作日');
  });
});

describe('the content check of consultations', () => {
  const run = (data: Record<string, unknown>) =>
    consultation.check!({
      items: [item('consultation', 'c', { ...base, title: '征求意见', attachments: [{ file: './files/a.pdf', title: '征求意见稿' }], ...data }) as never],
      bySlug: new Map(),
      asOf: '2026-11-22',
      isPublished: () => true,
      settings: {},
      calendar,
    }).map((p) => [p.severity, p.path.join('.'), p.message]);

  it('is an error for a window that is too short, a warning when the calendar of its year is missing', () => {
    expect(run({ decisionType: '行政规范性文件', published: '2026-02-12', opens: '2026-02-12', closes: '2026-02-24' })).toEqual([
      ['error', 'closes', '行政规范性文件征求意见期限为 2026-02-12 至 2026-02-24，只有 4 个工作日，少于 7 个工作日，且没有说明理由'],
    ]);
    expect(run({ decisionType: '行政规范性文件', published: '2026-11-20', opens: '2026-12-28', closes: '2027-01-08' })).toEqual([
      ['warning', 'closes', '无法判断：缺少 2027 年节假日安排，不能判断征求意见期限 2026-12-28 至 2027-01-08 是否满 7 个工作日'],
    ]);
    expect(run({ decisionType: '其他', published: '2026-11-20', opens: '2026-11-20', closes: '2026-11-20' })).toEqual([
      ['error', 'closes', '截止日期 2026-11-20 与开始日期相同，征求意见只有一天'],
    ]);
  });

  it('warns when there is no attachment (the draft may be the body)', () => {
    const problems = consultation.check!({
      items: [
        item('consultation', 'c', {
          ...base,
          title: '征求意见',
          decisionType: '其他',
          published: '2026-11-20',
          opens: '2026-11-20',
          closes: '2026-11-30',
          attachments: [],
        }) as never,
      ],
      bySlug: new Map(),
      asOf: '2026-11-22',
      isPublished: () => true,
      settings: {},
      calendar,
    });
    expect(problems.map((p) => [p.severity, p.path.join('.')])).toEqual([['warning', 'attachments']]);
  });
});

describe('status for the as-of date (window 2026-11-06 to 2026-12-05)', () => {
  const at = (asOf: string, hasFeedback = false) => statusLabel(phaseOn(asOf, '2026-11-06', '2026-12-05'), hasFeedback);
  it.each([
    ['2026-11-05', '即将征求意见（1 天后开始）', 'open'],
    ['2026-11-06', '征求意见中（还剩 30 天）', 'open'],
    ['2026-11-22', '征求意见中（还剩 14 天）', 'open'],
    ['2026-12-04', '征求意见中（还剩 2 天）', 'open'],
    ['2026-12-05', '征求意见中（还剩 1 天）', 'open'],
    ['2026-12-06', '已截止', 'closed'],
    ['2027-03-01', '已截止', 'closed'],
  ])('on %s: %s', (asOf, label, tone) => {
    expect(at(asOf)).toEqual({ label, tone });
  });

  it('is 已公布采纳情况 once feedback is published', () => {
    expect(at('2027-01-10', true)).toEqual({ label: '已公布采纳情况', tone: 'done' });
  });

  it('counts days since closing for the audit', () => {
    // 1 September to 22 November: 29 days left in September, 31 in October, 22 in November.
    expect(phaseOn('2026-11-22', '2026-08-03', '2026-09-01')).toEqual({ phase: 'closed', closedFor: 82 });
  });
});

const item = <D>(kind: string, slug: string, data: D): KindItem<D> => ({ kind, slug, file: `content/${kind}/${slug}.md`, data });
const base = { indexNumber: '11990000MB1234560X/2026-00001', column: 'consultations', draft: false, disclosure: '主动公开' };
const c1 = item('consultation', 'c-open', { ...base, title: '征求意见一', published: '2026-11-06', opens: '2026-11-06', closes: '2026-12-05' });
const c2 = item('consultation', 'c-closed', { ...base, title: '征求意见二', published: '2026-08-03', opens: '2026-08-03', closes: '2026-09-01' });
const c3 = item('consultation', 'c-answered', { ...base, title: '征求意见三', published: '2026-06-15', opens: '2026-06-15', closes: '2026-07-14' });
const f3 = item('feedback', 'f-answered', { ...base, title: '采纳情况三', published: '2026-08-20', consultation: 'c-answered' });
const p2 = item('policy', 'p-adopted', { ...base, title: '正式文件', published: '2026-10-10', consultation: 'c-closed' });

describe('the status hook', () => {
  const status = (c: KindItem<never>, linked: KindItem<Record<string, unknown>>[]) =>
    consultation.status!(c as never, {
      asOf: '2026-11-22',
      linkedBy: (field, slug) => (field === 'consultation' ? linked.filter((i) => i.data.consultation === slug) : []),
    });
  it('reads the feedback among the items naming the consultation, not the policy adopted after it', () => {
    expect(status(c3 as never, [f3 as never])?.label).toBe('已公布采纳情况');
    expect(status(c2 as never, [p2 as never])?.label).toBe('已截止');
    expect(status(c1 as never, [])?.label).toBe('征求意见中（还剩 14 天）');
  });
});

describe('audit findings', () => {
  function ctx(all: KindItem<Record<string, unknown>>[], asOf: string, settings: Record<string, unknown> = {}): KindContext<never> {
    return {
      items: all.filter((i) => i.kind === 'consultation') as never,
      bySlug: new Map(all.map((i) => [i.slug, i])),
      asOf,
      isPublished: (i) => !(i.data as { draft: boolean }).draft && (i.data as { published: string }).published <= asOf,
      settings,
    };
  }
  const [withoutFeedback, adopted] = consultation.audit!;
  const all = [c1, c2, c3, f3, p2] as KindItem<Record<string, unknown>>[];

  it('lists a consultation closed more than 30 days ago without feedback, with its dates', () => {
    expect(withoutFeedback!.collect(ctx(all, '2026-11-22'))).toEqual([
      {
        slug: 'c-closed',
        message: '征求意见期为 2026-08-03 至 2026-09-01，截止已 82 天（超过 30 天），仍未公布意见采纳情况',
        expected: '发布意见采纳情况（意见采纳情况类信息，填写 consultation: c-closed）',
      },
    ]);
  });

  it('waits exactly the set number of days: 30 days after closing is not yet a finding, 31 is', () => {
    // 1 September + 30 days = 1 October.
    expect(withoutFeedback!.collect(ctx(all, '2026-10-01'))).toEqual([]);
    expect(withoutFeedback!.collect(ctx(all, '2026-10-02')).map((f) => f.slug)).toEqual(['c-closed']);
    expect(withoutFeedback!.collect(ctx(all, '2026-11-22', { consultationFeedbackDays: 90 }))).toEqual([]);
  });

  it('does not count a draft feedback', () => {
    const draft = item('feedback', 'f-draft', { ...base, title: '草稿', published: '2026-10-01', consultation: 'c-closed', draft: true });
    expect(withoutFeedback!.collect(ctx([...all, draft as never], '2026-11-22')).map((f) => f.slug)).toEqual(['c-closed']);
  });

  it('lists an adopted policy whose consultation never got feedback', () => {
    expect(adopted!.collect(ctx(all, '2026-11-22'))).toEqual([
      {
        slug: 'p-adopted',
        message: '本文件已于 2026-10-10 印发，但它的征求意见「征求意见二」（2026-08-03 至 2026-09-01）没有公布意见采纳情况',
        expected: '发布意见采纳情况，填写 consultation: c-closed',
      },
    ]);
  });
});

describe('feedback', () => {
  it('adds up opinions per decision', () => {
    expect(
      tally([
        { count: 4, decision: '采纳' },
        { count: 3, decision: '部分采纳' },
        { count: 2, decision: '不采纳' },
        { count: 1, decision: '采纳' },
      ]),
    ).toEqual({ 采纳: 5, 部分采纳: 3, 不采纳: 2, total: 10 });
  });

  it('requires a reason for 部分采纳 and 不采纳, not for 采纳', () => {
    const parsed = feedback.schema.safeParse({
      ...base,
      title: '采纳情况',
      published: '2026-08-20',
      consultation: 'c-answered',
      received: 6,
      people: 3,
      opinions: [
        { summary: '意见一', count: 2, decision: '采纳' },
        { summary: '意见二', count: 2, decision: '部分采纳' },
        { summary: '意见三', count: 2, decision: '不采纳', reason: '上位法已有规定' },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['opinions.1.reason', '第 2 条意见为“部分采纳”，必须说明理由']]);
  });

  it('checks the totals and the people against what was received', () => {
    const f = item('feedback', 'f', {
      ...base,
      title: '采纳情况',
      published: '2026-08-20',
      consultation: 'c-answered',
      received: 5,
      people: 0,
      organisations: 0,
      opinions: [{ summary: '意见', count: 4, decision: '采纳' }],
    });
    const problems = feedback.check!({
      items: [f as never],
      bySlug: new Map([[c3.slug, c3 as never]]),
      asOf: '2026-11-22',
      isPublished: () => true,
      settings: {},
    });
    expect(problems.map((p) => [p.path.join('.'), p.message])).toEqual([
      ['received', '合计不一致：收到意见写的是 5 条，各条意见（opinions）的条数加起来是 4 条（采纳 4、部分采纳 0、不采纳 0）'],
      ['people', '收到 5 条意见，但提出意见的个人和单位都是 0'],
    ]);
  });
});

describe('the column 意见征集', () => {
  it('lists consultations first, by closing date latest first (so open ones lead on any day), then feedback newest first', () => {
    const list = [
      { title: '采纳情况甲', published: '2026-08-20' },
      { title: '征求意见乙', published: '2026-08-03', closes: '2026-09-01' },
      { title: '采纳情况丁', published: '2026-10-30' },
      { title: '征求意见甲', published: '2026-11-06', closes: '2026-12-05' },
      { title: '征求意见丙', published: '2026-06-15', closes: '2026-07-14' },
    ];
    const sorted = [...list].sort((a, b) => consultationListing.compare(a, b));
    expect(sorted.map((d) => d.title)).toEqual(['征求意见甲', '征求意见乙', '征求意见丙', '采纳情况丁', '采纳情况甲']);
    expect(sorted.map((d) => consultationListing.group(d))).toEqual(['征求意见', '征求意见', '征求意见', '意见采纳情况', '意见采纳情况']);
  });

  it('is the listing of a column holding both kinds, and of neither mixed with another kind', () => {
    const as = (kind: string) => ({ kind, slug: kind, file: '', data: {} }) as unknown as Item;
    expect(listingOf([as('consultation'), as('feedback')])).toBe(consultationListing);
    expect(listingOf([as('feedback')])).toBe(consultationListing);
    expect(listingOf([as('consultation'), as('policy')])).toBeUndefined();
    expect(listingOf([as('policy')])).toBeUndefined();
  });
});

describe('corpus makers', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const cx = { count: 12, from: '2024-01-01', to: '2026-10-31', random, columns: ['consultations'], cities: ['江州市', '临川市'], taken: new Set<string>() };
  const consultations = makeConsultations(cx);
  const feedbacks = makeFeedback(cx);

  it('make valid items: the schema accepts them with an 索引号', () => {
    for (const [kind, items] of [
      [consultation, consultations],
      [feedback, feedbacks],
    ] as const) {
      for (const it of items) {
        const data = {
          ...it.data,
          indexNumber: `11990000MB1234560X/${it.data.published.slice(0, 4)}-00001`,
          attachments: [{ file: './files/a.pdf', title: '征求意见稿' }],
        };
        const r = kind.schema.safeParse(data);
        expect(r.success, `${it.slug}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
      }
    }
  });

  it('make feedback that names a generated consultation, published after it closed, with totals that add up', () => {
    expect(consultations).toHaveLength(12);
    expect(feedbacks.length).toBeGreaterThan(6);
    const bySlug = new Map(consultations.map((c) => [c.slug, c]));
    for (const f of feedbacks) {
      const c = bySlug.get(f.data.consultation as string);
      expect(c, f.slug).toBeDefined();
      expect(f.data.published > (c!.data.closes as string)).toBe(true);
      expect(f.data.published <= cx.to).toBe(true);
      const opinions = f.data.opinions as Array<{ count: number }>;
      expect(opinions.reduce((n, o) => n + o.count, 0)).toBe(f.data.received);
    }
  });
});
