/**
 * 公开时限: the legal clocks an auditor checks item by item, one entry per rule — its
 * Chinese name, the legal source with its wording, how the start and due dates are
 * computed, and how serious a miss is. The judging is in ./judge.ts; the /audit/ page,
 * audit.json/csv, `npm run audit` and `npm run check` all show these same texts.
 */

export const DEADLINE_RULE_IDS = [
  'dual-publicity',
  'active-disclosure',
  'interpretation-sync',
  'budget',
  'annual-report',
  'release-calendar',
  'report-figures',
] as const;
export type DeadlineRuleId = (typeof DEADLINE_RULE_IDS)[number];

export interface DeadlineRule {
  id: DeadlineRuleId;
  /** Chinese name, e.g. 双公示. */
  name: string;
  /** The legal source, short (shown in tables). */
  basis: string;
  /** What the source says. */
  text: string;
  /** Where the clock starts. */
  start: string;
  /** How the due date follows from the start. */
  due: string;
  /** A miss is an error (the audit fails) or a warning (listed, the audit may still pass). */
  severity: 'error' | 'warning';
}

export const DEADLINE_RULES: Record<DeadlineRuleId, DeadlineRule> = {
  'dual-publicity': {
    id: 'dual-publicity',
    name: '双公示',
    basis: '发改办财金〔2018〕424号',
    text: '行政许可、行政处罚等信息自作出行政决定之日起 7 个工作日内上网公开。',
    start: '决定日期（类别为行政处罚决定书、行政许可结果、行政许可决定书的信息）',
    due: '决定日期之后第 7 个工作日（按国务院节假日安排计算，决定当日不计）',
    severity: 'error',
  },
  'active-disclosure': {
    id: 'active-disclosure',
    name: '主动公开',
    basis: '《政府信息公开条例》第二十六条',
    text: '属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起 20 个工作日内及时公开。',
    start: '成文日期（填写了成文日期的信息）；信息变更的，另从变更日期起算，变更后的信息以更新日期（未填写时为发布日期）为公开日期',
    due: '成文日期或变更日期之后第 20 个工作日（当日不计）',
    severity: 'error',
  },
  'interpretation-sync': {
    id: 'interpretation-sync',
    name: '政策解读“三同步”',
    basis: '国办发〔2016〕80号',
    text: '政策性文件与解读方案、解读材料同步组织、同步审签、同步部署；文件公布时，解读材料与文件同步发布。',
    start: '被解读的政策文件或规划的发布日期',
    due: '与政策文件同日发布；晚于政策文件不超过宽限工作日数（content/site.yaml 的 rules.interpretationGraceDays，默认 3）为警告，超过为错误',
    severity: 'error',
  },
  budget: {
    id: 'budget',
    name: '预决算公开',
    basis: '《预算法》第十四条',
    text: '各部门预算、决算及报表应当在本级政府财政部门批复后二十日内由各部门向社会公开。',
    start: '批复日期（类别为部门预算、部门决算的信息）',
    due: '批复日期之后第 20 日（自然日，批复当日不计）',
    severity: 'error',
  },
  'annual-report': {
    id: 'annual-report',
    name: '政府信息公开工作年度报告',
    basis: '《政府信息公开条例》第四十九条',
    text: '应当在每年 1 月 31 日前向社会公布本行政机关上一年度政府信息公开工作年度报告。',
    start: '报告年度结束（12 月 31 日）；从本站第一份年度报告的年度起考核',
    due: '次年 1 月 31 日；2 月 1 日起仍未发布即为缺失',
    severity: 'error',
  },
  'release-calendar': {
    id: 'release-calendar',
    name: '数据发布时限',
    basis: '本站数据系列发布时限',
    text: '每个数据系列按其定义文件（content/series/*.yaml）中的发布时限 dueDays 逐期发布，每一期都不得缺失或迟于时限。',
    start: '数据期结束之日（月报为月末，周报为周日）',
    due: '数据期结束之后第 dueDays 日（自然日），如月报 15 即次月 15 日，周报 3 即下周三',
    severity: 'error',
  },
  'report-figures': {
    id: 'report-figures',
    name: '年报数据与本站一致',
    basis: '《政府信息公开条例》第五十条',
    text: '年度报告应当包括主动公开政府信息的情况；报告表二中本站能够统计的数字应与本站实际公开的信息一致。',
    start: '报告年度内本站发布的行政规范性文件、作出决定的行政许可和行政处罚信息',
    due: '表二数字与本站统计相同；不同之处列出两个数字，由审核人员核实（本站可能只公开了部分决定，因此为警告）',
    severity: 'warning',
  },
};

/** Status of one finding. */
export const DEADLINE_STATUSES = ['late', 'missing', 'unknown', 'mismatch'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];
export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  late: '超过时限',
  missing: '未发布',
  unknown: '无法判断',
  mismatch: '数字不一致',
};
