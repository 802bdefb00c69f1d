/**
 * Check the built site before it is published:
 * - every internal link and asset (href, src, srcset; absolute, page-relative or a full
 *   URL of the site itself) resolves to a file in the output;
 * - no page carries what the Content-Security-Policy forbids or what content must never
 *   add: inline scripts, event-handler attributes, `javascript:`/`data:` links, inline
 *   `<style>` or `style=""` (style-src 'self'), iframes;
 * - nothing that must not be published (drafts, 依申请公开, 不予公开, future items) has a
 *   page, an attachment folder or a link anywhere (HTML, feeds, sitemap);
 * - the deployment headers file is there.
 * Templates are checked here; content bodies were checked before the build (rules.ts,
 * safety.ts), so a problem found here is a developer's to fix.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CheckResult } from '../lib/content/check.ts';
import { isPublishable } from '../lib/items.ts';
import { itemUrl } from '../lib/urls.ts';
import { checkPage } from './check-page.ts';

export interface OutputProblem {
  /** Output file, relative to the output folder. */
  file: string;
  message: string;
}

/** Text files whose links are checked: pages, feeds, the sitemap. */
const TEXT_OUTPUT = /\.(html|xml)$/;

async function outputFiles(dir: string, top = dir, out: string[] = []): Promise<string[]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Pagefind's index and the attachments are not pages.
      if (!(dir === top && (entry.name === 'pagefind' || entry.name === 'files'))) await outputFiles(full, top, out);
    } else if (TEXT_OUTPUT.test(entry.name)) out.push(full);
  }
  return out;
}

/** Whether a site-absolute URL path resolves to a file in `outDir`. */
export function resolves(outDir: string, urlPath: string, cache: Map<string, boolean>): boolean {
  let clean: string;
  try {
    clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  } catch {
    return false;
  }
  const hit = cache.get(clean);
  if (hit !== undefined) return hit;
  const target = path.join(outDir, clean);
  let ok = false;
  if (!path.relative(outDir, target).startsWith('..')) {
    if (existsSync(target)) {
      ok = statSync(target).isDirectory() ? existsSync(path.join(target, 'index.html')) : true;
    } else if (!path.extname(clean)) {
      ok = existsSync(`${target}.html`);
    }
  }
  cache.set(clean, ok);
  return ok;
}

/** The URL path a page is served at: `items/a/index.html` → `/items/a/`. */
export function pageUrl(rel: string): string {
  const posix = rel.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/**
 * Everything wrong with one output page or feed: what checkPage refuses, then each URL
 * it refers to on the site — to an unpublished item, or not resolving (`resolves` says
 * whether a site path exists: in the output, or for a publish in the site as it will be).
 * The one per-page check of `npm run build` and `npm run publish`.
 */
export function pageProblems(
  text: string,
  rel: string,
  options: { siteOrigin?: string | undefined; hiddenSlugs: ReadonlySet<string>; resolves: (pathname: string) => boolean },
): OutputProblem[] {
  const problems: OutputProblem[] = [];
  const base = `https://portal.invalid${pageUrl(rel)}`;
  // The 404 page is served at whatever address was not found, so its canonical
  // link (the template's /404/) names no real page; it is not a link anyone follows.
  const page = checkPage(text, { xml: rel.endsWith('.xml'), skipCanonical: rel === '404.html', siteOrigin: options.siteOrigin });
  for (const message of page.problems) problems.push({ file: rel, message });
  for (const url of page.urls) {
    const trimmed = url.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    let target: URL;
    try {
      target = new URL(trimmed, base);
    } catch {
      problems.push({ file: rel, message: `无法解析的链接：${trimmed}` });
      continue;
    }
    const own = target.origin === 'https://portal.invalid' || (options.siteOrigin !== undefined && target.origin === options.siteOrigin);
    if (!own) continue;
    const m = /^\/items\/([a-z0-9-]+)\/?$/.exec(target.pathname);
    if (m && options.hiddenSlugs.has(m[1]!)) problems.push({ file: rel, message: `链接到未公开的信息 ${itemUrl(m[1]!)}` });
    else if (!options.resolves(target.pathname)) problems.push({ file: rel, message: `断开的链接：${trimmed}` });
  }
  return problems;
}

/**
 * @param content The content check's result: which items exist and which are published,
 *   and the site's own address (absolute links to it are checked like `/…` ones).
 * @param asOf The build's as-of date (PortalConfig.asOf): which items are published.
 */
export async function verifyOutput(
  outDir: string,
  content: Pick<CheckResult, 'items'> & { site?: { url: string } | undefined },
  asOf: string,
): Promise<OutputProblem[]> {
  const problems: OutputProblem[] = [];
  const cache = new Map<string, boolean>();
  const siteOrigin = content.site ? safeOrigin(content.site.url) : undefined;

  const hidden = content.items.filter((i) => !isPublishable(i, asOf));
  const hiddenSlugs = new Set(hidden.map((i) => i.slug));
  // A slug may be hidden in one collection and published in another only if the
  // content check let a duplicate through; then the published one wins.
  for (const i of content.items) if (isPublishable(i, asOf)) hiddenSlugs.delete(i.slug);
  for (const item of hidden) {
    if (!hiddenSlugs.has(item.slug)) continue;
    if (existsSync(path.join(outDir, itemUrl(item.slug)))) {
      problems.push({ file: itemUrl(item.slug), message: `未公开的信息（${item.file}）被生成了页面` });
    }
    if (existsSync(path.join(outDir, 'files', item.slug))) {
      problems.push({ file: `/files/${item.slug}/`, message: `未公开的信息（${item.file}）的附件被发布了` });
    }
  }

  if (!existsSync(path.join(outDir, '_headers'))) problems.push({ file: '_headers', message: '缺少部署用的安全响应头文件 _headers' });

  const files = await outputFiles(outDir);
  // A bounded number of pages in flight: at 20,000 pages, reading all at once held
  // every page in memory together.
  await mapLimit(files, 32, async (file) => {
    const text = await readFile(file, 'utf8');
    const rel = path.relative(outDir, file).split(path.sep).join('/');
    problems.push(...pageProblems(text, rel, { siteOrigin, hiddenSlugs, resolves: (p) => resolves(outDir, p, cache) }));
  });
  // Pages are checked concurrently; report them in file order (a stable sort keeps each
  // page's problems in document order).
  return problems.sort((a, b) => a.file.localeCompare(b.file));
}

/** Run `fn` over `items` with at most `limit` calls in flight. */
async function mapLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** One line per distinct problem, with how many pages have it and a few of them. */
export function summariseOutputProblems(problems: readonly OutputProblem[]): string {
  const groups = new Map<string, string[]>();
  for (const p of problems) {
    const files = groups.get(p.message);
    if (files) files.push(p.file);
    else groups.set(p.message, [p.file]);
  }
  return [...groups]
    .map(([message, files]) => {
      const sorted = files.sort();
      const shown = sorted.slice(0, 3).join('、');
      return `${message}  （${files.length} 个页面：${shown}${files.length > 3 ? ' 等' : ''}）`;
    })
    .join('\n');
}
