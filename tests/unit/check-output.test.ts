/**
 * The output check (src/pipeline/verify-output.ts) on small hand-made sites, and the
 * deployment headers generated from the one CSP constant.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifyOutput, pageUrl } from '../../src/pipeline/verify-output.ts';
import { checkPage } from '../../src/pipeline/check-page.ts';
import { headersFile, nginxConfig, NGINX_EXAMPLE, SECURITY_HEADERS } from '../../src/pipeline/headers.ts';
import { CSP, CSP_HEADER } from '../../src/lib/security.ts';
import type { Item } from '../../src/lib/items.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const SITE = { url: 'https://sthjt.example.gov.cn' };
const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><link rel="stylesheet" href="/_astro/a.css"></head><body>${body}</body></html>`;

/** A built site from `files` (path → content), with the stylesheet, home page and _headers. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-out-'));
  temps.push(dir);
  const all: Record<string, string> = { '_astro/a.css': 'body{}', 'index.html': page('<a href="/">首页</a>'), _headers: headersFile(), ...files };
  for (const [rel, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

function item(slug: string, draft: boolean): Item {
  return {
    kind: 'article',
    slug,
    file: `content/articles/2024/${slug}.md`,
    data: {
      title: slug,
      indexNumber: 'x',
      column: 'news',
      published: '2024-01-01',
      draft,
      disclosure: '主动公开',
      validity: '有效',
      attachments: [],
      services: [],
    },
  } as unknown as Item;
}

/** The build's as-of date (the items above are all published before it). */
const AS_OF = '2026-11-22';

async function problems(files: Record<string, string>, items: Item[] = []) {
  return (await verifyOutput(site(files), { items, site: SITE }, AS_OF)).map((p) => `${p.file}: ${p.message}`);
}

describe('verifyOutput', () => {
  it('passes a clean site', async () => {
    expect(
      await problems({ 'items/a/index.html': page('<a href="/items/a/">本页</a><a href="../../">首页</a><a href="https://www.gov.cn/">外链</a>') }, [
        item('a', false),
      ]),
    ).toEqual([]);
  });

  it('finds broken absolute, relative and own-site links, and page-relative attachment links', async () => {
    expect(
      await problems({
        'items/a/index.html': page(
          '<a href="/items/b/">b</a><a href="./files/x.pdf">附件</a><img src="/_astro/missing.png" alt=""><a href="https://sthjt.example.gov.cn/columns/none/">栏目</a><img srcset="/_astro/a.css 1x, /_astro/b.png 2x" alt="">',
        ),
      }),
    ).toEqual([
      'items/a/index.html: 断开的链接：/items/b/',
      'items/a/index.html: 断开的链接：./files/x.pdf',
      'items/a/index.html: 断开的链接：/_astro/missing.png',
      'items/a/index.html: 断开的链接：https://sthjt.example.gov.cn/columns/none/',
      'items/a/index.html: 断开的链接：/_astro/b.png',
    ]);
  });

  it('refuses what the CSP forbids: inline script, handlers, javascript: links, inline styles, iframes', async () => {
    const out = await problems({
      'a.html': page('<script>alert(1)</script>'),
      'b.html': page('<button onclick="x()">x</button>'),
      'c.html': page("<a href='javascript:alert(1)'>x</a>"),
      'd.html': page('<style>p{color:red}</style>'),
      'e.html': page('<p style="color:red">x</p>'),
      'f.html': page('<iframe src="/a.html"></iframe>'),
      'g.html': page('<script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/a.js"></script>'),
      '_astro/a.js': 'export {};',
    });
    expect(out).toEqual([
      "a.html: 页面含有内联脚本，违反内容安全策略（script-src 'self'）",
      'b.html: 页面含有事件属性（on…=），违反内容安全策略',
      'c.html: 页面含有 javascript: 链接',
      "d.html: 页面含有内联 <style>，违反内容安全策略（style-src 'self'）；样式请写在 src/styles/ 的 CSS 文件中",
      'e.html: 页面含有 style="" 属性，违反内容安全策略（style-src \'self\'）；请改用 CSS 类',
      'f.html: 页面含有 <iframe>',
    ]);
  });

  it('finds pages, attachments and links of items that must not be published, also in feeds and the sitemap', async () => {
    const out = await problems(
      {
        'items/secret/index.html': page('x'),
        'files/secret/a.pdf': '%PDF',
        'columns/news/index.html': page('<a href="/items/secret/">秘密</a>'),
        'sitemap.xml': '<urlset><url><loc>https://sthjt.example.gov.cn/items/secret/</loc></url></urlset>',
      },
      [item('secret', true)],
    );
    expect(out.sort()).toEqual(
      [
        '/files/secret/: 未公开的信息（content/articles/2024/secret.md）的附件被发布了',
        '/items/secret/: 未公开的信息（content/articles/2024/secret.md）被生成了页面',
        'columns/news/index.html: 链接到未公开的信息 /items/secret/',
        'sitemap.xml: 链接到未公开的信息 /items/secret/',
      ].sort(),
    );
  });

  it('requires the deployment headers file', async () => {
    const dir = site({});
    rmSync(path.join(dir, '_headers'));
    expect((await verifyOutput(dir, { items: [] }, AS_OF)).map((p) => p.message)).toEqual(['缺少部署用的安全响应头文件 _headers']);
  });

  it('reads URLs as the browser does', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('items/a/index.html')).toBe('/items/a/');
    expect(pageUrl('404.html')).toBe('/404.html');
    expect(checkPage('<a HREF=/x/>x</a><a href="/a?b=1&amp;c=2">y</a>').urls).toEqual(['/x/', '/a?b=1&c=2']);
  });
});

describe('deployment headers', () => {
  it('_headers carries the same CSP as the pages, plus the header-only protections', () => {
    const text = headersFile();
    expect(text).toContain(`Content-Security-Policy: ${CSP_HEADER}`);
    expect(CSP_HEADER.startsWith(CSP)).toBe(true);
    expect(text).toContain("frame-ancestors 'self'");
    expect(text).toContain('X-Content-Type-Options: nosniff');
    expect(text).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(text).not.toContain('unsafe-inline');
    expect(CSP).not.toContain('frame-ancestors'); // Ignored (and warned about) in a meta tag.
  });

  it(`${NGINX_EXAMPLE} is generated from the same constant (regenerate with: node src/pipeline/headers.ts)`, () => {
    expect(readFileSync(NGINX_EXAMPLE, 'utf8')).toBe(nginxConfig());
    for (const [name, value] of SECURITY_HEADERS) expect(nginxConfig()).toContain(`add_header ${name} "${value}" always;`);
  });
});
