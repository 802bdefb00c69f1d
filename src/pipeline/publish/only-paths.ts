/**
 * Partial builds for `npm run publish`: given a list of URL paths (`config.onlyPaths`), the big dynamic routes (item pages, column listings and column
 * feeds) render only those paths; every other route renders as usual (they are few and
 * most depend on every item anyway: home, catalogue, feeds, sitemap, audit, series).
 *
 * It works by wrapping each filtered route's `getStaticPaths` at bundle time (a Vite
 * transform), so the page files themselves need no change.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Routes whose paths are filtered, as patterns relative to src/pages. */
export const FILTERED_ROUTES = ['/items/[slug]/', '/columns/[id]/[...page]/', '/columns/[id]/feed.xml'];

/** `items/[slug].astro` → `/items/[slug]/`; `columns/[id]/feed.xml.ts` → `/columns/[id]/feed.xml`. */
export function routePattern(relFile: string): string {
  let p = `/${relFile.split(path.sep).join('/')}`.replace(/\.(astro|ts|js|mjs|md|mdx)$/, '');
  p = p.replace(/\/index$/, '/');
  if (p.endsWith('/')) return p;
  return /\.[a-z0-9]+$/i.test(p.split('/').pop()!) ? p : `${p}/`;
}

/** The URL path of one set of params under a route pattern. */
export function pathFor(pattern: string, params: Record<string, string | number | undefined>): string {
  const filled = pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const v = params[name];
    return v === undefined || v === '' ? '' : String(v);
  });
  return filled.replace(/\/{2,}/g, '/');
}

/** Whether a path of `pattern` with `params` is one of the wanted paths. */
export function keepPath(wanted: ReadonlySet<string>, pattern: string, params: Record<string, string | number | undefined>): boolean {
  return wanted.has(pathFor(pattern, params));
}

/** The Vite plugin; `pagesDir` is the absolute path of src/pages, `paths` the URL paths to render. */
export function onlyPathsPlugin(pagesDirGiven: string, paths: readonly string[]): Plugin {
  const wanted = JSON.stringify([...paths]);
  // Vite reports real paths; the project root may be reached through a symlink.
  const pagesDir = realpathSync(pagesDirGiven);
  const helper = JSON.stringify(new URL(import.meta.url).pathname);
  return {
    name: 'portal-only-paths',
    enforce: 'post',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.startsWith(pagesDir + path.sep)) return undefined;
      const pattern = routePattern(path.relative(pagesDir, file));
      if (!FILTERED_ROUTES.includes(pattern)) return undefined;
      const renamed = code
        .replace(/export\s+async\s+function\s+getStaticPaths\s*\(/, 'async function __portalGetStaticPaths(')
        .replace(/export\s+function\s+getStaticPaths\s*\(/, 'function __portalGetStaticPaths(')
        .replace(/export\s+const\s+getStaticPaths\s*=/, 'const __portalGetStaticPaths =');
      if (renamed === code) {
        this.error(`portal-only-paths: 在 ${file} 中找不到 getStaticPaths 导出，无法做局部构建`);
      }
      return {
        code: `${renamed}
import { keepPath as __portalKeepPath } from ${helper};
const __portalWanted = new Set(${wanted});
export async function getStaticPaths(...args) {
  const all = await __portalGetStaticPaths(...args);
  return all.filter((p) => __portalKeepPath(__portalWanted, ${JSON.stringify(pattern)}, p.params ?? {}));
}
`,
        map: null,
      };
    },
  };
}
