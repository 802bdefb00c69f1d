import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertHoldout, listMarkdown, readArticle, spreadDates } from '../../src/corpus/holdout.ts';
import { drawTextQueries } from '../../src/lib/search/eval-queries.ts';
import { atWordStart } from '../../src/lib/search/eval.ts';

describe('hold-out articles', () => {
  it('takes the title from front matter, else the first heading (dropped from the body), else the file name', () => {
    expect(readArticle('a.md', '---\ntitle: 标题甲\nkeywords: [水质, 断面]\n---\n# 另一个标题\n\n正文。\n')).toEqual({
      file: 'a.md',
      title: '标题甲',
      titleFrom: 'frontMatter',
      keywords: ['水质', '断面'],
      body: '# 另一个标题\n\n正文。\n',
    });
    expect(readArticle('b.md', '导语。\n\n## 第一节 **总体** 情况 ##\n\n正文。')).toMatchObject({
      title: '第一节 总体 情况',
      titleFrom: 'heading',
      body: '导语。\n\n\n\n正文。\n',
    });
    expect(readArticle('dir/土壤_污染-情况.md', '正文。')).toMatchObject({ title: '土壤 污染 情况', titleFrom: 'fileName' });
  });

  it('keeps the text of images, of links to pages and files the portal does not have, and of HTML', () => {
    const a = readArticle('c.md', '见![监测点位图](./map.png)和[附表](附表1.xlsx)，详见[生态环境部](https://www.mee.gov.cn/)与[本站](/items/x/)。');
    expect(a.body).toBe('见监测点位图和附表，详见[生态环境部](https://www.mee.gov.cn/)与本站。\n');
    const b = readArticle('d.md', '<img src="https://x.example/a.png" alt="点位"> 正文<script>alert(1)</script>![图][r]');
    expect(b.body).toBe('点位 正文图\n');
    expect(readArticle('g.md', '- [parse(source[, options])](docs/parsing.md#options)').body).toBe('- parse(source[, options])\n');
    expect(readArticle('f.md', '<p align="center"><b>水质</b>公报</p>').body).toBe('水质公报\n');
    const c = readArticle('e.md', '见[许可证][lic]和[标准][std]。<!-- 内部备注 -->\n\n[lic]: LICENSE\n[std]: https://www.mee.gov.cn/std\n');
    expect(c.body).toBe('见许可证和[标准][std]。\n\n\n[std]: https://www.mee.gov.cn/std\n');
  });

  it('spreads dates over the years before the as-of date with a thin newest year', () => {
    // 20 days of 2026 against 1,461 days of 2022–2025: one item of eight in 2026.
    expect(spreadDates(8, '2026-01-20', 4)).toEqual([
      '2022-04-15',
      '2022-11-10',
      '2023-06-06',
      '2024-01-01',
      '2024-07-28',
      '2025-02-21',
      '2025-09-18',
      '2026-01-11',
    ]);
    expect(spreadDates(1, '2026-01-20', 4)).toEqual(['2026-01-11']);
  });

  it('writes items of kind article in the news column with 索引号 by year', () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'holdout-unit-')), 'content');
    try {
      const stats = convertHoldout({ from: 'tests/fixtures/holdout', out, asOf: '2026-01-20', seed: 7 });
      expect(stats.items).toBe(8);
      expect(listMarkdown(out).filter((f) => f.startsWith('articles/'))).toHaveLength(8);
      const one = readFileSync(path.join(out, 'articles', listMarkdown(path.join(out, 'articles'))[0]!), 'utf8');
      expect(one).toMatch(/^---\ntitle: .+\nindexNumber: 11990000MB1234560X\/\d{4}-0000\d\ncolumn: news\npublished: \d{4}-\d{2}-\d{2}\n/);
      // A second conversion into the same folder replaces the first; another folder is refused.
      expect(convertHoldout({ from: 'tests/fixtures/holdout', out, seed: 7 }).items).toBe(8);
      expect(() => convertHoldout({ from: 'tests/fixtures/holdout', out: 'tests/fixtures' })).toThrow(/不是转换出的内容目录/);
      // A day that does not exist is refused, not rolled over into March.
      expect(() => convertHoldout({ from: 'tests/fixtures/holdout', out, asOf: '2026-02-30' })).toThrow(
        '--as-of 应为 YYYY-MM-DD 形式的日期（收到 2026-02-30）',
      );
    } finally {
      rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });
});

describe('queries drawn from the text', () => {
  const pages = [
    { raw: '云河流域Ⅲ类及以上水质断面10个，劣Ⅴ类断面1个，占83.3%。' },
    { raw: '全市PM2.5平均浓度为21微克/立方米，O₃为首要污染物；2024—2025年累计新增处理能力1.5万吨。' },
    // Not at the start of a word: not drawn.
    { raw: 'rate 12MB/sec0.92% v2020-2021' },
  ];

  it('takes Ⅲ类, 劣Ⅴ类, PM2.5, O₃, 2024—2025 and decimals with a unit where the text has them', () => {
    const qs = drawTextQueries(pages, { seed: 1, substrings: 0, pairs: 0, mixed: 0 });
    expect(qs).toEqual([
      expect.objectContaining({ category: 'water-class' }),
      expect.objectContaining({ category: 'water-class' }),
      expect.objectContaining({ category: 'pollutant' }),
      expect.objectContaining({ category: 'pollutant' }),
      { q: '2024—2025', category: 'year-range' },
      expect.objectContaining({ category: 'decimal-unit' }),
      expect.objectContaining({ category: 'decimal-unit' }),
      { q: '量子计算机', category: 'none' },
      { q: '航天发射场', category: 'none' },
      { q: '华为技术有限公司', category: 'none' },
    ]);
    expect(new Set(qs.map((x) => x.q))).toEqual(
      new Set(['Ⅲ类', '劣Ⅴ类', 'PM2.5', 'O₃', '2024—2025', '83.3%', '1.5万吨', '量子计算机', '航天发射场', '华为技术有限公司']),
    );
  });

  it('draws Han substrings and two-word queries that the pages contain, the same for the same seed', () => {
    const a = drawTextQueries(pages, { seed: 3, substrings: 10, pairs: 4, mixed: 3 });
    expect(drawTextQueries(pages, { seed: 3, substrings: 10, pairs: 4, mixed: 3 })).toEqual(a);
    const text = pages.map((p) => p.raw);
    for (const { q, category } of a.filter((x) => x.category !== 'none')) {
      const parts = q.split(' ');
      expect(
        text.some((t) => parts.every((p) => t.includes(p))),
        `${category} ${q}`,
      ).toBe(true);
      if (category === 'text-substring') expect(q).toMatch(/^\p{Script=Han}{2,6}$/u);
      if (category.endsWith('multi')) expect(parts).toHaveLength(2);
    }
    expect(a.some((x) => x.category === 'text-multi')).toBe(true);
    expect(a.some((x) => x.category === 'mixed-multi')).toBe(true);
  });
});

describe('word-start truth (search:eval)', () => {
  it('counts a match only where the query starts a word, when the query starts with a letter or digit', () => {
    // Ⅲ类 is iii类 in match form: i类 is inside it, not at a word start.
    expect(atWordStart('水质为iii类', 'i类')).toBe(false);
    expect(atWordStart('水质为i类和iii类', 'i类')).toBe(true);
    expect(atWordStart('rate 12mb/sec0.92%', '0.92%')).toBe(false);
    expect(atWordStart('占比0.92%', '0.92%')).toBe(true);
    // A query starting with a Han character is a substring anywhere.
    expect(atWordStart('江州华新化工', '华新')).toBe(true);
    expect(atWordStart('pm2.5浓度', 'pm2.5')).toBe(true);
  });
});
