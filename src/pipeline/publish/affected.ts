/**
 * Which pages of the big routes change when some items change: the items' own pages,
 * the listing pages of their columns and every ancestor column (all pages from the first
 * position that moved; only the item's page when it kept its place), the column feeds
 * that list it, and the pages of related items that show its title (the document an
 * interpretation explains and its other interpretations, replacements: every link field
 * the kinds declare). Pure.
 *
 * Every other route (home, catalogue, site feed, sitemap, audit, series) is rendered in
 * full by the partial build, so it is not listed here.
 */
import type { Catalogue } from '../../lib/columns.ts';
import { ancestry } from '../../lib/columns.ts';
import { columnFeedUrl, columnUrl, itemUrl } from '../../lib/urls.ts';
import { PAGE_SIZE } from '../../lib/pagination.ts';
import { FEED_SIZE } from '../../lib/feeds.ts';
import type { ItemState, SiteState } from './state.ts';
import { hasListing, hasStatus } from '../../kinds/index.ts';

export interface Affected {
  /** URL paths to render. */
  render: string[];
  /** URL paths to delete (items no longer published, listing pages beyond the new count). */
  remove: string[];
  /** Publication dates (YYYY-MM-DD) whose search shard changes (a shard holds a year or a quarter). */
  dates: string[];
  /** Slugs whose attachments must be (re)copied. */
  files: string[];
}

/** Listing order of each column's subtree: ids of the columns an item appears under. */
function columnsOf(catalogue: Catalogue, columnId: string): string[] {
  return ancestry(catalogue, columnId).map((c) => c.id);
}

/** Position of every item in every column listing it, for one state. */
function positions(state: SiteState, catalogue: Catalogue): Map<string, Map<string, number>> {
  const byColumn = new Map<string, Map<string, number>>();
  for (const item of state.items) {
    for (const c of columnsOf(catalogue, item.column)) {
      let m = byColumn.get(c);
      if (!m) byColumn.set(c, (m = new Map()));
      m.set(item.slug, m.size);
    }
  }
  return byColumn;
}

const listed = (a: ItemState | undefined, b: ItemState | undefined) =>
  !a || !b || a.title !== b.title || a.validity !== b.validity || a.published !== b.published || a.column !== b.column || a.indexNumber !== b.indexNumber;

/** Links between items as an undirected graph: slug → the slugs it names or that name it. */
const graphs = new WeakMap<SiteState, Map<string, string[]>>();
function linkGraph(state: SiteState): Map<string, string[]> {
  let g = graphs.get(state);
  if (g) return g;
  g = new Map();
  const add = (a: string, b: string) => {
    const list = g!.get(a);
    if (list) list.push(b);
    else g!.set(a, [b]);
  };
  for (const i of state.items) {
    for (const t of Object.values(i.links ?? {})) {
      add(i.slug, t);
      add(t, i.slug);
    }
  }
  graphs.set(state, g);
  return g;
}

export function affectedPaths(before: SiteState, after: SiteState, changed: readonly string[], catalogue: Catalogue): Affected {
  const render = new Set<string>();
  const remove = new Set<string>();
  const dates = new Set<string>();
  const files = new Set<string>();
  const old = new Map(before.items.map((i) => [i.slug, i]));
  const now = new Map(after.items.map((i) => [i.slug, i]));
  const posBefore = positions(before, catalogue);
  const posAfter = positions(after, catalogue);

  // Pages that show an item's title or depend on it: every item connected to it through
  // links, in either direction and over any number of steps (an interpretation lists its
  // policy's other interpretations; a policy's page shows its whole decision chain
  // 征求意见 → 采纳情况 → 正式文件 → 解读; a 环评 project shows its stages).
  const relatedPages = (state: SiteState, map: Map<string, ItemState>, slug: string, item: ItemState | undefined) => {
    const edges = linkGraph(state);
    const seen = new Set([slug]);
    const queue = [...(item ? Object.values(item.links ?? {}) : []), ...(edges.get(slug) ?? [])];
    while (queue.length) {
      const s = queue.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      queue.push(...(edges.get(s) ?? []));
    }
    seen.delete(slug);
    return [...seen].filter((s) => map.has(s));
  };
  // Items whose kind shows a status (征求意见中, 已批复 …) appear with it in their columns'
  // lists, and the status follows related items and the date: all their columns' pages.
  const statusColumns = (state: SiteState, slugs: Iterable<string>) => {
    const bySlug = new Map(state.items.map((i) => [i.slug, i]));
    for (const s of slugs) {
      const i = bySlug.get(s);
      if (!i || !hasStatus(i.kind)) continue;
      for (const c of columnsOf(catalogue, i.column)) for (let p = 0; p < (state.pageCounts[c] ?? 1); p++) render.add(columnUrl(c, p + 1));
    }
  };
  if (before.asOf !== after.asOf) {
    const dated = after.items.filter((i) => hasStatus(i.kind)).map((i) => i.slug);
    for (const s of dated) render.add(itemUrl(s));
    statusColumns(after, dated);
  }

  for (const slug of changed) {
    const o = old.get(slug);
    const n = now.get(slug);
    if (n) {
      render.add(itemUrl(slug));
      files.add(slug);
      dates.add(n.published.slice(0, 10));
    } else if (o) remove.add(itemUrl(slug));
    if (o) dates.add(o.published.slice(0, 10));
    const related = [...relatedPages(after, now, slug, n), ...relatedPages(before, now, slug, o)];
    for (const s of related) render.add(itemUrl(s));
    statusColumns(after, [slug, ...related]);

    const cols = new Set([...(o ? columnsOf(catalogue, o.column) : []), ...(n ? columnsOf(catalogue, n.column) : [])]);
    // A feed carries the item's summary, which the site state does not record: re-render
    // the feed whenever the item is (or was) among its latest entries (cheap, one file).
    for (const c of cols) {
      const pb = posBefore.get(c)?.get(slug);
      const pa = posAfter.get(c)?.get(slug);
      if ((pb !== undefined && pb < FEED_SIZE) || (pa !== undefined && pa < FEED_SIZE)) render.add(columnFeedUrl(c));
    }
    if (!listed(o, n)) continue;
    for (const c of cols) {
      const pb = posBefore.get(c)?.get(slug);
      const pa = posAfter.get(c)?.get(slug);
      const count = after.pageCounts[c] ?? 1;
      // A kind with its own listing order (src/kinds/ `listing`, e.g. replies by 会议 and
      // number) is not listed newest first: every page of its columns is rendered again.
      const ownOrder = hasListing(n?.kind ?? o!.kind);
      const samePlace = !ownOrder && pb !== undefined && pa !== undefined && pb === pa;
      // Same place: only its own page changes; otherwise every page from the first moved position on.
      const first = ownOrder ? 0 : samePlace ? Math.floor(pa / PAGE_SIZE) : Math.floor(Math.min(pb ?? Infinity, pa ?? Infinity) / PAGE_SIZE);
      const last = samePlace ? first : count - 1;
      for (let p = first; p <= last && Number.isFinite(first); p++) render.add(columnUrl(c, p + 1));
      for (let p = count; p < (before.pageCounts[c] ?? 0); p++) remove.add(columnUrl(c, p + 1));
    }
  }
  for (const p of render) remove.delete(p);
  return { render: [...render].sort(), remove: [...remove].sort(), dates: [...dates].sort(), files: [...files].sort() };
}
