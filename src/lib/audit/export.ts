/**
 * The audit in machine-readable form (audit.json, audit.csv, `npm run audit -- --json`)
 * and as the Chinese text summary `npm run audit` prints. All rows are in the order of
 * the /audit/ table (worst first), so the three outputs line up row by row.
 */
import { FREQUENCY_LABELS } from '../schemas/columns.ts';
import { FRESHNESS_STATUSES } from '../freshness.ts';
import { ruleMetReason, statusReason, findingCount, type AuditReport, type ColumnAudit } from './audit.ts';
import { FINDING_KEYS, findingTitle, type Finding } from './findings.ts';
import { AUDIT_TEXT, FREQUENCY_RULES, STATUS_ICONS, STATUS_LABELS } from './strings.ts';
import { DEADLINE_RULE_IDS, DEADLINE_RULES, DEADLINE_STATUS_LABELS } from '../deadlines/rules.ts';
import type { DeadlineFinding } from '../deadlines/judge.ts';

/** One 公开时限 finding as audit.json carries it (and the CSV and page show). */
export function deadlineRecord(f: DeadlineFinding) {
  const rule = DEADLINE_RULES[f.rule];
  return {
    rule: f.rule,
    ruleName: rule.name,
    basis: rule.basis,
    severity: f.severity,
    status: f.status,
    statusLabel: DEADLINE_STATUS_LABELS[f.status],
    slug: f.slug,
    title: f.title,
    file: f.file,
    field: f.field,
    start: f.start,
    due: f.due,
    published: f.published,
    late: f.late,
    unit: f.unit,
    year: f.year,
    reported: f.reported ?? null,
    counted: f.counted ?? null,
    message: f.message,
  };
}

/** One column as audit.json carries it. */
export function columnRecord(row: ColumnAudit) {
  const { column, freshness: f } = row;
  return {
    id: column.id,
    name: column.name,
    parentId: column.parentId ?? null,
    parentName: row.parent?.name ?? null,
    depth: column.depth,
    frequency: column.frequency,
    frequencyLabel: FREQUENCY_LABELS[column.frequency],
    frequencyRule: FREQUENCY_RULES[column.frequency],
    columnStatus: column.status,
    national: column.national ?? null,
    home: column.home,
    itemCount: row.ownCount,
    subtreeItemCount: row.subtreeCount,
    judgedBy: row.judgedBy,
    lastPublished: f.lastPublished ?? null,
    nextDue: f.nextDue ?? null,
    daysLeft: f.daysLeft ?? null,
    status: f.status,
    statusLabel: STATUS_LABELS[f.status],
    rule: f.rule,
    reason: statusReason(row),
    longOverdue: f.longOverdue,
    ruleMetTrailingYear: row.ruleMet.met,
    ruleMetReason: ruleMetReason(row),
    history: row.history,
  };
}

/** The whole report as plain JSON data. */
export function auditJson(report: AuditReport) {
  return {
    asOf: report.asOf,
    passed: report.passed,
    catalogue: {
      passed: report.cataloguePassed,
      counts: report.counts,
    },
    national: {
      id: report.national.ruleSet.id,
      name: report.national.ruleSet.name,
      basis: report.national.ruleSet.basis,
      passed: report.national.passed,
      reasons: report.national.reasons,
      checks: report.national.checks,
    },
    columns: report.columns.map(columnRecord),
    ruleNotMet: report.ruleNotMet.map((r) => ({ id: r.column.id, name: r.column.name, reason: ruleMetReason(r), misses: r.ruleMet.misses })),
    findings: report.findings,
    deadlines: {
      passed: report.deadlinesPassed,
      errors: report.deadlines.errors,
      warnings: report.deadlines.warnings,
      counts: report.deadlines.counts,
      rules: DEADLINE_RULE_IDS.map((id) => DEADLINE_RULES[id]),
      findings: report.deadlines.findings.map(deadlineRecord),
    },
  };
}

/** Headers of the 公开时限 table that follows the column table in audit.csv. */
export const DEADLINE_CSV_HEADERS = [
  '规则',
  '法定依据',
  '级别',
  '情况',
  '信息',
  '文件',
  '起算日期',
  '应发布日期',
  '实际发布日期',
  '超出',
  '单位',
  '年度',
  '说明',
] as const;

export const CSV_HEADERS = [
  '栏目ID',
  '栏目',
  '上级栏目',
  '更新要求',
  '最近更新',
  '本栏目信息数',
  '含下级栏目信息数',
  '下次应更新',
  '状态',
  '状态代码',
  '判定依据',
  '说明',
  '近一年按要求更新',
] as const;

/** Quote a CSV field when needed (RFC 4180) and defuse spreadsheet formulas. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+@\t\r]|^-(?!\d)/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * audit.csv: UTF-8 with a byte-order mark (so Excel reads the Chinese correctly), CRLF
 * line ends, one header row, then one row per column in table order.
 */
export function auditCsv(report: AuditReport): string {
  const lines = [CSV_HEADERS.join(',')];
  for (const row of report.columns) {
    const r = columnRecord(row);
    lines.push(
      [
        r.id,
        r.name,
        r.parentName,
        r.frequencyLabel,
        r.lastPublished,
        r.itemCount,
        r.subtreeItemCount,
        r.nextDue,
        r.statusLabel,
        r.status,
        r.frequencyRule,
        r.reason,
        r.columnStatus === 'archived' || r.frequency === 'irregular' ? '不考核' : r.ruleMetTrailingYear ? '是' : '否',
      ]
        .map(csvField)
        .join(','),
    );
  }
  // 公开时限: after one empty line, a title row, its header row and one row per finding.
  lines.push('', csvField(`${AUDIT_TEXT.deadlines}（${report.deadlines.findings.length} 项）`), DEADLINE_CSV_HEADERS.join(','));
  for (const f of report.deadlines.findings) {
    const r = deadlineRecord(f);
    lines.push(
      [
        r.ruleName,
        r.basis,
        r.severity === 'error' ? '错误' : '警告',
        r.statusLabel,
        r.title,
        r.file,
        r.start,
        r.due,
        r.published,
        r.late,
        r.unit,
        r.year,
        r.message,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function findingLines(list: readonly Finding[]): string[] {
  return list.map((f) => `    · ${f.title}（${f.file}）：${f.message}${f.expected ? `；应为：${f.expected}` : ''}`);
}

/** The readable Chinese summary `npm run audit` prints. */
export function formatAuditSummary(report: AuditReport): string {
  const out: string[] = [];
  const { counts } = report;
  out.push(`栏目更新监测（基准日期 ${report.asOf}）`);
  out.push('');
  out.push(`共 ${report.columns.length} 个栏目：${FRESHNESS_STATUSES.map((s) => `${STATUS_LABELS[s]} ${counts[s]}`).join('，')}`);

  out.push('');
  out.push(`【${AUDIT_TEXT.catalogueRules}】${report.cataloguePassed ? AUDIT_TEXT.pass : AUDIT_TEXT.fail}`);
  const bad = report.columns.filter((r) => r.freshness.status === 'overdue' || r.freshness.status === 'empty');
  for (const row of bad) {
    const parent = row.parent ? `${row.parent.name} › ` : '';
    out.push(
      `  ${STATUS_ICONS[row.freshness.status]} ${STATUS_LABELS[row.freshness.status]}  ${parent}${row.column.name}（${row.column.id}，${FREQUENCY_LABELS[row.column.frequency]}）：${statusReason(row)}`,
    );
  }
  const soon = report.columns.filter((r) => r.freshness.status === 'due-soon');
  for (const row of soon) {
    const parent = row.parent ? `${row.parent.name} › ` : '';
    out.push(
      `  ${STATUS_ICONS['due-soon']} ${STATUS_LABELS['due-soon']}  ${parent}${row.column.name}（${row.column.id}，${FREQUENCY_LABELS[row.column.frequency]}）：${statusReason(row)}`,
    );
  }
  if (bad.length === 0 && soon.length === 0) out.push('  所有栏目都在更新周期内。');

  out.push('');
  const n = report.national;
  out.push(
    `【${AUDIT_TEXT.nationalRules}：《${n.ruleSet.name}》（${n.ruleSet.basis}）】${n.passed ? AUDIT_TEXT.pass : `${AUDIT_TEXT.fail}（${AUDIT_TEXT.veto}）`}`,
  );
  for (const c of n.checks) {
    out.push(`  ${c.passed ? '✔ 通过' : '✖ 否决'}  ${c.title}：${c.reason}`);
    if (!c.passed) for (const col of c.columns) out.push(`      - ${col.name}（${col.id}）：${col.reason}`);
  }

  out.push('');
  out.push(`【过去一年未按要求更新的栏目】${report.ruleNotMet.length === 0 ? AUDIT_TEXT.none : `${report.ruleNotMet.length} 个`}`);
  for (const row of report.ruleNotMet) out.push(`  - ${row.column.name}（${row.column.id}，${FREQUENCY_LABELS[row.column.frequency]}）：${ruleMetReason(row)}`);

  out.push('');
  out.push(`【其他问题】${findingCount(report.findings) === 0 ? AUDIT_TEXT.none : `${findingCount(report.findings)} 项`}`);
  for (const key of FINDING_KEYS) {
    const list = report.findings[key] ?? [];
    out.push(`  ${findingTitle(key)}：${list.length === 0 ? AUDIT_TEXT.none : `${list.length} 项`}`);
    out.push(...findingLines(list));
  }

  out.push('');
  const d = report.deadlines;
  out.push(`【${AUDIT_TEXT.deadlines}】${report.deadlinesPassed ? AUDIT_TEXT.pass : AUDIT_TEXT.fail}（${d.errors} 项错误，${d.warnings} 项警告）`);
  for (const id of DEADLINE_RULE_IDS) {
    const list = d.findings.filter((f) => f.rule === id);
    out.push(`  ${DEADLINE_RULES[id].name}（${DEADLINE_RULES[id].basis}）：${list.length === 0 ? AUDIT_TEXT.none : `${list.length} 项`}`);
    for (const f of list) out.push(`    ${f.severity === 'error' ? '✖ 错误' : '▲ 警告'}  ${f.title}（${f.file}）：${f.message}`);
  }

  out.push('');
  out.push(
    report.passed
      ? '结论：通过。没有逾期或空白栏目，国家检查指标全部通过，没有超过公开时限的信息。'
      : `结论：不通过。${[
          counts.overdue ? `${counts.overdue} 个栏目逾期未更新` : '',
          counts.empty ? `${counts.empty} 个空白栏目` : '',
          n.passed ? '' : '国家检查指标单项否决',
          report.deadlinesPassed ? '' : `${d.errors} 项超过公开时限或缺失`,
        ]
          .filter(Boolean)
          .join('，')}。`,
  );
  return out.join('\n');
}
