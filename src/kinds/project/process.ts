/**
 * The 环评 process of one construction project, pure: its stages (受理公示 → 拟审批公示 →
 * 审批决定), where the project stands on a day, and the 公示 window's length in working days.
 * Shared by the `project` and `stage` kinds (their declarations, pages and rules).
 *
 * Status of a project on the as-of date, from its published stages:
 *
 * | published stages             | as-of date                         | status        | tone   |
 * | ---------------------------- | ---------------------------------- | ------------- | ------ |
 * | 审批决定 (批复)              | any                                | 已批复        | done   |
 * | 审批决定 (不予批准)          | any                                | 不予批准      | closed |
 * | 拟审批公示, no decision      | up to its last 公示 day            | 拟审批公示中  | open   |
 * | 拟审批公示, no decision      | after it                           | 待审批决定    | open   |
 * | 受理公示 only                | up to its last 公示 day            | 受理公示中    | open   |
 * | 受理公示 only                | after it                           | 审查中        | open   |
 * | none                         |                                    | (no status)   |        |
 *
 * 审查中 (technical review after the acceptance notice) and 待审批决定 (the proposed
 * approval has been on display, the decision is not out yet) name the waits between
 * stages, so a reader never sees a 公示 as running after its last day. A 公示 published
 * before its first day counts as running: the notice is out and names its window.
 */
import { addDays, type IsoDate } from '../../lib/dates.ts';
import { addWorkdays, isMissing, workdaysBetween, type MissingYear, type WorkCalendar } from '../../lib/workdays.ts';

/** The stages, in process order. */
export const STAGES = ['受理公示', '拟审批公示', '审批决定'] as const;
export type Stage = (typeof STAGES)[number];
/** The two 公示 stages (with a window), as opposed to the decision. */
export const NOTICE_STAGES: readonly Stage[] = ['受理公示', '拟审批公示'];
/** What the decision can be. */
export const RESULTS = ['批复', '不予批准'] as const;
export type Result = (typeof RESULTS)[number];
/** 环评文件类别 of a project. */
export const EIA_CATEGORIES = ['报告书', '报告表'] as const;

/** 《环境影响评价公众参与办法》: the proposed approval (拟审批公示) is on display for at least 5 working days. */
export const PROPOSAL_MIN_WORKDAYS = 5;

/** Every status a project can have, in the order the 环评 column lists them. */
export const PROJECT_STATUSES = ['受理公示中', '审查中', '拟审批公示中', '待审批决定', '已批复', '不予批准'] as const;
export type ProjectStatusLabel = (typeof PROJECT_STATUSES)[number];

/** What the process needs to know of a stage. */
export interface StageFacts {
  stage: Stage;
  noticeFrom?: IsoDate | undefined;
  noticeTo?: IsoDate | undefined;
  decided?: IsoDate | undefined;
  result?: Result | undefined;
  published: IsoDate;
}

export interface ProjectStatus {
  label: ProjectStatusLabel;
  tone: 'open' | 'done' | 'closed';
}

/** The stage of each type (the first one met when there are two, which the check reports). */
export function stagesByType<S extends StageFacts>(stages: readonly S[]): Partial<Record<Stage, S>> {
  const out: Partial<Record<Stage, S>> = {};
  for (const s of stages) out[s.stage] ??= s;
  return out;
}

/** Where a project stands on `asOf`, from its published stages; undefined when none is published. */
export function projectStatus(stages: readonly StageFacts[], asOf: IsoDate): ProjectStatus | undefined {
  const by = stagesByType(stages);
  const decision = by['审批决定'];
  if (decision) return decision.result === '不予批准' ? { label: '不予批准', tone: 'closed' } : { label: '已批复', tone: 'done' };
  const proposal = by['拟审批公示'];
  if (proposal) return !proposal.noticeTo || asOf <= proposal.noticeTo ? { label: '拟审批公示中', tone: 'open' } : { label: '待审批决定', tone: 'open' };
  const acceptance = by['受理公示'];
  if (acceptance) return !acceptance.noticeTo || asOf <= acceptance.noticeTo ? { label: '受理公示中', tone: 'open' } : { label: '审查中', tone: 'open' };
  return undefined;
}

/** A stage's own state on `asOf`: 公示中 / 公示期满 for a notice, the result for a decision. */
export function stageStatus(stage: StageFacts, asOf: IsoDate): { label: string; tone: 'open' | 'done' | 'closed' } {
  if (stage.stage === '审批决定') return stage.result === '不予批准' ? { label: '不予批准', tone: 'closed' } : { label: '已批复', tone: 'done' };
  if (stage.noticeFrom && asOf < stage.noticeFrom) return { label: '即将公示', tone: 'open' };
  if (!stage.noticeTo || asOf <= stage.noticeTo) return { label: '公示中', tone: 'open' };
  return { label: '公示期满', tone: 'done' };
}

/** Position of a status in the column's order (unknown last). */
export function statusRank(label: string | undefined): number {
  const i = PROJECT_STATUSES.indexOf(label as ProjectStatusLabel);
  return i < 0 ? PROJECT_STATUSES.length : i;
}

/** The date a stage is known by in the timeline: the 公示's first day, or the decision date. */
export function stageDate(s: StageFacts): IsoDate {
  return (s.stage === '审批决定' ? s.decided : s.noticeFrom) ?? s.published;
}

/** Stages in process order (then by date). */
export function inProcessOrder<S extends StageFacts>(stages: readonly S[]): S[] {
  return [...stages].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || stageDate(a).localeCompare(stageDate(b)));
}

/** Working days in a 公示 window, both ends included. */
export function windowWorkdays(cal: WorkCalendar, from: IsoDate, to: IsoDate): number | MissingYear {
  return workdaysBetween(cal, addDays(from, -1), to);
}

/** The earliest last day of a window opening on `from` that lasts `n` working days. */
export function earliestEnd(cal: WorkCalendar, from: IsoDate, n: number): IsoDate | MissingYear {
  return addWorkdays(cal, addDays(from, -1), n);
}

export { isMissing };
