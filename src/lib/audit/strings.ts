/**
 * Wording of the audit (page, CSV, CLI) in one place. Status icons are plain text
 * symbols so the status never depends on colour alone.
 */
import type { Frequency } from '../schemas/columns.ts';
import type { FreshnessStatus } from '../freshness.ts';

export const STATUS_LABELS: Record<FreshnessStatus, string> = {
  overdue: '逾期未更新',
  empty: '空白栏目',
  'due-soon': '即将到期',
  ok: '正常',
  archived: '已归档',
};

/** A symbol shown before the label (hidden from screen readers, which read the label). */
export const STATUS_ICONS: Record<FreshnessStatus, string> = {
  overdue: '✖',
  empty: '○',
  'due-soon': '▲',
  ok: '✔',
  archived: '■',
};

/** The catalogue rule of each frequency, as the audit explains it. */
export const FREQUENCY_RULES: Record<Frequency, string> = {
  realtime: '实时：最近一次更新后 1 天内再次更新',
  daily: '每日：最近一次更新后 1 天内再次更新',
  weekly: '每周：最近一次更新后 7 天内再次更新',
  fortnightly: '每两周：最近一次更新后 14 天内再次更新',
  monthly: '每月：最近一次更新后 1 个月内（次月同日，无此日取月末）再次更新',
  quarterly: '每季度：最近一次更新后 3 个月内再次更新',
  halfyearly: '每半年：最近一次更新后 6 个月内再次更新',
  yearly: '每年：最近一次更新后 12 个月内（2 月 29 日顺延为次年 2 月 28 日）再次更新',
  irregular: '不定期：不判定逾期，但栏目不能空白',
};

export const AUDIT_TEXT = {
  title: '栏目更新监测',
  catalogueRules: '栏目更新要求（公开目录）',
  nationalRules: '国家检查指标',
  pass: '通过',
  fail: '不通过',
  veto: '单项否决',
  none: '无',
  judgedBySubtree: '含下级栏目',
  deadlines: '公开时限',
  findings: {
    missingInterpretations: '需要解读但没有解读的政策文件和规划',
    danglingInterpretations: '解读对象不存在或不可用的政策解读',
    repealedWithoutReplacement: '已废止但没有有效替代文件链接的文件',
    missingAttachments: '附件（含图片、数据文件）缺失的信息',
  },
} as const;
