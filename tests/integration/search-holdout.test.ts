/**
 * `npm run search:eval -- --holdout DIR` on tests/fixtures/holdout: eight short articles
 * written for this test (nested folders, with and without front matter, one without any
 * heading), converted, built with year shards and evaluated with queries drawn from their
 * text. The expected figures are worked out by hand from the articles (see each comment).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluateHoldout, type HoldoutEvaluation } from '../../src/corpus/holdout-eval.ts';
import { bodyText } from '../../src/lib/search/index-html.ts';
import type { EvalRow } from '../../src/lib/search/eval.ts';

describe('search:eval hold-out mode', () => {
  let work: string;
  let result: HoldoutEvaluation;
  const row = (q: string): EvalRow => {
    const r = result.figures.rows.find((x) => x.q === q);
    if (!r) throw new Error(`no query 「${q}」 among ${result.figures.rows.map((x) => x.q).join(' ')}`);
    return r;
  };

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'portal-holdout-test-'));
    result = await evaluateHoldout({
      from: 'tests/fixtures/holdout',
      work,
      queries: [
        { q: '柳林县 92.4', category: 'table' },
        { q: '劣V类', category: 'normalised' },
        { q: 'PM2.5 宁川', category: 'multi' },
      ],
    });
  }, 240_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('converts every article, titles from front matter, first heading or file name', () => {
    expect(result.conversion.items).toBe(8);
    // 4 with a front-matter title; 3 with a heading only; 土壤污染防治工作情况.md has neither.
    expect(result.conversion.titles).toEqual({ frontMatter: 4, heading: 3, fileName: 1 });
    // As of 2026-01-20: 20 days of 2026 against 1,461 of 2022–2025 → 1 item in 2026; the other
    // 7 at days 104, 313, 521, 730, 939, 1147, 1356 after 2022-01-01.
    expect(result.conversion.byYear).toEqual({ '2022': 2, '2023': 1, '2024': 2, '2025': 2, '2026': 1 });
    expect(result.figures.pages).toBe(8);
    const titles = readdirSync(path.join(work, 'content/articles'), { recursive: true })
      .filter((f) => String(f).endsWith('.md'))
      .map((f) => /^title: (.*)$/m.exec(readFileSync(path.join(work, 'content/articles', String(f)), 'utf8'))?.[1]);
    expect(titles).toContain('土壤污染防治工作情况');
    expect(titles).toContain('第三季度全市空气质量状况');
    expect(titles).toContain('城市黑臭水体治理进展（2024—2025年）');
  });

  it('finds every page that holds each query, Ⅲ类, 劣Ⅴ类, PM2.5 and 2024—2025 among them', () => {
    expect(result.figures.microRecall).toBe(1);
    expect((result.figures.noMatch as { falseNone: number }).falseNone).toBe(0);
    expect(result.figures.topAll).toBe(1);
    // Ⅲ类: 云河 (text and table) and the 饮用水 article (优于Ⅲ类标准).
    expect(row('Ⅲ类')).toMatchObject({ category: 'water-class', truth: 2, found: 2 });
    expect(row('劣Ⅴ类')).toMatchObject({ category: 'water-class', truth: 1, found: 1 });
    expect(row('劣V类')).toMatchObject({ truth: 1, found: 1 });
    // PM2.5: the 秋冬季 plan, and the 第三季度 report (PM₂.₅ in its text, PM2.5 in its table).
    expect(row('PM2.5')).toMatchObject({ category: 'pollutant', truth: 2, found: 2 });
    expect(row('PM₂.₅')).toMatchObject({ truth: 2, found: 2 });
    expect(row('2024—2025')).toMatchObject({ category: 'year-range', truth: 1, found: 1 });
    expect(row('1.5万吨')).toMatchObject({ category: 'decimal-unit', truth: 1, found: 1 });
    // A table row's words together, and two words of two pages' texts.
    expect(row('柳林县 92.4')).toMatchObject({ truth: 1, found: 1 });
    expect(row('PM2.5 宁川')).toMatchObject({ truth: 2, found: 2 });
    for (const q of ['量子计算机', '航天发射场', '华为技术有限公司']) expect(row(q)).toMatchObject({ truth: 0, found: 0, noMatchCorrect: true });
    // 索引号 pinned first.
    expect(result.figures.exactFirst).toEqual({ correct: 5, of: 5 });
  });

  it('draws substrings and two-word queries from the text', () => {
    const byCategory = result.figures.byCategory as Record<string, { queries: number }>;
    expect(byCategory['text-substring']!.queries).toBeGreaterThanOrEqual(30);
    expect(byCategory['text-multi']!.queries).toBeGreaterThanOrEqual(8);
    expect(byCategory['mixed-multi']!.queries).toBeGreaterThanOrEqual(5);
    expect(result.figures.queries).toBeGreaterThanOrEqual(50);
  });

  it('keeps every first screen under 300 KB and says so in the report', () => {
    const screen = result.figures.firstScreen as { max: number; over300: number };
    expect(screen.over300).toBe(0);
    expect(screen.max).toBeLessThan(300 * 1024);
    expect(result.lines.join('\n')).toContain('保留集 hold-out：tests/fixtures/holdout 的 8 篇文章转为公开信息，截至 2026-01-20');
    expect(result.lines.join('\n')).toMatch(/首屏下载 first screen.*中位数 [\d.]+ KB，p90 [\d.]+ KB，最大 [\d.]+ KB/);
  });

  it('indexes the table of a built page as 「表头：值」 pairs', () => {
    const dir = path.join(result.site, 'items');
    const pages = readdirSync(dir).map((slug) => bodyText(readFileSync(path.join(dir, slug, 'index.html'), 'utf8')));
    const report = pages.find((t) => t.includes('第三季度全市空气质量状况'))!;
    expect(report).toContain('区县： 柳林县； 优良天数比例（%）： 92.4； PM2.5（微克/立方米）： 19； 排名： 1。');
    const water = pages.find((t) => t.includes('云河流域10月水质状况通报'))!;
    expect(water).toContain('断面： 石塘桥； 所在城市： 柳林县； 水质类别： 劣Ⅴ类； 总磷（mg/L）： 0.47。');
  });
});
