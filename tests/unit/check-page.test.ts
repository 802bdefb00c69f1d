/**
 * The one per-page output check of build and publish (src/pipeline/check-page.ts): read with
 * an HTML parser, so escaped text is text and markup is found however it is written.
 */
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../src/pipeline/check-page.ts';

const problems = (html: string) => checkPage(html, { siteOrigin: 'https://site.example' }).problems;

describe('escaped text is never mistaken for markup', () => {
  it.each([
    ['<h1>关于 &lt;script&gt;alert(1)&lt;/script&gt; 的说明</h1>'],
    ['<p>&lt;iframe src="x"&gt; &lt;form&gt; &lt;base href=x&gt; style="a" onclick="b"</p>'],
    ['<script type="application/json">{"t":"<iframe> <form> style= onload="}</script>'],
    ['<title>&lt;meta http-equiv="refresh"&gt;</title>'],
  ])('%s passes', (html) => {
    expect(problems(html)).toEqual([]);
  });
});

describe('what a page must never carry', () => {
  it.each([
    ['<script>alert(1)</script>', '内联脚本'],
    ['<SCRIPT type="text/javascript">x</SCRIPT>', '内联脚本'],
    ['<script src="/files/base-policy/x.txt"></script>', '以外的脚本：/files/base-policy/x.txt'],
    ['<script src="https://evil.example/_astro/a.js"></script>', '以外的脚本'],
    ['<script src="/_astro/../files/a/x.txt"></script>', '以外的脚本'],
    ['<meta http-equiv="Refresh" content="0;url=https://evil.example/">', 'meta http-equiv="refresh"'],
    ['<form action="https://evil.example/"><input type="password"></form>', '<form> 表单'],
    ['<base href="https://evil.example/">', '<base>'],
    ['<object data="/x.swf"></object>', '<object>'],
    ['<embed src="/x.swf">', '<embed>'],
    ['<iframe src="https://evil.example/"></iframe>', '<iframe>'],
    ['<style>body{display:none}</style>', '内联 <style>'],
    ['<p style="color:red">x</p>', 'style="" 属性'],
    ['<img src="/a.png" onerror="alert(1)">', '事件属性'],
    ['<a href="  jav&#x61;script:alert(1)">x</a>', 'javascript: 链接'],
    ['<a href="data:text/html,x">x</a>', 'data: 链接'],
    ['<img srcset="/a.png 1x, data:image/svg+xml,x 2x">', 'data: 链接'],
  ])('%s is refused', (html, message) => {
    expect(problems(html).join('\n')).toContain(message);
  });

  it.each([
    ['<form method="post" action="/search/"></form>'],
    ['<form action="https://evil.example/search/"></form>'],
    ['<form action="//evil.example/"></form>'],
  ])('%s (a form leaving the site or posting) is refused', (html) => {
    expect(problems(html).join('\n')).toContain('<form> 表单');
  });

  it('allows the site’s own scripts, by path or by its own origin, and its search box', () => {
    expect(
      problems(
        '<script src="/prefs-boot.js"></script><script type="module" src="/_astro/page.abc.js"></script><script src="https://site.example/pagefind/pagefind.js"></script><form role="search" action="/search/" method="get"><input name="q"></form>',
      ),
    ).toEqual([]);
  });
});

describe('feeds and the sitemap', () => {
  it('reads <loc>, <link>, <guid> and href as URLs, entities decoded', () => {
    const xml =
      '<rss><channel><link>https://site.example/</link><item><guid isPermaLink="false">abc</guid><link>https://site.example/items/a/?x=1&amp;y=2</link><description>&lt;a href="javascript:x"&gt;</description></item></channel></rss>';
    expect(checkPage(xml, { xml: true })).toEqual({ urls: ['https://site.example/', 'https://site.example/items/a/?x=1&y=2'], problems: [] });
  });
});
