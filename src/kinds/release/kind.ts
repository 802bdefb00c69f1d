/** 数据发布: one release (one period) of a data series, with its data file. */
import { z } from 'astro/zod';
import { relativePath, slugRef } from '../../lib/schemas/common.ts';
import { yamlString } from '../../lib/yaml-string.ts';
import { defineKind, entry, itemSchema } from '../define.ts';

/** 数据期: 2024, 2024-05, 2024-Q2, 2024-W12, 2024-H1. */
export const PERIOD = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-W(0[1-9]|[1-4]\d|5[0-3])|-H[12])?$/;

export default defineKind({
  id: 'release',
  order: 4,
  dir: 'releases',
  label: '数据发布',
  labelEn: 'Data releases',
  description: '某个数据系列一期的数据，附 .csv 或 .json 数据文件。',
  schema: itemSchema({
    /** 数据系列: id of a file in content/series/. */
    series: slugRef,
    /** 数据期. */
    period: z.string().trim().regex(PERIOD, { message: '格式不对' }),
    /** 数据文件: .csv or .json beside the Markdown file. */
    data: relativePath.refine((v) => /\.(csv|json)$/i.test(v), { message: '数据文件必须是 .csv 或 .json' }),
  }),
  fields: {
    series: { label: '数据系列', expected: 'content/series/ 下某个数据系列的 id' },
    period: { label: '数据期', expected: '如 2024（年）、2024-Q2（季）、2024-05（月）、2024-W12（周）' },
    data: { label: '数据文件', expected: '相对于本文件的 .csv 或 .json 路径' },
  },
  meta: (d) => [{ label: '数据期', value: d.period }],
  scaffold: {
    // Series, period and data file.
    fields: (n) => [
      entry(`数据系列：content/series/ 下的系列 id（${n.series!.name}）`, `series: ${n.series!.id}`),
      entry('数据期：月 2026-10、季度 2026-Q3、半年 2026-H1、年 2026、周 2026-W46', `period: ${yamlString(n.period!)}`),
      entry('数据文件：本文件旁 files/ 文件夹中的 .csv 或 .json', `data: ${n.data}`),
    ],
  },
});
