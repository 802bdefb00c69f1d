import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal } from '../../../data/portal.ts';
import { FEED_SIZE, rssFeed } from '../../../lib/feeds.ts';
import { columnUrl, columnFeedUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const { catalogue } = await getPortal();
  return catalogue.columns.map((c) => ({ params: { id: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const portal = await getPortal();
  const { site, catalogue } = portal;
  const column = catalogue.byId.get(params.id!)!;
  const xml = rssFeed({
    title: `${column.name} - ${site.name}`,
    description: column.description || column.name,
    link: new URL(columnUrl(column.id), site.url).href,
    self: new URL(columnFeedUrl(column.id), site.url).href,
    siteUrl: site.url,
    items: portal.itemsUnder(column.id).slice(0, FEED_SIZE),
    columnName: (id) => catalogue.byId.get(id)?.name,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
