/**
 * The clock of a consultation (征求意见 / 重大决策预公开): how long its window is, where it
 * stands on a given day, and the tallies of the feedback (意见采纳情况) that answers it.
 * Pure functions over dates written YYYY-MM-DD; the kinds' declarations and pages call them.
 *
 * Counting, decided once here:
 * - A window runs from `opens` to `closes`, both days included: 2026-11-02 to 2026-12-01
 *   is 30 days. Its working days are the working days among those days (the official
 *   calendar, with 调休 Saturdays worked and holidays off).
 * - Days left on an as-of date inside the window count the as-of day and the closing day:
 *   on the closing day itself 1 day is left (the day is still open for opinions), the
 *   day before 2. After the closing day the consultation is 已截止.
 */
import { addDays, daysBetween, type IsoDate } from '../../lib/dates.ts';
import { isMissing, missingYearMessage, workdaysBetween, type MissingYear, type WorkCalendar } from '../../lib/workdays.ts';

/** 决策类型. */
export const DECISION_TYPES = ['重大行政决策', '行政规范性文件', '其他'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

/** Minimum window of a 重大行政决策: calendar days, both ends included. */
export const MAJOR_DECISION_MIN_DAYS = 30;
/** Minimum window of a 行政规范性文件: working days, both ends included. */
export const NORMATIVE_MIN_WORKDAYS = 7;
/** Default of site.yaml `rules.consultationFeedbackDays`: days after closing before a missing feedback is an audit finding. */
export const FEEDBACK_DAYS_DEFAULT = 30;

/** 采纳情况 of one opinion (or group of opinions). */
export const DECISIONS = ['采纳', '部分采纳', '不采纳'] as const;
export type Decision = (typeof DECISIONS)[number];
/** Decisions that must give their reason. */
export const NEEDS_REASON: readonly Decision[] = ['部分采纳', '不采纳'];

/** Calendar days of the window, both ends included (0 or less when closing is before opening). */
export function windowDays(opens: IsoDate, closes: IsoDate): number {
  return daysBetween(opens, closes) + 1;
}

/** Working days of the window, both ends included; a MissingYear when a year has no calendar. */
export function windowWorkdays(cal: WorkCalendar, opens: IsoDate, closes: IsoDate): number | MissingYear {
  return workdaysBetween(cal, addDays(opens, -1), closes);
}

/** Where a consultation stands on `asOf`. */
export type Phase = { phase: 'upcoming'; startsIn: number } | { phase: 'open'; daysLeft: number } | { phase: 'closed'; closedFor: number };

/**
 * The phase on `asOf`: before `opens` upcoming; from `opens` to `closes` open with the days
 * left (closing day included, so 1 on the closing day); after `closes` closed, with the
 * days since the closing day (1 on the day after).
 */
export function phaseOn(asOf: IsoDate, opens: IsoDate, closes: IsoDate): Phase {
  if (asOf < opens) return { phase: 'upcoming', startsIn: daysBetween(asOf, opens) };
  if (asOf <= closes) return { phase: 'open', daysLeft: daysBetween(asOf, closes) + 1 };
  return { phase: 'closed', closedFor: daysBetween(closes, asOf) };
}

/** The status words of a consultation: 征求意见中（还剩 N 天）/ 已截止 / 已公布采纳情况 / 尚未开始. */
export function statusLabel(phase: Phase, hasFeedback: boolean): { label: string; tone: 'open' | 'done' | 'closed' } {
  if (hasFeedback) return { label: '已公布采纳情况', tone: 'done' };
  if (phase.phase === 'open') return { label: `征求意见中（还剩 ${phase.daysLeft} 天）`, tone: 'open' };
  if (phase.phase === 'upcoming') return { label: `即将征求意见（${phase.startsIn} 天后开始）`, tone: 'open' };
  return { label: '已截止', tone: 'closed' };
}

/** What is wrong with a window, or undefined when it is long enough (or shortened with a reason). */
export interface WindowFault {
  /** Which rule: too short, unjudgeable (no calendar), or closing not after opening. */
  code: 'order' | 'short' | 'missing-year';
  message: string;
  expected: string;
}

/** Closing must come after opening. */
export function orderFault(opens: IsoDate, closes: IsoDate): WindowFault | undefined {
  if (closes > opens) return undefined;
  return {
    code: 'order',
    message: closes === opens ? `截止日期 ${closes} 与开始日期相同，征求意见只有一天` : `截止日期 ${closes} 早于开始日期 ${opens}`,
    expected: '晚于开始日期（opens）的日期',
  };
}

/**
 * The minimum window of a decision type: 重大行政决策 30 days, 行政规范性文件 7 working days
 * (needs the calendar), 其他 none. A shorter window is allowed when `shortReason` states why.
 */
export function windowFault(type: DecisionType, opens: IsoDate, closes: IsoDate, shortReason: string | undefined, cal?: WorkCalendar): WindowFault | undefined {
  if (closes <= opens) return undefined;
  const reasonHint = '或在 shortReason（期限较短的理由）中说明理由';
  if (type === '重大行政决策') {
    const days = windowDays(opens, closes);
    if (days >= MAJOR_DECISION_MIN_DAYS || shortReason) return undefined;
    return {
      code: 'short',
      message: `重大行政决策征求意见期限为 ${opens} 至 ${closes}，共 ${days} 天，少于 ${MAJOR_DECISION_MIN_DAYS} 天，且没有说明理由`,
      expected: `不少于 ${MAJOR_DECISION_MIN_DAYS} 天（含首尾两天，截止日期不早于 ${addDays(opens, MAJOR_DECISION_MIN_DAYS - 1)}）${reasonHint}`,
    };
  }
  if (type === '行政规范性文件') {
    if (!cal || shortReason) return undefined;
    const n = windowWorkdays(cal, opens, closes);
    if (isMissing(n))
      return {
        code: 'missing-year',
        message: `${missingYearMessage(n.missingYear)}，不能判断征求意见期限 ${opens} 至 ${closes} 是否满 ${NORMATIVE_MIN_WORKDAYS} 个工作日`,
        expected: `在 content/calendar/${n.missingYear}.yaml 中补充该年节假日安排`,
      };
    if (n >= NORMATIVE_MIN_WORKDAYS) return undefined;
    return {
      code: 'short',
      message: `行政规范性文件征求意见期限为 ${opens} 至 ${closes}，只有 ${n} 个工作日，少于 ${NORMATIVE_MIN_WORKDAYS} 个工作日，且没有说明理由`,
      expected: `不少于 ${NORMATIVE_MIN_WORKDAYS} 个工作日（含首尾两天，按国务院节假日安排计算）${reasonHint}`,
    };
  }
  return undefined;
}

/** One opinion (or group of similar opinions) of a feedback, as the tallies see it. */
export interface OpinionLike {
  count: number;
  decision: Decision;
}

/** Opinions per decision, and in all. */
export function tally(opinions: readonly OpinionLike[]): Record<Decision, number> & { total: number } {
  const out = { 采纳: 0, 部分采纳: 0, 不采纳: 0, total: 0 };
  for (const o of opinions) {
    out[o.decision] += o.count;
    out.total += o.count;
  }
  return out;
}
