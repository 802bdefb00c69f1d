/**
 * The tables of an annual report as commented front-matter YAML, each row and column
 * named: what a new report starts with (src/lib/new-item/templates.ts, reportTemplate).
 */
import { APPLICATION_LABELS, RESULT_GROUPS, type ApplicantRow, type ReportTables, type ResultGroupKey } from './format.ts';

const row = (r: readonly number[]) => `[${r.join(', ')}]`;

/** The report tables as commented front-matter YAML (no `---` lines). */
export function tablesToYaml(t: ReportTables): string {
  const a = t.applications;
  const lines = [
    '# 二、主动公开政府信息情况（第二十条）',
    'active:',
    `  regulations: { made: ${t.active.regulations.made}, repealed: ${t.active.regulations.repealed}, current: ${t.active.regulations.current} }            # 规章：本年制发、本年废止、现行有效件数`,
    `  normativeDocuments: { made: ${t.active.normativeDocuments.made}, repealed: ${t.active.normativeDocuments.repealed}, current: ${t.active.normativeDocuments.current} }     # 行政规范性文件`,
    `  licensing: ${t.active.licensing}     # 第（五）项 行政许可 本年处理决定数量`,
    `  penalties: ${t.active.penalties}     # 第（六）项 行政处罚 本年处理决定数量`,
    `  enforcement: ${t.active.enforcement}   # 第（六）项 行政强制 本年处理决定数量`,
    `  fees: ${t.active.fees}          # 第（八）项 行政事业性收费 本年收费金额（万元）`,
    '# 三、收到和处理政府信息公开申请情况',
    '# 每行 7 个数：[自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]',
    '# 勾稽关系：每行“总计”= 前 6 项之和；（七）总计 =（一）至（六）各项之和；一 + 二 = 三（七）+ 四',
    'applications:',
    `  received:       ${row(a.received)}  # ${APPLICATION_LABELS.received}`,
    `  carriedOver:    ${row(a.carriedOver)}  # ${APPLICATION_LABELS.carriedOver}（= 上年报告的“结转下年度继续办理”）`,
    `  results:        # ${APPLICATION_LABELS.results}`,
    `    granted:      ${row(a.results.granted)}  # （一）予以公开`,
    `    partial:      ${row(a.results.partial)}  # （二）部分公开`,
  ];
  for (const [g, group] of Object.entries(RESULT_GROUPS) as Array<[ResultGroupKey, (typeof RESULT_GROUPS)[ResultGroupKey]]>) {
    lines.push(`    ${g}:  # ${group.label}`);
    for (const [k, label] of Object.entries(group.rows)) {
      lines.push(`      ${k}: ${row((a.results[g] as Record<string, ApplicantRow>)[k]!)}  # ${label}`);
    }
  }
  lines.push(
    `    total:        ${row(a.results.total)}  # （七）总计`,
    `  carriedForward: ${row(a.carriedForward)}  # ${APPLICATION_LABELS.carriedForward}`,
    '# 四、政府信息公开行政复议、行政诉讼情况',
    '# 每行 5 个数：[结果维持, 结果纠正, 其他结果, 尚未审结, 总计]',
    'review:',
    `  reconsideration:                 ${row(t.review.reconsideration)}  # 行政复议`,
    `  litigationDirect:                ${row(t.review.litigationDirect)}  # 行政诉讼 未经复议直接起诉`,
    `  litigationAfterReconsideration:  ${row(t.review.litigationAfterReconsideration)}  # 行政诉讼 复议后起诉`,
  );
  return lines.join('\n');
}
