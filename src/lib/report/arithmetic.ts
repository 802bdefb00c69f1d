/**
 * The arithmetic of the annual report's tables (勾稽关系), as the national format states
 * it. Each finding names the table, row and column in Chinese and carries the path of
 * the front-matter value to fix, so the content check can point at its line.
 */
import {
  APPLICANT_COLUMNS,
  APPLICANT_TYPES,
  APPLICATION_LABELS,
  REVIEW_COLUMNS,
  REVIEW_ROWS,
  TABLE_NAMES,
  resultRows,
  type ApplicantRow,
  type ReportTables,
  type ReviewKey,
} from './format.ts';

export interface ArithmeticIssue {
  /** Path of the wrong value in the front matter. */
  path: Array<string | number>;
  /** Reads after the value: “数字 145 与…不符”. */
  message: string;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const where = (table: string, row: string, column: string) => `（${table}「${row}」行「${column}」列）`;

/** Every 勾稽关系 of the tables that does not hold. */
export function reportArithmetic(t: ReportTables): ArithmeticIssue[] {
  const issues: ArithmeticIssue[] = [];
  const a = t.applications;
  const T3 = TABLE_NAMES.applications;
  const TOTAL = APPLICANT_TYPES;

  // 总计 column = sum of the applicant types, on every row.
  const rows: Array<{ path: Array<string | number>; label: string; row: ApplicantRow }> = [
    { path: ['applications', 'received'], label: APPLICATION_LABELS.received, row: a.received },
    { path: ['applications', 'carriedOver'], label: APPLICATION_LABELS.carriedOver, row: a.carriedOver },
    ...resultRows(a.results).map((r) => ({ path: ['applications', 'results', ...r.path], label: `三、${r.label}`, row: r.row })),
    { path: ['applications', 'results', 'total'], label: `三、${APPLICATION_LABELS.total}`, row: a.results.total },
    { path: ['applications', 'carriedForward'], label: APPLICATION_LABELS.carriedForward, row: a.carriedForward },
  ];
  for (const r of rows) {
    const expected = sum(r.row.slice(0, TOTAL));
    if (r.row[TOTAL] !== expected) {
      issues.push({ path: [...r.path, TOTAL], message: `与各类申请人之和 ${expected} 不符${where(T3, r.label, '总计')}` });
    }
  }

  // （七）总计 = （一）+（二）+ every sub-reason of （三）…（六）, per column.
  const parts = resultRows(a.results);
  for (let j = 0; j <= TOTAL; j++) {
    const expected = sum(parts.map((p) => p.row[j]!));
    if (a.results.total[j] !== expected) {
      issues.push({
        path: ['applications', 'results', 'total', j],
        message: `与（一）至（六）各项之和 ${expected} 不符${where(T3, `三、${APPLICATION_LABELS.total}`, APPLICANT_COLUMNS[j]!)}`,
      });
    }
  }

  // 一 + 二 = 三（七）+ 四, per column.
  for (let j = 0; j <= TOTAL; j++) {
    const incoming = a.received[j]! + a.carriedOver[j]!;
    const outgoing = a.results.total[j]! + a.carriedForward[j]!;
    if (incoming !== outgoing) {
      issues.push({
        path: ['applications', 'carriedForward', j],
        message:
          `不符合勾稽关系“第一项加第二项之和，等于第三项加第四项之和”：新收 ${a.received[j]} + 上年结转 ${a.carriedOver[j]} = ${incoming}，` +
          `办理结果总计 ${a.results.total[j]} + 结转下年度 ${a.carriedForward[j]} = ${outgoing}` +
          `${where(T3, APPLICATION_LABELS.carriedForward, APPLICANT_COLUMNS[j]!)}`,
      });
    }
  }

  // Table 四: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, for each kind.
  for (const key of Object.keys(REVIEW_ROWS) as ReviewKey[]) {
    const row = t.review[key];
    const expected = sum(row.slice(0, 4));
    if (row[4] !== expected) {
      issues.push({
        path: ['review', key, 4],
        message: `与${REVIEW_COLUMNS.slice(0, 4).join('、')}之和 ${expected} 不符${where(TABLE_NAMES.review, REVIEW_ROWS[key], '总计')}`,
      });
    }
  }

  // Table 二: more repealed than existed makes no sense.
  for (const key of ['regulations', 'normativeDocuments'] as const) {
    const r = t.active[key];
    if (r.current < 0 || r.made < 0 || r.repealed < 0) continue;
    if (r.made > r.current + r.repealed) {
      issues.push({
        path: ['active', key, 'current'],
        message: `小于本年制发件数 ${r.made} 减去本年废止件数 ${r.repealed}（${TABLE_NAMES.active}「${key === 'regulations' ? '规章' : '行政规范性文件'}」行「现行有效件数」列）`,
      });
    }
  }
  return issues;
}

/** Whether every count in table 三 and 四 is zero (a report not filled in yet). */
export function isAllZero(t: ReportTables): boolean {
  const nums = JSON.stringify([t.applications, t.review]).match(/\d+(\.\d+)?/g) ?? [];
  return nums.every((n) => Number(n) === 0);
}
