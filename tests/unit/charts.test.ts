/**
 * Build-time SVG charts: accessible name and description, escaped text, contrast of
 * the series colours, series told apart without colour, axis ticks, label spreading,
 * and the text summaries beside the charts.
 */
import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../../src/lib/charts/bar.ts';
import { lineChartSvg, legendSwatchSvg, spreadLabels } from '../../src/lib/charts/line.ts';
import { contrast, seriesStyle, SERIES_COLOURS } from '../../src/lib/charts/palette.ts';
import { niceTicks, formatNumber } from '../../src/lib/charts/svg.ts';
import { buildHistory, historySummary, releaseSummary } from '../../src/lib/series/summary.ts';
import { cjkJoin } from '../../src/lib/series/text.ts';
import { tableModel } from '../../src/lib/series/view.ts';
import { seriesSchema } from '../../src/lib/schemas/series.ts';

const AIR = seriesSchema.parse({
  name: '设区市环境空气质量月报',
  description: 'x',
  frequency: 'monthly',
  column: 'air-quality',
  columns: [
    { key: 'city', label: '城市', type: 'string' },
    { key: 'aqi', label: 'AQI', type: 'integer' },
    { key: 'nh3n', label: '氨氮', type: 'number', unit: 'mg/L' },
  ],
  category: 'city',
  value: 'aqi',
});

describe('bar chart', () => {
  const svg = barChartSvg({
    id: 'c1',
    title: '2026年10月各城市 AQI',
    desc: '江州市 AQI 最高（78），白沙市最低（41）',
    data: [
      { label: '白沙市', value: 41 },
      { label: '江州市', value: 78 },
      { label: '<script>', value: 60 },
    ],
  });
  it('is an image named by its title and described by its desc', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c1-title c1-desc"/);
    expect(svg).toContain('<title id="c1-title">2026年10月各城市 AQI</title>');
    expect(svg).toContain('<desc id="c1-desc">江州市 AQI 最高（78），白沙市最低（41）</desc>');
  });
  it('when the page shows its description, is named by the title only and described by that text', () => {
    const described = barChartSvg({ id: 'c2', title: '各城市 AQI', desc: '江州市最高', describedBy: 'c2-summary', data: [{ label: '江州市', value: 78 }] });
    expect(described).toMatch(/^<svg [^>]*role="img" aria-labelledby="c2-title" aria-describedby="c2-summary"/);
    expect(described).not.toContain('<desc');
    const line = lineChartSvg({ id: 'l2', title: 't', desc: 'd', describedBy: 'l2-summary', xLabels: ['1月'], series: [{ name: 'a', values: [1] }] });
    expect(line).toMatch(/^<svg [^>]*aria-labelledby="l2-title" aria-describedby="l2-summary"/);
    expect(line).not.toContain('<desc');
  });
  it('labels every bar with its category and value, largest first', () => {
    const labels = [...svg.matchAll(/class="chart-label"[^>]*>([^<]*)</g)].map((m) => m[1]);
    const values = [...svg.matchAll(/class="chart-value"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(labels).toEqual(['江州市', '&lt;script&gt;', '白沙市']);
    expect(values).toEqual(['78', '60', '41']);
  });
  it('uses presentation attributes only (the CSP forbids style attributes)', () => {
    expect(svg).not.toMatch(/style=/);
    expect(svg).not.toContain('<script>');
  });
});

describe('line chart', () => {
  const svg = lineChartSvg({
    id: 'h',
    title: '各城市 AQI 变化趋势',
    desc: 'd',
    xLabels: ['1月', '2月', '3月'],
    series: [
      { name: '江州市', values: [70, null, 80] },
      { name: '白沙市', values: [40, 42, 45] },
    ],
  });
  it('draws one path per series, broken where a value is missing', () => {
    const paths = [...svg.matchAll(/class="chart-line" d="([^"]*)"/g)].map((m) => m[1]!);
    expect(paths).toHaveLength(2);
    expect(paths[0]!.match(/M/g)).toHaveLength(2);
    expect(paths[1]!.match(/M/g)).toHaveLength(1);
  });
  it('labels each line at its end, with its marker', () => {
    expect([...svg.matchAll(/<text [^>]*class="chart-end-label[^"]*">([^<]*)</g)].map((m) => m[1])).toEqual(['江州市', '白沙市']);
  });
  it('a legend swatch is hidden from assistive technology (the name is beside it)', () => {
    expect(legendSwatchSvg(0)).toContain('aria-hidden="true"');
  });
});

describe('series styles', () => {
  it('every colour has at least 4.5:1 contrast with white', () => {
    for (const c of SERIES_COLOURS) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(4.5);
  });
  it('the first eight series differ in marker shape and not only in colour', () => {
    const styles = Array.from({ length: 8 }, (_, i) => seriesStyle(i));
    expect(new Set(styles.map((s) => s.marker)).size).toBe(8);
    expect(new Set(styles.map((s) => `${s.marker}|${s.dash}`)).size).toBe(8);
  });
});

describe('axis ticks and labels', () => {
  it('uses round steps covering the data', () => {
    expect(niceTicks(0, 78)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(0, 1.66)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
    expect(formatNumber(0.7, 2)).toBe('0.70');
  });
  it('spreads end labels so that none overlap and all stay in range', () => {
    const ys = spreadLabels([100, 101, 102, 300, 395], 16, 0, 400);
    const sorted = [...ys].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(16 - 1e-9);
    expect(Math.max(...ys)).toBeLessThanOrEqual(400);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
  });
});

describe('text summaries', () => {
  it('names the highest and lowest, ties included, and the average', () => {
    const s = releaseSummary(AIR, [
      { category: '江州市', value: 78 },
      { category: '青山市', value: 78 },
      { category: '白沙市', value: 41 },
    ]);
    expect(s).toBe('江州市、青山市 AQI 最高（78），白沙市最低（41）；3 个城市平均为 65.7。');
  });
  it('adds the unit', () => {
    const s = releaseSummary({ ...AIR, value: 'nh3n' }, [
      { category: '白沙桥', value: 1.11 },
      { category: '石门水库出口', value: 0.12 },
    ]);
    expect(s).toBe('白沙桥氨氮最高（1.11 mg/L），石门水库出口最低（0.12 mg/L）；2 个城市平均为 0.62 mg/L。');
  });
  it('summarises the history of every category', () => {
    const h = buildHistory(AIR, [
      {
        period: '2026-02',
        rows: [
          { city: '江州市', aqi: 80 },
          { city: '白沙市', aqi: 50 },
        ],
      },
      { period: '2026-01', rows: [{ city: '江州市', aqi: 90 }] },
    ]);
    expect(h).toEqual({
      periods: ['2026-01', '2026-02'],
      categories: ['江州市', '白沙市'],
      values: [
        [90, 80],
        [null, 50],
      ],
    });
    expect(historySummary(AIR, h)).toBe(
      '2026年1月至2026年2月共 2 期 AQI 数据。最近一期（2026年2月）：江州市 AQI 最高（80），白沙市最低（50）；2 个城市平均为 65.0。各城市变化：江州市从 90 到 80（期间最高 90，最低 80）；白沙市从 50 到 50（期间最高 50，最低 50）。',
    );
  });
  it('spaces Latin words in Chinese text', () => {
    expect(cjkJoin('各城市', 'AQI', '变化趋势', '（μg/m³）')).toBe('各城市 AQI 变化趋势（μg/m³）');
    expect(cjkJoin('白沙桥', '氨氮', '最高')).toBe('白沙桥氨氮最高');
  });
  it('formats table cells with the decimals of their column and units in the headers', () => {
    const m = tableModel(AIR, [
      { city: '江州市', aqi: 60, nh3n: 0.7 },
      { city: '白沙市', aqi: 41, nh3n: 1.11 },
    ]);
    expect(m.columns.map((c) => c.heading)).toEqual(['城市', 'AQI', '氨氮（mg/L）']);
    expect(m.rows).toEqual([
      ['江州市', '60', '0.70'],
      ['白沙市', '41', '1.11'],
    ]);
  });
});
