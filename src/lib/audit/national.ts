/**
 * The national rule set 《政府网站与政务新媒体检查指标》(国办秘函〔2019〕19号): the
 * 单项否决 (outright fail) indicators about content updates. A site that trips any one
 * of them fails the inspection, however good it is otherwise. Pure: works on the
 * columns' publish dates and their freshness as judged by ../freshness.ts.
 *
 * As implemented (A = as-of date; "updated within N" means some item of the column or
 * its sub-columns has a publish date ≥ A − N; items without a publish date count as not
 * updated; archived columns are left out of checks 1–3):
 *
 * 1. `home-stale` 首页栏目不更新 — fails when nothing shown on the home page (the items of
 *    the active first-level columns marked `home: true`, or of the whole site if none is
 *    marked) was published within the last 14 days: newest ≥ A − 14 days passes, so
 *    exactly 14 days ago still passes and 15 days fails.
 * 2. `stale-columns` 栏目不更新 — fails when ≥ 5 columns are stale, counting
 *    (a) 动态/要闻类 columns (`national: news`, any level) not updated within 14 days and
 *    (b) first-level 通知公告/政策文件类 columns (`national: notice-policy`, depth 0) not
 *    updated within 6 calendar months (newest ≥ A − 6 months passes).
 * 3. `long-unupdated` 应更新而长期未更新 — fails when ≥ 10 columns that should be updated
 *    have long not been: active, non-irregular columns with at least one item whose
 *    lateness exceeds one full period of their own frequency (A > last + 2 periods, see
 *    `Freshness.longOverdue`), or whose items are all undated. Columns without any item
 *    are counted by check 4 instead, never twice.
 * 4. `blank-columns` 空白栏目 — fails when ≥ 5 columns have never had any content (no
 *    published item in the column or below it). Archived columns count too: a blank
 *    page is blank whatever its status.
 *
 * Every catalogue column counts as one column (a parent and its children are separate
 * pages on the site).
 */
import type { Column } from '../columns.ts';
import { addDays, addMonths, daysBetween, type IsoDate } from '../dates.ts';
import { latestDate, type Freshness } from '../freshness.ts';

export const NATIONAL_RULE_SET = {
  id: 'gwmc-2019-19',
  name: '政府网站与政务新媒体检查指标',
  basis: '国办秘函〔2019〕19号',
} as const;

/** Thresholds of the rule set, named so tests and wording use the same numbers. */
export const NATIONAL_THRESHOLDS = {
  /** Days the home page may go without anything new. */
  homeDays: 14,
  /** Days a news column may go without anything new. */
  newsDays: 14,
  /** Months a first-level notice/policy column may go without anything new. */
  noticePolicyMonths: 6,
  /** Stale columns that fail the site. */
  staleColumns: 5,
  /** Long-unupdated columns that fail the site. */
  longUnupdated: 10,
  /** Blank columns that fail the site. */
  blankColumns: 5,
} as const;

export type NationalCheckId = 'home-stale' | 'stale-columns' | 'long-unupdated' | 'blank-columns';

export interface NationalColumnNote {
  id: string;
  name: string;
  /** Why the column counts towards the check. */
  reason: string;
}

export interface NationalCheck {
  id: NationalCheckId;
  /** Indicator name, e.g. 栏目不更新. */
  title: string;
  /** The criterion in words. */
  criterion: string;
  /** The count that fails the check (for home-stale: the number of days). */
  threshold: number;
  /** What was found: columns counted, or for home-stale the days since the newest item (-1: never). */
  count: number;
  passed: boolean;
  /** One sentence: why it passed or failed. */
  reason: string;
  columns: NationalColumnNote[];
}

export interface NationalVerdict {
  ruleSet: typeof NATIONAL_RULE_SET;
  passed: boolean;
  checks: NationalCheck[];
  /** Reasons of the failed checks (empty when passed). */
  reasons: string[];
}

/** What the national checks need to know about one column. */
export interface NationalColumnFacts {
  column: Column;
  /** Publish dates of every published item in the column and its sub-columns (`undefined`: no date). */
  dates: ReadonlyArray<IsoDate | undefined>;
  freshness: Freshness;
}

function since(latest: IsoDate | undefined, asOf: IsoDate): string {
  return latest ? `最近更新 ${latest}（${daysBetween(latest, asOf)} 天前）` : '从未更新';
}

/** Check 1: the home page has something published within 14 days of `asOf`. */
export function checkHomePage(homeDates: ReadonlyArray<IsoDate | undefined>, asOf: IsoDate): NationalCheck {
  const days = NATIONAL_THRESHOLDS.homeDays;
  const latest = latestDate(homeDates);
  const passed = latest !== undefined && latest >= addDays(asOf, -days);
  return {
    id: 'home-stale',
    title: '首页栏目不更新',
    criterion: `首页栏目信息超过 ${days} 天（2 周）无更新即单项否决`,
    threshold: days,
    count: latest ? daysBetween(latest, asOf) : -1,
    passed,
    reason: passed
      ? `首页最近一条信息发布于 ${latest}，在 ${days} 天以内`
      : latest
        ? `首页最近一条信息发布于 ${latest}，已 ${daysBetween(latest, asOf)} 天无更新（超过 ${days} 天）`
        : '首页栏目没有任何已发布信息',
    columns: [],
  };
}

/** Check 2: news columns silent for 14 days plus first-level notice/policy columns silent for 6 months. */
export function checkStaleColumns(facts: readonly NationalColumnFacts[], asOf: IsoDate): NationalCheck {
  const t = NATIONAL_THRESHOLDS;
  const newsSince = addDays(asOf, -t.newsDays);
  const noticeSince = addMonths(asOf, -t.noticePolicyMonths);
  const columns: NationalColumnNote[] = [];
  for (const { column, dates } of facts) {
    if (column.status === 'archived') continue;
    const latest = latestDate(dates);
    if (column.national === 'news' && !(latest && latest >= newsSince)) {
      columns.push({ id: column.id, name: column.name, reason: `动态/要闻类栏目 ${t.newsDays} 天内无更新，${since(latest, asOf)}` });
    } else if (column.national === 'notice-policy' && column.depth === 0 && !(latest && latest >= noticeSince)) {
      columns.push({ id: column.id, name: column.name, reason: `通知公告/政策文件类一级栏目 ${t.noticePolicyMonths} 个月内无更新，${since(latest, asOf)}` });
    }
  }
  const passed = columns.length < t.staleColumns;
  return {
    id: 'stale-columns',
    title: '栏目不更新',
    criterion: `动态、要闻类栏目 2 周内无更新，或通知公告、政策文件类一级栏目 6 个月内无更新，累计达到 ${t.staleColumns} 个即单项否决`,
    threshold: t.staleColumns,
    count: columns.length,
    passed,
    reason: `${columns.length} 个栏目不更新${passed ? `，少于 ${t.staleColumns} 个` : `，达到 ${t.staleColumns} 个`}`,
    columns,
  };
}

/** Check 3: active periodic columns overdue by more than one full period. */
export function checkLongUnupdated(facts: readonly NationalColumnFacts[], asOf: IsoDate): NationalCheck {
  const threshold = NATIONAL_THRESHOLDS.longUnupdated;
  const columns: NationalColumnNote[] = facts
    .filter(({ column, dates, freshness }) => column.status === 'active' && column.frequency !== 'irregular' && dates.length > 0 && freshness.longOverdue)
    .map(({ column, freshness }) => ({
      id: column.id,
      name: column.name,
      reason: freshness.lastPublished
        ? `最迟应在 ${freshness.nextDue} 更新，已逾期 ${-(freshness.daysLeft ?? 0)} 天，超过一个完整更新周期（${since(freshness.lastPublished, asOf)}）`
        : '信息都没有发布日期，视为未更新',
    }));
  const passed = columns.length < threshold;
  return {
    id: 'long-unupdated',
    title: '应更新而长期未更新',
    criterion: `应定期更新的栏目（非不定期、未归档）逾期超过一个完整更新周期，累计达到 ${threshold} 个即单项否决`,
    threshold,
    count: columns.length,
    passed,
    reason: `${columns.length} 个栏目长期未更新${passed ? `，少于 ${threshold} 个` : `，达到 ${threshold} 个`}`,
    columns,
  };
}

/** Check 4: columns that never had any content. */
export function checkBlankColumns(facts: readonly NationalColumnFacts[]): NationalCheck {
  const threshold = NATIONAL_THRESHOLDS.blankColumns;
  const columns = facts
    .filter(({ dates }) => dates.length === 0)
    .map(({ column }) => ({
      id: column.id,
      name: column.name,
      reason: column.childIds.length > 0 ? '本栏目及下级栏目没有任何信息' : `没有任何信息${column.status === 'archived' ? '（已归档）' : ''}`,
    }));
  const passed = columns.length < threshold;
  return {
    id: 'blank-columns',
    title: '空白栏目',
    criterion: `栏目没有任何内容，累计达到 ${threshold} 个即单项否决`,
    threshold,
    count: columns.length,
    passed,
    reason: `${columns.length} 个空白栏目${passed ? `，少于 ${threshold} 个` : `，达到 ${threshold} 个`}`,
    columns,
  };
}

/** Run the four checks; the site passes only when all four pass. */
export function judgeNational(facts: readonly NationalColumnFacts[], homeDates: ReadonlyArray<IsoDate | undefined>, asOf: IsoDate): NationalVerdict {
  const checks = [checkHomePage(homeDates, asOf), checkStaleColumns(facts, asOf), checkLongUnupdated(facts, asOf), checkBlankColumns(facts)];
  const failed = checks.filter((c) => !c.passed);
  return {
    ruleSet: NATIONAL_RULE_SET,
    passed: failed.length === 0,
    checks,
    reasons: failed.map((c) => `${c.title}：${c.reason}`),
  };
}
