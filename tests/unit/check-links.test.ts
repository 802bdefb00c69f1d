/**
 * Links and images in bodies: found where a browser would find them, and checked
 * against what the build will publish (items, columns, attachments, series, pages).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { attachmentLinkPlugin, classifyLink, extractLinks, withoutCode } from '../../src/lib/content/links.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { BODY_PLACEHOLDER } from '../../src/lib/content/rules.ts';
import { copyFixture } from '../support/fixtures.ts';

describe('extractLinks', () => {
  it('finds Markdown links, images, reference definitions, autolinks and HTML attributes with their lines', () => {
    const body = [
      '见[通知](/items/a/ "标题")和![示意图](./files/b.png)。', // 1
      '', // 2
      '[参考][r] <https://www.gov.cn/>', // 3
      '', // 4
      '[r]: /columns/news/', // 5
      '<a href="/xxgk/">目录</a> <img src="./files/c.png" srcset="./files/c.png 1x, ./files/c2.png 2x">', // 6
    ].join('\n');
    expect(extractLinks(body).map((l) => [l.url, l.line, l.kind, l.syntax])).toEqual([
      ['/items/a/', 1, 'link', 'markdown'],
      ['./files/b.png', 1, 'image', 'markdown'],
      ['https://www.gov.cn/', 3, 'link', 'markdown'],
      ['/columns/news/', 5, 'link', 'markdown'],
      ['/xxgk/', 6, 'link', 'html'],
      ['./files/c.png', 6, 'image', 'html'],
      ['./files/c.png', 6, 'image', 'html'],
      ['./files/c2.png', 6, 'image', 'html'],
    ]);
    expect(extractLinks('![江州市 PM2.5 走势](./files/a.png)')[0]!.alt).toBe('江州市 PM2.5 走势');
  });

  it('decodes entities and escapes as Markdown does, and handles parentheses in URLs', () => {
    expect(extractLinks('[a](/items/a&#45;b/)')[0]!.url).toBe('/items/a-b/');
    expect(extractLinks('[a](https://x.example/a_(b))')[0]!.url).toBe('https://x.example/a_(b)');
    expect(extractLinks('[a](<./files/附件 1.pdf>)')[0]!.url).toBe('./files/附件 1.pdf');
  });

  it('skips code', () => {
    expect(extractLinks('`[a](/items/x/)`\n\n```\n[b](/items/y/)\n```')).toEqual([]);
    expect(withoutCode('a `<b>` c').length).toBe('a `<b>` c'.length);
  });
});

describe('classifyLink', () => {
  it('sorts destinations into what must be checked', () => {
    expect(classifyLink('https://www.gov.cn/')).toEqual({ type: 'external' });
    expect(classifyLink('//cdn.example/x')).toEqual({ type: 'external' });
    expect(classifyLink('#section')).toEqual({ type: 'anchor' });
    expect(classifyLink('/items/a/')).toEqual({ type: 'site', path: '/items/a/' });
    expect(classifyLink('./files/a.pdf#page=2')).toEqual({ type: 'relative', path: './files/a.pdf' });
    expect(classifyLink('https://sthjt.example.gov.cn/items/a/', 'https://sthjt.example.gov.cn')).toEqual({ type: 'site', path: '/items/a/' });
    expect(classifyLink(' JavaScript:alert(1)')).toEqual({ type: 'unsafe', scheme: 'javascript' });
    expect(classifyLink('mailto:xxgk@example.gov.cn')).toEqual({ type: 'external' });
  });
});

describe('attachmentLinkPlugin (build)', () => {
  it('points a relative body link to the published attachment address', () => {
    const plugin = attachmentLinkPlugin();
    const set: Array<[string, unknown]> = [];
    const ctx = { fileURL: pathToFileURL('/x/content/policies/2024/base-policy.md'), setProperty: (_n: never, k: string, v: unknown) => set.push([k, v]) };
    plugin.element.visit({ properties: { href: './files/%E9%99%84%E4%BB%B6.pdf' } }, ctx);
    plugin.element.visit({ properties: { href: '/items/a/' } }, ctx);
    plugin.element.visit({ properties: { href: 'https://www.gov.cn/' } }, ctx);
    expect(set).toEqual([['href', `/files/base-policy/${encodeURIComponent('附件.pdf')}`]]);
  });
});

describe('body links against the content (rules)', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

  /** `_base` of the bad fixtures plus one article with `body` (and optional extra front matter). */
  function problemsFor(body: string, extra = '', setup?: (dir: string) => void) {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-links-'));
    temps.push(dir);
    copyFixture('bad/_base', dir);
    mkdirSync(path.join(dir, 'articles/2025/files'), { recursive: true });
    writeFileSync(
      path.join(dir, 'articles/2025/links.md'),
      `---\ntitle: 链接测试\nindexNumber: 11990000MB1234560X/2025-00001\ncolumn: news\npublished: 2025-01-02\nkeywords: [测试]\n${extra}---\n${body}\n`,
    );
    setup?.(dir);
    return checkContent({ root: dir, contentDir: dir, asOf: '2026-11-22' }).problems.map((p) => `${p.severity} ${p.line} ${p.field} ${p.message}`);
  }

  it('accepts links to published items, columns, their pages and feeds, attachments of other items, fixed pages and anchors', () => {
    expect(
      problemsFor(
        [
          '[通知](/items/base-policy/) [通知](/items/base-policy) [栏目](/columns/news/) [第2页](/columns/news/2/)',
          '[订阅](/columns/news/feed.xml) [附件](/files/base-policy/base.pdf) [目录](/xxgk/) [搜索](/search/) [首页](/) [本页](#top)',
          '[全文](https://sthjt.jiangnan.example.gov.cn/items/base-news/)',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('refuses links to drafts, to unknown attachments, unknown pages and own-site URLs that do not exist', () => {
    expect(
      problemsFor(
        ['[a](/items/hidden/)', '[b](/files/base-policy/other.pdf)', '[c](/guide/)', '[d](https://sthjt.jiangnan.example.gov.cn/items/nope/)'].join('\n'),
        '',
        (dir) =>
          writeFileSync(
            path.join(dir, 'articles/2024/hidden.md'),
            '---\ntitle: 草稿\nindexNumber: 11990000MB1234560X/2024-00009\ncolumn: news\npublished: 2024-02-02\nkeywords: [x]\ndraft: true\n---\n草稿。\n',
          ),
      ),
    ).toEqual([
      'error 8 正文链接 链接 /items/hidden/ 指向的信息（articles/2024/hidden.md）是草稿、未到发布日期或不公开，网站上没有这个页面',
      'error 9 正文链接 链接 /files/base-policy/other.pdf 指向的附件不存在或未公开',
      'error 10 正文链接 站内链接 /guide/ 不是本站的页面',
      'error 11 正文链接 链接 https://sthjt.jiangnan.example.gov.cn/items/nope/ 指向不存在的信息「nope」',
    ]);
  });

  it('checks relative links: attachments listed, no other content files, nothing outside the folder', () => {
    const out = problemsFor(
      [
        '[表](./files/form.pdf)',
        '[原文](../2024/base-news.md)',
        '[外面](../../policies/2024/files/base.pdf)',
        '[缺](./files/missing.docx)',
        '<a href="./files/form.pdf">表</a>',
      ].join('\n'),
      'attachments:\n  - file: ./files/form.pdf\n    title: 申请表\n',
      (dir) => writeFileSync(path.join(dir, 'articles/2025/files/form.pdf'), '%PDF-1.4\n'),
    );
    expect(out).toEqual([
      'error 12 正文链接 链接 ../2024/base-news.md 指向另一个内容文件；文件路径不是网址',
      'error 13 正文链接 链接 ../../policies/2024/files/base.pdf 指向本文件所在文件夹之外的文件',
      'error 14 正文链接 找不到文件 ./files/missing.docx',
      'error 15 正文链接 HTML 写法引用的文件 ./files/form.pdf 不会随网站发布',
    ]);
  });

  it('checks body images: present, an image type, with alt text', () => {
    const out = problemsFor(['![](./files/chart.png)', '![图表](./files/none.png)', '![图表](./files/chart.svg)'].join('\n'), '', (dir) => {
      writeFileSync(path.join(dir, 'articles/2025/files/chart.png'), 'png');
      writeFileSync(path.join(dir, 'articles/2025/files/chart.svg'), '<svg/>');
    });
    expect(out).toEqual([
      'warning 8 正文图片 图片 ./files/chart.png 没有替代文本，读屏软件用户无法知道图片内容',
      'error 9 正文图片 找不到文件 ./files/none.png',
      'error 10 正文图片 不允许的文件类型「.svg」：./files/chart.svg',
    ]);
  });

  it('warns while the template line of npm run new is still there', () => {
    expect(problemsFor(`第一段。\n${BODY_PLACEHOLDER}`)).toEqual(['warning 9 正文 正文仍是模板文字（npm run new 生成的占位内容还没有替换）']);
  });
});
