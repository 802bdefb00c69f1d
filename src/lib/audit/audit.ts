/**
 * The column audit (栏目更新监测): for every column of the catalogue, when it was last
 * updated, how many items it has, when the next update is due and its status; plus the
 * national rule set, columns that missed their rule during the trailing year, and
 * problems across items. One pure function, `runAudit`, feeds the /audit/ page,
 * audit.json, audit.csv and `npm run audit`, so they always agree.
 */
import type { Catalogue, Column } from '../columns.ts';
import { rootColumns, subtreeIds } from '../columns.ts';
import { addMonths, type IsoDate } from '../dates.ts';
import { isPublishable, type Item } from '../items.ts';
import { FRESHNESS_STATUSES, judgeFreshness, ruleMetInTrailingYear, type Freshness, type FreshnessStatus, type RuleMet } from '../freshness.ts';
import type { RuleContext } from '../content/rules.ts';
import { FREQUENCY_LABELS } from '../schemas/columns.ts';
import { judgeNational, type NationalColumnFacts, type NationalVerdict } from './national.ts';
import { collectFindings, FINDING_KEYS, type Findings } from './findings.ts';
import type { DeadlineReport } from '../deadlines/judge.ts';

export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  count: number;
}

export interface ColumnAudit {
  column: Column;
  parent: Column | undefined;
  /** Published items filed directly in this column. */
  ownCount: number;
  /** Published items in this column and all its sub-columns. */
  subtreeCount: number;
  /**
   * Which items decide the status: `subtree` for a column with sub-columns (what its
   * page lists, and all a column with `accepts: []` can have), `own` for a leaf.
   */
  judgedBy: 'own' | 'subtree';
  /** Publish dates of the judged items, newest first (`undefined`: an item without one). */
  dates: Array<IsoDate | undefined>;
  freshness: Freshness;
  /** Whether the update rule was met throughout the trailing year. */
  ruleMet: RuleMet;
  /** Items per month over the twelve months up to the as-of month, oldest first. */
  history: MonthCount[];
}

export interface AuditReport {
  asOf: IsoDate;
  /** Every column, worst first (see `compareRows`). */
  columns: ColumnAudit[];
  counts: Record<FreshnessStatus, number>;
  /**
   * Active, periodic columns that have items but did not meet their update rule at
   * some point in the trailing year (empty columns are already reported as empty).
   */
  ruleNotMet: ColumnAudit[];
  national: NationalVerdict;
  findings: Findings;
  /** 公开时限: late, missing, unjudgeable and mismatched items and periods (../deadlines/). */
  deadlines: DeadlineReport;
  /** Whether the catalogue rules pass: no column overdue or empty. */
  cataloguePassed: boolean;
  /** Whether no legal clock has an error-level finding. */
  deadlinesPassed: boolean;
  /** Overall: catalogue rules, national rule set and legal clocks all pass. */
  passed: boolean;
}

export interface AuditInput {
  catalogue: Catalogue;
  /** Items as loaded; unpublished ones (drafts, 依申请公开, future) are left out of every count. */
  items: readonly Item[];
  asOf: IsoDate;
  /** For the attachment check: project root and a file-size probe. */
  files: Pick<RuleContext, 'root' | 'sizeOf'>;
  /** 公开时限, judged by ../deadlines/judge.ts (absent: nothing to report). */
  deadlines?: DeadlineReport | undefined;
  /** content/site.yaml `rules`, for the kinds' own audit checks. */
  settings?: Readonly<Record<string, unknown>> | undefined;
}

const STATUS_ORDER = new Map(FRESHNESS_STATUSES.map((s, i) => [s, i]));

/**
 * Table order: overdue, empty, due soon, ok, archived; the most overdue (and the
 * soonest due) first within a status; then catalogue order.
 */
export function compareRows(a: ColumnAudit, b: ColumnAudit, catalogueIndex: (c: Column) => number): number {
  const byStatus = STATUS_ORDER.get(a.freshness.status)! - STATUS_ORDER.get(b.freshness.status)!;
  if (byStatus !== 0) return byStatus;
  const da = a.freshness.daysLeft ?? Number.NEGATIVE_INFINITY;
  const db = b.freshness.daysLeft ?? Number.NEGATIVE_INFINITY;
  if ((a.freshness.status === 'overdue' || a.freshness.status === 'due-soon') && da !== db) return da < db ? -1 : 1;
  return catalogueIndex(a.column) - catalogueIndex(b.column);
}

/** Counts per calendar month of `dates`, for the `months` months ending with the month of `asOf`. */
export function monthlyHistory(dates: ReadonlyArray<IsoDate | undefined>, asOf: IsoDate, months = 12): MonthCount[] {
  const out: MonthCount[] = [];
  for (let i = months - 1; i >= 0; i--) out.push({ month: addMonths(`${asOf.slice(0, 7)}-01`, -i).slice(0, 7), count: 0 });
  const index = new Map(out.map((m, i) => [m.month, i]));
  for (const d of dates) {
    const i = d ? index.get(d.slice(0, 7)) : undefined;
    if (i !== undefined && d! <= asOf) out[i]!.count++;
  }
  return out;
}

/** Ids of the columns whose items the home page shows (as src/pages/index.astro picks them). */
export function homeColumnIds(catalogue: Catalogue): string[] {
  const home = rootColumns(catalogue).filter((c) => c.home && c.status === 'active');
  return home.flatMap((c) => subtreeIds(catalogue, c.id));
}

const EMPTY_DEADLINES: DeadlineReport = {
  findings: [],
  counts: { 'dual-publicity': 0, 'active-disclosure': 0, 'interpretation-sync': 0, budget: 0, 'annual-report': 0, 'release-calendar': 0, 'report-figures': 0 },
  errors: 0,
  warnings: 0,
  years: [],
};

export function runAudit(input: AuditInput): AuditReport {
  const { catalogue, asOf } = input;
  const published = input.items.filter((i) => isPublishable(i, asOf));
  const own = new Map<string, Item[]>();
  for (const item of published) {
    const list = own.get(item.data.column);
    if (list) list.push(item);
    else own.set(item.data.column, [item]);
  }
  // Items without a publish date stay in the counts but count as not updated.
  const dateOf = (i: Item): IsoDate | undefined => i.data.published || undefined;
  const newestFirst = (a: IsoDate | undefined, b: IsoDate | undefined) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? 1 : -1);

  const rows: ColumnAudit[] = catalogue.columns.map((column) => {
    const subtree = subtreeIds(catalogue, column.id).flatMap((id) => own.get(id) ?? []);
    const judgedBy = column.childIds.length > 0 ? 'subtree' : 'own';
    const dates = (judgedBy === 'subtree' ? subtree : (own.get(column.id) ?? [])).map(dateOf).sort(newestFirst);
    return {
      column,
      parent: column.parentId ? catalogue.byId.get(column.parentId) : undefined,
      ownCount: own.get(column.id)?.length ?? 0,
      subtreeCount: subtree.length,
      judgedBy,
      dates,
      freshness: judgeFreshness({ frequency: column.frequency, archived: column.status === 'archived', dates, asOf }),
      ruleMet: ruleMetInTrailingYear(column.frequency, dates, asOf),
      history: monthlyHistory(dates, asOf),
    };
  });
  const order = new Map(catalogue.columns.map((c, i) => [c.id, i]));
  rows.sort((a, b) => compareRows(a, b, (c) => order.get(c.id) ?? 0));

  const counts = Object.fromEntries(FRESHNESS_STATUSES.map((s) => [s, 0])) as Record<FreshnessStatus, number>;
  for (const r of rows) counts[r.freshness.status]++;

  const facts: NationalColumnFacts[] = rows.map((r) => ({ column: r.column, dates: r.dates, freshness: r.freshness }));
  const homeIds = new Set(homeColumnIds(catalogue));
  const homeDates = published.filter((i) => homeIds.size === 0 || homeIds.has(i.data.column)).map(dateOf);
  const national = judgeNational(facts, homeDates, asOf);

  const ruleNotMet = rows.filter((r) => r.column.status === 'active' && r.column.frequency !== 'irregular' && r.dates.length > 0 && !r.ruleMet.met);
  const cataloguePassed = counts.overdue === 0 && counts.empty === 0;
  const deadlines = input.deadlines ?? EMPTY_DEADLINES;
  const deadlinesPassed = deadlines.errors === 0;
  return {
    asOf,
    columns: rows,
    counts,
    ruleNotMet,
    national,
    findings: collectFindings(input.items, asOf, input.files, input.settings),
    deadlines,
    cataloguePassed,
    deadlinesPassed,
    passed: cataloguePassed && national.passed && deadlinesPassed,
  };
}

/** Total number of findings of every kind. */
export function findingCount(findings: Findings): number {
  return FINDING_KEYS.reduce((n, k) => n + (findings[k]?.length ?? 0), 0);
}

/**
 * Why a column has its status, in one Chinese sentence (the table, CSV and CLI show
 * the same words).
 */
export function statusReason(row: ColumnAudit): string {
  const f = row.freshness;
  const scope = row.judgedBy === 'subtree' ? '本栏目及下级栏目' : '本栏目';
  const label = FREQUENCY_LABELS[row.column.frequency];
  switch (f.rule) {
    case 'archived':
      return '栏目已归档，不再考核更新';
    case 'empty':
      return `${scope}没有任何已发布信息`;
    case 'irregular':
      return `不定期更新，不判定逾期${f.lastPublished ? `（最近更新 ${f.lastPublished}）` : ''}`;
    case 'undated':
      return `${scope}的信息都没有发布日期，视为未更新`;
    case 'overdue':
      return `最近更新 ${f.lastPublished}，按“${label}”最迟应在 ${f.nextDue} 更新，已逾期 ${-f.daysLeft!} 天${f.longOverdue ? '（超过一个完整周期）' : ''}`;
    case 'due-soon':
      return f.daysLeft === 0
        ? `最近更新 ${f.lastPublished}，按“${label}”最迟应在今天（${f.nextDue}）更新`
        : `按“${label}”最迟应在 ${f.nextDue} 更新，还剩 ${f.daysLeft} 天（提前 ${f.window} 天提醒）`;
    case 'within-period':
      return `最近更新 ${f.lastPublished}，按“${label}”最迟应在 ${f.nextDue} 更新，还有 ${f.daysLeft} 天`;
  }
}

/** The trailing-year result in one Chinese sentence. */
export function ruleMetReason(row: ColumnAudit): string {
  const m = row.ruleMet;
  if (row.column.frequency === 'irregular') return '不定期栏目，不考核';
  if (row.dates.length === 0) return '没有信息';
  if (m.met) return `过去一年（${m.windowStart} 之后）每次间隔都不超过一个更新周期`;
  const worst = m.misses.reduce((a, b) => (b.days > a.days ? b : a));
  return `过去一年有 ${m.misses.length} 次间隔超过一个更新周期，最长 ${worst.days} 天（${worst.from} 至 ${worst.to}）`;
}
