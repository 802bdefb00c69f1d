/**
 * 环评公示: one stage of a 环评 project's process — the acceptance notice (受理公示, with
 * the full report attached), the proposed approval (拟审批公示, at least 5 working days)
 * or the decision (审批决定: 批复 or 不予批准). Each names its project (`project`).
 */
import { z } from 'astro/zod';
import { isoDate, slugRef } from '../../lib/schemas/common.ts';
import { addDays } from '../../lib/dates.ts';
import { missingYearMessage } from '../../lib/workdays.ts';
import { defineKind, itemSchema, type KindContext, type KindItem, type KindProblem, lineScaffold } from '../define.ts';
import { NOTICE_STAGES, PROPOSAL_MIN_WORKDAYS, RESULTS, STAGES, earliestEnd, isMissing, stageStatus, windowWorkdays, type Stage } from '../project/process.ts';

const NOTICE = new Set<string>(NOTICE_STAGES);

const schema = itemSchema(
  {
    /** 所属项目: slug of the `project` item. */
    project: slugRef,
    /** 环评阶段. */
    stage: z.enum(STAGES),
    /** 公示开始日期 / 公示截止日期 (both days included), for 受理公示 and 拟审批公示. */
    noticeFrom: isoDate.optional(),
    noticeTo: isoDate.optional(),
    /** 决定日期 of the 审批决定. */
    decided: isoDate.optional(),
    /** 审批结果: 批复 or 不予批准. */
    result: z.enum(RESULTS).optional(),
  },
  (d, ctx) => {
    if (NOTICE.has(d.stage)) {
      for (const key of ['noticeFrom', 'noticeTo'] as const) {
        if (!d[key]) ctx.addIssue({ code: 'custom', path: [key], message: `${d.stage}必须填写${key === 'noticeFrom' ? '公示开始日期' : '公示截止日期'}` });
      }
      if (d.noticeFrom && d.noticeTo && d.noticeTo < d.noticeFrom) {
        ctx.addIssue({ code: 'custom', path: ['noticeTo'], message: `公示截止日期 ${d.noticeTo} 早于公示开始日期 ${d.noticeFrom}` });
      }
      if (d.noticeFrom && typeof d.published === 'string' && d.noticeFrom < d.published) {
        ctx.addIssue({ code: 'custom', path: ['noticeFrom'], message: `公示开始日期 ${d.noticeFrom} 早于发布日期 ${d.published}：公示从发布之日起才开始` });
      }
      for (const key of ['decided', 'result'] as const) {
        if (d[key]) ctx.addIssue({ code: 'custom', path: [key], message: `${d.stage}不填写${key === 'decided' ? '决定日期' : '审批结果'}，它们属于审批决定` });
      }
      if (d.stage === '受理公示' && d.attachments.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['attachments'],
          message: '受理公示应附环境影响报告书（表）全本（已删除涉及国家秘密、商业秘密和个人隐私的内容）',
        });
      }
    } else {
      if (!d.decided) ctx.addIssue({ code: 'custom', path: ['decided'], message: '审批决定必须填写决定日期' });
      if (!d.result) ctx.addIssue({ code: 'custom', path: ['result'], message: `审批决定必须填写审批结果（${RESULTS.join(' 或 ')}）` });
      if (d.decided && typeof d.published === 'string' && d.decided > d.published) {
        ctx.addIssue({ code: 'custom', path: ['decided'], message: `决定日期 ${d.decided} 晚于发布日期 ${d.published}` });
      }
      for (const key of ['noticeFrom', 'noticeTo'] as const) {
        if (d[key]) ctx.addIssue({ code: 'custom', path: [key], message: '审批决定没有公示期，不填写公示开始和截止日期' });
      }
    }
  },
);
type StageData = z.output<typeof schema>;

/** The kind's rules across items: one stage of each type per project, the 拟审批公示's length, the decision after every 公示. */
function checkStages(ctx: KindContext<StageData>): KindProblem[] {
  const problems: KindProblem[] = [];
  // The 拟审批公示 lasts at least 5 working days, on the official calendar.
  if (ctx.calendar) {
    for (const item of ctx.items) {
      const d = item.data;
      if (d.stage !== '拟审批公示' || !d.noticeFrom || !d.noticeTo || d.noticeTo < d.noticeFrom) continue;
      const n = windowWorkdays(ctx.calendar, d.noticeFrom, d.noticeTo);
      if (isMissing(n)) {
        problems.push({
          file: item.file,
          severity: 'warning',
          path: ['noticeTo'],
          message: `拟审批公示是否满 ${PROPOSAL_MIN_WORKDAYS} 个工作日${missingYearMessage(n.missingYear)}`,
          expected: `在 content/calendar/ 中添加 ${n.missingYear} 年的节假日安排`,
        });
      } else if (n < PROPOSAL_MIN_WORKDAYS) {
        const end = earliestEnd(ctx.calendar, d.noticeFrom, PROPOSAL_MIN_WORKDAYS);
        problems.push({
          file: item.file,
          severity: 'error',
          path: ['noticeTo'],
          message: `拟审批公示期 ${d.noticeFrom} 至 ${d.noticeTo} 只有 ${n} 个工作日，少于 ${PROPOSAL_MIN_WORKDAYS} 个工作日`,
          expected: isMissing(end)
            ? `公示期不少于 ${PROPOSAL_MIN_WORKDAYS} 个工作日（${missingYearMessage(end.missingYear)}）`
            : `公示期不少于 ${PROPOSAL_MIN_WORKDAYS} 个工作日：自 ${d.noticeFrom} 起，截止日期不早于 ${end}（节假日不计）`,
        });
      }
    }
  }
  // Across a project's published stages.
  const byProject = new Map<string, KindItem<StageData>[]>();
  for (const item of ctx.items) {
    if (!ctx.isPublished(item)) continue;
    const list = byProject.get(item.data.project) ?? [];
    list.push(item);
    byProject.set(item.data.project, list);
  }
  for (const [project, list] of byProject) {
    const target = ctx.bySlug.get(project);
    if (!target || target.kind !== 'project') continue; // the link check reports it
    const name = typeof target.data.title === 'string' ? target.data.title : project;
    const sorted = [...list].sort((a, b) => a.data.published.localeCompare(b.data.published) || a.file.localeCompare(b.file));
    const first = new Map<Stage, KindItem<StageData>>();
    for (const item of sorted) {
      const prior = first.get(item.data.stage);
      if (prior) {
        problems.push({
          file: item.file,
          severity: 'error',
          path: ['stage'],
          message: `环评项目「${name}」已有${item.data.stage}（${prior.file}），每个项目每个阶段只发布一次`,
          expected: `每个项目受理公示、拟审批公示、审批决定各一条；更正请修改 ${prior.file}，或确认 project 是否填错了项目`,
        });
      } else first.set(item.data.stage, item);
    }
    const decision = first.get('审批决定');
    if (!decision?.data.decided) continue;
    const decided = decision.data.decided;
    for (const stage of NOTICE_STAGES) {
      const notice = first.get(stage);
      const to = notice?.data.noticeTo;
      if (notice && to && decided <= to) {
        problems.push({
          file: decision.file,
          severity: 'error',
          path: ['decided'],
          message: `决定日期 ${decided} 不晚于${stage}的截止日期 ${to}（${notice.file}）：公示期满前不能作出审批决定`,
          expected: `${to} 之后的日期`,
        });
      }
    }
    if (decision.data.result === '批复' && !first.has('拟审批公示')) {
      problems.push({
        file: decision.file,
        severity: 'error',
        path: ['result'],
        message: `环评项目「${name}」没有已发布的拟审批公示，不能直接批复`,
        expected: `先发布拟审批公示（不少于 ${PROPOSAL_MIN_WORKDAYS} 个工作日），期满后再发布批复`,
      });
    }
  }
  return problems;
}

export default defineKind({
  id: 'stage',
  order: 21,
  dir: 'eia',
  label: '环评公示',
  labelEn: 'EIA notices',
  description: '环评项目一个阶段的公示：受理公示（附环评文件全本）、拟审批公示（不少于 5 个工作日）或审批决定（批复、不予批准）。',
  schema,
  fields: {
    project: { label: '所属项目', expected: 'content/projects/ 下环评项目的文件名（不含 .md），如 dongyang-fenshao-fadian-erqi' },
    stage: { label: '环评阶段', expected: `${STAGES.join('、')} 三者之一` },
    noticeFrom: { label: '公示开始日期', expected: '公示第一天，形如 2026-11-10，不早于发布日期', date: true },
    noticeTo: { label: '公示截止日期', expected: '公示最后一天（含当天），形如 2026-11-23', date: true },
    decided: { label: '决定日期', expected: '作出审批决定的日期，形如 2026-09-17，晚于各公示截止日期、不晚于发布日期', date: true },
    result: { label: '审批结果', expected: `${RESULTS.join(' 或 ')}` },
  },
  meta: (d) => [
    { label: '环评阶段', value: d.stage },
    ...(d.noticeFrom ? [{ label: '公示开始日期', value: d.noticeFrom }] : []),
    ...(d.noticeTo ? [{ label: '公示截止日期', value: d.noticeTo }] : []),
    ...(d.decided ? [{ label: '决定日期', value: d.decided }] : []),
    ...(d.result ? [{ label: '审批结果', value: d.result }] : []),
  ],
  links: [{ field: 'project', targets: ['project'], noun: '环评项目' }],
  status: (item, ctx) => stageStatus(item.data, ctx.asOf),
  check: checkStages,
  scaffold: lineScaffold(({ date, answers }) => {
    const stage = (STAGES as readonly string[]).includes(answers.stage ?? '') ? (answers.stage as Stage) : STAGES[0];
    const lines = [
      '# 所属项目：content/projects/ 下环评项目的文件名（不含 .md）；新项目请先建项目（类型“环评项目”）',
      `project: ${answers.project ?? '【项目文件名】'}`,
      `# 环评阶段：${STAGES.join('、')} 之一`,
      `stage: ${stage}`,
    ];
    if (stage === '审批决定') {
      return [...lines, '# 决定日期（晚于各公示截止日期）', `decided: ${date}`, `# 审批结果：${RESULTS.join(' 或 ')}`, `result: ${RESULTS[0]}`];
    }
    return [
      ...lines,
      '# 公示开始日期（一般为发布日期）和截止日期（含当天）；受理公示一般 10 个工作日，拟审批公示不少于 5 个工作日，请对照节假日核对',
      `noticeFrom: ${date}`,
      `noticeTo: ${addDays(date, stage === '受理公示' ? 13 : 6)}`,
      ...(stage === '受理公示' ? ['# 受理公示须在 attachments 中附环境影响报告书（表）全本'] : []),
    ];
  }),
});
