/**
 * Index the built site with Pagefind through its Node API, as part of the build, so
 * one `npm run build` produces the site and its search index together.
 *
 * Only item pages are indexed (they alone carry `data-pagefind-body`): home, column and
 * catalogue pages are lists of the same titles, and indexing them would put list pages
 * above the documents themselves and make every count wrong. Pagefind indexes a
 * transformed copy of each page (see src/lib/search/index-html.ts); the deployed HTML
 * is not changed.
 */
import * as pagefind from 'pagefind';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { transformForIndex } from '../lib/search/index-html.ts';
import { WORD_PUNCTUATION } from '../lib/search/query.ts';

interface Logger {
  info: (msg: string) => void;
  warn: (msg: string) => void;
}

/**
 * Words per index chunk. Pagefind's default (20 000) makes a Chinese query download big
 * chunks; 5 000 measured smaller downloads per query with per-character indexing.
 */
export const INDEX_CHUNK_SIZE = 5000;
/** Files of Pagefind's own search interfaces, which the portal does not use. */
const UNUSED_UI = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;
/** Pages sent to the Pagefind service at once. */
const BATCH = 32;

export interface IndexOptions {
  /** Where to write the bundle (default `<siteDir>/pagefind`). */
  outputPath?: string;
  /** `plain`: Pagefind as it comes (addDirectory, default chunk size), for comparison only. */
  mode?: 'portal' | 'plain';
}

export interface IndexSummary {
  pages: number;
  /** Bytes of the written bundle. */
  bytes: number;
}

/** Site-relative HTML files that Pagefind should see (skips its own bundle and assets). */
export async function indexableFiles(siteDir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string) => {
    for (const e of await readdir(path.join(siteDir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!['pagefind', '_astro', 'files'].includes(r)) await walk(r);
      } else if (e.name.endsWith('.html')) out.push(r);
    }
  };
  await walk('');
  return out.sort();
}

/** The URL Pagefind reports for a page: directory style, like the site's own links. */
export function pageUrl(rel: string): string {
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += (await stat(path.join(e.parentPath, e.name))).size;
  }
  return total;
}

/** Build a Pagefind bundle for the site in `siteDir`. */
export async function indexSite(siteDir: string, options: IndexOptions = {}): Promise<IndexSummary> {
  const outputPath = options.outputPath ?? path.join(siteDir, 'pagefind');
  const plain = options.mode === 'plain';
  // The Pagefind service reads the chunk size from its environment when it starts.
  const previous = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  if (plain) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  await pagefind.close();
  try {
    const { index, errors } = await pagefind.createIndex(
      plain ? { forceLanguage: 'zh-cn' } : { forceLanguage: 'zh-cn', includeCharacters: WORD_PUNCTUATION },
    );
    if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
    let pages = 0;
    if (plain) {
      const added = await index.addDirectory({ path: siteDir });
      if (added.errors.length) throw new Error(`Pagefind 索引出错：${added.errors.join('; ')}`);
      pages = added.page_count;
    } else {
      const files = await indexableFiles(siteDir);
      for (let i = 0; i < files.length; i += BATCH) {
        const batch = await Promise.all(
          files.slice(i, i + BATCH).map(async (rel) => {
            const html = await readFile(path.join(siteDir, rel), 'utf8');
            if (!html.includes('data-pagefind-body')) return 0;
            const r = await index.addHTMLFile({ url: pageUrl(rel), content: transformForIndex(html) });
            if (r.errors.length) throw new Error(`Pagefind 索引 ${rel} 出错：${r.errors.join('; ')}`);
            return 1;
          }),
        );
        pages += batch.reduce<number>((a, b) => a + b, 0);
      }
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind 写入索引出错：${written.errors.join('; ')}`);
    if (!plain) {
      // The search page is our own (src/scripts/search-page.ts): Pagefind's ready-made UIs are never loaded.
      for (const f of await readdir(outputPath)) if (UNUSED_UI.test(f)) await rm(path.join(outputPath, f));
    }
    return { pages, bytes: await dirBytes(outputPath) };
  } finally {
    await pagefind.close();
    if (previous === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = previous;
  }
}

/** The build step: index `outDir` into `outDir/pagefind`. */
export async function buildSearchIndex(outDir: string, logger: Logger): Promise<IndexSummary> {
  const summary = await indexSite(outDir);
  if (summary.pages === 0) logger.warn('搜索索引：没有找到带 data-pagefind-body 的页面');
  return summary;
}
