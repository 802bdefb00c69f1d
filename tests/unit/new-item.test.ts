/**
 * `npm run new`: the helpers, and the command's logic (createItem, in this process) run in
 * a temporary copy of tests/fixtures/valid — every file it creates passes `npm run check`
 * without errors (the template text is a warning until replaced). The command itself, as a
 * child process, is tested in tests/integration/new-cli.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createItem, type NewItemOptions } from '../../src/lib/new-item/create.ts';
import { generateSlug, yamlString } from '../../src/lib/new-item/model.ts';
import { nextIndexNumber } from '../../src/lib/index-number.ts';
import { previousPeriod } from '../../src/lib/series/period.ts';
import { addDays, todayInChina } from '../../src/lib/dates.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { copyFixture } from '../support/fixtures.ts';

const AS_OF = '2026-11-22';
const ORG = '11990000MB1234560X';
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function fixtureCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-new-'));
  temps.push(dir);
  copyFixture('valid', dir);
  return dir;
}

/** Run the command's logic in this process (fast); `opts` as the flags would give them. */
function make(dir: string, opts: Omit<NewItemOptions, 'yes' | 'check' | 'content'>) {
  return createItem({ ...opts, content: dir, yes: true, check: false });
}

/** Problems of the check on `dir`, as `severity file:line message`. */
function checked(dir: string): string[] {
  return checkContent({ root: dir, contentDir: dir, asOf: AS_OF }).problems.map((p) => `${p.severity} ${p.file}:${p.line} ${p.message}`);
}

describe('helpers', () => {
  it('nextIndexNumber: one more than the highest serial of that year and organisation', () => {
    expect(nextIndexNumber(ORG, 2026, [`${ORG}/2026-00007`, `${ORG}/2026-00012`, `${ORG}/2025-00099`, `91110000XXXXXXXXXX/2026-00500`])).toBe(
      `${ORG}/2026-00013`,
    );
    expect(nextIndexNumber(ORG, 2027, [`${ORG}/2026-00012`])).toBe(`${ORG}/2027-00001`);
    expect(() => nextIndexNumber(ORG, 2026, [`${ORG}/2026-49999`])).toThrow('用完');
  });

  it('nextIndexNumber keeps to the ranges: releases 50001+, reports 60001+, the rest 00001+', () => {
    const taken = [`${ORG}/2026-00012`, `${ORG}/2026-50053`, `${ORG}/2026-60001`];
    expect(nextIndexNumber(ORG, 2026, taken, 'article')).toBe(`${ORG}/2026-00013`);
    expect(nextIndexNumber(ORG, 2026, taken, 'release')).toBe(`${ORG}/2026-50054`);
    expect(nextIndexNumber(ORG, 2027, taken, 'release')).toBe(`${ORG}/2027-50001`);
    expect(nextIndexNumber(ORG, 2026, taken, 'report')).toBe(`${ORG}/2026-60002`);
  });

  it('yamlString quotes only what YAML would misread', () => {
    expect(yamlString('关于印发《江南省排污许可管理办法》的通知')).toBe('关于印发《江南省排污许可管理办法》的通知');
    expect(yamlString('通知: 关于开展检查')).toBe('"通知: 关于开展检查"');
    expect(yamlString('2026')).toBe('"2026"');
    expect(yamlString('2026-10')).toBe('2026-10');
    expect(yamlString('true')).toBe('"true"');
    expect(yamlString('[重要] 通知')).toBe('"[重要] 通知"');
    expect(yamlString('江环发〔2026〕5号')).toBe('江环发〔2026〕5号');
  });

  it('previousPeriod follows the series frequency', () => {
    expect(previousPeriod('monthly', '2026-01-15')).toBe('2025-12');
    expect(previousPeriod('quarterly', '2026-11-22')).toBe('2026-Q3');
    expect(previousPeriod('quarterly', '2026-02-01')).toBe('2025-Q4');
    expect(previousPeriod('halfyearly', '2026-07-01')).toBe('2026-H1');
    expect(previousPeriod('yearly', '2026-03-01')).toBe('2025');
    expect(previousPeriod('weekly', '2026-11-23')).toBe('2026-W47');
  });

  it('generateSlug: kind, date and the first free number, ASCII only', () => {
    expect(generateSlug('policy', '2026-11-22', new Map([['policy-2026-11-22-1', 'x']]))).toBe('policy-2026-11-22-2');
  });
});

describe('npm run new creates files that pass npm run check', () => {
  it('an article: the next 索引号 each time, with the placeholder body reported as a warning only', async () => {
    const dir = fixtureCopy();
    await make(dir, { kind: 'article', column: 'news', title: '全省生态环境系统召开冬季攻坚调度会', date: '2026-11-20', keywords: '工作动态，大气' });
    await make(dir, { kind: 'article', column: 'news', title: '第二条', date: '2026-11-20' });
    const first = readFileSync(path.join(dir, 'articles/2026/article-2026-11-20-1.md'), 'utf8');
    expect(splitFrontmatter(first).data).toMatchObject({
      indexNumber: `${ORG}/2026-00026`,
      column: 'news',
      published: '2026-11-20',
      draft: false,
      keywords: ['工作动态', '大气'],
    });
    expect(readFileSync(path.join(dir, 'articles/2026/article-2026-11-20-2.md'), 'utf8')).toContain(`indexNumber: ${ORG}/2026-00027`);
    expect(checked(dir).filter((p) => p.startsWith('error'))).toEqual([]);
  });

  it('a policy with a 文号, and a plan', async () => {
    const dir = fixtureCopy();
    await make(dir, {
      kind: 'policy',
      column: 'other-documents',
      title: '关于开展冬季大气污染防治攻坚的通知: 第一批',
      docNumber: '江环发〔2026〕5号',
      date: '2026-11-20',
      slug: 'gongjian-tongzhi',
    });
    await make(dir, { kind: 'plan', column: 'work-plans', title: '2027年政务公开工作要点', category: '工作要点', date: '2026-11-21' });
    const policy = readFileSync(path.join(dir, 'policies/2026/gongjian-tongzhi.md'), 'utf8');
    expect(policy).toContain('title: "关于开展冬季大气污染防治攻坚的通知: 第一批"');
    expect(policy).toContain('docNumber: 江环发〔2026〕5号');
    expect(policy).toContain('category: 通知');
    expect(checked(dir).filter((p) => p.startsWith('error'))).toEqual([]);
  });

  it('a 行政规范性文件 and its interpretation are drafts until both are written (三同步)', async () => {
    const dir = fixtureCopy();
    const p = await make(dir, {
      kind: 'policy',
      column: 'normative-documents',
      category: '行政规范性文件',
      title: '江南省固体废物管理办法',
      slug: 'gufei-banfa',
      date: '2026-11-20',
    });
    expect(p.notes.join('\n')).toContain('npm run new -- --kind interpretation --interprets gufei-banfa');
    await make(dir, { kind: 'interpretation', interprets: 'gufei-banfa', form: '简明问答', title: '《江南省固体废物管理办法》解读', date: '2026-11-20' });
    expect(readFileSync(path.join(dir, 'policies/2026/gufei-banfa.md'), 'utf8')).toContain('draft: true');
    const interp = readFileSync(path.join(dir, 'interpretations/2026/interpretation-2026-11-20-1.md'), 'utf8');
    expect(interp).toContain('draft: true');
    expect(interp).toContain('question: 【请填写问题】');
    expect(checked(dir).filter((x) => x.startsWith('error'))).toEqual([]);
  });

  it('an interpretation of a published policy is published, with its Q&A template flagged', async () => {
    const dir = fixtureCopy();
    const made = await make(dir, { kind: 'interpretation', interprets: 'fixture-policy-2024', form: '简明问答', title: '一问一答', date: '2026-11-20' });
    expect(made.item.draft).toBe(false);
    const out = checked(dir);
    expect(out.filter((x) => x.startsWith('error'))).toEqual([]);
    expect(out).toContainEqual(expect.stringMatching(/^warning interpretations\/2026\/interpretation-2026-11-20-1\.md:\d+ 问答仍是模板文字$/));
  });

  it('a data release starts as a draft with a copy of the previous period’s data file', async () => {
    const dir = fixtureCopy();
    mkdirSync(path.join(dir, 'series'), { recursive: true });
    writeFileSync(
      path.join(dir, 'series/test-monthly.yaml'),
      'name: 测试月报\ndescription: 测试用数据系列。\nfrequency: monthly\ncolumn: air-quality\ncategory: city\nvalue: aqi\ncolumns:\n  - key: city\n    label: 城市\n    type: string\n  - key: aqi\n    label: AQI\n    type: integer\n',
    );
    mkdirSync(path.join(dir, 'releases/2026/files'), { recursive: true });
    writeFileSync(path.join(dir, 'releases/2026/files/test-2026-09.csv'), '城市,AQI\n江州市,62\n');
    writeFileSync(
      path.join(dir, 'releases/2026/test-2026-09.md'),
      `---\ntitle: 2026年9月测试月报\nindexNumber: ${ORG}/2026-00090\ncolumn: air-quality\npublished: 2026-10-10\nkeywords: [测试]\nseries: test-monthly\nperiod: 2026-09\ndata: ./files/test-2026-09.csv\n---\n九月数据。\n`,
    );
    expect(checked(dir).filter((x) => x.startsWith('error'))).toEqual([]);
    await make(dir, { kind: 'release', series: 'test-monthly', title: '2026年10月测试月报', date: '2026-11-20', slug: 'test-2026-10' });
    const text = readFileSync(path.join(dir, 'releases/2026/test-2026-10.md'), 'utf8');
    expect(text).toMatch(/^period: 2026-10$/m);
    expect(text).toMatch(/^column: air-quality$/m);
    expect(text).toMatch(/^data: \.\/files\/test-2026-10\.csv$/m);
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toContain(`indexNumber: ${ORG}/2026-50001`);
    expect(existsSync(path.join(dir, 'releases/2026/files/test-2026-10.csv'))).toBe(true);
    expect(checked(dir).filter((x) => x.startsWith('error'))).toEqual([]);
  });

  it('a future date makes a draft, so the check does not fail', async () => {
    const dir = fixtureCopy();
    const today = todayInChina();
    const later = addDays(today, 40);
    const { file } = await make(dir, { kind: 'article', column: 'news', title: '定时发布', date: later });
    expect(readFileSync(file, 'utf8')).toMatch(/^draft: true$/m);
    const errors = checkContent({ root: dir, contentDir: dir, asOf: today }).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });
});

describe('npm run new refuses what would not pass the check', () => {
  const dir = fixtureCopy();
  it.each([
    [['--kind', 'article', '--column', 'normative-documents', '--title', 'x'], '--column「normative-documents」：「normative-documents」不在可选范围内'],
    [['--kind', 'policy', '--column', 'other-documents', '--title', 'x', '--doc-number', '江环发[2026]5号'], '年份要用六角括号〔〕括起来'],
    [['--kind', 'policy', '--column', 'other-documents', '--title', 'x', '--doc-number', '江环规〔2024〕1号'], '文号 江环规〔2024〕1号 已被'],
    [['--kind', 'article', '--column', 'news', '--title', 'x', '--slug', 'fixture-plan'], '文件名「fixture-plan」已被'],
    [['--kind', 'article', '--column', 'news', '--title', 'x', '--slug', 'Zhong_Wen'], '只能包含小写字母、数字和连字符'],
    [['--kind', 'interpretation', '--title', 'x', '--interprets', 'no-such-policy'], '找不到文件名为「no-such-policy」的政策文件或规划计划'],
    [['--kind', 'article', '--column', 'news', '--title', 'x', '--date', '2026-02-30'], '「2026-02-30」不是有效的日期：这一天不存在'],
  ])('%j', async (args, message) => {
    const { values } = parseArgs({
      args,
      options: Object.fromEntries(['kind', 'column', 'title', 'slug', 'doc-number', 'interprets', 'date'].map((k) => [k, { type: 'string' as const }])),
    });
    const opts = { ...values, docNumber: values['doc-number'] } as Omit<NewItemOptions, 'yes' | 'check' | 'content'>;
    await expect(make(dir, opts)).rejects.toThrow(message);
  });
});

describe('kinds of the processes', () => {
  it('a 建议提案 reply takes its own fields from --set (answers) and passes the check but for the placeholders', async () => {
    const dir = fixtureCopy();
    const { file } = await make(dir, {
      kind: 'reply',
      column: 'proposals',
      title: '对省十四届人大四次会议第0012号代表建议的答复',
      date: '2026-11-20',
      keywords: '建议提案',
      answers: { type: '建议', session: '十四', meeting: '四', number: '12', delegate: '陈国栋', replied: '2026-11-18' },
    });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('type: 建议\n# 届次：用汉字，如 十四（省十四届人大、省政协十四届）\nsession: 十四\n');
    expect(text).toContain('number: 12\n');
    expect(text).toContain('delegate: 陈国栋\n');
    expect(text).toContain('replied: 2026-11-18\n');
    expect(path.relative(dir, file)).toBe('replies/2026/reply-2026-11-20-1.md');
    expect(checked(dir).filter((p) => p.startsWith('error'))).toEqual([]);
  });
});
