/** Planning of the article types: their details, superseded versions, and news to fill the corpus. */
import type { PlannedItem } from '../model.ts';
import { newsType } from '../text-generators/article.ts';
import { Rng } from '../rng.ts';
import { addDays, hashSeed, type PlanContext } from './context.ts';

/** Dates and details of the article types that need them (decision dates, stages, seasons, versions). */
export function planArticle(item: PlannedItem, c: PlanContext): void {
  const r = c.rng;
  const { asOf, randomDate } = c;
  const y = Number(item.published.slice(0, 4));
  switch (item.type) {
    case 'penalty':
      item.extra.cityLevel = r.chance(0.3);
      item.written = addDays(item.published, -r.int(1, 6));
      // 决定日期: the decision letter's date; about 3 % are published after the 双公示 clock (7 working days).
      if (r.chance(0.03)) item.written = addDays(item.published, -r.int(12, 20));
      item.decided = item.written;
      break;
    case 'eia': {
      const stage = ['accept', 'pending', 'approval'][r.weighted([3, 3, 4])]!;
      item.extra.stage = stage;
      if (stage === 'approval') item.written = addDays(item.published, -r.int(1, 4));
      break;
    }
    case 'budget':
    case 'final':
      // 批复日期: published within 20 days of approval, about 3 % later (预算法第十四条).
      item.extra.approved = addDays(item.published, r.chance(0.03) ? -r.int(22, 40) : -r.int(5, 18));
      break;
    case 'permit':
      item.extra.batch = r.int(1, 3);
      item.decided = addDays(item.published, r.chance(0.03) ? -r.int(12, 20) : -r.int(1, 5));
      break;
    case 'proposal': {
      // Replies come out June–September; before June of the as-of year, last year's season.
      const season = `${y}-06-01` <= asOf ? y : y - 1;
      item.published = randomDate(r, `${season}-06-01`, `${season}-09-30` < asOf ? `${season}-09-30` : asOf);
      break;
    }
    case 'guide':
    case 'institution':
    case 'on-request':
    case 'rules-article':
      item.extra.variant = r.int(0, 3);
      break;
    default:
      break;
  }
}

/** Older versions of guides and similar pages are marked 失效 (superseded) when a newer one exists. */
export function supersedeOlderVersions(c: PlanContext): void {
  const { items } = c;
  for (const key of ['guide', 'institution', 'on-request']) {
    const list = items.filter((i) => i.type === key).sort((a, b) => a.published.localeCompare(b.published));
    for (let i = 0; i < list.length - 1; i++) {
      list[i]!.extra.variant = 0;
      list[i + 1]!.extra.variant = 0;
      if (key === 'guide') {
        list[i]!.validity = '失效';
        list[i]!.validityChanged = list[i + 1]!.published;
      }
    }
  }
}

/**
 * Pages that change (机构职能, 办事指南, 依申请公开指南, 重点排污单位名录, 规章制度): about a third get a 变更日期 and the
 * 更新日期 of the changed version, about one in ten of those after the 主动公开 clock of
 * 20 working days (条例第二十六条). Drawn from their own generator, so the rest of the
 * corpus is the same with or without them.
 */
const CHANGING = new Set(['institution', 'guide', 'on-request', 'key-units', 'rules-article']);
export function planChanges(c: PlanContext): void {
  const r = new Rng(hashSeed(c.seed, 'changes'));
  for (const item of c.items) {
    if (!CHANGING.has(item.type)) continue;
    if (!r.chance(0.35)) continue;
    const changed = addDays(item.published, r.int(30, 400));
    const updated = addDays(changed, r.chance(0.1) ? r.int(45, 75) : r.int(2, 21));
    if (updated > c.asOf || (item.validityChanged && changed >= item.validityChanged)) continue;
    item.changed = changed;
    item.updated = updated;
  }
}

/** News fills the rest of the `n` items; a few become drafts or are not disclosed proactively. */
export function fillWithNews(c: PlanContext, n: number): void {
  const { items, asOf, randomDate, newItem } = c;
  const plan = c.rng;
  const remaining = n - items.length;
  if (remaining < 1) throw new Error(`n=${n} 太小：固定类别已占 ${items.length} 条`);
  for (let i = 0; i < remaining; i++) {
    const it = newItem(newsType, randomDate(plan));
    if (plan.chance(0.003)) {
      it.draft = true;
      if (plan.chance(0.5)) it.published = addDays(asOf, plan.int(1, 20));
    } else if (plan.chance(0.002)) {
      it.disclosure = plan.chance(0.5) ? '依申请公开' : '不予公开';
    }
  }
}
