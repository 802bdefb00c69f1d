/**
 * What a built site costs a reader: output size and file count, the gzip size of item
 * pages with the CSS and JS each loads, and the bytes of a first search query in
 * headless Chromium.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile (p in 0–100). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export interface OutputSize {
  bytes: number;
  files: number;
  /** Of which the search bundle. */
  searchBytes: number;
  searchFiles: number;
}

export function outputSize(dir: string): OutputSize {
  const out: OutputSize = { bytes: 0, files: 0, searchBytes: 0, searchFiles: 0 };
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const size = statSync(path.join(e.parentPath, e.name)).size;
    out.bytes += size;
    out.files++;
    if (path.relative(dir, e.parentPath).split(path.sep)[0] === 'pagefind') {
      out.searchBytes += size;
      out.searchFiles++;
    }
  }
  return out;
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;

export interface PageWeight {
  pages: number;
  /** gzip bytes of HTML + every stylesheet and script the page loads (each once). */
  medianTotal: number;
  p90Total: number;
  maxTotal: number;
  medianHtml: number;
  p90Html: number;
  /** gzip bytes of HTML + CSS: what a reader needs (the target is at most 14 KB). */
  medianHtmlCss: number;
  p90HtmlCss: number;
  maxHtmlCss: number;
  /** Item pages over 14 KB of HTML + CSS, and the heaviest one. */
  overTarget: number;
  heaviest: string;
  /** gzip bytes of the CSS and JS of a typical page. */
  cssBytes: number;
  jsBytes: number;
  /** Item pages that load at least one script. */
  pagesWithJs: number;
  /** Whether the page's text is in the HTML (readable without running any script). */
  contentInHtml: boolean;
}

/**
 * Item pages of a site (`items/<slug>/index.html`), all of them or an evenly spread
 * sample of `sample`, each with the CSS and JS it references.
 */
export function itemPageWeight(dir: string, sample = 3000): PageWeight {
  const itemsDir = path.join(dir, 'items');
  const slugs = readdirSync(itemsDir).sort();
  const step = Math.max(1, slugs.length / sample);
  const chosen: string[] = [];
  for (let i = 0; i < slugs.length && chosen.length < sample; i += step) chosen.push(slugs[Math.floor(i)]!);
  const assetCache = new Map<string, number>();
  const asset = (url: string): number => {
    const clean = url.split(/[?#]/)[0]!;
    let v = assetCache.get(clean);
    if (v === undefined) {
      const file = path.join(dir, decodeURIComponent(clean));
      v = existsSync(file) ? gz(readFileSync(file)) : 0;
      assetCache.set(clean, v);
    }
    return v;
  };
  const totals: number[] = [];
  const htmls: number[] = [];
  const htmlCss: number[] = [];
  let heaviest = '';
  let css = 0;
  let js = 0;
  let withJs = 0;
  let contentInHtml = true;
  for (const slug of chosen) {
    const html = readFileSync(path.join(itemsDir, slug, 'index.html'), 'utf8');
    const styles = new Set(
      [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
        .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
        .filter((u): u is string => !!u && u.startsWith('/')),
    );
    const scripts = new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!).filter((u) => u.startsWith('/')));
    const modulePreloads = new Set([...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!));
    const c = [...styles].reduce((s, u) => s + asset(u), 0);
    const j = [...new Set([...scripts, ...modulePreloads])].reduce((s, u) => s + asset(u), 0);
    const h = gz(html);
    htmls.push(h);
    totals.push(h + c + j);
    if (h + c > Math.max(0, ...htmlCss)) heaviest = slug;
    htmlCss.push(h + c);
    css = c;
    js = j;
    if (scripts.size > 0) withJs++;
    if (!/<h1[^>]*>[\s\S]*?<\/h1>/.test(html)) contentInHtml = false;
  }
  return {
    pages: chosen.length,
    medianTotal: median(totals),
    p90Total: percentile(totals, 90),
    maxTotal: Math.max(...totals),
    medianHtml: median(htmls),
    p90Html: percentile(htmls, 90),
    medianHtmlCss: median(htmlCss),
    p90HtmlCss: percentile(htmlCss, 90),
    maxHtmlCss: Math.max(...htmlCss),
    overTarget: htmlCss.filter((b) => b > 14 * 1024).length,
    heaviest,
    cssBytes: css,
    jsBytes: js,
    pagesWithJs: withJs,
    contentInHtml,
  };
}
