/**
 * The normalised item the pages and rules work with, whichever collection it came
 * from, plus the relations between items (interpretations, replacements).
 */
import type { Kind } from './schemas/common.ts';
import type {
  ArticleData,
  InterpretationData,
  PlanData,
  PolicyData,
  ReleaseData,
  ReportData,
} from './schemas/items.ts';

export type ItemData = PlanData | PolicyData | InterpretationData | ReleaseData | ReportData | ArticleData;

interface ItemOf<K extends Kind, D> {
  kind: K;
  /** URL segment: the file name without extension. */
  slug: string;
  /** Project-relative path of the source file. */
  file: string;
  data: D;
}

export type Item =
  | ItemOf<'plan', PlanData>
  | ItemOf<'policy', PolicyData>
  | ItemOf<'interpretation', InterpretationData>
  | ItemOf<'release', ReleaseData>
  | ItemOf<'report', ReportData>
  | ItemOf<'article', ArticleData>;

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
  /** Interpretations of each plan/policy, newest first. */
  interpretationsOf: Map<string, Item[]>;
  /** Items that name each item as their replacement (`replacedBy`). */
  replaces: Map<string, Item[]>;
  /** Items per column id (not including sub-columns), newest first. */
  byColumn: Map<string, Item[]>;
}

export function relate(items: readonly Item[]): Relations {
  const bySlug = new Map<string, Item>();
  const interpretationsOf = new Map<string, Item[]>();
  const replaces = new Map<string, Item[]>();
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
    if (item.kind === 'interpretation') push(interpretationsOf, item.data.interprets, item);
    if (item.data.replacedBy) push(replaces, item.data.replacedBy, item);
  }
  return { bySlug, interpretationsOf, replaces, byColumn };
}

/** Split a list into pages of `size`; always at least one (possibly empty) page. */
export function paginate<T>(list: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < list.length; i += size) pages.push(list.slice(i, i + size));
  return pages.length ? pages : [[]];
}
