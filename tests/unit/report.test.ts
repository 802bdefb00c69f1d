/**
 * 政府信息公开工作年度报告: the tables' arithmetic (勾稽关系) in the schema, with messages
 * that name the table, row and column; the cross-year carry-over; the six headings;
 * the new-report scaffold; and splitting the rendered body into parts. The command
 * `npm run new:report` itself is tested in tests/integration/new-report-cli.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SCHEMAS } from '../../src/kinds/index.ts';
const reportSchema = SCHEMAS.report;
import { reportArithmetic } from '../../src/lib/report/arithmetic.ts';
import { emptyTables, type ReportTables } from '../../src/lib/report/format.ts';
import { missingParts } from '../../src/lib/report/rules.ts';
import { scaffoldReport } from '../../src/lib/new-item/report.ts';
import { splitSections } from '../../src/lib/report/sections.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { tempContent, type TempContent } from '../support/content-fixture.ts';

const OVERLAY = path.resolve('tests/fixtures/series-overlay');
const R2025 = 'reports/annual-report-2025.md';
const R2024 = 'reports/annual-report-2024.md';
let t: TempContent | undefined;
afterEach(() => t?.cleanup());

function site(): TempContent {
  t = tempContent();
  cpSync(OVERLAY, t.contentDir, { recursive: true });
  return t;
}
const read = (c: TempContent, rel: string) => readFileSync(path.join(c.contentDir, rel), 'utf8');
const run = (c: TempContent) => checkContent({ root: c.root, contentDir: c.contentDir, asOf: '2026-11-22' });
// The report's own rules; 公开时限 (its 表二 against this fixture site) is tested in deadlines.test.ts.
const reportProblems = (ps: Problem[]) => ps.filter((p) => p.file.includes('/reports/') && !p.message.startsWith('公开时限'));
/** The 2025 sample report's front matter, parsed. */
const sample = () => splitFrontmatter(readFileSync(path.join(OVERLAY, R2025), 'utf8')).data as ReportTables & Record<string, unknown>;

describe('report table arithmetic', () => {
  it('the sample reports add up', () => {
    expect(reportArithmetic(sample())).toEqual([]);
    expect(reportSchema.safeParse(sample()).success).toBe(true);
  });

  it('a 总计 that is not the sum of the applicant types', () => {
    const d = sample();
    d.applications.received[6] = 196;
    expect(reportArithmetic(d)).toContainEqual({
      path: ['applications', 'received', 6],
      message: '与各类申请人之和 197 不符（表三（收到和处理政府信息公开申请情况）「一、本年新收政府信息公开申请数量」行「总计」列）',
    });
  });

  it('（七）总计 that is not the sum of （一）…（六）, per applicant type', () => {
    const d = sample();
    d.applications.results.denied.thirdParty = [5, 2, 0, 0, 0, 0, 7];
    const msgs = reportArithmetic(d).map((i) => i.message);
    expect(msgs).toContain('与（一）至（六）各项之和 157 不符（表三（收到和处理政府信息公开申请情况）「三、（七）总计」行「自然人」列）');
    expect(msgs).toContain('与（一）至（六）各项之和 196 不符（表三（收到和处理政府信息公开申请情况）「三、（七）总计」行「总计」列）');
  });

  it('新收 + 上年结转 ≠ 办理结果总计 + 结转下年度', () => {
    const d = sample();
    d.applications.carriedForward = [10, 1, 0, 0, 2, 0, 13];
    const issues = reportArithmetic(d);
    expect(issues.map((i) => i.path)).toEqual([
      ['applications', 'carriedForward', 0],
      ['applications', 'carriedForward', 6],
    ]);
    expect(issues[0]!.message).toBe(
      '不符合勾稽关系“第一项加第二项之和，等于第三项加第四项之和”：新收 158 + 上年结转 7 = 165，办理结果总计 156 + 结转下年度 10 = 166（表三（收到和处理政府信息公开申请情况）「四、结转下年度继续办理」行「自然人」列）',
    );
  });

  it('行政复议 / 行政诉讼 总计 that is not the sum of its results', () => {
    const d = sample();
    d.review.litigationDirect = [2, 0, 0, 1, 4];
    expect(reportArithmetic(d)).toEqual([
      {
        path: ['review', 'litigationDirect', 4],
        message:
          '与结果维持、结果纠正、其他结果、尚未审结之和 3 不符（表四（政府信息公开行政复议、行政诉讼情况）「行政诉讼（未经复议直接起诉）」行「总计」列）',
      },
    ]);
  });

  it('fewer documents in force than made minus repealed', () => {
    const d = sample();
    d.active.normativeDocuments = { made: 9, repealed: 2, current: 5 };
    expect(reportArithmetic(d).map((i) => i.path)).toEqual([['active', 'normativeDocuments', 'current']]);
  });

  it('zero-filled tables with a carry-over balance', () => {
    expect(reportArithmetic(emptyTables([3, 1, 0, 0, 0, 0, 4]))).toEqual([]);
  });
});

describe('reports in the content check', () => {
  it('the sample reports pass', () => {
    expect(reportProblems(run(site()).problems)).toEqual([]);
  });

  it('a wrong total is reported at its line with the table, row and column', () => {
    const c = site();
    c.write(R2025, read(c, R2025).replace('received:       [158, 21, 3, 2, 11, 2, 197]', 'received:       [158, 21, 3, 2, 11, 2, 196]'));
    const ps = reportProblems(run(c).problems).filter((p) => p.severity === 'error');
    expect(ps.length).toBeGreaterThan(0);
    const p = ps.find((x) => x.message.includes('各类申请人之和'))!;
    expect(p.field).toBe('表三（收到和处理政府信息公开申请情况）（applications.received[6]）');
    expect(p.line).toBe(
      read(c, R2025)
        .split('\n')
        .findIndex((l) => l.includes('received:')) + 1,
    );
    expect(p.message).toContain('「一、本年新收政府信息公开申请数量」行「总计」列');
    // The same change breaks the balance of the 总计 column.
    expect(ps.some((x) => x.message.startsWith('数字 12 不符合勾稽关系'))).toBe(true);
  });

  it('上年结转 must equal last year’s 结转下年度继续办理', () => {
    const c = site();
    c.write(
      R2024,
      read(c, R2024)
        .replace('carriedForward: [7, 2, 0, 0, 1, 0, 10]', 'carriedForward: [8, 1, 0, 0, 1, 0, 10]')
        .replace('received:       [142, 18, 2, 3, 9, 1, 175]', 'received:       [143, 17, 2, 3, 9, 1, 175]'),
    );
    const ps = reportProblems(run(c).problems);
    expect(ps.map((p) => `${p.file} ${p.severity} ${p.message}`)).toEqual([
      'content/reports/annual-report-2025.md error 「二、上年结转政府信息公开申请数量」与 2024 年度报告（content/reports/annual-report-2024.md）的「四、结转下年度继续办理」不一致：「自然人」列本报告为 7，上年为 8；「商业企业」列本报告为 2，上年为 1',
    ]);
    expect(ps[0]!.expected).toBe('carriedOver: [8, 1, 0, 0, 1, 0, 10]');
    expect(ps[0]!.line).toBe(
      read(c, R2025)
        .split('\n')
        .findIndex((l) => l.includes('carriedOver:')) + 1,
    );
  });

  it('a missing part heading is a warning, not an error', () => {
    const c = site();
    c.write(R2025, read(c, R2025).replace('## 五、存在的主要问题及改进情况', '## 存在的问题'));
    const ps = reportProblems(run(c).problems);
    expect(ps.map((p) => `${p.severity} ${p.message}`)).toEqual(['warning 年度报告正文缺少以下部分的标题：五、存在的主要问题及改进情况']);
  });

  it('two published reports for one year, and a late report', () => {
    const c = site();
    c.write('reports/annual-report-2025-copy.md', read(c, R2025).replace('2026-60001', '2026-60002').replace('published: 2026-01-22', 'published: 2026-02-03'));
    const ps = reportProblems(run(c).problems);
    expect(ps.map((p) => `${p.severity} ${p.field}`).sort()).toEqual(['error 报告年度（year）', 'warning 发布日期（published）']);
  });
});

describe('missing part headings', () => {
  it('finds headings at any level, ignoring spacing and bracket width', () => {
    const body =
      '## 一、总体情况\n### 二、主动公开政府信息情况\n## 三、收到和处理政府信息公开申请情况\n##四、政府信息公开行政复议、行政诉讼情况\n# 五、存在的主要问题及改进情况（2025年）';
    expect(missingParts(body)).toEqual(['四、政府信息公开行政复议、行政诉讼情况', '六、其他需要报告的事项']);
  });
});

describe('new-report scaffold', () => {
  it('parses as YAML with every row commented', () => {
    const text = scaffoldReport({ year: 2030, siteName: '江南省生态环境厅', indexNumber: '11990000MB1234560X/2031-60001' });
    const fm = text.split('---')[1]!;
    expect(reportSchema.safeParse(parseYaml(fm)).success).toBe(true);
    expect(fm).toContain('stateSecret: [0, 0, 0, 0, 0, 0, 0]  # 1.属于国家秘密');
  });
});

describe('placing the tables in the rendered body', () => {
  it('splits at h2 and recognises the six parts', () => {
    const html =
      '<p>前言</p><h2 id="a">一、总体情况</h2><p>x</p><h2 id="b">二、主动公开政府信息情况</h2><h2>附录</h2><h2>四、政府信息公开行政复议、行政诉讼情况</h2>';
    expect(splitSections(html).map((s) => s.part)).toEqual([-1, 0, 1, -1, 3]);
    expect(
      splitSections(html)
        .map((s) => s.html)
        .join(''),
    ).toBe(html);
  });
});
