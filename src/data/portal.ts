/**
 * Everything the pages need, loaded once per build: the site file, the column
 * catalogue and the publishable items with their relations. Pages import from here;
 * rules and shapes live in src/lib/.
 */
import { getCollection } from 'astro:content';
import { loadCatalogueFile, loadSite } from '../lib/content/check.ts';
import type { Catalogue, Column } from '../lib/columns.ts';
import { subtreeIds } from '../lib/columns.ts';
import type { SiteInfo } from '../lib/schemas/columns.ts';
import { COLLECTION_DIRS, KIND_DEFINITIONS, listingOf, statusOf, type ItemStatus } from '../kinds/index.ts';
import { byNewest, isPublishable, relate, type Item, type Relations } from '../lib/items.ts';
import config from 'virtual:portal/config';
import { readPublishContext, type PublishContext } from '../pipeline/publish/context.ts';

export interface Portal {
  site: SiteInfo;
  catalogue: Catalogue;
  asOf: string;
  /** Publishable items, newest first. */
  items: Item[];
  relations: Relations;
  /** Items of a column and all its sub-columns, newest first. */
  itemsUnder: (columnId: string) => Item[];
  /**
   * The same items in the column page's order: newest first, or, when they are all of a
   * kind that declares a `listing` (src/kinds/), in its order, with its group of each.
   */
  listedUnder: (columnId: string) => { items: Item[]; group?: ((item: Item) => string) | undefined };
  /** An item's process status for the as-of date (consultations, projects …), when its kind has one. */
  status: (item: Item) => ItemStatus | undefined;
}

const { root, contentDir } = config;

let cached: Promise<Portal> | undefined;

async function load(): Promise<Portal> {
  const asOf = config.asOf;
  const { site, problems } = loadSite(root, contentDir);
  if (!site) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  const { catalogue } = loadCatalogueFile(root, contentDir);
  // `npm run publish` renders without re-syncing the content layer: the items come from
  // the content check it has just run (same schemas, so the same data).
  const prechecked = publishing();
  if (prechecked) return assemble(site, catalogue, asOf, prechecked.items);
  // One collection per kind (src/content.config.ts); Astro's generated entry types do not
  // see through the kind registry, so entries are typed with the kinds' own schemas.
  const lists = await Promise.all(
    KIND_DEFINITIONS.map(async (k) =>
      (await getCollection(k.dir as never)).map(
        (e: { id: string; filePath?: string; data: unknown }) => ({ kind: k.id, slug: e.id, file: e.filePath ?? '', data: e.data }) as Item,
      ),
    ),
  );
  const all: Item[] = lists.flat();
  return assemble(site, catalogue, asOf, all);
}

function assemble(site: SiteInfo, catalogue: Catalogue, asOf: string, all: readonly Item[]): Portal {
  const items = all.filter((i) => isPublishable(i, asOf)).sort(byNewest);
  const relations = relate(items);
  const under = new Map<string, Item[]>();
  const itemsUnder = (columnId: string): Item[] => {
    let list = under.get(columnId);
    if (!list) {
      const ids = new Set(subtreeIds(catalogue, columnId));
      list = items.filter((i) => ids.has(i.data.column));
      under.set(columnId, list);
    }
    return list;
  };
  const linkedBy = (field: string, slug: string) => relations.linkedBy.get(field)?.get(slug) ?? [];
  // Computed once per item and build: lists, pages and filters all ask for it.
  const statuses = new Map<Item, ItemStatus | undefined>();
  const status = (item: Item): ItemStatus | undefined => {
    if (!statuses.has(item)) statuses.set(item, statusOf(item, { asOf, linkedBy }));
    return statuses.get(item);
  };
  const listedUnder = (columnId: string) => {
    const all = itemsUnder(columnId);
    const listing = listingOf(all);
    if (!listing) return { items: all };
    return {
      items: [...all].sort((a, b) => listing.compare(a.data as never, b.data as never, status(a), status(b))),
      group: (i: Item) => listing.group(i.data as never, status(i)),
    };
  };
  return { site, catalogue, asOf, items, relations, itemsUnder, listedUnder, status };
}

/** The portal's data, loaded on first use and shared by every page of the build. */
export function getPortal(): Promise<Portal> {
  cached ??= load();
  return cached;
}

/**
 * For a publish (src/pipeline/publish/context.ts): the content check's items, and the
 * freshly rendered Markdown of the items changed since the content layer last synced
 * (rendered by the portal integration with Astro's own Markdown renderer).
 */
let context: PublishContext | undefined;
function publishing(): PublishContext | undefined {
  if (config.publishContext) context ??= readPublishContext(config.publishContext);
  return context;
}

/** The collection entry behind an item, to render its body. */
export async function getEntry(item: Item) {
  const { getEntry: entry } = await import('astro:content');
  const name = COLLECTION_DIRS[item.kind];
  const fresh = publishing()?.overlay?.get(item.slug);
  if (fresh) return { id: item.slug, collection: name, data: item.data, filePath: item.file, rendered: fresh } as unknown as Awaited<ReturnType<typeof entry>>;
  return entry(name as never, item.slug);
}

export type { Column };
