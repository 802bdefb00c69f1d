/**
 * Data releases: parsing CSV/JSON data files and validating every row against the
 * series definition (types, ranges, required cells, enum values, header columns).
 */
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords, parseJsonTable, TableSyntaxError, csvField } from '../../src/lib/series/table.ts';
import { issueText, matchColumn, parseCell, validateTable } from '../../src/lib/series/validate.ts';
import { seriesSchema, type SeriesDef } from '../../src/lib/schemas/series.ts';
import { periodKind, periodLabel, isoWeekOf, isoWeekStart } from '../../src/lib/series/period.ts';

const SERIES: SeriesDef = seriesSchema.parse({
  name: '测试系列',
  description: '测试',
  frequency: 'monthly',
  column: 'air-quality',
  columns: [
    { key: 'city', label: '城市', type: 'enum', values: ['江州市', '临安市', '白沙市'], required: true },
    { key: 'aqi', label: 'AQI', type: 'integer', min: 0, max: 500, required: true },
    { key: 'good_rate', label: '达标天数比例', unit: '%', type: 'number', min: 0, max: 100 },
    { key: 'measured', label: '监测日期', type: 'date' },
    { key: 'note', label: '备注', type: 'string' },
  ],
  category: 'city',
  value: 'aqi',
});
const HEADER = '城市,AQI,达标天数比例（%）,监测日期,备注';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const check = (text: string) => validateTable(SERIES, parseCsv(text));

describe('CSV parsing', () => {
  it('reads quoted fields with commas, quotes and line breaks, and keeps each record’s first line', () => {
    const records = parseCsvRecords('\uFEFFa,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
    ]);
  });
  it('reports an unterminated quote with its line', () => {
    expect(() => parseCsvRecords('a,b\n"open,1\n')).toThrow(TableSyntaxError);
    try {
      parseCsvRecords('a,b\n1,2\n"open,1\n');
    } catch (e) {
      expect((e as TableSyntaxError).line).toBe(3);
      expect((e as Error).message).toContain('引号');
    }
  });
  it('quotes a field only when needed', () => {
    expect(csvField('江州市')).toBe('江州市');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
  });
});

describe('JSON data files', () => {
  it('gives each object the line it starts on', () => {
    const t = parseJsonTable('[\n  {"city": "江州市", "aqi": 60},\n\n  {"city": "临安市",\n   "aqi": 55}\n]');
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
  });
  it('rejects something that is not an array of objects', () => {
    expect(() => parseJsonTable('{"city": "江州市"}')).toThrow(/数组/);
    expect(() => parseJsonTable('[1, 2]')).toThrow(/不是对象/);
  });
  it('validates JSON rows like CSV rows, including unknown keys and missing required keys', () => {
    const r = validateTable(SERIES, parseJsonTable('[\n{"city": "江州市", "aqi": 60, "good_rate": 90.5},\n{"city": "临安市", "pm10": 3}\n]'));
    expect(r.rows).toEqual([{ city: '江州市', aqi: 60, good_rate: 90.5, measured: null, note: null }]);
    const texts = r.issues.map(issueText);
    expect(texts).toContain('第 3 行「pm10」列：多出的字段「pm10」：数据系列中没有这一列');
    expect(texts).toContain('第 3 行「AQI」列：必填，但没有填写');
  });
});

describe('row validation against the series', () => {
  it('accepts a valid file and types the cells', () => {
    const r = check(csv('江州市,68,74.2,2026-10-31,', '临安市,59,90.3,,说明，含逗号'));
    expect(r.issues).toEqual([]);
    expect(r.rows[0]).toEqual({ city: '江州市', aqi: 68, good_rate: 74.2, measured: '2026-10-31', note: null });
    expect(r.lines).toEqual([2, 3]);
  });
  it('matches a header by key, by label or by 列名（单位）, with ASCII or full-width brackets', () => {
    expect(matchColumn(SERIES.columns, 'good_rate')?.key).toBe('good_rate');
    expect(matchColumn(SERIES.columns, '达标天数比例')?.key).toBe('good_rate');
    expect(matchColumn(SERIES.columns, '达标天数比例(%)')?.key).toBe('good_rate');
    expect(matchColumn(SERIES.columns, 'PM10')).toBeUndefined();
  });
  it('wrong type: a word where an integer or a number belongs, a bad date', () => {
    const r = check(csv('江州市,很好,7x,2026-02-30,'));
    expect(r.rows).toEqual([]);
    expect(r.issues.map(issueText)).toEqual([
      '第 2 行「AQI」列：「很好」不是整数',
      '第 2 行「达标天数比例（%）」列：「7x」不是数字',
      '第 2 行「监测日期」列：「2026-02-30」不是有效日期',
    ]);
  });
  it('a decimal in an integer column', () => {
    expect(check(csv('江州市,68.5,,,')).issues.map(issueText)).toEqual(['第 2 行「AQI」列：「68.5」不是整数']);
  });
  it('out of range, with the range in the expectation', () => {
    const r = check(csv('江州市,68,120,,', '临安市,-3,50,,'));
    expect(r.issues.map(issueText)).toEqual(['第 2 行「达标天数比例（%）」列：120 大于最大值 100', '第 3 行「AQI」列：-3 小于最小值 0']);
    expect(r.issues[0]!.expected).toBe('数字，0–100，单位 %');
  });
  it('missing required cells (the category and the charted value are always required)', () => {
    const r = check(csv(',68,,,', '白沙市,,,,'));
    expect(r.issues.map(issueText)).toEqual(['第 2 行「城市」列：必填，但没有填写', '第 3 行「AQI」列：必填，但没有填写']);
  });
  it('unknown enum value, listing the allowed ones', () => {
    const r = check(csv('东海市,68,,,'));
    expect(r.issues.map(issueText)).toEqual(['第 2 行「城市」列：「东海市」不是允许的值']);
    expect(r.issues[0]!.expected).toContain('江州市、临安市、白沙市 之一');
  });
  it('extra and missing header columns are reported on the header line', () => {
    const r = validateTable(SERIES, parseCsv('城市,AQI,PM10,监测日期,备注\n江州市,60,30,,\n'));
    expect(r.issues.map(issueText)).toEqual([
      '第 1 行「PM10」列：多出的列「PM10」：数据系列中没有这一列',
      '第 1 行「达标天数比例（%）」列：缺少列「达标天数比例（%）」',
    ]);
  });
  it('a row with more or fewer values than the header', () => {
    const r = check(csv('江州市,68,70,,,多余', '临安市,59'));
    expect(r.issues.map(issueText)).toEqual(['第 2 行：这一行有 6 个值，表头有 5 列', '第 3 行：这一行有 2 个值，表头有 5 列']);
  });
  it('a category twice in one release', () => {
    const r = check(csv('江州市,68,,,', '江州市,70,,,'));
    expect(r.issues.map(issueText)).toEqual(['第 3 行「城市」列：「江州市」在第 2 行已经出现过']);
  });
  it('a file with a header and no rows', () => {
    expect(check(csv()).issues.map(issueText)).toEqual(['第 1 行：数据文件没有任何数据行']);
  });
  it('reports the line where a multi-line record starts', () => {
    const r = check(`${HEADER}\n江州市,68,,,"两行\n备注"\n临安市,abc,,,\n`);
    expect(r.issues.map((i) => i.line)).toEqual([4]);
  });
});

describe('series definitions', () => {
  const base = { name: 'x', description: 'x', frequency: 'monthly', column: 'air-quality', category: 'city', value: 'aqi' };
  const messages = (input: unknown) => {
    const r = seriesSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('requires values for enum columns, a numeric charted column, and existing keys', () => {
    expect(
      messages({
        ...base,
        columns: [
          { key: 'city', label: '城市', type: 'enum' },
          { key: 'aqi', label: 'AQI', type: 'string' },
        ],
      }),
    ).toEqual(['columns.0.values: 类型为 enum 时必须列出允许的取值（values）', 'value: 图表数值列「AQI」必须是数字或整数列']);
    expect(messages({ ...base, columns: [{ key: 'aqi', label: 'AQI', type: 'integer' }] })).toEqual(['category: 没有 key 为「city」的列']);
  });
  it('rejects duplicate keys, min above max and misspelt fields', () => {
    const m = messages({
      ...base,
      columns: [
        { key: 'city', label: '城市', type: 'string' },
        { key: 'aqi', label: 'AQI', type: 'integer', min: 10, max: 1 },
        { key: 'aqi', label: 'AQI2', type: 'integer', unitt: 'x' },
      ],
    });
    expect(m).toContain('columns.1.min: 最小值 10 大于最大值 1');
    expect(m).toContain('columns.2.key: 与第 2 列的 key 重复');
    expect(m.some((x) => x.includes('unitt'))).toBe(true);
  });
});

describe('periods', () => {
  it('knows each form and writes it in Chinese', () => {
    expect(['2026', '2026-H1', '2026-Q3', '2026-10', '2026-W46', '2026-13'].map(periodKind)).toEqual(['year', 'half', 'quarter', 'month', 'week', undefined]);
    expect(periodLabel('2026-10')).toBe('2026年10月');
    expect(periodLabel('2026-Q3')).toBe('2026年第三季度');
    expect(periodLabel('2026-H2')).toBe('2026年下半年');
    expect(periodLabel('2026-W46')).toBe('2026年第46周（11月9日—11月15日）');
  });
  it('computes ISO weeks across year ends', () => {
    expect(isoWeekOf('2026-11-10')).toEqual({ year: 2026, week: 46 });
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekStart(2026, 1)).toBe('2025-12-29');
  });
});

describe('formula cells in text columns (the data file is downloaded as it is)', () => {
  const text = { key: 'station', label: '站点', type: 'string' } as Parameters<typeof parseCell>[0];
  it.each(['=HYPERLINK("https://evil.example/","x")', "+cmd|' /C calc'!A0", '@SUM(1+1)*cmd', '-2+3+cmd|x'])('%s is refused, saying why', (cell) => {
    const r = parseCell(text, cell, true);
    expect('error' in r && r.error).toContain('用 Excel 打开下载的表格时会被当作公式执行');
  });
  it.each(['-', '——', '-3', '-0.5', '江州 = 江城', '无'])('%s is plain text', (cell) => {
    expect(parseCell(text, cell, true)).toEqual({ value: cell });
  });
});
