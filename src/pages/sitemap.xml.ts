import type { APIRoute } from 'astro';
import { getPortal } from '../data/portal.ts';
import { sitemap } from '../lib/feeds.ts';
import { paginate } from '../lib/items.ts';
import { auditUrl, catalogueUrl, columnUrl, itemUrl, seriesUrl } from '../lib/urls.ts';
import { cachedSeries } from '../lib/series/load.ts';
import config from 'virtual:portal/config';
import { PAGE_SIZE } from '../lib/pagination.ts';

/** Every HTML page of the portal; the accessibility sweep reads this too. */
export const GET: APIRoute = async () => {
  const portal = await getPortal();
  const { site, catalogue, items } = portal;
  const abs = (p: string) => new URL(p, site.url).href;
  const urls = [
    { loc: abs('/'), lastmod: items[0]?.data.published },
    { loc: abs(catalogueUrl) },
    { loc: abs(auditUrl) },
    { loc: abs('/series/') },
    ...[...cachedSeries(process.cwd(), config.contentDir).keys()].map((id) => ({ loc: abs(seriesUrl(id)) })),
    { loc: abs('/accessibility/') },
    ...catalogue.columns.flatMap((c) => {
      const list = portal.itemsUnder(c.id);
      return paginate(list, PAGE_SIZE).map((_, i) => ({ loc: abs(columnUrl(c.id, i + 1)), lastmod: i === 0 ? list[0]?.data.published : undefined }));
    }),
    ...items.map((i) => ({ loc: abs(itemUrl(i.slug)), lastmod: i.data.validityChanged ?? i.data.published })),
  ];
  return new Response(sitemap(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
