/**
 * Schema rules of each content kind, through the same path `npm run check` and the
 * build use: every bad input must name the file, the field (in Chinese) and what was
 * expected.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problems.ts';
import { SCHEMAS } from '../../src/kinds/index.ts';
const { policy: policySchema, interpretation: interpretationSchema, release: releaseSchema, plan: planSchema } = SCHEMAS;
import { tempContent, article, type TempContent } from '../support/content-fixture.ts';

const AS_OF = '2026-11-22';
let tmp: TempContent | undefined;
afterEach(() => tmp?.cleanup());

function problemsFor(files: Record<string, string>): Problem[] {
  tmp = tempContent(files);
  return checkContent({ root: tmp.root, contentDir: tmp.contentDir, asOf: AS_OF }).problems.filter((p) => p.severity === 'error');
}

function only(problems: Problem[], file: string): Problem {
  const mine = problems.filter((p) => p.file.endsWith(file));
  expect(mine, problems.map(formatProblem).join('\n')).toHaveLength(1);
  return mine[0]!;
}

describe('the valid fixture', () => {
  it('has no errors and no warnings', () => {
    tmp = tempContent();
    const r = checkContent({ root: tmp.root, contentDir: tmp.contentDir, asOf: AS_OF });
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.items.length).toBeGreaterThanOrEqual(29);
  });
});

describe('front-matter errors name file, line, field and expectation', () => {
  it('missing required field', () => {
    const p = only(problemsFor({ 'articles/2026/t.md': article({ published: null }) }), 't.md');
    expect(p.field).toContain('发布日期');
    expect(p.message).toBe('缺少必填字段');
    expect(p.expected).toMatch(/2024-03-15/);
  });
  it('bad 索引号 format', () => {
    const p = only(problemsFor({ 'articles/2026/t.md': article({ indexNumber: '11990000MB1234560X/2026-123' }) }), 't.md');
    expect(p.field).toContain('索引号');
    expect(p.line).toBe(3);
    expect(p.expected).toMatch(/5 位流水号/);
  });
  it('duplicate 索引号', () => {
    const problems = problemsFor({
      'articles/2026/a1.md': article({ indexNumber: '11990000MB1234560X/2026-00950' }),
      'articles/2026/a2.md': article({ indexNumber: '11990000MB1234560X/2026-00950' }),
    });
    const p = only(problems, 'a2.md');
    expect(p.field).toContain('索引号');
    expect(p.message).toMatch(/已被 .*a1\.md 使用/);
  });
  it('unknown column suggests real ones', () => {
    const p = only(problemsFor({ 'articles/2026/t.md': article({ column: 'newz' }) }), 't.md');
    expect(p.field).toContain('公开目录');
    expect(p.message).toContain('栏目「newz」不存在');
    expect(p.expected).toContain('news（工作动态）');
  });
  it('column that does not accept the kind', () => {
    const p = only(problemsFor({ 'articles/2026/t.md': article({ column: 'normative-documents' }) }), 't.md');
    expect(p.message).toMatch(/不接收“公开信息”类信息/);
  });
  it('missing attachment', () => {
    const text = article({ attachments: '\n  - file: ./files/nope.pdf\n    title: 附件' });
    const p = only(problemsFor({ 'articles/2026/t.md': text }), 't.md');
    expect(p.field).toContain('附件文件');
    expect(p.message).toContain('找不到文件 ./files/nope.pdf');
    expect(p.line).toBe(8);
  });
  it('malformed and impossible dates', () => {
    const p1 = only(problemsFor({ 'articles/2026/t.md': article({ published: '2023-02-30' }) }), 't.md');
    expect(p1.field).toContain('发布日期');
    expect(p1.message).toMatch(/不是有效的日期/);
    tmp?.cleanup();
    const p2 = only(problemsFor({ 'articles/2026/t.md': article({ published: '2026/05/01' }) }), 't.md');
    expect(p2.message).toMatch(/不是有效的日期/);
  });
  it('publish date after the as-of date, unless a draft', () => {
    const p = only(problemsFor({ 'articles/2026/t.md': article({ published: '2026-12-01' }) }), 't.md');
    expect(p.message).toContain('晚于构建日期 2026-11-22');
    tmp?.cleanup();
    expect(problemsFor({ 'articles/2026/t.md': article({ published: '2026-12-01', draft: 'true' }) })).toEqual([]);
  });
  it('misspelt key is rejected with a suggestion', () => {
    const p = only(
      problemsFor({ 'articles/2026/t.md': article({ publised: '2026-05-01' }) }).filter((x) => x.message.includes('publised')),
      't.md',
    );
    expect(p.message).toContain('是不是想写「published」');
  });
  it('wrong type', () => {
    const p = only(problemsFor({ 'articles/2026/t.md': article({ keywords: '测试' }) }), 't.md');
    expect(p.field).toContain('主题词');
    expect(p.message).toMatch(/写成了文字「测试」，这里需要列表/);
  });
  it('malformed YAML', () => {
    const p = only(problemsFor({ 'articles/2026/t.md': '---\ntitle: a\n  bad: : x\n---\n' }), 't.md');
    expect(p.field).toBe('元数据');
    expect(p.message).toMatch(/YAML/);
  });
  it('file name that cannot be a URL', () => {
    const p = only(problemsFor({ 'articles/2026/测试 文件.md': article() }), '测试 文件.md');
    expect(p.field).toBe('文件名');
    expect(p.expected).toMatch(/小写字母/);
  });
});

describe('kind-specific schema rules', () => {
  const base = { title: 't', indexNumber: '11990000MB1234560X/2024-00001', column: 'x', published: '2024-01-02', written: '2024-01-01' };
  it('policies: 行政规范性文件 need interpretation by default; 文号 uses 〔〕', () => {
    const ok = policySchema.parse({ ...base, category: '行政规范性文件', docNumber: '江环规〔2024〕1号' });
    expect(ok.needsInterpretation).toBe(true);
    expect(policySchema.parse({ ...base, category: '通知' }).needsInterpretation).toBe(false);
    const bad = policySchema.safeParse({ ...base, category: '通知', docNumber: '江环规[2024]1号' });
    expect(bad.success).toBe(false);
  });
  it('repealed documents need a replacement; written not after published', () => {
    expect(planSchema.safeParse({ ...base, category: '工作要点', validity: '废止' }).success).toBe(false);
    expect(planSchema.safeParse({ ...base, category: '工作要点', validity: '废止', replacedBy: 'other' }).success).toBe(true);
    expect(planSchema.safeParse({ ...base, category: '工作要点', written: '2024-02-01' }).success).toBe(false);
  });
  it('interpretations: Q&A needs pairs, one-picture needs images with alt text', () => {
    const i = { ...base, interprets: 'some-policy' };
    expect(interpretationSchema.safeParse({ ...i, form: '简明问答' }).success).toBe(false);
    expect(interpretationSchema.safeParse({ ...i, form: '一图读懂' }).success).toBe(false);
    expect(interpretationSchema.safeParse({ ...i, form: '一图读懂', images: [{ src: './a.png', alt: '短' }] }).success).toBe(false);
    expect(interpretationSchema.safeParse({ ...i, form: '一图读懂', images: [{ src: './a.png', alt: '图解：三项主要任务' }] }).success).toBe(true);
  });
  it('releases: period formats and data file types', () => {
    const r = { ...base, series: 'air', data: './d.csv' };
    for (const period of ['2024', '2024-05', '2024-Q2', '2024-W12', '2024-H1']) expect(releaseSchema.safeParse({ ...r, period }).success, period).toBe(true);
    for (const period of ['2024-13', '2024-Q5', '2024-W60', '24-05']) expect(releaseSchema.safeParse({ ...r, period }).success, period).toBe(false);
    expect(releaseSchema.safeParse({ ...r, period: '2024', data: './d.xlsx' }).success).toBe(false);
    expect(releaseSchema.safeParse({ ...r, period: '2024', data: '../other/d.csv' }).success).toBe(false);
  });
});
