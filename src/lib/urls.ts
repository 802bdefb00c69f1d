/**
 * Every URL the portal generates, in one place, so routes and links cannot drift apart.
 * All URLs end with `/` (directory-style), matching Astro's `build.format: 'directory'`.
 */
import path from 'node:path';

export const itemUrl = (slug: string): string => `/items/${slug}/`;
export const columnUrl = (id: string, page = 1): string => (page <= 1 ? `/columns/${id}/` : `/columns/${id}/${page}/`);
export const columnFeedUrl = (id: string): string => `/columns/${id}/feed.xml`;
export const seriesUrl = (id: string): string => `/series/${id}/`;
export const catalogueUrl = '/xxgk/';
export const searchUrl = '/search/';
export const auditUrl = '/audit/';
export const siteFeedUrl = '/feed.xml';

/** Where an attachment of item `slug` is published: `/files/<slug>/<file name>`. */
export function attachmentUrl(slug: string, file: string): string {
  return `/files/${slug}/${encodeURIComponent(path.posix.basename(file.replace(/\\/g, '/')))}`;
}

/** The slug an internal `/items/<slug>/` link points to, or undefined for other links. */
export function slugFromItemUrl(href: string): string | undefined {
  const m = /^\/items\/([a-z0-9][a-z0-9-]*)\/?(?:[#?].*)?$/.exec(href);
  return m?.[1];
}
