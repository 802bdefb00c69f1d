/**
 * Everything derived from the kind declarations (registry.ts): the list of kinds, their
 * labels, folders and schemas, each kind's field documentation, the typed `Item`, the
 * links between items and the search filters. Other modules import kinds from here.
 */
import type { z } from 'astro/zod';
import * as registry from './registry.ts';
import { BASE_FIELDS, type Facet, type FieldDocs, type ItemStatus, type KindDefinition, type LinkField, type Listing, type StatusContext } from './define.ts';

type Registry = typeof registry;
/** A kind's identifier: plan, policy, interpretation … */
export type Kind = keyof Registry;
/** The parsed front matter of an item of kind K. */
export type DataOf<K extends Kind> = z.output<Registry[K]['schema']>;

/** An item of one kind, as pages, rules and the audit see it. */
export interface ItemOf<K extends Kind> {
  kind: K;
  /** URL segment: the file name without extension. */
  slug: string;
  /** Project-relative path of the source file. */
  file: string;
  data: DataOf<K>;
}
/** An item of any kind (a union discriminated by `kind`). */
export type Item = { [K in Kind]: ItemOf<K> }[Kind];

/** Every declaration, in `order`. */
export const KIND_DEFINITIONS: readonly KindDefinition[] = (Object.values(registry) as KindDefinition[]).sort((a, b) => a.order - b.order);

/** The kinds' identifiers, in `order`. */
export const KINDS = KIND_DEFINITIONS.map((k) => k.id) as readonly Kind[] as readonly [Kind, ...Kind[]];

/** The declaration of a kind. */
export function kindOf<K extends Kind>(kind: K): Registry[K] {
  return registry[kind];
}

export const KIND_LABELS = Object.fromEntries(KIND_DEFINITIONS.map((k) => [k.id, k.label])) as Record<Kind, string>;
/** Folder under content/ (and collection name) of each kind. */
export const COLLECTION_DIRS = Object.fromEntries(KIND_DEFINITIONS.map((k) => [k.id, k.dir])) as Record<Kind, string>;
export const SCHEMAS = Object.fromEntries(KIND_DEFINITIONS.map((k) => [k.id, k.schema])) as { [K in Kind]: Registry[K]['schema'] };

/** The kind whose folder under content/ is `dir`. */
export function kindOfDir(dir: string): Kind | undefined {
  return KIND_DEFINITIONS.find((k) => k.dir === dir)?.id as Kind | undefined;
}

/** Documentation of every field an item of `kind` may have: the shared fields, then its own. */
export function fieldsOf(kind: Kind): FieldDocs {
  return FIELDS_BY_KIND.get(kind)!;
}
/** Merged once per kind: error messages, rules and the editor look fields up per field. */
const FIELDS_BY_KIND = new Map<string, FieldDocs>(KIND_DEFINITIONS.map((k) => [k.id, { ...BASE_FIELDS, ...k.fields }]));

/** Every item field of every kind (first declaration wins), for tools that do not know the kind. */
export const ALL_ITEM_FIELDS: FieldDocs = Object.assign({}, ...[...KIND_DEFINITIONS].reverse().map((k) => k.fields), BASE_FIELDS);

/** The shared link every kind has: 替代文件 (`replacedBy`), checked by its own rules (chains, cycles). */
export const REPLACED_BY = 'replacedBy';

/** Link fields of a kind (not including `replacedBy`). */
export function linksOf(kind: Kind): readonly LinkField[] {
  return (registry[kind] as KindDefinition).links ?? [];
}

/** Every link field name of every kind, plus `replacedBy`. */
export const LINK_FIELDS: readonly string[] = [REPLACED_BY, ...new Set(KIND_DEFINITIONS.flatMap((k) => (k.links ?? []).map((l) => l.field)))];

/** The slugs an item names in its link fields, by field (replacedBy included). */
export function linksFrom(item: { kind: string; data: object }): Array<{ field: string; slug: string }> {
  const data = item.data as Record<string, unknown>;
  const out: Array<{ field: string; slug: string }> = [];
  for (const field of [REPLACED_BY, ...((registry as Record<string, KindDefinition>)[item.kind]?.links ?? []).map((l) => l.field)]) {
    const v = data[field];
    if (typeof v === 'string' && v) out.push({ field, slug: v });
  }
  return out;
}

/** A search filter beyond the shared ones, with the kinds that fill it. */
export interface KindFacet {
  key: string;
  label: string;
  all: string;
  /** The item's value; pass its status (`portal.status(item)`) for filters that use it. */
  value: (item: { kind: string; data: object }, status?: ItemStatus) => string | undefined;
}

/** Filters kinds add, in kind order; two kinds may share a key (same label), each fills it for its own items. */
export const KIND_FACETS: readonly KindFacet[] = (() => {
  const byKey = new Map<string, { label: string; all: string; fill: Map<string, Facet<never>['value']> }>();
  for (const k of KIND_DEFINITIONS) {
    for (const f of (k.facets ?? []) as readonly Facet<never>[]) {
      const entry = byKey.get(f.key) ?? { label: f.label, all: f.all, fill: new Map() };
      entry.fill.set(k.id, f.value);
      byKey.set(f.key, entry);
    }
  }
  return [...byKey].map(([key, e]) => ({
    key,
    label: e.label,
    all: e.all,
    value: (item: { kind: string; data: object }, status?: ItemStatus) => e.fill.get(item.kind)?.(item.data as never, status),
  }));
})();

/** The status of an item for the as-of date, when its kind has one (see `status` in define.ts). */
export function statusOf(item: Item, ctx: StatusContext): ItemStatus | undefined {
  return (registry[item.kind] as KindDefinition).status?.(item as never, ctx);
}

/**
 * The listing of a column whose items' kinds all declare the same `listing`: one kind, or
 * kinds sharing one listing object (征求意见 and 意见采纳情况 in the column 意见征集); else undefined.
 */
export function listingOf(items: readonly Item[]): Listing<never> | undefined {
  const kinds = new Set(items.map((i) => i.kind));
  const listings = new Set([...kinds].map((k) => (registry[k] as KindDefinition).listing));
  const [listing] = listings;
  return listings.size === 1 ? (listing as Listing<never> | undefined) : undefined;
}

/** Whether `kind` shows a status for the as-of date (publish then re-renders its columns when it or a related item changes). */
export function hasStatus(kind: string): boolean {
  return !!(registry as Record<string, KindDefinition>)[kind]?.status;
}

/** Whether `kind` orders its columns itself (publish then re-renders all of a column's pages). */
export function hasListing(kind: string): boolean {
  return !!(registry as Record<string, KindDefinition>)[kind]?.listing;
}

export type { KindDefinition, FieldDocs, FieldDoc, LinkField, MetaRow, ItemStatus, StatusContext, Listing } from './define.ts';
