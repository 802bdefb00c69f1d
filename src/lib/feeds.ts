/**
 * RSS 2.0 feeds and the XML sitemap, as plain strings (no dependencies). Dates are the
 * day of publication at 00:00 China Standard Time.
 */
import type { Item } from './items.ts';
import { itemUrl } from './urls.ts';

/** Items per RSS feed (site and column feeds); `npm run publish` re-renders a column's feed when a change falls within it. */
export const FEED_SIZE = 50;

export function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** `2024-03-15` → `Fri, 15 Mar 2024 00:00:00 +0800` (RFC 822). */
export function rfc822(date: string): string {
  const d = new Date(`${date}T00:00:00+08:00`);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][(d.getUTCDay() + (d.getUTCHours() >= 16 ? 1 : 0)) % 7];
  const [y, m, dd] = date.split('-');
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1];
  return `${day}, ${dd} ${mon} ${y} 00:00:00 +0800`;
}

export interface FeedOptions {
  title: string;
  description: string;
  /** Absolute URL of the page the feed belongs to. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  siteUrl: string;
  items: Item[];
  columnName: (id: string) => string | undefined;
}

export function rssFeed(o: FeedOptions): string {
  const entries = o.items
    .map((item) => {
      const url = new URL(itemUrl(item.slug), o.siteUrl).href;
      const desc = item.data.summary ?? [item.data.docNumber, item.data.indexNumber].filter(Boolean).join('　');
      return [
        '    <item>',
        `      <title>${escapeXml(item.data.title)}</title>`,
        `      <link>${escapeXml(url)}</link>`,
        `      <guid isPermaLink="false">${escapeXml(item.data.indexNumber)}</guid>`,
        `      <pubDate>${rfc822(item.data.published)}</pubDate>`,
        `      <category>${escapeXml(o.columnName(item.data.column) ?? item.data.column)}</category>`,
        `      <description>${escapeXml(desc)}</description>`,
        '    </item>',
      ].join('\n');
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(o.title)}</title>
    <link>${escapeXml(o.link)}</link>
    <description>${escapeXml(o.description)}</description>
    <language>zh-CN</language>
    <atom:link href="${escapeXml(o.self)}" rel="self" type="application/rss+xml"/>
${o.items[0] ? `    <lastBuildDate>${rfc822(o.items[0].data.published)}</lastBuildDate>\n` : ''}${entries}
  </channel>
</rss>
`;
}

export function sitemap(urls: Array<{ loc: string; lastmod?: string | undefined }>): string {
  const body = urls.map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body}
</urlset>
`;
}
