/**
 * The build's own guard (src/lib/content/body-policy.ts), on Astro's real Sätteri
 * processor exactly as the portal integration wires it: MDX code is refused at compile
 * time and Markdown HTML goes through the allow-list, even if the content check never
 * ran (a build without it, a bug in it, a publish that skipped it).
 */
import { describe, expect, it } from 'vitest';
import { satteri } from '@astrojs/markdown-satteri';
import { UnsafeBodyError } from '../../src/lib/content/body-policy.ts';
import { guardProcessor, sanitizeBodyHtml, type SatteriProcessor } from '../../src/lib/content/body-sanitize.ts';

const processor = satteri() as unknown as SatteriProcessor & {
  createMdxRenderer: (shared: object, mdx: object) => Promise<{ process: (content: string, file: string, frontmatter: object) => Promise<{ code: string }> }>;
};
guardProcessor(processor);
guardProcessor(processor); // idempotent: one guard, one sanitizer
const shared = { syntaxHighlight: false, gfm: true, smartypants: true };

async function compileMdx(body: string) {
  const mdx = await processor.createMdxRenderer(shared, { optimize: false });
  return mdx.process(body, '/tmp/portal-guard/a.mdx', { title: 't' });
}
async function renderMd(body: string) {
  const r = await processor.createRenderer(shared);
  return (await r.render(body, { frontmatter: {} })).code;
}

describe('MDX: code never reaches the compiled module', () => {
  it.each([
    ['a backslash before {', '路径 \\\\{process.env.HOME}'],
    ['an attribute expression hidden between backticks', '<Callout x="`" title={process.env.HOME} y="`">提示</Callout>'],
    ['export after a line that only looks like a fence', '正文。\n\n```js`\n\nexport const leak = process.env.HOME\n\n```\n'],
    ['import', "import fs from 'node:fs'\n\n正文"],
    ['a flow expression', '{globalThis.process.exit(1)}'],
    ['a spread attribute', '<Callout {...process.env}>x</Callout>'],
    ['a component that is not the site’s', '<Chart data="x" />'],
    ['a component attribute not on the list', '<Callout onClick="x">x</Callout>'],
    ['an HTML element not on the list', '<iframe src="https://evil.example/" />'],
    ['an unsafe URL in a JSX attribute', '<a href="javascript:alert(1)">x</a>'],
  ])('%s is refused', async (_name, body) => {
    await expect(compileMdx(body)).rejects.toThrow(UnsafeBodyError);
  });

  it('the site’s components with literal attributes compile, table alignment as a class', async () => {
    const { code } = await compileMdx(
      '<Callout title="温馨提示">请注意。</Callout>\n\n<Figure caption="流程图">![流程图](./files/a.png)</Figure>\n\n| 项目 | 数值 |\n| :-- | ---: |\n| 甲 | 1 |\n',
    );
    expect(code).toContain('Figure');
    expect(code).toContain('Callout');
    expect(code).toContain('align-right');
    expect(code).not.toContain('text-align');
  });
});

describe('Markdown: the rendered HTML is inside the allow-list', () => {
  it('drops every unsafe construct, whatever hid it from a regular expression', async () => {
    const html = await renderMd(
      [
        '```js`',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '```',
        '',
        '<div>',
        '```',
        '<base href="https://evil.example/"><form action="https://evil.example/"><input type="password" name="p"></form>',
        '```',
        '</div>',
        '',
        '- 一',
        '  ```',
        '- 二',
        '',
        '<script src="/files/a/x.txt"></script><iframe src="https://evil.example/"></iframe><object data="x"></object><embed src="x">',
        '',
        '<b onclick="alert(1)" style="color:red" ONMOUSEOVER="x">粗体</b> <a href="jav&#x61;script:alert(1)">链</a> <img src="data:image/svg+xml,x" alt="图">',
      ].join('\n'),
    );
    for (const marker of [
      '<meta',
      '<base',
      '<form',
      'password',
      '<script',
      '<iframe',
      '<object',
      '<embed',
      'onclick',
      'ONMOUSEOVER',
      'style=',
      'javascript',
      'data:',
      'evil.example',
    ]) {
      expect(html).not.toContain(marker);
    }
    expect(html).toContain('<b>粗体</b>');
  });

  it('table alignment becomes a class, so `| ---: |` tables pass the CSP', async () => {
    const html = await renderMd('| 城市 | AQI |\n| --- | ---: |\n| 江州 | 62 |');
    expect(html).toContain('<td class="align-right">62</td>');
    expect(html).not.toContain('style');
  });

  it('leaves what Markdown itself produces as it is (footnotes, task lists, images, code)', async () => {
    const html = await renderMd(
      '# 标题\n\n文字[^1] ~~删~~ <https://a.example/x> `c`\n\n- [ ] 任务\n- [x] 完成\n\n![图](https://a.example/a.png "t")\n\n```\n<b>code</b>\n```\n\n[^1]: 注释\n',
    );
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a>');
    expect(html).toContain('<input type="checkbox" disabled />');
    expect(html).toContain('<input type="checkbox" disabled checked />');
    expect(html).toContain('<img src="https://a.example/a.png" alt="图" title="t" />');
    expect(html).toContain('&lt;b&gt;code&lt;/b&gt;');
    expect(html).toContain('<section data-footnotes class="footnotes">');
  });

  it('sanitizeBodyHtml keeps Astro’s local-image placeholder', () => {
    expect(sanitizeBodyHtml('<img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;./a.png&quot;}">')).toBe(
      '<img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;./a.png&quot;}" />',
    );
  });
});
