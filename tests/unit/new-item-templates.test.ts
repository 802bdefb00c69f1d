/**
 * The scaffolds of `npm run new` (src/lib/new-item/templates.ts), the 索引号 helpers and
 * createReport of `npm run new:report`: expected values written out by hand.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '../../src/lib/new-item/model.ts';
import { createReport, ReportExistsError } from '../../src/lib/new-item/report.ts';
import { firstFreeIndexNumber, formatIndexNumber, serialRange } from '../../src/lib/index-number.ts';
import { renderItem, renderScaffold, type Scaffold } from '../../src/lib/new-item/templates.ts';
import { NEW_KINDS, type NewItem } from '../../src/lib/new-item/model.ts';

const ORG = '11990000MB1234560X';
const news = { id: 'news', name: '工作动态' } as NewItem['column'];

const article: NewItem = {
  kind: 'article',
  slug: 'article-2026-11-20-1',
  title: '全省生态环境系统召开冬季攻坚调度会',
  indexNumber: `${ORG}/2026-00026`,
  column: news,
  date: '2026-11-20',
  draft: false,
  category: '工作动态',
  keywords: ['工作动态', '大气'],
};

describe('item templates', () => {
  it('npm run new creates every kind with a scaffold, annual reports aside (npm run new:report)', () => {
    expect(NEW_KINDS.slice(0, 5)).toEqual(['plan', 'policy', 'interpretation', 'release', 'article']);
    expect(NEW_KINDS).not.toContain('report');
  });

  it('an article: every field with its Chinese comment, optional ones as commented hints, the placeholder body', () => {
    expect(renderItem(article)).toBe(
      [
        '---',
        '# 标题（必填）',
        'title: 全省生态环境系统召开冬季攻坚调度会',
        '# 索引号：自动分配的下一个空号，不要修改',
        'indexNumber: 11990000MB1234560X/2026-00026',
        '# 公开目录：栏目 id，见 content/columns.yaml（本栏目：工作动态）',
        'column: news',
        '# 发布日期（不能晚于今天，格式 2026-11-22）',
        'published: 2026-11-20',
        '# 文号（没有可不填）：年份用六角括号〔〕，如 江环发〔2026〕5号',
        '# docNumber: ',
        '# 类别（可选，如 行政处罚决定书）',
        'category: 工作动态',
        '# 主题词：方括号括起来，逗号分隔',
        'keywords: [工作动态, 大气]',
        '# 摘要（可选）：一两句话，用于列表和搜索结果',
        '# summary: ',
        '# 附件（可选）：文件放在本文件旁的 files/ 文件夹，每项一个 file 和 title',
        '# attachments:',
        '#   - file: ./files/fujian1.pdf',
        '#     title: 附件1：……',
        '# 有效性：有效、失效 或 废止（废止时还要填写 replacedBy 替代文件 和 validityChanged 废止日期）',
        'validity: 有效',
        '# 草稿：true 表示暂不发布，false 表示发布',
        'draft: false',
        '# 公开方式：主动公开、依申请公开 或 不予公开（只有主动公开的信息会发布到网站）',
        'disclosure: 主动公开',
        '---',
        '【请在这里填写正文，写好后删除本行】',
        '',
      ].join('\n'),
    );
  });

  it('a policy and a plan carry 成文日期 before 发布日期; a draft says why above draft', () => {
    const policy = renderItem({ ...article, kind: 'policy', category: '行政规范性文件', draft: true, draftReason: '须与解读同步发布。' });
    expect(policy).toContain('# 成文日期（必填，格式 2026-11-22）\nwritten: 2026-11-20\n# 发布日期');
    expect(policy).toContain('category: 行政规范性文件');
    expect(policy).toContain('# 草稿：true 表示暂不发布。须与解读同步发布。\ndraft: true');
    expect(renderItem({ ...article, kind: 'plan', category: '其他' })).toContain('written: 2026-11-20');
    expect(renderItem(article)).not.toContain('written:');
  });

  it('a 简明问答 interpretation gets a question-and-answer pair', () => {
    const text = renderItem({ ...article, kind: 'interpretation', interprets: { slug: 'policy-2026-1', title: '某办法' }, form: '简明问答' });
    expect(text).toContain('interprets: policy-2026-1\n');
    expect(text).toContain(
      'form: 简明问答\n# 解读机构或解读人（可选）\n# interpreter: \n# 问答：每组一个 question（问题）和 answer（回答），可写多组\nqa:\n  - question: ',
    );
  });

  it('renderScaffold: comments, lines, then the body after the closing ---', () => {
    const s: Scaffold = {
      data: [
        { comments: ['说明'], lines: ['a: 1'] },
        { comments: [], lines: ['b: 2'] },
      ],
      body: '正文\n',
    };
    expect(renderScaffold(s)).toBe('---\n# 说明\na: 1\nb: 2\n---\n正文\n');
  });
});

describe('索引号 helpers', () => {
  it('serial ranges: releases 50001–59999, reports 60001–99999, the rest 00001–49999', () => {
    expect(serialRange('release')).toEqual([50001, 59999]);
    expect(serialRange('report')).toEqual([60001, 99999]);
    expect(serialRange('policy')).toEqual([1, 49999]);
    expect(formatIndexNumber(ORG, 2027, 7)).toBe(`${ORG}/2027-00007`);
  });

  it('firstFreeIndexNumber reuses the lowest free serial of the range', () => {
    const taken = new Set([`${ORG}/2027-60001`, `${ORG}/2027-60003`, `${ORG}/2026-60002`]);
    expect(firstFreeIndexNumber(ORG, 2027, taken, 'report')).toBe(`${ORG}/2027-60002`);
    expect(firstFreeIndexNumber(ORG, 2028, taken, 'report')).toBe(`${ORG}/2028-60001`);
  });
});

describe('createReport', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-new-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'site.yaml'), `name: 江南省生态环境厅\norgCode: ${ORG}\n`);
  mkdirSync(path.join(dir, 'reports'));
  // Last year's report (only what createReport reads) and another item holding 2027-60001.
  writeFileSync(
    path.join(dir, 'reports/annual-report-2025.md'),
    `---\ntitle: 2025 年度报告\nindexNumber: ${ORG}/2026-60001\nyear: 2025\napplications:\n  carriedForward: [3, 1, 0, 0, 0, 0, 4]\n---\n`,
  );
  mkdirSync(path.join(dir, 'articles'));
  writeFileSync(path.join(dir, 'articles/a.md'), `---\ntitle: 占用\nindexNumber: ${ORG}/2027-60001\n---\n`);

  it('writes the draft with the next free report serial of the publication year and last year’s carry-over', () => {
    const r = createReport({ year: 2026, content: dir, root: dir });
    expect(r.file).toBe(path.join(dir, 'reports/annual-report-2026.md'));
    expect(r.indexNumber).toBe(`${ORG}/2027-60002`);
    expect(r.previous).toEqual({ file: 'reports/annual-report-2025.md', carriedForward: [3, 1, 0, 0, 0, 0, 4] });
    const text = readFileSync(r.file, 'utf8');
    expect(text.startsWith(`---\ntitle: 江南省生态环境厅2026年政府信息公开工作年度报告\nindexNumber: ${ORG}/2027-60002\ncolumn: annual-reports\n`)).toBe(true);
    expect(text).toContain('# 草稿：填写完毕、数字核对无误后删除此行（或改为 false）再发布\ndraft: true\nyear: 2026\n');
  });

  it('refuses to overwrite without force, and a year out of range', () => {
    expect(() => createReport({ year: 2026, content: dir, root: dir })).toThrow(ReportExistsError);
    // With force the report being replaced still counts as taken, as it always has: the new one gets the next serial.
    expect(createReport({ year: 2026, content: dir, root: dir, force: true }).indexNumber).toBe(`${ORG}/2027-60003`);
    expect(() => createReport({ year: 1999, content: dir, root: dir })).toThrow(UsageError);
  });
});
