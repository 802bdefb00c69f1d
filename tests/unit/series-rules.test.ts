/**
 * Data releases in the content check: bad rows of a data file become Problems with
 * the data file, the CSV line, the column and the reason in Chinese; the release must
 * agree with its series (column, period form, one release per period).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problems.ts';
import { tempContent, type TempContent } from '../support/content-fixture.ts';

const OVERLAY = path.resolve('tests/fixtures/series-overlay');
const AS_OF = '2026-11-22';
let t: TempContent | undefined;
afterEach(() => t?.cleanup());

/** tests/fixtures/valid plus a series, two releases and two annual reports. */
function site(): TempContent {
  t = tempContent();
  cpSync(OVERLAY, t.contentDir, { recursive: true });
  return t;
}
const run = (c: TempContent) => checkContent({ root: c.root, contentDir: c.contentDir, asOf: AS_OF });
const errors = (ps: Problem[]) => ps.filter((p) => p.severity === 'error');
const CSV = 'releases/2026/files/air-quality-2026-10.csv';
const MD = 'releases/2026/air-quality-2026-10.md';
const read = (c: TempContent, rel: string) => readFileSync(path.join(c.contentDir, rel), 'utf8');
/** Replace line `n` (1-based) of a content file. */
function setLine(c: TempContent, rel: string, n: number, text: string) {
  const lines = read(c, rel).split(/\r?\n/);
  lines[n - 1] = text;
  c.write(rel, lines.join('\n'));
}

describe('releases against their series', () => {
  it('the overlay fixture is valid', () => {
    const r = run(site());
    expect(errors(r.problems).map(formatProblem)).toEqual([]);
    expect(r.items.filter((i) => i.kind === 'release')).toHaveLength(2);
  });

  it('a bad row fails with the data file, its line, the column and the reason', () => {
    const c = site();
    setLine(c, CSV, 4, '青山市,64,83.9,三十,49,123,6');
    const [p, ...rest] = errors(run(c).problems);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      file: 'content/' + CSV,
      line: 4,
      field: '数据列「PM2.5（μg/m³）」（pm25）',
      message: '第 4 行「PM2.5（μg/m³）」列：「三十」不是整数',
      expected: '整数，0–1000，单位 μg/m³，必填',
    });
    expect(formatProblem(p!)).toBe(
      `content/${CSV}:4  [错误]  数据列「PM2.5（μg/m³）」（pm25）  第 4 行「PM2.5（μg/m³）」列：「三十」不是整数  应为：整数，0–1000，单位 μg/m³，必填`,
    );
  });

  it('out of range, missing required value and unknown city, each on its own line', () => {
    const c = site();
    setLine(c, CSV, 2, '江州市,68,174.2,37,65,138,8');
    setLine(c, CSV, 3, '临安市,,90.3,26,53,125,4');
    setLine(c, CSV, 5, '东海市,58,90.3,27,55,125,3');
    const ps = errors(run(c).problems);
    expect(ps.map((p) => [p.line, p.message])).toEqual([
      [2, '第 2 行「达标天数比例（%）」列：174.2 大于最大值 100'],
      [3, '第 3 行「AQI」列：必填，但没有填写'],
      [5, '第 5 行「城市」列：「东海市」不是允许的值'],
    ]);
  });

  it('an extra or a missing column in the header', () => {
    const c = site();
    setLine(c, CSV, 1, '\uFEFF城市,AQI,达标天数比例（%）,PM2.5（μg/m³）,PM10（μg/m³）,CO,排名');
    const ps = errors(run(c).problems);
    expect(ps.map((p) => `${p.line} ${p.message}`)).toEqual([
      '1 第 1 行「CO」列：多出的列「CO」：数据系列中没有这一列',
      '1 第 1 行「O₃（μg/m³）」列：缺少列「O₃（μg/m³）」',
    ]);
  });

  it('a CSV that cannot be read at all', () => {
    const c = site();
    c.write(CSV, '城市,AQI\n"江州市,68\n');
    const ps = errors(run(c).problems);
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ file: `content/${CSV}`, line: 2, field: '数据文件' });
  });

  it('the release must be filed under the series’ column', () => {
    const c = site();
    c.write(MD, read(c, MD).replace('column: air-quality', 'column: water-quality'));
    const [p] = errors(run(c).problems);
    expect(p).toMatchObject({ file: `content/${MD}`, line: 4, field: '公开目录（column）' });
    expect(p!.message).toBe('数据系列「设区市环境空气质量月报」发布在栏目「空气质量」，本条却填了「water-quality」');
  });

  it('the period must have the form of the series’ frequency, once per series', () => {
    const c = site();
    c.write(MD, read(c, MD).replace('period: 2026-10', 'period: 2026-Q3'));
    expect(errors(run(c).problems).map((p) => p.message)).toEqual(['「设区市环境空气质量月报」按月发布，数据期「2026-Q3」却是季度']);
    c.write(MD, read(c, MD).replace('period: 2026-Q3', 'period: 2026-09'));
    const [dup] = errors(run(c).problems);
    expect(dup!.message).toMatch(/^数据期 2026-09 的「设区市环境空气质量月报」已由 content\/releases\/2026\/air-quality-2026-0(9|10)\.md 发布$/);
  });

  it('an unknown series, and an invalid series definition with its line', () => {
    const c = site();
    c.write(MD, read(c, MD).replace('series: air-quality-monthly', 'series: air-quality-daily'));
    expect(errors(run(c).problems).map((p) => p.message)).toEqual(['数据系列「air-quality-daily」不存在']);
    const c2 = site();
    c2.write('series/air-quality-monthly.yaml', read(c2, 'series/air-quality-monthly.yaml').replace('value: aqi', 'value: city'));
    const ps = errors(run(c2).problems);
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ file: 'content/series/air-quality-monthly.yaml', field: '图表数值列（value）' });
    expect(ps[0]!.line).toBe(
      read(c2, 'series/air-quality-monthly.yaml')
        .split('\n')
        .findIndex((l) => l.startsWith('value:')) + 1,
    );
  });

  it('a series filed under a column that does not take releases', () => {
    const c = site();
    c.write('series/air-quality-monthly.yaml', read(c, 'series/air-quality-monthly.yaml').replace('column: air-quality', 'column: news'));
    expect(errors(run(c).problems).map((p) => `${p.file} ${p.message}`)).toContain(
      'content/series/air-quality-monthly.yaml 栏目「工作动态」（news）不接收数据发布',
    );
  });
});
