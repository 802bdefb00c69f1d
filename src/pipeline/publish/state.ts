/**
 * What a built site contains, saved beside it after every build and publish, so the next
 * `npm run publish` knows what an item looked like before it changed (its column, date,
 * relations, source hash) and how many listing pages each column had. Not deployed: it
 * lives in the project's .cache/portal-state/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalogue } from '../../lib/columns.ts';
import { subtreeIds } from '../../lib/columns.ts';
import { byNewest, isPublishable, paginate, type Item } from '../../lib/items.ts';
import { PAGE_SIZE } from '../../lib/pagination.ts';
import { filesOf } from '../attachments.ts';
import { linksFrom } from '../../kinds/index.ts';

const linksOf = (item: Item) => {
  const links = linksFrom(item);
  return links.length ? Object.fromEntries(links.map((l) => [l.field, l.slug])) : undefined;
};

export interface ItemState {
  slug: string;
  kind: Item['kind'];
  column: string;
  published: string;
  indexNumber: string;
  title: string;
  validity: string;
  /** The items it names, by link field (replacedBy, interprets and the kinds' own `links`). */
  links?: Record<string, string> | undefined;
  series?: string | undefined;
  /** Attachments and data files, as written in the front matter. */
  files: string[];
  /** Source file, project-relative. */
  file: string;
  /** Hash of the source text and the size and time of its files: what publish compares. */
  hash?: string | undefined;
}

export interface SiteState {
  /** 2 since links between items are recorded per field (`links`). */
  version: 2;
  asOf: string;
  /** Publishable items, newest first (the order of every listing). */
  items: ItemState[];
  /** Listing pages per column id. */
  pageCounts: Record<string, number>;
  /** Search shard layout, when the site's index is sharded (see shards.ts). */
  searchShards?: string | undefined;
  /**
   * Since the last full build: items in the delta search shard, and the Pagefind page ids
   * of the main index's versions that the search page must drop.
   */
  searchDelta?: { slugs: string[]; supersedes: string[] } | undefined;
  /** Items published since the content layer last synced: their stored bodies are stale. */
  unsynced?: string[] | undefined;
  /** Pagefind page id of each item in the main index, read once from its fragments. */
  mainPageIds?: Record<string, string> | undefined;
  /** Shards whose page ids are in `mainPageIds`. */
  scannedShards?: string[] | undefined;
}

/** `.cache/portal-state/<site folder name>-<hash of its path>.json` under the project root. */
export function statePath(siteDir: string, root = process.cwd()): string {
  const abs = path.resolve(siteDir);
  const key = createHash('sha256').update(abs).digest('hex').slice(0, 10);
  return path.join(root, '.cache', 'portal-state', `${path.basename(abs)}-${key}.json`);
}

/** Hash of an item's source file and of the size and modification time of its attachments. */
export function sourceHash(item: Item, root: string): string {
  const h = createHash('sha1');
  const abs = path.resolve(root, item.file);
  try {
    h.update(readFileSync(abs));
  } catch {
    h.update('missing');
  }
  for (const f of filesOf(item)) {
    try {
      const st = statSync(path.resolve(path.dirname(abs), f));
      h.update(`|${f}:${st.size}:${st.mtimeMs}`);
    } catch {
      h.update(`|${f}:missing`);
    }
  }
  return h.digest('hex').slice(0, 16);
}

export function itemState(item: Item, root?: string): ItemState {
  const d = item.data;
  return {
    hash: root ? sourceHash(item, root) : undefined,
    slug: item.slug,
    kind: item.kind,
    column: d.column,
    published: d.published,
    indexNumber: d.indexNumber,
    title: d.title,
    validity: d.validity,
    links: linksOf(item),
    series: item.kind === 'release' ? item.data.series : undefined,
    files: filesOf(item),
    file: item.file,
  };
}

/** The state of a site built from `items` (all items; unpublishable ones are left out). */
export function siteState(items: readonly Item[], catalogue: Catalogue, asOf: string, searchShards?: string, root = process.cwd()): SiteState {
  const published = items.filter((i) => isPublishable(i, asOf)).sort(byNewest);
  const pageCounts: Record<string, number> = {};
  for (const c of catalogue.columns) {
    const ids = new Set(subtreeIds(catalogue, c.id));
    pageCounts[c.id] = paginate(
      published.filter((i) => ids.has(i.data.column)),
      PAGE_SIZE,
    ).length;
  }
  return { version: 2, asOf, items: published.map((i) => itemState(i, root)), pageCounts, searchShards };
}

export function readState(siteDir: string): SiteState | undefined {
  const file = statePath(siteDir);
  if (!existsSync(file)) return undefined;
  const s = JSON.parse(readFileSync(file, 'utf8')) as SiteState;
  return s.version === 2 ? s : undefined;
}

/** Write atomically (temp file, then rename). */
export function writeState(file: string, state: SiteState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, file);
}
