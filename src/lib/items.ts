/**
 * The normalised item the pages and rules work with, whichever collection it came
 * from, plus the relations between items (interpretations, replacements).
 */
import { linksFrom, type Item } from '../kinds/index.ts';

export type { Item, ItemOf } from '../kinds/index.ts';
export type ItemData = Item['data'];

/** Whether an item may appear on the public site at all. */
export function isPublishable(item: Item, asOf: string): boolean {
  return !item.data.draft && item.data.disclosure === '主动公开' && item.data.published <= asOf;
}

/** Newest first; ties broken by 索引号 descending so the order is stable. */
export function byNewest(a: Item, b: Item): number {
  if (a.data.published !== b.data.published) return a.data.published < b.data.published ? 1 : -1;
  return a.data.indexNumber < b.data.indexNumber ? 1 : a.data.indexNumber > b.data.indexNumber ? -1 : 0;
}

/** Whether an item is a plan or policy that must have an interpretation. */
export function needsInterpretation(item: Item): boolean {
  return (item.kind === 'plan' || item.kind === 'policy') && item.data.needsInterpretation && item.data.validity === '有效';
}

export interface Relations {
  bySlug: Map<string, Item>;
  /**
   * Back-links: for each link field (`interprets`, `replacedBy`, and whatever the kinds
   * declare in `links`), the items naming each slug in it, newest first.
   */
  linkedBy: Map<string, Map<string, Item[]>>;
  /** Interpretations of each plan/policy, newest first (`linkedBy` of `interprets`). */
  interpretationsOf: Map<string, Item[]>;
  /** Items that name each item as their replacement (`linkedBy` of `replacedBy`). */
  replaces: Map<string, Item[]>;
  /** Items per column id (not including sub-columns), newest first. */
  byColumn: Map<string, Item[]>;
}

export function relate(items: readonly Item[]): Relations {
  const bySlug = new Map<string, Item>();
  const linkedBy = new Map<string, Map<string, Item[]>>();
  const byColumn = new Map<string, Item[]>();
  const push = (map: Map<string, Item[]>, key: string, item: Item) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  const sorted = [...items].sort(byNewest);
  for (const item of sorted) {
    bySlug.set(item.slug, item);
    push(byColumn, item.data.column, item);
    for (const { field, slug } of linksFrom(item)) {
      let map = linkedBy.get(field);
      if (!map) linkedBy.set(field, (map = new Map()));
      push(map, slug, item);
    }
  }
  const of = (field: string) => {
    let map = linkedBy.get(field);
    if (!map) linkedBy.set(field, (map = new Map()));
    return map;
  };
  return { bySlug, linkedBy, interpretationsOf: of('interprets'), replaces: of('replacedBy'), byColumn };
}

/** Split a list into pages of `size`; always at least one (possibly empty) page. */
export function paginate<T>(list: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < list.length; i += size) pages.push(list.slice(i, i + size));
  return pages.length ? pages : [[]];
}
