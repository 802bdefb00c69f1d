/**
 * 数据系列: content/series/<id>.yaml describes one data series — what it is, how often
 * it is released, which column it is filed under, and the columns of every release's
 * data file (CSV or JSON). Each release's data is validated row by row against this
 * definition (src/lib/series/validate.ts), and the release and series pages use it to
 * label the table's headers with units and to choose what to chart.
 */
import { z } from 'astro/zod';
import { FREQUENCIES } from './columns.ts';

/** Types a data column may have. */
export const SERIES_COLUMN_TYPES = ['string', 'number', 'integer', 'date', 'enum'] as const;
export type SeriesColumnType = (typeof SERIES_COLUMN_TYPES)[number];

/** How each type is called in messages for editors. */
export const SERIES_COLUMN_TYPE_LABELS: Record<SeriesColumnType, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  date: '日期（YYYY-MM-DD）',
  enum: '固定取值',
};

/** Column key: what a JSON file uses as property name and a CSV header may use. */
export const COLUMN_KEY = /^[a-z][a-z0-9_]*$/;

export const seriesColumnSchema = z
  .strictObject({
    /** 字段名: lowercase letters, digits and underscores, e.g. `pm25`. */
    key: z.string().trim().regex(COLUMN_KEY, { message: '只能包含小写字母、数字和下划线，且以字母开头' }),
    /** 列名 (Chinese), shown as the table header, e.g. 城市. A CSV header may use it instead of the key. */
    label: z.string().trim().min(1).max(40),
    /** 类型: string | number | integer | date | enum. */
    type: z.enum(SERIES_COLUMN_TYPES),
    /** 单位, e.g. μg/m³ or %; shown in the header as 列名（单位）. */
    unit: z.string().trim().min(1).max(20).optional(),
    /** 必填: an empty cell is an error (default false; the category and charted columns are always required). */
    required: z.boolean().default(false),
    /** 最小值 (number and integer columns). */
    min: z.number().optional(),
    /** 最大值 (number and integer columns). */
    max: z.number().optional(),
    /** 允许的取值 (enum columns, required there), in their natural order (Ⅰ, Ⅱ … 劣Ⅴ). */
    values: z.array(z.string().trim().min(1).max(40)).min(1).max(50).optional(),
    /** 说明: how the value is measured or computed. */
    description: z.string().trim().min(1).max(300).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.type === 'enum' && !c.values) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: '类型为 enum 时必须列出允许的取值（values）' });
    }
    if (c.type !== 'enum' && c.values) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: '只有类型为 enum 的列才能列出取值' });
    }
    if ((c.min !== undefined || c.max !== undefined) && c.type !== 'number' && c.type !== 'integer') {
      ctx.addIssue({ code: 'custom', path: [c.min !== undefined ? 'min' : 'max'], message: '只有数字或整数列才能设置最小值、最大值' });
    }
    if (c.min !== undefined && c.max !== undefined && c.min > c.max) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: `最小值 ${c.min} 大于最大值 ${c.max}` });
    }
  });
export type SeriesColumn = z.output<typeof seriesColumnSchema>;

export const seriesSchema = z
  .strictObject({
    /** 系列名称, e.g. 设区市环境空气质量月报. */
    name: z.string().trim().min(1).max(60),
    /** 系列说明: what is measured, where, by whom. */
    description: z.string().trim().min(1).max(500),
    /** 发布频率: also decides the form of each release's 数据期 (monthly → 2026-10, weekly → 2026-W46 …). */
    frequency: z.enum(FREQUENCIES),
    /** 公开目录: the column (content/columns.yaml) its releases are filed under. */
    column: z.string().trim().min(1),
    /** 单位说明: notes on units and methods shown on the series page. */
    unitNotes: z.string().trim().min(1).max(500).optional(),
    /** 数据来源. */
    source: z.string().trim().min(1).max(100).optional(),
    /** 数据列, in the order of the table. */
    columns: z.array(seriesColumnSchema).min(1).max(40),
    /** 分类列: key of the column naming each row (e.g. city); unique within a release. */
    category: z.string().trim().regex(COLUMN_KEY, { message: '应为某一列的 key' }),
    /** 图表数值列: key of the number column charted (e.g. aqi). */
    value: z.string().trim().regex(COLUMN_KEY, { message: '应为某一列的 key' }),
    /**
     * 发布时限: each period is due this many days after it ends (monthly 15 = by the 15th of
     * the next month; weekly 3 = by the following Wednesday). Without it the series has no
     * release calendar and the audit does not list missing or late periods.
     */
    dueDays: z.number().int().min(0).max(366).optional(),
    /** 起始数据期: the first period the release calendar expects (default: the earliest release). */
    since: z
      .string()
      .trim()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-W(0[1-9]|[1-4]\d|5[0-3])|-H[12])?$/, { message: '格式不对' })
      .optional(),
  })
  .superRefine((s, ctx) => {
    const keys = new Map<string, number>();
    s.columns.forEach((c, i) => {
      if (keys.has(c.key)) {
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'key'], message: `与第 ${keys.get(c.key)! + 1} 列的 key 重复` });
      } else keys.set(c.key, i);
    });
    const labels = new Set<string>();
    s.columns.forEach((c, i) => {
      if (labels.has(c.label)) ctx.addIssue({ code: 'custom', path: ['columns', i, 'label'], message: '列名重复' });
      labels.add(c.label);
    });
    if (!keys.has(s.category)) {
      ctx.addIssue({ code: 'custom', path: ['category'], message: `没有 key 为「${s.category}」的列` });
    }
    const valueColumn = s.columns.find((c) => c.key === s.value);
    if (!valueColumn) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `没有 key 为「${s.value}」的列` });
    } else if (valueColumn.type !== 'number' && valueColumn.type !== 'integer') {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `图表数值列「${valueColumn.label}」必须是数字或整数列` });
    }
  });
export type SeriesDef = z.output<typeof seriesSchema>;

/** A series definition with its id (the file name without `.yaml`). */
export interface Series extends SeriesDef {
  id: string;
  /** Project-relative path of the definition file. */
  file: string;
}

/** 列名（单位）, as table headers and messages show a column. */
export function columnHeading(c: Pick<SeriesColumn, 'label' | 'unit'>): string {
  return c.unit ? `${c.label}（${c.unit}）` : c.label;
}

/** Wording for error messages: what a correct value of column `c` looks like. */
export function describeColumn(c: SeriesColumn): string {
  const parts: string[] = [SERIES_COLUMN_TYPE_LABELS[c.type]];
  if (c.type === 'enum' && c.values) parts[0] = `${c.values.join('、')} 之一`;
  if (c.min !== undefined && c.max !== undefined) parts.push(`${c.min}–${c.max}`);
  else if (c.min !== undefined) parts.push(`不小于 ${c.min}`);
  else if (c.max !== undefined) parts.push(`不大于 ${c.max}`);
  if (c.unit) parts.push(`单位 ${c.unit}`);
  if (c.required) parts.push('必填');
  return parts.join('，');
}
