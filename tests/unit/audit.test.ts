/**
 * The column audit (src/lib/audit/): parents judged by their subtree, the national rule
 * set at its thresholds, the findings (through the content check's own rules), and the
 * JSON/CSV outputs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/columns.ts';
import type { ColumnInput } from '../../src/lib/schemas/columns.ts';
import { SCHEMAS } from '../../src/kinds/index.ts';
const articleSchema = SCHEMAS.article;
import type { Item } from '../../src/lib/items.ts';
import { addDays, addMonths } from '../../src/lib/dates.ts';
import { runAudit, monthlyHistory, homeColumnIds } from '../../src/lib/audit/audit.ts';
import { checkHomePage, judgeNational, NATIONAL_THRESHOLDS, type NationalColumnFacts } from '../../src/lib/audit/national.ts';
import { judgeFreshness } from '../../src/lib/freshness.ts';
import { auditCsv, auditJson, csvField, CSV_HEADERS, DEADLINE_CSV_HEADERS } from '../../src/lib/audit/export.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { fileSize } from '../../src/lib/content/files.ts';
import { tempContent, type TempContent } from '../support/content-fixture.ts';

const AS_OF = '2026-11-22';
const noFiles = { root: '/nowhere', sizeOf: () => 1 };

let serial = 0;
function article(column: string, published: string, extra: Record<string, unknown> = {}): Item {
  serial++;
  const slug = `t-${serial}`;
  return {
    kind: 'article',
    slug,
    file: `content/articles/${slug}.md`,
    data: articleSchema.parse({
      title: `测试 ${serial}`,
      indexNumber: `11990000MB1234560X/${published.slice(0, 4)}-${String(serial).padStart(5, '0')}`,
      column,
      published,
      keywords: ['测试'],
      ...extra,
    }),
  };
}

function catalogueOf(columns: ColumnInput[]) {
  return buildCatalogue(columns).catalogue;
}

const col = (id: string, extra: Partial<ColumnInput> = {}): ColumnInput => ({ id, name: `栏目${id}`, frequency: 'monthly', accepts: ['article'], ...extra });

describe('per-column audit', () => {
  const catalogue = catalogueOf([
    col('news', { frequency: 'weekly', national: 'news', home: true }),
    col('quality', {
      accepts: [],
      home: true,
      children: [col('air'), col('water', { frequency: 'weekly' })],
    }),
    col('guide', { frequency: 'irregular' }),
    col('census', { frequency: 'irregular', status: 'archived' }),
  ]);

  it('judges a parent with accepts: [] by its subtree and counts own and subtree items', () => {
    const report = runAudit({
      catalogue,
      asOf: AS_OF,
      files: noFiles,
      items: [article('news', '2026-11-20'), article('air', '2026-11-10'), article('air', '2026-10-10'), article('guide', '2020-01-01')],
    });
    const quality = report.columns.find((r) => r.column.id === 'quality')!;
    expect(quality).toMatchObject({ judgedBy: 'subtree', ownCount: 0, subtreeCount: 2 });
    expect(quality.freshness).toMatchObject({ status: 'ok', lastPublished: '2026-11-10', nextDue: '2026-12-10' });
    const water = report.columns.find((r) => r.column.id === 'water')!;
    expect(water).toMatchObject({ judgedBy: 'own', ownCount: 0, subtreeCount: 0 });
    expect(water.freshness.status).toBe('empty');
    expect(report.columns.find((r) => r.column.id === 'census')!.freshness.status).toBe('archived');
    expect(report.columns.find((r) => r.column.id === 'guide')!.freshness.status).toBe('ok');
  });

  it('a parent whose children are all empty is empty too', () => {
    const report = runAudit({ catalogue, asOf: AS_OF, files: noFiles, items: [article('news', '2026-11-20')] });
    expect(report.columns.find((r) => r.column.id === 'quality')!.freshness.status).toBe('empty');
  });

  it('lists overdue first, then empty, due soon, ok, archived; most overdue first', () => {
    const report = runAudit({
      catalogue,
      asOf: AS_OF,
      files: noFiles,
      items: [article('news', '2026-11-01'), article('air', '2026-08-01'), article('guide', '2020-01-01'), article('water', '2026-11-17')],
    });
    expect(report.columns.map((r) => [r.column.id, r.freshness.status])).toEqual([
      ['air', 'overdue'],
      ['news', 'overdue'],
      ['water', 'due-soon'],
      ['quality', 'ok'],
      ['guide', 'ok'],
      ['census', 'archived'],
    ]);
    const withEmpty = runAudit({ catalogue, asOf: AS_OF, files: noFiles, items: [article('news', '2026-11-01')] });
    expect(withEmpty.columns.map((r) => r.freshness.status)).toEqual(['overdue', 'empty', 'empty', 'empty', 'empty', 'archived']);
  });

  it('leaves drafts, future items and items not actively disclosed out of every count', () => {
    const report = runAudit({
      catalogue,
      asOf: AS_OF,
      files: noFiles,
      items: [article('guide', '2026-01-01', { draft: true }), article('guide', '2026-12-01'), article('guide', '2026-01-01', { disclosure: '依申请公开' })],
    });
    expect(report.columns.find((r) => r.column.id === 'guide')!).toMatchObject({ ownCount: 0, freshness: { status: 'empty' } });
  });

  it('fails the catalogue rules on any overdue or empty column', () => {
    const ok = runAudit({ catalogue: catalogueOf([col('a')]), asOf: AS_OF, files: noFiles, items: [article('a', '2026-11-15')] });
    expect(ok).toMatchObject({ cataloguePassed: true, passed: true });
    const empty = runAudit({ catalogue: catalogueOf([col('a'), col('b')]), asOf: AS_OF, files: noFiles, items: [article('a', '2026-11-01')] });
    expect(empty).toMatchObject({ cataloguePassed: false, passed: false, counts: { empty: 1 } });
  });

  it('reports columns whose rule was not met in the trailing year, but not empty ones', () => {
    const report = runAudit({
      catalogue: catalogueOf([col('a'), col('b'), col('c', { frequency: 'irregular' })]),
      asOf: AS_OF,
      files: noFiles,
      items: [article('a', '2026-03-01'), article('a', '2026-11-01'), article('c', '2020-01-01')],
    });
    expect(report.ruleNotMet.map((r) => r.column.id)).toEqual(['a']);
  });

  it('counts items per month over the last twelve months', () => {
    const h = monthlyHistory(['2026-11-02', '2026-11-20', '2026-01-05', '2025-11-30', '2025-10-31', undefined], AS_OF);
    expect(h).toHaveLength(12);
    expect(h[0]).toEqual({ month: '2025-12', count: 0 });
    expect(h[1]).toEqual({ month: '2026-01', count: 1 });
    expect(h[11]).toEqual({ month: '2026-11', count: 2 });
  });

  it('takes the home page from the active first-level columns marked home', () => {
    expect(homeColumnIds(catalogue)).toEqual(['news', 'quality', 'air', 'water']);
  });
});

describe('national rule set (国办秘函〔2019〕19号)', () => {
  const facts = (columns: ColumnInput[], datesOf: (id: string) => string[]): NationalColumnFacts[] => {
    const catalogue = catalogueOf(columns);
    return catalogue.columns.map((column) => {
      const dates = datesOf(column.id);
      return { column, dates, freshness: judgeFreshness({ frequency: column.frequency, archived: column.status === 'archived', dates, asOf: AS_OF }) };
    });
  };
  const check = (verdict: ReturnType<typeof judgeNational>, id: string) => verdict.checks.find((c) => c.id === id)!;
  const fresh = addDays(AS_OF, -1);

  it('home page: something new exactly 14 days ago passes, 15 days fails', () => {
    expect(checkHomePage([addDays(AS_OF, -14)], AS_OF)).toMatchObject({ passed: true, count: 14 });
    expect(checkHomePage([addDays(AS_OF, -15), undefined], AS_OF)).toMatchObject({ passed: false, count: 15 });
    expect(checkHomePage([], AS_OF)).toMatchObject({ passed: false, count: -1 });
    expect(checkHomePage([undefined], AS_OF).passed).toBe(false);
  });

  it('stale columns: 4 pass, 5 fail', () => {
    const news = (n: number) => Array.from({ length: n }, (_, i) => col(`news${i}`, { frequency: 'weekly', national: 'news' }));
    const stale = addDays(AS_OF, -15);
    const four = judgeNational(
      facts([...news(4), col('fresh', { national: 'news' })], (id) => (id === 'fresh' ? [fresh] : [stale])),
      [fresh],
      AS_OF,
    );
    expect(check(four, 'stale-columns')).toMatchObject({ count: 4, passed: true });
    expect(four.passed).toBe(true);
    const five = judgeNational(
      facts(news(5), () => [stale]),
      [fresh],
      AS_OF,
    );
    expect(check(five, 'stale-columns')).toMatchObject({ count: 5, passed: false });
    expect(five.passed).toBe(false);
    expect(five.reasons[0]).toContain('栏目不更新');
  });

  it('news columns: exactly 14 days passes, 15 days is stale; undated items count as not updated', () => {
    const v = judgeNational(
      facts([col('a', { national: 'news' }), col('b', { national: 'news' }), col('c', { national: 'news' })], (id) =>
        id === 'a' ? [addDays(AS_OF, -14)] : id === 'b' ? [addDays(AS_OF, -15)] : [undefined as unknown as string],
      ),
      [fresh],
      AS_OF,
    );
    expect(check(v, 'stale-columns').columns.map((c) => c.id)).toEqual(['b', 'c']);
  });

  it('notice/policy columns: only first-level ones, stale after 6 months', () => {
    const sixMonths = addMonths(AS_OF, -6);
    const v = judgeNational(
      facts(
        [
          col('on-time', { national: 'notice-policy' }),
          col('late', { national: 'notice-policy' }),
          col('parent', { national: 'notice-policy', children: [col('child', { national: 'notice-policy' })] }),
          col('archived', { national: 'notice-policy', status: 'archived' }),
        ],
        (id) => (id === 'on-time' ? [sixMonths] : id === 'parent' ? [fresh] : [addDays(sixMonths, -1)]),
      ),
      [fresh],
      AS_OF,
    );
    expect(check(v, 'stale-columns').columns.map((c) => c.id)).toEqual(['late']);
  });

  it('long unupdated: 9 pass, 10 fail; irregular, archived and empty columns do not count', () => {
    const late = addDays(addMonths(AS_OF, -2), -1); // monthly: more than one full period overdue
    const make = (n: number) => Array.from({ length: n }, (_, i) => col(`m${i}`));
    const extras = [col('irr', { frequency: 'irregular' }), col('arch', { status: 'archived' }), col('blank')];
    const nine = judgeNational(
      facts([...make(9), ...extras], (id) => (id === 'blank' ? [] : [late])),
      [fresh],
      AS_OF,
    );
    expect(check(nine, 'long-unupdated')).toMatchObject({ count: 9, passed: true });
    const ten = judgeNational(
      facts([...make(10), ...extras], (id) => (id === 'blank' ? [] : [late])),
      [fresh],
      AS_OF,
    );
    expect(check(ten, 'long-unupdated')).toMatchObject({ count: 10, passed: false });
    // Overdue by exactly one period is not yet "long".
    const edge = judgeNational(
      facts(make(10), () => [addMonths(AS_OF, -2)]),
      [fresh],
      AS_OF,
    );
    expect(check(edge, 'long-unupdated').count).toBe(0);
  });

  it('blank columns: 4 pass, 5 fail, archived blank columns included', () => {
    const blank = (n: number) => Array.from({ length: n }, (_, i) => col(`b${i}`));
    const four = judgeNational(
      facts([...blank(4), col('full')], (id) => (id === 'full' ? [fresh] : [])),
      [fresh],
      AS_OF,
    );
    expect(check(four, 'blank-columns')).toMatchObject({ count: 4, passed: true });
    const five = judgeNational(
      facts([...blank(4), col('arch', { status: 'archived' })], () => []),
      [fresh],
      AS_OF,
    );
    expect(check(five, 'blank-columns')).toMatchObject({ count: 5, passed: false });
  });

  it('uses the documented thresholds', () => {
    expect(NATIONAL_THRESHOLDS).toMatchObject({ homeDays: 14, newsDays: 14, noticePolicyMonths: 6, staleColumns: 5, longUnupdated: 10, blankColumns: 5 });
  });
});

describe('findings reuse the content check rules', () => {
  let tmp: TempContent | undefined;
  afterEach(() => tmp?.cleanup());

  it('lists missing interpretations, dangling interpretations, broken replacements and missing attachments', () => {
    tmp = tempContent({
      'policies/2026/needs-reading.md': `---\ntitle: 需要解读的规范性文件\nindexNumber: 11990000MB1234560X/2026-00901\ncolumn: normative-documents\nwritten: 2026-01-01\npublished: 2026-05-01\ncategory: 行政规范性文件\nkeywords: [测试]\nattachments:\n  - file: ./files/gone.pdf\n    title: 缺失的附件\n---\n正文。\n`,
      'policies/2026/repealed.md': `---\ntitle: 废止的文件\nindexNumber: 11990000MB1234560X/2026-00902\ncolumn: other-documents\nwritten: 2026-01-01\npublished: 2026-05-01\ncategory: 通知\nkeywords: [测试]\nvalidity: 废止\nreplacedBy: no-such-item\n---\n正文。\n`,
      'interpretations/2026/dangling.md': `---\ntitle: 无处指向的解读\nindexNumber: 11990000MB1234560X/2026-00903\ncolumn: interpretations\npublished: 2026-05-01\ninterprets: no-such-policy\nkeywords: [测试]\n---\n正文。\n`,
    });
    const checked = checkContent({ root: tmp.root, contentDir: tmp.contentDir, asOf: AS_OF });
    const report = runAudit({ catalogue: checked.catalogue, items: checked.items, asOf: AS_OF, files: { root: tmp.root, sizeOf: fileSize } });
    const f = report.findings;
    expect(f.missingInterpretations.map((x) => x.slug)).toEqual(['needs-reading']);
    expect(f.danglingInterpretations).toMatchObject([{ slug: 'dangling', message: '找不到被解读的文件「no-such-policy」' }]);
    expect(f.repealedWithoutReplacement).toMatchObject([{ slug: 'repealed', message: '找不到替代文件「no-such-item」' }]);
    expect(f.missingAttachments).toMatchObject([{ slug: 'needs-reading', message: '附件文件：找不到文件 ./files/gone.pdf' }]);
    // The build reports the same four as errors.
    const messages = checked.problems.map((p) => p.message);
    expect(messages).toContain('找不到被解读的文件「no-such-policy」');
    expect(messages).toContain('找不到替代文件「no-such-item」');
    expect(messages).toContain('找不到文件 ./files/gone.pdf');
    expect(messages.some((m) => m.includes('需要解读'))).toBe(true);
  });

  it('finds nothing in the valid fixture', () => {
    tmp = tempContent();
    const checked = checkContent({ root: tmp.root, contentDir: tmp.contentDir, asOf: AS_OF });
    const report = runAudit({ catalogue: checked.catalogue, items: checked.items, asOf: AS_OF, files: { root: tmp.root, sizeOf: fileSize } });
    expect(Object.values(report.findings).flat()).toEqual([]);
  });
});

describe('machine-readable outputs', () => {
  const catalogue = catalogueOf([col('news', { name: '工作动态, "要闻"', frequency: 'weekly', national: 'news', home: true }), col('empty')]);
  const report = runAudit({ catalogue, asOf: AS_OF, files: noFiles, items: [article('news', '2026-11-01')] });

  it('CSV is UTF-8 with BOM, CRLF, a header row and one row per column in table order, then the 公开时限 table', () => {
    const csv = auditCsv(report);
    expect(csv.startsWith('\uFEFF栏目ID,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADERS.join(','));
    expect(lines).toHaveLength(6);
    expect(lines.slice(3)).toEqual(['', '公开时限（0 项）', DEADLINE_CSV_HEADERS.join(',')]);
    expect(lines[1]).toMatch(/^news,"工作动态, ""要闻""",,每周,2026-11-01,1,1,2026-11-08,逾期未更新,overdue,/);
    expect(lines[2]).toMatch(/^empty,栏目empty,,每月,,0,0,,空白栏目,empty,/);
  });

  it('CSV fields defuse spreadsheet formulas but keep negative numbers', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-3')).toBe('-3');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });

  it('JSON carries the same rows and both verdicts', () => {
    const json = auditJson(report);
    expect(json.columns.map((c) => [c.id, c.status])).toEqual(report.columns.map((r) => [r.column.id, r.freshness.status]));
    expect(json).toMatchObject({
      asOf: AS_OF,
      passed: false,
      catalogue: { passed: false, counts: { overdue: 1, empty: 1 } },
      national: { basis: '国办秘函〔2019〕19号' },
    });
    expect(json.columns[0]).toMatchObject({
      id: 'news',
      itemCount: 1,
      subtreeItemCount: 1,
      lastPublished: '2026-11-01',
      nextDue: '2026-11-08',
      daysLeft: -14,
      rule: 'overdue',
    });
  });
});
