/**
 * Incremental publishing (scripts/publish.ts), the pure parts: which pages a change
 * touches, and how a partial build names the paths of a route. The whole flow (publish
 * gives the same pages as a full rebuild) is exercised by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/columns.ts';
import { affectedPaths } from '../../src/pipeline/publish/affected.ts';
import { pathFor, routePattern } from '../../src/pipeline/publish/only-paths.ts';
import type { ItemState, SiteState } from '../../src/pipeline/publish/state.ts';

const { catalogue } = buildCatalogue([
  { id: 'news', name: '工作动态', frequency: 'weekly', accepts: ['article'] },
  {
    id: 'supervision',
    name: '环境监管',
    frequency: 'weekly',
    accepts: [],
    children: [{ id: 'penalties', name: '行政处罚', frequency: 'weekly', accepts: ['article'] }],
  },
  { id: 'policies', name: '政策文件', frequency: 'quarterly', accepts: ['policy'] },
  { id: 'interpretations', name: '政策解读', frequency: 'quarterly', accepts: ['interpretation'] },
]);

const item = (slug: string, column: string, published: string, extra: Partial<ItemState> = {}): ItemState => ({
  slug,
  kind: 'article',
  column,
  published,
  indexNumber: `11990000MB1234560X/${published.slice(0, 4)}-${slug.replace(/\D/g, '').padStart(5, '0')}`,
  title: `标题 ${slug}`,
  validity: '有效',
  files: [],
  file: `content/articles/${slug}.md`,
  ...extra,
});

/** A state with items newest first and page counts for 20 items a page. */
function state(items: ItemState[]): SiteState {
  const sorted = [...items].sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : 0));
  const under = (id: string) => sorted.filter((i) => (id === 'supervision' ? i.column === 'penalties' : i.column === id)).length;
  const pageCounts = Object.fromEntries(catalogue.columns.map((c) => [c.id, Math.max(1, Math.ceil(under(c.id) / 20))]));
  return { version: 2, asOf: '2026-11-22', items: sorted, pageCounts };
}

const day = (n: number) => `2026-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
const news = Array.from({ length: 50 }, (_, i) => item(`n${i}`, 'news', day(i)));
const penalties = Array.from({ length: 30 }, (_, i) => item(`p${i}`, 'penalties', day(i)));

describe('affected pages', () => {
  it('a body-only change re-renders the item page and its column feed (the summary may have changed), nothing of the listings', () => {
    const before = state([...news, ...penalties]);
    const a = affectedPaths(before, before, ['n10'], catalogue);
    expect(a.render).toEqual(['/columns/news/feed.xml', '/items/n10/']);
    expect(a.dates).toEqual(['2026-01-11']);
  });

  it('a new title re-renders only the listing page that shows it, and the feed when it is in it', () => {
    const before = state([...news, ...penalties]);
    const after = state([...news.filter((i) => i.slug !== 'n10'), { ...news[10]!, title: '新标题' }, ...penalties]);
    const a = affectedPaths(before, after, ['n10'], catalogue);
    // n10 is the 40th newest of 50: page 2 of /columns/news/.
    expect(a.render).toEqual(['/columns/news/2/', '/columns/news/feed.xml', '/items/n10/']);
  });

  it('an added newest item shifts every page of its column and its parent', () => {
    const before = state([...news, ...penalties]);
    const added = item('p99', 'penalties', '2026-11-20');
    const after = state([...news, ...penalties, added]);
    const a = affectedPaths(before, after, ['p99'], catalogue);
    expect(a.render).toEqual([
      '/columns/penalties/',
      '/columns/penalties/2/',
      '/columns/penalties/feed.xml',
      '/columns/supervision/',
      '/columns/supervision/2/',
      '/columns/supervision/feed.xml',
      '/items/p99/',
    ]);
    expect(a.remove).toEqual([]);
  });

  it('an item withdrawn removes its page and listing pages beyond the new count', () => {
    const before = state([...news.slice(0, 21), ...penalties]);
    const after = state([...news.slice(0, 20), ...penalties]);
    const a = affectedPaths(before, after, ['n20'], catalogue);
    expect(a.remove).toEqual(['/columns/news/2/', '/items/n20/']);
    expect(a.render).toContain('/columns/news/');
  });

  it('a changed policy re-renders its interpretations and what it replaces', () => {
    const policy = item('pol2', 'policies', '2025-03-01', { kind: 'policy' });
    const old = item('pol1', 'policies', '2021-03-01', { kind: 'policy', validity: '废止', links: { replacedBy: 'pol2' } });
    const interp = item('jd1', 'interpretations', '2025-03-02', { kind: 'interpretation', links: { interprets: 'pol2' } });
    const s = state([policy, old, interp]);
    const a = affectedPaths(s, s, ['pol2'], catalogue);
    expect(a.render).toEqual(['/columns/policies/feed.xml', '/items/jd1/', '/items/pol1/', '/items/pol2/']);
    // Everything connected through links is rendered again (a policy's page shows its whole
    // decision chain), so the repealed pol1, two links away from jd1, is too.
    const b = affectedPaths(s, s, ['jd1'], catalogue);
    expect(b.render).toEqual(['/columns/interpretations/feed.xml', '/items/jd1/', '/items/pol1/', '/items/pol2/']);
  });

  it('a changed stage re-renders its project and every page of the columns listing items with a status; a new as-of date renders them all', () => {
    const project = item('prj1', 'news', '2026-09-01', { kind: 'project' });
    const stage = item('stg1', 'penalties', '2026-09-02', { kind: 'stage', links: { project: 'prj1' } });
    const s = state([project, stage, ...news.slice(0, 3)]);
    const a = affectedPaths(s, s, ['stg1'], catalogue);
    expect(a.render).toEqual([
      '/columns/news/',
      '/columns/penalties/',
      '/columns/penalties/feed.xml',
      '/columns/supervision/',
      '/columns/supervision/feed.xml',
      '/items/prj1/',
      '/items/stg1/',
    ]);
    const later = { ...s, asOf: '2026-11-23' };
    const b = affectedPaths(s, later, [], catalogue);
    expect(b.render).toEqual(['/columns/news/', '/columns/penalties/', '/columns/supervision/', '/items/prj1/', '/items/stg1/']);
  });
});

describe('partial builds', () => {
  it('names the route of a page file and the path of its params', () => {
    expect(routePattern('items/[slug].astro')).toBe('/items/[slug]/');
    expect(routePattern('columns/[id]/[...page].astro')).toBe('/columns/[id]/[...page]/');
    expect(routePattern('columns/[id]/feed.xml.ts')).toBe('/columns/[id]/feed.xml');
    expect(routePattern('xxgk/index.astro')).toBe('/xxgk/');
    expect(pathFor('/columns/[id]/[...page]/', { id: 'news', page: undefined })).toBe('/columns/news/');
    expect(pathFor('/columns/[id]/[...page]/', { id: 'news', page: '3' })).toBe('/columns/news/3/');
    expect(pathFor('/columns/[id]/feed.xml', { id: 'news' })).toBe('/columns/news/feed.xml');
  });
});
