/**
 * 环评 projects and their stages (src/kinds/project/, src/kinds/stage/): the status of a
 * project on several days, a stage's own state, the 拟审批公示's length in working days
 * across a holiday with its 调休 Saturday, the kind's rules across stages, the column's
 * order, and the corpus maker. Expectations written by hand from the 2026 calendar
 * (国庆 1–7 October off, Saturday 10 October worked).
 */
import { describe, expect, it } from 'vitest';
import { parseCalendar } from '../../src/lib/content/calendar.ts';
import { makeCalendar } from '../../src/lib/workdays.ts';
import project from '../../src/kinds/project/kind.ts';
import stage from '../../src/kinds/stage/kind.ts';
import { earliestEnd, projectStatus, stageStatus, windowWorkdays, type StageFacts } from '../../src/kinds/project/process.ts';
import type { KindContext, KindItem } from '../../src/kinds/define.ts';
import { mulberry32 } from '../../src/lib/mulberry32.ts';

const CAL_2026 = `year: 2026
notice: 国办发明电〔2025〕7号
title: 国务院办公厅关于2026年部分节假日安排的通知
holidays:
  - { name: 中秋节, from: 2026-09-25, to: 2026-09-27 }
  - { name: 国庆节, from: 2026-10-01, to: 2026-10-07 }
workdays:
  - { date: 2026-09-20, name: 国庆节 }
  - { date: 2026-10-10, name: 国庆节 }
`;
const parsed = parseCalendar(CAL_2026, '2026.yaml', 'calendar/2026.yaml');
const cal = makeCalendar([parsed.year!]);

const acceptance: StageFacts = { stage: '受理公示', noticeFrom: '2026-09-07', noticeTo: '2026-09-18', published: '2026-09-07' };
const proposal: StageFacts = { stage: '拟审批公示', noticeFrom: '2026-11-18', noticeTo: '2026-11-24', published: '2026-11-18' };
const approval: StageFacts = { stage: '审批决定', decided: '2026-11-27', result: '批复', published: '2026-11-30' };
const rejection: StageFacts = { stage: '审批决定', decided: '2026-10-09', result: '不予批准', published: '2026-10-12' };

describe('the status of a project on a day', () => {
  it('follows its published stages and the 公示 windows', () => {
    expect(projectStatus([], '2026-11-22')).toBeUndefined();
    expect(projectStatus([acceptance], '2026-09-07')).toEqual({ label: '受理公示中', tone: 'open' });
    expect(projectStatus([acceptance], '2026-09-18')).toEqual({ label: '受理公示中', tone: 'open' });
    expect(projectStatus([acceptance], '2026-09-19')).toEqual({ label: '审查中', tone: 'open' });
    expect(projectStatus([acceptance, proposal], '2026-11-22')).toEqual({ label: '拟审批公示中', tone: 'open' });
    expect(projectStatus([acceptance, proposal], '2026-11-24')).toEqual({ label: '拟审批公示中', tone: 'open' });
    expect(projectStatus([acceptance, proposal], '2026-11-25')).toEqual({ label: '待审批决定', tone: 'open' });
    expect(projectStatus([proposal, acceptance, approval], '2026-11-30')).toEqual({ label: '已批复', tone: 'done' });
    expect(projectStatus([acceptance, rejection], '2026-10-12')).toEqual({ label: '不予批准', tone: 'closed' });
  });

  it('is the project’s on its page and in lists (the kind’s status hook reads the linked stages)', () => {
    const linked = [acceptance, proposal].map((data, i) => ({ kind: 'stage', slug: `s${i}`, file: `s${i}.md`, data: { ...data, project: 'p' } }));
    const linkedBy = (field: string, slug: string) => (field === 'project' && slug === 'p' ? linked : []);
    const item = { kind: 'project', slug: 'p', file: 'p.md', data: {} as never };
    expect(project.status!(item, { asOf: '2026-11-22', linkedBy })).toEqual({ label: '拟审批公示中', tone: 'open' });
    expect(project.status!({ ...item, slug: 'other' }, { asOf: '2026-11-22', linkedBy })).toBeUndefined();
  });

  it('a stage has its own state: 即将公示, 公示中, 公示期满, or the decision', () => {
    expect(stageStatus({ ...proposal, published: '2026-11-16' }, '2026-11-17')).toEqual({ label: '即将公示', tone: 'open' });
    expect(stageStatus(proposal, '2026-11-22')).toEqual({ label: '公示中', tone: 'open' });
    expect(stageStatus(acceptance, '2026-11-22')).toEqual({ label: '公示期满', tone: 'done' });
    expect(stageStatus(approval, '2026-11-30')).toEqual({ label: '已批复', tone: 'done' });
    expect(stageStatus(rejection, '2026-11-30')).toEqual({ label: '不予批准', tone: 'closed' });
  });
});

describe('the 拟审批公示 window in working days', () => {
  it('counts both ends, skips the 国庆 holiday and counts the 调休 Saturday', () => {
    // Mon 14 – Fri 18 September: 5.
    expect(windowWorkdays(cal, '2026-09-14', '2026-09-18')).toBe(5);
    // Tue 29, Wed 30 September, (1–7 October off), Thu 8, Fri 9 October: 4.
    expect(windowWorkdays(cal, '2026-09-29', '2026-10-09')).toBe(4);
    // … and Saturday 10 October, worked: 5.
    expect(windowWorkdays(cal, '2026-09-29', '2026-10-10')).toBe(5);
    expect(earliestEnd(cal, '2026-09-29', 5)).toBe('2026-10-10');
    // Mon 21 – Thu 24 September (25 is 中秋节): 4; the first 5-day end is Mon 28.
    expect(windowWorkdays(cal, '2026-09-21', '2026-09-25')).toBe(4);
    expect(earliestEnd(cal, '2026-09-21', 5)).toBe('2026-09-28');
  });

  it('never guesses a year without calendar data', () => {
    expect(windowWorkdays(cal, '2026-12-28', '2027-01-05')).toEqual({ missingYear: 2027 });
  });
});

type StageItem = KindItem<Record<string, unknown>>;
const file = (slug: string) => `content/eia/2026/${slug}.md`;
function stageItem(slug: string, data: Record<string, unknown>): StageItem {
  return { kind: 'stage', slug, file: file(slug), data: { title: slug, published: '2026-09-01', draft: false, project: 'p', attachments: [], ...data } };
}
function checkWith(stages: StageItem[], projects: StageItem[] = []) {
  const p: StageItem = { kind: 'project', slug: 'p', file: 'content/projects/2026/p.md', data: { title: '示例项目', published: '2026-09-01' } };
  const bySlug = new Map<string, StageItem>([[p.slug, p], ...[...projects, ...stages].map((s) => [s.slug, s] as const)]);
  const ctx = { items: stages, bySlug, asOf: '2026-12-31', isPublished: () => true, settings: {}, calendar: cal } as unknown as KindContext<never>;
  return stage.check!(ctx);
}

describe('the rules across a project’s stages', () => {
  it('accepts a 5-working-day proposal ending on the 调休 Saturday and a decision the day after', () => {
    expect(
      checkWith([
        stageItem('a', { stage: '拟审批公示', noticeFrom: '2026-09-29', noticeTo: '2026-10-10', published: '2026-09-29' }),
        stageItem('b', { stage: '审批决定', decided: '2026-10-11', result: '批复', published: '2026-10-12' }),
      ]),
    ).toEqual([]);
  });

  it('a proposal of 4 working days across 国庆 is an error on its 截止日期, with the earliest valid end', () => {
    expect(checkWith([stageItem('a', { stage: '拟审批公示', noticeFrom: '2026-09-29', noticeTo: '2026-10-09', published: '2026-09-29' })])).toEqual([
      {
        file: file('a'),
        severity: 'error',
        path: ['noticeTo'],
        message: '拟审批公示期 2026-09-29 至 2026-10-09 只有 4 个工作日，少于 5 个工作日',
        expected: '公示期不少于 5 个工作日：自 2026-09-29 起，截止日期不早于 2026-10-10（节假日不计）',
      },
    ]);
  });

  it('a window reaching a year without calendar data is “无法判断”, a warning', () => {
    expect(checkWith([stageItem('a', { stage: '拟审批公示', noticeFrom: '2026-12-28', noticeTo: '2027-01-05', published: '2026-12-28' })])).toEqual([
      {
        file: file('a'),
        severity: 'warning',
        path: ['noticeTo'],
        message: '拟审批公示是否满 5 个工作日无法判断：缺少 2027 年节假日安排',
        expected: '在 content/calendar/ 中添加 2027 年的节假日安排',
      },
    ]);
  });

  it('a decision during the acceptance notice is an error naming that notice', () => {
    const problems = checkWith([
      stageItem('a', { stage: '受理公示', noticeFrom: '2026-09-07', noticeTo: '2026-09-18', published: '2026-09-07' }),
      stageItem('b', { stage: '审批决定', decided: '2026-09-15', result: '不予批准', published: '2026-09-16' }),
    ]);
    expect(problems.map((p) => [p.file, p.path, p.message])).toEqual([
      [file('b'), ['decided'], `决定日期 2026-09-15 不晚于受理公示的截止日期 2026-09-18（${file('a')}）：公示期满前不能作出审批决定`],
    ]);
  });

  it('a rejection may come without a 拟审批公示; an approval may not', () => {
    const acceptanceItem = stageItem('a', { stage: '受理公示', noticeFrom: '2026-09-07', noticeTo: '2026-09-18', published: '2026-09-07' });
    expect(checkWith([acceptanceItem, stageItem('b', { stage: '审批决定', decided: '2026-10-09', result: '不予批准', published: '2026-10-12' })])).toEqual([]);
    expect(
      checkWith([acceptanceItem, stageItem('b', { stage: '审批决定', decided: '2026-10-09', result: '批复', published: '2026-10-12' })]).map((p) => p.message),
    ).toEqual(['环评项目「示例项目」没有已发布的拟审批公示，不能直接批复']);
  });
});

describe('the 环评 column', () => {
  it('lists projects by status in process order (受理公示中 first), newest first within a status', () => {
    const listing = project.listing!;
    const rows = [
      { published: '2026-08-01', status: '已批复' },
      { published: '2026-11-16', status: '受理公示中' },
      { published: '2026-07-01', status: '不予批准' },
      { published: '2026-09-07', status: '拟审批公示中' },
      { published: '2026-10-01', status: '受理公示中' },
      { published: '2026-06-01', status: '审查中' },
    ].map((r) => ({ data: { published: r.published } as never, status: { label: r.status, tone: 'open' as const } }));
    const sorted = [...rows].sort((a, b) => listing.compare(a.data, b.data, a.status, b.status));
    expect(sorted.map((r) => `${listing.group(r.data, r.status)} ${(r.data as { published: string }).published}`)).toEqual([
      '受理公示中 2026-11-16',
      '受理公示中 2026-10-01',
      '审查中 2026-06-01',
      '拟审批公示中 2026-09-07',
      '已批复 2026-08-01',
      '不予批准 2026-07-01',
    ]);
  });

  it('offers 状态 and 城市 as search filters', () => {
    const [status, city] = project.facets!;
    expect([status!.key, status!.label, city!.key, city!.label]).toEqual(['status', '状态', 'city', '城市']);
    expect(status!.value({} as never, { label: '已批复', tone: 'done' })).toBe('已批复');
    expect(city!.value({ city: '白沙市' } as never)).toBe('白沙市');
  });
});

describe('the corpus maker', () => {
  it('makes projects with consistent stages that pass the schemas and the rules', () => {
    const made = project.corpus!.make({
      count: 40,
      from: '2026-01-05',
      to: '2026-11-20',
      random: mulberry32(7),
      columns: ['eia-projects'],
      cities: ['江州市', '白沙市'],
      taken: new Set(),
    });
    const projects = made.filter((m) => !m.kind);
    const stages = made.filter((m) => m.kind === 'stage');
    expect(projects).toHaveLength(40);
    expect(stages.length).toBeGreaterThanOrEqual(40);
    expect(new Set(made.map((m) => m.slug)).size).toBe(made.length);
    const slugs = new Set(projects.map((p) => p.slug));
    for (const s of stages) expect(slugs.has(s.data.project as string)).toBe(true);
    const withIndex = (d: Record<string, unknown>, i: number) => ({
      ...d,
      indexNumber: `11990000MB1234560X/${String(d.published).slice(0, 4)}-${String(i + 1).padStart(5, '0')}`,
    });
    for (const [i, p] of projects.entries()) expect(project.schema.safeParse(withIndex(p.data, i)).error).toBeUndefined();
    const items = stages.map((s, i) => {
      const r = stage.schema.safeParse(withIndex(s.data, i));
      expect(r.error, s.slug).toBeUndefined();
      return { kind: 'stage', slug: s.slug, file: s.slug, data: r.data as Record<string, unknown> };
    });
    const projectItems = projects.map((p) => ({ kind: 'project', slug: p.slug, file: p.slug, data: p.data as Record<string, unknown> }));
    expect(checkWith(items, projectItems)).toEqual([]);
    // Every stage of the process appears somewhere in the corpus.
    expect(new Set(stages.map((s) => s.data.stage))).toEqual(new Set(['受理公示', '拟审批公示', '审批决定']));
  });
});

describe('npm run new lines', () => {
  it('a 拟审批公示 starts on the day and proposes a week; a decision asks for its date and result', () => {
    expect(
      stage.scaffold!.lines!({ date: '2026-11-18', answers: { project: 'baisha-xingang-bowei', stage: '拟审批公示' } }).filter(
        (l: string) => !l.startsWith('#'),
      ),
    ).toEqual(['project: baisha-xingang-bowei', 'stage: 拟审批公示', 'noticeFrom: 2026-11-18', 'noticeTo: 2026-11-24']);
    expect(stage.scaffold!.lines!({ date: '2026-10-20', answers: { stage: '审批决定' } }).filter((l: string) => !l.startsWith('#'))).toEqual([
      'project: 【项目文件名】',
      'stage: 审批决定',
      'decided: 2026-10-20',
      'result: 批复',
    ]);
    expect(project.scaffold!.lines!({ date: '2026-11-16', answers: { city: '东阳市' } }).filter((l: string) => !l.startsWith('#'))).toEqual([
      'builder: 【建设单位全称】',
      'location: 【建设地点】',
      'city: 东阳市',
      'eiaCategory: 报告书',
    ]);
  });
});
