/**
 * Bytes a browser downloads for a first search: headless Chromium (Debian's, at
 * /usr/bin/chromium, through playwright-core) opens a search URL on a local static
 * server with an empty cache and every response is summed once the results have
 * rendered. Text responses (HTML, CSS, JS, JSON, SVG) are also counted gzipped, as a
 * production server sends them; Pagefind's index files are already compressed.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
};

/** A static server of `dir` on a free port of 127.0.0.1 (directory URLs → index.html). */
export function serve(dir: string): Promise<{ url: string; server: Server }> {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, p);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!p.endsWith('/')) return void res.writeHead(301, { Location: `${p}/` }).end();
      file = path.join(file, 'index.html');
    }
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

export interface SearchBytes {
  url: string;
  requests: number;
  /** Bytes as served (uncompressed text). */
  raw: number;
  /** Text responses gzipped, others as served: what a gzip-enabled host transfers. */
  transfer: number;
  /** Transfer bytes by kind: page, css, js, pagefind-js, wasm, meta, index, fragment, filter, other. */
  byKind: Record<string, number>;
  /** Results shown (elements matched by `resultSelector`), when given. */
  results?: number | undefined;
  error?: string | undefined;
}

function kindOf(url: string, type: string): string {
  const p = new URL(url).pathname;
  if (p.includes('/pagefind/')) {
    if (p.endsWith('.js')) return 'pagefind-js';
    if (p.includes('wasm')) return 'wasm';
    if (p.endsWith('.pf_meta') || p.endsWith('pagefind-entry.json')) return 'meta';
    if (p.endsWith('.pf_index')) return 'index';
    if (p.endsWith('.pf_fragment')) return 'fragment';
    if (p.endsWith('.pf_filter')) return 'filter';
    if (p.endsWith('.css')) return 'css';
    return 'pagefind-other';
  }
  if (type.includes('html')) return 'page';
  if (type.includes('css')) return 'css';
  if (type.includes('javascript')) return 'js';
  return 'other';
}

/**
 * Open `site + pathAndQuery` in a fresh Chromium context and sum every response.
 * Waits for the network to be idle (no request for 500 ms) after the load.
 */
export async function measureSearch(chromiumPath: string, siteDir: string, pathAndQuery: string, resultSelector?: string): Promise<SearchBytes> {
  const { chromium } = await import('playwright-core');
  const { url, server } = await serve(siteDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const out: SearchBytes = { url: pathAndQuery, requests: 0, raw: 0, transfer: 0, byKind: {} };
  try {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const pending: Array<Promise<void>> = [];
    page.on('response', (res) => {
      pending.push(
        (async () => {
          let body: Buffer;
          try {
            body = await res.body();
          } catch {
            return;
          }
          const type = res.headers()['content-type'] ?? '';
          const text = /text|javascript|json|svg|xml/.test(type);
          const transfer = text ? gzipSync(body, { level: 6 }).length : body.length;
          const kind = kindOf(res.url(), type);
          out.requests++;
          out.raw += body.length;
          out.transfer += transfer;
          out.byKind[kind] = (out.byKind[kind] ?? 0) + transfer;
        })(),
      );
    });
    await page.goto(url + pathAndQuery, { waitUntil: 'networkidle', timeout: 120_000 });
    if (resultSelector) {
      await page.waitForSelector(resultSelector, { timeout: 30_000 }).catch(() => undefined);
      await page.waitForLoadState('networkidle');
      out.results = await page.locator(resultSelector).count();
    }
    await Promise.all(pending);
    await context.close();
  } catch (error) {
    out.error = (error as Error).message.split('\n')[0];
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

/**
 * A search page for a site that has only Pagefind's bundle (the baseline): Pagefind's
 * own default UI, searching for `q` on load — what a plain Pagefind site shows.
 */
export function writeDefaultUiPage(siteDir: string, rel = '__bench-search'): string {
  const dir = path.join(siteDir, rel);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>搜索</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>
window.addEventListener('DOMContentLoaded', () => {
  const ui = new PagefindUI({ element: '#search', showSubResults: true });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
});
</script></body></html>\n`,
  );
  return `/${rel}/`;
}
