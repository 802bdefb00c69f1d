/**
 * The national format of the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号): the six
 * parts and the wording of every row and column of its standard tables. The schema,
 * the arithmetic checks, the page and the new-report scaffold all read this one list,
 * so a row is named the same way everywhere.
 */

/** The six parts, in order; each is a `## ` heading in the report's Markdown body. */
export const REPORT_PARTS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
] as const;

/** Table 三's columns: applicant types, then 总计. Every row is a list in this order. */
export const APPLICANT_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'] as const;
/** The five types grouped under 法人或其他组织. */
export const LEGAL_PERSON_GROUP = '法人或其他组织';
export const APPLICANT_TYPES = APPLICANT_COLUMNS.length - 1;

/** Table 四's columns for 行政复议 and for each kind of 行政诉讼. */
export const REVIEW_COLUMNS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const;

export const REVIEW_ROWS = {
  reconsideration: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReconsideration: '行政诉讼（复议后起诉）',
} as const;
export type ReviewKey = keyof typeof REVIEW_ROWS;

/** Sub-reasons of （三）不予公开. */
export const DENIED = {
  stateSecret: '1.属于国家秘密',
  lawForbidden: '2.其他法律行政法规禁止公开',
  safetyStability: '3.危及“三安全一稳定”',
  thirdParty: '4.保护第三方合法权益',
  internalAffairs: '5.属于三类内部事务信息',
  processInfo: '6.属于四类过程性信息',
  enforcementFiles: '7.属于行政执法案卷',
  queryMatters: '8.属于行政查询事项',
} as const;

/** Sub-reasons of （四）无法提供. */
export const UNAVAILABLE = {
  notHeld: '1.本机关不掌握相关政府信息',
  needsCreation: '2.没有现成信息需要另行制作',
  unclear: '3.补正后申请内容仍不明确',
} as const;

/** Sub-reasons of （五）不予处理. */
export const NOT_PROCESSED = {
  complaint: '1.信访举报投诉类申请',
  repeated: '2.重复申请',
  publications: '3.要求提供公开出版物',
  excessive: '4.无正当理由大量反复申请',
  confirmation: '5.要求行政机关确认或重新出具已获取信息',
} as const;

/** Sub-reasons of （六）其他处理. */
export const OTHER_HANDLING = {
  noCorrection: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  unpaidFees: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  other: '3.其他',
} as const;

/** The groups of 三、本年度办理结果 that have sub-reasons, with their headings. */
export const RESULT_GROUPS = {
  denied: { label: '（三）不予公开', rows: DENIED },
  unavailable: { label: '（四）无法提供', rows: UNAVAILABLE },
  notProcessed: { label: '（五）不予处理', rows: NOT_PROCESSED },
  otherHandling: { label: '（六）其他处理', rows: OTHER_HANDLING },
} as const;
export type ResultGroupKey = keyof typeof RESULT_GROUPS;

export const APPLICATION_LABELS = {
  received: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  results: '三、本年度办理结果',
  granted: '（一）予以公开',
  partial: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  total: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
} as const;

/** Table 二 (第二十条 items) wording. */
export const ACTIVE_LABELS = {
  item1: '第二十条第（一）项',
  item5: '第二十条第（五）项',
  item6: '第二十条第（六）项',
  item8: '第二十条第（八）项',
  content: '信息内容',
  made: '本年制发件数',
  repealed: '本年废止件数',
  current: '现行有效件数',
  decisions: '本年处理决定数量',
  feeAmount: '本年收费金额（单位：万元）',
  regulations: '规章',
  normativeDocuments: '行政规范性文件',
  licensing: '行政许可',
  penalties: '行政处罚',
  enforcement: '行政强制',
  fees: '行政事业性收费',
} as const;

export const TABLE_NAMES = {
  active: '表二（主动公开政府信息情况）',
  applications: '表三（收到和处理政府信息公开申请情况）',
  review: '表四（政府信息公开行政复议、行政诉讼情况）',
} as const;

/** A row of table 三: one count per applicant type, then 总计. */
export type ApplicantRow = [number, number, number, number, number, number, number];
/** A row of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
export type ReviewRow = [number, number, number, number, number];

export interface ReportTables {
  active: {
    regulations: { made: number; repealed: number; current: number };
    normativeDocuments: { made: number; repealed: number; current: number };
    licensing: number;
    penalties: number;
    enforcement: number;
    fees: number;
  };
  applications: {
    received: ApplicantRow;
    carriedOver: ApplicantRow;
    results: {
      granted: ApplicantRow;
      partial: ApplicantRow;
      denied: Record<keyof typeof DENIED, ApplicantRow>;
      unavailable: Record<keyof typeof UNAVAILABLE, ApplicantRow>;
      notProcessed: Record<keyof typeof NOT_PROCESSED, ApplicantRow>;
      otherHandling: Record<keyof typeof OTHER_HANDLING, ApplicantRow>;
      total: ApplicantRow;
    };
    carriedForward: ApplicantRow;
  };
  review: Record<ReviewKey, ReviewRow>;
}

/** Every row of （一）…（六） that adds up to （七）总计, with its path and label. */
export function resultRows(results: ReportTables['applications']['results']): Array<{ path: string[]; label: string; row: ApplicantRow }> {
  const out: Array<{ path: string[]; label: string; row: ApplicantRow }> = [
    { path: ['granted'], label: APPLICATION_LABELS.granted, row: results.granted },
    { path: ['partial'], label: APPLICATION_LABELS.partial, row: results.partial },
  ];
  for (const [g, group] of Object.entries(RESULT_GROUPS) as Array<[ResultGroupKey, (typeof RESULT_GROUPS)[ResultGroupKey]]>) {
    for (const [k, label] of Object.entries(group.rows)) {
      out.push({ path: [g, k], label: `${group.label}${label}`, row: (results[g] as Record<string, ApplicantRow>)[k]! });
    }
  }
  return out;
}

const zeros7 = (): ApplicantRow => [0, 0, 0, 0, 0, 0, 0];
const zeros5 = (): ReviewRow => [0, 0, 0, 0, 0];
const zeroGroup = <T extends Record<string, string>>(rows: T) =>
  Object.fromEntries(Object.keys(rows).map((k) => [k, zeros7()])) as Record<keyof T, ApplicantRow>;

/** All tables zero-filled; `carriedOver` (上年结转) is carried into 结转下年度 so the balance holds. */
export function emptyTables(carriedOver: ApplicantRow = zeros7()): ReportTables {
  return {
    active: {
      regulations: { made: 0, repealed: 0, current: 0 },
      normativeDocuments: { made: 0, repealed: 0, current: 0 },
      licensing: 0,
      penalties: 0,
      enforcement: 0,
      fees: 0,
    },
    applications: {
      received: zeros7(),
      carriedOver: [...carriedOver] as ApplicantRow,
      results: {
        granted: zeros7(),
        partial: zeros7(),
        denied: zeroGroup(DENIED),
        unavailable: zeroGroup(UNAVAILABLE),
        notProcessed: zeroGroup(NOT_PROCESSED),
        otherHandling: zeroGroup(OTHER_HANDLING),
        total: zeros7(),
      },
      carriedForward: [...carriedOver] as ApplicantRow,
    },
    review: { reconsideration: zeros5(), litigationDirect: zeros5(), litigationAfterReconsideration: zeros5() },
  };
}
