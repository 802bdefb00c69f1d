import { describe, expect, it } from 'vitest';
import { buildExcerpt, excerptHtml } from '../../src/lib/search/excerpt.ts';
import { matchForm } from '../../src/lib/search/text.ts';

const filler = `${'其他工作内容'.repeat(20)}。`;

describe('excerpts show each query word, from a sentence start', () => {
  it('adds a fragment for a query word far from the first one (「PM2.5 宿迁」), joined by 「……」', () => {
    const t = `2025年全省PM2.5平均浓度为32微克/立方米，同比下降5.9%。${filler}宿迁市空气质量优良天数比例为85.2%，居全省第五。${filler}`;
    const e = buildExcerpt(t, [matchForm('PM2.5'), matchForm('宿迁')]);
    expect(excerptHtml(e)).toBe(
      '2025年全省<mark>PM2.5</mark>平均浓度为32微克/立方米，同比下降5.9%。……<mark>宿迁</mark>市空气质量优良天数比例为85.2%，居全省第五。…',
    );
  });

  it('keeps the fragments in text order when the missing word comes first', () => {
    const t = `臭氧是夏季首要污染物。${filler}2025年空气质量优良天数比例为90%。`;
    const e = buildExcerpt(t, ['空气质量', '2025', '臭氧']);
    expect(excerptHtml(e)).toBe('<mark>臭氧</mark>是夏季首要污染物。……<mark>2025</mark>年<mark>空气质量</mark>优良天数比例为90%。');
  });

  it('shows one window, without 「……」, when the words are close together', () => {
    const t = `${filler}宿迁市PM2.5浓度为35微克/立方米。${filler}`;
    const e = buildExcerpt(t, [matchForm('PM2.5'), matchForm('宿迁')]);
    expect(excerptHtml(e)).toBe(`…<mark>宿迁</mark>市<mark>PM2.5</mark>浓度为35微克/立方米。${filler.slice(0, 58)}…`);
  });

  it('starts at a clause (after 「，」) when no sentence starts near the match', () => {
    const t = `根据${'长'.repeat(70)}的要求，本厅组织开展挥发性有机物治理`;
    const e = buildExcerpt(t, ['挥发性']);
    expect(excerptHtml(e)).toBe('…本厅组织开展<mark>挥发性</mark>有机物治理');
  });

  it('does not add a fragment for a word found only in the 文号 line before the text', () => {
    const t = '江环罚〔2026〕18号 当事人江州华新化工有限公司超标排放。';
    const e = buildExcerpt(t, [matchForm('江环罚〔2026〕18号'), '华新'], '', t.indexOf('当事人'));
    expect(excerptHtml(e)).toBe('当事人江州<mark>华新</mark>化工有限公司超标排放。');
  });

  it('adds at most two further fragments', () => {
    const t = `甲级。${filler}乙级。${filler}丙级。${filler}丁级。`;
    const e = buildExcerpt(t, ['甲级', '乙级', '丙级', '丁级']);
    expect(excerptHtml(e)).toBe('<mark>甲级</mark>。……<mark>乙级</mark>。……<mark>丙级</mark>。…');
  });
});
