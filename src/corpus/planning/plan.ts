/** Planning of the plan (规划计划) types: topics, categories and names. */
import { TOPICS } from '../bank.ts';
import type { PlannedItem } from '../model.ts';
import { addDays, type PlanContext } from './context.ts';

/** Topics of the plan types tied to one theme. */
export function planPlanTopic(item: PlannedItem, c: PlanContext): void {
  const r = c.rng;
  switch (item.type) {
    case 'air-plan':
      item.topic = r.pick(TOPICS.filter((t) => t.theme === 'air'));
      break;
    case 'water-plan':
      item.topic = r.pick(TOPICS.filter((t) => t.theme === 'water'));
      break;
    default:
      break;
  }
}

/** 成文日期, category and name of a plan. */
export function namePlan(item: PlannedItem, c: PlanContext): void {
  const r = c.rng;
  const { items } = c;
  const y = Number(item.published.slice(0, 4));
  const t = item.topic;
  item.written = addDays(item.published, -r.int(2, 20));
  if (item.type === 'work-plan') {
    item.category = '工作要点';
    item.docName = r.chance(0.5) ? `江南省生态环境厅${y}年政务公开工作要点` : `${y}年全省生态环境保护工作要点`;
    if (items.some((o) => o !== item && o.docName === item.docName)) item.docName = `江南省生态环境厅${y}年政务公开工作要点`;
  } else if (item.type === 'plan') {
    item.category = '工作计划';
    item.docName = `江南省${y}年${t.label}工作计划`;
  } else {
    item.category = r.pick(['专项规划', '实施方案', '实施方案']);
    item.docName =
      item.category === '专项规划'
        ? `江南省${y <= 2025 ? '“十四五”' : '“十五五”'}${t.label}规划`
        : `江南省${t.label}${r.pick(['实施方案', '攻坚行动方案', '三年行动方案'])}`;
    if (item.type === 'special-plan' && r.chance(0.3)) item.needsInterpretation = true;
  }
  item.title = item.docName;
}
