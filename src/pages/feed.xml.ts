import type { APIRoute } from 'astro';
import { getPortal } from '../data/portal.ts';
import { FEED_SIZE, rssFeed } from '../lib/feeds.ts';
import { siteFeedUrl } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { site, items, catalogue } = await getPortal();
  const xml = rssFeed({
    title: `${site.name} - 政府信息公开`,
    description: `${site.name}最新主动公开的政府信息`,
    link: new URL('/', site.url).href,
    self: new URL(siteFeedUrl, site.url).href,
    siteUrl: site.url,
    items: items.slice(0, FEED_SIZE),
    columnName: (id) => catalogue.byId.get(id)?.name,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
