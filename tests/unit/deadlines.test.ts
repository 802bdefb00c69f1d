/**
 * 公开时限: each legal clock at its boundaries, on the shipped working-day calendar.
 * Items are built in memory through the real schemas; expected dates are worked out by
 * hand from the State Council notices (comments show the count).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCalendarDir } from '../../src/lib/content/calendar.ts';
import { judgeDeadlines, type DeadlineInput } from '../../src/lib/deadlines/judge.ts';
import { DEADLINE_RULE_IDS, DEADLINE_RULES } from '../../src/lib/deadlines/rules.ts';
import { deadlineProblems } from '../../src/lib/deadlines/problems.ts';
import { SCHEMAS, type Kind } from '../../src/kinds/index.ts';
import { seriesSchema, type Series } from '../../src/lib/schemas/series.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import type { Item } from '../../src/lib/items.ts';
import { makeCalendar as makeCal } from '../../src/lib/workdays.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { calendar } = loadCalendarDir(root, path.join(root, 'content'));
let serial = 0;

function item(kind: Kind, slug: string, data: Record<string, unknown>): Item {
  serial++;
  const parsed = SCHEMAS[kind].parse({
    title: `测试信息 ${slug}`,
    indexNumber: `11990000MB1234560X/2025-${String(serial).padStart(5, '0')}`,
    column: 'news',
    ...data,
  });
  return { kind, slug, file: `content/test/${slug}.md`, data: parsed } as Item;
}
const penalty = (slug: string, decided: string, published: string) => item('article', slug, { category: '行政处罚决定书', decided, published });
const judge = (items: Item[], extra: Partial<DeadlineInput> = {}) =>
  judgeDeadlines({ items, series: new Map(), calendar, asOf: '2026-11-22', expectAnnualReports: false, ...extra });

describe('双公示: 7 working days from the decision (发改办财金〔2018〕424号)', () => {
  it('decided 2025-09-30: published 2025-10-16 is on time, 2025-10-17 is 1 working day late', () => {
    // 1–8 October off; 9 (1), 10 (2), Sat 11 worked (3), 13 (4), 14 (5), 15 (6), 16 (7).
    expect(judge([penalty('on-time', '2025-09-30', '2025-10-16')]).findings).toEqual([]);
    const [f, ...rest] = judge([penalty('late', '2025-09-30', '2025-10-17')]).findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'dual-publicity',
      severity: 'error',
      status: 'late',
      start: '2025-09-30',
      due: '2025-10-16',
      published: '2025-10-17',
      late: 1,
      unit: '工作日',
      year: 2025,
      field: 'published',
    });
    expect(f!.message).toContain('晚 1 个工作日');
  });
  it('a permit result decided on a Friday, published 8 working days later (the sample penalty’s case)', () => {
    // 2026-07-03 (Fri): 6,7,8,9,10 (5), 13 (6), 14 (7) → due 07-14; 07-15 is the 8th.
    const [f] = judge([item('article', 'permit', { category: '行政许可结果', decided: '2026-07-03', published: '2026-07-15' })]).findings;
    expect(f).toMatchObject({ rule: 'dual-publicity', due: '2026-07-14', late: 1 });
  });
  it('published on the weekend right after the due date loses no working day: not late', () => {
    // decided 2026-11-11 (Wed): 12, 13 (2), 16..20 (7) → due Fri 11-20; Sat 11-21 is still 0 working days late.
    expect(judge([penalty('weekend', '2026-11-11', '2026-11-21')]).findings).toEqual([]);
  });
  it('a deadline in a year without a calendar is unjudgeable, never guessed', () => {
    const cal = loadCalendarDir(root, path.join(root, 'content')).years.filter((y) => y.year !== 2026);
    const [f] = judgeDeadlines({
      items: [penalty('no-2026', '2025-12-26', '2026-01-20')],
      series: new Map(),
      calendar: makeCal(cal),
      asOf: '2026-11-22',
      expectAnnualReports: false,
    }).findings;
    expect(f).toMatchObject({ rule: 'dual-publicity', status: 'unknown', severity: 'warning', due: null, late: null, year: 2026 });
    expect(f!.message).toMatch(/^无法判断：缺少 2026 年节假日安排/);
  });
  it('drafts, future and withheld items are not judged', () => {
    const draft = item('article', 'draft', { category: '行政处罚决定书', decided: '2025-01-02', published: '2025-06-01', draft: true });
    const withheld = item('article', 'withheld', { category: '行政处罚决定书', decided: '2025-01-02', published: '2025-06-01', disclosure: '依申请公开' });
    expect(judge([draft, withheld]).findings).toEqual([]);
  });
});

describe('主动公开: 20 working days from 成文日期 (条例第二十六条)', () => {
  it('written 2026-02-05 is due 2026-03-11 across the Spring Festival', () => {
    const ok = item('policy', 'p-ok', { category: '通知', written: '2026-02-05', published: '2026-03-11' });
    const late = item('policy', 'p-late', { category: '通知', written: '2026-02-05', published: '2026-03-13' });
    const { findings } = judge([ok, late]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ slug: 'p-late', rule: 'active-disclosure', due: '2026-03-11', late: 2, severity: 'error' });
  });
});

describe('主动公开 of a change: 20 working days from 变更日期 to 更新日期 (条例第二十六条: 形成或者变更)', () => {
  // Counted by hand on the 2025 decree (国办发明电〔2024〕12号): 国庆 1–8 October off,
  // Sunday 28 September and Saturday 11 October working. From Friday 26 September:
  // 9-28, 9-29, 9-30 (3), 10-9, 10-10, 10-11 (6), 10-13 … 10-17 (11), 10-20 … 10-24 (16),
  // 10-27, 10-28, 10-29, 10-30 (20): due Thursday 30 October.
  const changed = (slug: string, updated: string) => item('article', slug, { written: '2025-09-01', published: '2025-09-10', changed: '2025-09-26', updated });
  it('changed 2025-09-26 and updated 2025-10-30 is on time', () => {
    expect(judge([changed('c-ok', '2025-10-30')]).findings).toEqual([]);
  });
  it('updated 2025-10-31 is 1 working day late, pointing at 更新日期', () => {
    const { findings } = judge([changed('c-late', '2025-10-31')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      slug: 'c-late',
      rule: 'active-disclosure',
      field: 'updated',
      start: '2025-09-26',
      due: '2025-10-30',
      published: '2025-10-31',
      late: 1,
      severity: 'error',
    });
    expect(findings[0]!.message).toBe(
      '按「主动公开」（《政府信息公开条例》第二十六条）最迟应在 2025-10-30 发布（变更日期 2025-09-26 之后第 20 个工作日），实际更新 2025-10-31，晚 1 个工作日',
    );
  });
  it('without 更新日期 the change counts as published on 发布日期 (changed before the first publication)', () => {
    const early = item('article', 'c-first', { changed: '2025-09-26', published: '2025-11-03' });
    expect(judge([early]).findings).toMatchObject([{ slug: 'c-first', field: 'published', due: '2025-10-30', late: 2 }]);
  });
  it('a change in a year without calendar data is not guessed', () => {
    const f = judge([item('article', 'c-2031', { published: '2031-05-01', changed: '2031-05-06', updated: '2031-07-01' })], { asOf: '2031-12-31' }).findings;
    expect(f).toMatchObject([{ slug: 'c-2031', status: 'unknown', due: null, message: expect.stringContaining('缺少 2031 年节假日安排') }]);
  });
});

describe('变更日期 and 更新日期 are checked against the other dates', () => {
  const issues = (data: Record<string, unknown>) =>
    SCHEMAS.article
      .safeParse({ title: 't', indexNumber: '11990000MB1234560X/2025-00001', column: 'news', ...data })
      .error?.issues.map((i) => [i.path.join('.'), i.message]);
  it('变更日期 before 成文日期', () => {
    expect(issues({ written: '2025-09-01', published: '2025-09-10', changed: '2025-08-30', updated: '2025-09-12' })).toEqual([
      ['changed', '变更日期 2025-08-30 早于成文日期 2025-09-01：信息要先形成才能变更'],
    ]);
  });
  it('变更日期 after 更新日期', () => {
    expect(issues({ published: '2025-09-10', changed: '2025-09-20', updated: '2025-09-15' })).toEqual([
      ['changed', '变更日期 2025-09-20 晚于更新日期 2025-09-15：变更后的信息发布时才能写变更日期'],
    ]);
  });
  it('更新日期 before 发布日期', () => {
    expect(issues({ published: '2025-09-10', updated: '2025-09-01' })).toEqual([['updated', '更新日期 2025-09-01 早于发布日期 2025-09-10']]);
  });
});

describe('政策解读 三同步 (grace in working days from site.yaml, default 3)', () => {
  const policy = item('policy', 'policy', { category: '行政规范性文件', written: '2025-09-26', published: '2025-09-30' });
  const interp = (published: string) => item('interpretation', `jiedu-${published}`, { interprets: 'policy', published });
  it('same day: nothing; within the grace: a warning; beyond: an error', () => {
    expect(judge([policy, interp('2025-09-30')]).findings).toEqual([]);
    // 1–8 October off: 10-09 is the 1st working day after 09-30, 10-11 (Sat, worked) the 3rd, 10-13 the 4th.
    expect(judge([policy, interp('2025-10-11')]).findings[0]).toMatchObject({ rule: 'interpretation-sync', severity: 'warning', late: 3, due: '2025-09-30' });
    expect(judge([policy, interp('2025-10-13')]).findings[0]).toMatchObject({ severity: 'error', late: 4 });
    expect(judge([policy, interp('2025-10-13')], { interpretationGraceDays: 4 }).findings[0]).toMatchObject({ severity: 'warning' });
    expect(judge([policy, interp('2025-10-09')], { interpretationGraceDays: 0 }).findings[0]).toMatchObject({ severity: 'error', late: 1 });
  });
});

describe('预决算: 20 days of 批复 (预算法第十四条)', () => {
  it('approved 2026-01-30: published 2026-02-19 is on time, 2026-02-20 is 1 day late', () => {
    const b = (published: string) => item('article', `b-${published}`, { category: '部门预算', approved: '2026-01-30', published });
    expect(judge([b('2026-02-19')]).findings).toEqual([]);
    expect(judge([b('2026-02-20')]).findings[0]).toMatchObject({ rule: 'budget', due: '2026-02-19', late: 1, unit: '日', severity: 'error' });
  });
});

describe('年报: year Y by 31 January Y+1 (条例第四十九条)', () => {
  it('no report for 2025: unjudged on 31 January 2026, missing from 1 February', () => {
    expect(judge([], { asOf: '2026-01-31', expectAnnualReports: true }).findings).toEqual([]);
    const [f] = judge([], { asOf: '2026-02-01', expectAnnualReports: true }).findings;
    expect(f).toMatchObject({ rule: 'annual-report', status: 'missing', severity: 'error', due: '2026-01-31', published: null, late: 1, year: 2026 });
    // A site that publishes no reports here (no column accepts them) is not judged.
    expect(judge([], { asOf: '2026-02-01', expectAnnualReports: false }).findings).toEqual([]);
  });
});

describe('release calendar (series dueDays)', () => {
  const def = seriesSchema.parse({
    name: '测试月报',
    description: '测试',
    frequency: 'monthly',
    column: 'air-quality',
    columns: [
      { key: 'city', label: '城市', type: 'string' },
      { key: 'aqi', label: 'AQI', type: 'integer' },
    ],
    category: 'city',
    value: 'aqi',
    dueDays: 15,
  });
  const series = new Map<string, Series>([['m', { ...def, id: 'm', file: 'content/series/m.yaml' }]]);
  const rel = (period: string, published: string) => item('release', `m-${period}`, { series: 'm', period, data: './m.csv', published, column: 'air-quality' });
  it('lists every missing month and every late one; the 15th of the next month is on time', () => {
    const items = [rel('2026-07', '2026-08-15'), rel('2026-09', '2026-10-16'), rel('2026-10', '2026-11-10')];
    const { findings } = judge(items, { series });
    expect(findings.map((f) => [f.status, f.title, f.due, f.late])).toEqual([
      // Newest due date first.
      ['late', '测试信息 m-2026-09', '2026-10-15', 1],
      ['missing', '测试月报 2026年8月', '2026-09-15', 68],
    ]);
    // asOf 2026-11-22: 2026-11 is not due yet; nothing after the last period is expected before its due date.
  });
});

describe('年报 表二 against the site', () => {
  it('lists each figure that differs with both numbers, as a warning', () => {
    const report = item('report', 'annual-report-2025', structuredClone(REPORT_2025));
    const p1 = penalty('p1', '2025-03-03', '2025-03-05');
    const p2 = penalty('p2', '2025-12-30', '2026-01-05');
    const n1 = item('policy', 'n1', { category: '行政规范性文件', written: '2025-04-01', published: '2025-04-03' });
    const { findings } = judge([report, p1, p2, n1]);
    expect(findings.map((f) => [f.field, f.reported, f.counted, f.severity])).toEqual([
      ['active.normativeDocuments.current', 2, 1, 'warning'],
      ['active.penalties', 3, 2, 'warning'],
    ]);
    expect(findings[1]!.message).toBe('表二「行政处罚 本年处理决定数量」报告填写 3，本站 2025 年实际公开 2，相差 1');
  });
});

describe('npm run check shows a late item as a warning with file, field, due date and rule', () => {
  it('on the sample content', () => {
    const r = checkContent({ root, asOf: '2026-11-22' });
    const late = r.problems.filter((p) => p.message.startsWith('公开时限「双公示」'));
    expect(late).toEqual([
      {
        severity: 'warning',
        file: 'content/articles/2026/penalty-2026-14-baisha-jinyuan.md',
        line: 6,
        field: '发布日期（published）',
        message:
          '公开时限「双公示」：按「双公示」（发改办财金〔2018〕424号）最迟应在 2026-07-14 发布（决定日期 2026-07-03 之后第 7 个工作日），实际发布 2026-07-15，晚 1 个工作日',
        expected: '最迟在 2026-07-14 发布（双公示，发改办财金〔2018〕424号）',
      },
    ]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('the sample’s deliberate findings, as the audit lists them', () => {
    const r = checkContent({ root, asOf: '2026-11-22' });
    expect(r.deadlines.findings.map((f) => `${f.severity} ${f.rule} ${f.status} ${f.title}`)).toEqual([
      'error dual-publicity late 白沙金源建材有限公司行政处罚决定书（江环罚〔2026〕14号）',
      'error release-calendar missing 设区市环境空气质量月报 2026年4月',
      'warning interpretation-sync late 《江南省危险废物经营许可证管理细则》解读',
      'warning interpretation-sync late 《江南省入河排污口排查整治实施方案》解读',
      'warning interpretation-sync late 《江南省建设项目环境影响评价文件分级审批规定》解读',
      'warning report-figures mismatch 江南省生态环境厅2025年政府信息公开工作年度报告',
    ]);
    expect(r.deadlines).toMatchObject({ errors: 2, warnings: 4, years: [2026, 2025, 2024, 2023] });
    // Missing periods have no file of their own: the check does not list them, the audit does.
    expect(deadlineProblems(r.deadlines.findings, () => undefined)).toHaveLength(5);
  });
});

describe('the rules table', () => {
  it('names every rule with its Chinese name, legal source and computation', () => {
    for (const id of DEADLINE_RULE_IDS) {
      const r = DEADLINE_RULES[id];
      expect(r.id).toBe(id);
      for (const text of [r.name, r.basis, r.text, r.start, r.due]) expect(text.length).toBeGreaterThan(1);
    }
    expect(DEADLINE_RULES['dual-publicity'].basis).toBe('发改办财金〔2018〕424号');
    expect(DEADLINE_RULES['active-disclosure'].basis).toBe('《政府信息公开条例》第二十六条');
    expect(DEADLINE_RULES.budget.basis).toBe('《预算法》第十四条');
    expect(DEADLINE_RULES['annual-report'].basis).toBe('《政府信息公开条例》第四十九条');
  });
});

const row7 = [0, 0, 0, 0, 0, 0, 0];
const row5 = [0, 0, 0, 0, 0];
const REPORT_2025 = {
  year: 2025,
  published: '2026-01-20',
  column: 'annual-reports',
  active: {
    regulations: { made: 0, repealed: 0, current: 0 },
    normativeDocuments: { made: 1, repealed: 0, current: 2 },
    licensing: 0,
    penalties: 3,
    enforcement: 0,
    fees: 0,
  },
  applications: {
    received: row7,
    carriedOver: row7,
    results: {
      granted: row7,
      partial: row7,
      denied: {
        stateSecret: row7,
        lawForbidden: row7,
        safetyStability: row7,
        thirdParty: row7,
        internalAffairs: row7,
        processInfo: row7,
        enforcementFiles: row7,
        queryMatters: row7,
      },
      unavailable: { notHeld: row7, needsCreation: row7, unclear: row7 },
      notProcessed: { complaint: row7, repeated: row7, publications: row7, excessive: row7, confirmation: row7 },
      otherHandling: { noCorrection: row7, unpaidFees: row7, other: row7 },
      total: row7,
    },
    carriedForward: row7,
  },
  review: { reconsideration: row5, litigationDirect: row5, litigationAfterReconsideration: row5 },
};
