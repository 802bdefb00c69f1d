/**
 * Untrusted content: every way of sneaking script, foreign pages or inline styles into
 * a body is refused with a message naming what was found, and ordinary Markdown
 * (links, tables, code that merely shows markup) passes.
 */
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { findUnsafeMarkup, checkBodySafety } from '../../src/lib/content/safety.ts';

const md = (body: string) => findUnsafeMarkup(body, false);
const mdx = (body: string) => findUnsafeMarkup(body, true);
const messages = (body: string, isMdx = false) =>
  findUnsafeMarkup(body, isMdx)
    .map((f) => f.message)
    .join('\n');

describe('scripts', () => {
  it.each([
    ['<script>alert(1)</script>'],
    ['<SCRIPT>alert(1)</SCRIPT>'],
    ['< script>alert(1)</script>'.replace('< ', '<')],
    ['<ScRiPt src="https://evil.example/x.js"></ScRiPt>'],
    ['<script\n  src="https://evil.example/x.js">\n</script>'],
    ['<scr<script>ipt>alert(1)</script>'],
    ['<noscript><p>x</p></noscript>'],
  ])('%s is refused', (body) => {
    expect(md(body).length).toBeGreaterThan(0);
    expect(messages(body)).toMatch(/<(no)?script>/);
  });
});

describe('event handlers', () => {
  it.each([
    ['<img src=x onerror="alert(1)">', 'onerror'],
    ['<img src=x ONERROR=alert(1)>', 'ONERROR'],
    ['<svg onload=alert(1)>', 'onload'],
    ['<a href="/items/x/"\n   onmouseover="alert(1)">悬停</a>', 'onmouseover'],
    ['<div title="a>b" onclick="x()">', 'onclick'],
    ['<details open ontoggle=alert(1)>', 'ontoggle'],
  ])('%s names the attribute', (body, attr) => {
    expect(messages(body)).toContain(`事件属性 ${attr}`);
  });

  it.each(['<img/src="x"/onerror=alert(1)>', '<img/src=x/onerror=alert(1)>'])('%s is not a tag for CommonMark: it is shown as text, never run', (body) => {
    expect(md(body)).toEqual([]);
    const html = markdownToHtml(body).html;
    expect(html).toContain('&lt;img/src=');
    expect(html).not.toContain('<img');
  });

  it('gives the line of the tag, also for a tag spanning lines', () => {
    const findings = md('第一段。\n\n<a href="/items/x/"\n   onmouseover="alert(1)">悬停</a>');
    expect(findings[0]!.line).toBe(3);
  });

  it('maps body lines to file lines', () => {
    const problems = checkBodySafety('content/articles/2024/a.md', '正文。\n\n<img src=x onerror=alert(1)>', 9);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/articles/2024/a.md', line: 11, field: '正文', severity: 'error' })]);
  });
});

describe('javascript:, vbscript: and data: URLs', () => {
  it.each([
    ['[点此](javascript:alert(1))', 'javascript'],
    ['[点此](JaVaScRiPt:alert(1))', 'javascript'],
    ['[点此]( javascript:alert(1) )', 'javascript'],
    ['[点此](<javascript:alert(1)>)', 'javascript'],
    ['[点此](&#106;avascript:alert(1))', 'javascript'],
    ['[点此](&#x6A;avascript&colon;alert(1))', 'javascript'],
    ['[点此](java&#x09;script:alert(1))', 'javascript'],
    ['[点此][r]\n\n[r]: javascript:alert(1)', 'javascript'],
    ['<javascript:alert(1)>', 'javascript'],
    ["<a href = 'javascript:alert(1)'>点此</a>", 'javascript'],
    ['<a href="  JAVASCRIPT:alert(1)">点此</a>', 'javascript'],
    ['<a href="jav&#x61;script:alert(1)">点此</a>', 'javascript'],
    ['<a href="java\tscript:alert(1)">点此</a>', 'javascript'],
    ['<a href=javascript:alert(1)>点此</a>', 'javascript'],
    ['<a href="vbscript:msgbox(1)">点此</a>', 'vbscript'],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">点此</a>', 'data'],
    ['[点此](data:text/html,<script>alert(1)</script>)', 'data'],
    ['![图](data:image/svg+xml;base64,PHN2Zz4=)', 'data'],
  ])('%s is refused as %s:', (body, scheme) => {
    expect(messages(body)).toContain(`${scheme}: 地址`);
  });

  it('says which attribute carried it', () => {
    expect(messages("<a href = 'javascript:alert(1)'>点此</a>")).toContain('<a> 的 href 属性');
    expect(messages('<form action="javascript:alert(1)"></form>')).toContain('<form> 的 action 属性');
  });
});

describe('iframes and other embedding', () => {
  it('refuses an iframe from an unknown host and names the host', () => {
    expect(messages('<iframe src="https://video.example.com/embed/1"></iframe>')).toContain('来自「video.example.com」的 <iframe>');
    expect(messages('<IFRAME SRC="//evil.example/x"></IFRAME>')).toMatch(/<iframe>/);
  });
  it('refuses srcdoc and source-less iframes', () => {
    expect(messages('<iframe srcdoc="<script>alert(1)</script>"></iframe>')).toContain('srcdoc');
    expect(messages('<iframe></iframe>')).toContain('没有来源地址');
  });
  it.each(['object', 'embed', 'base', 'meta', 'link', 'form', 'svg', 'math', 'frameset', 'style'])('refuses <%s>', (tag) => {
    expect(messages(`<${tag} data="x">`)).toContain(`<${tag}>`);
  });
});

describe('inline styles (the CSP allows only the site’s stylesheets)', () => {
  it('refuses style attributes and <style> elements', () => {
    expect(messages('<span style="color:red">红字</span>')).toContain('style 属性');
    expect(messages('<style>body{display:none}</style>')).toContain('<style>');
  });
});

describe('HTML comments reach the page source', () => {
  it('are refused, so text meant to stay internal is not published', () => {
    expect(messages('正文。\n<!-- 内部意见 -->')).toContain('HTML 注释');
  });
});

describe('MDX', () => {
  it('allows the site’s own components with plain attributes', () => {
    expect(mdx('<Callout title="温馨提示">请注意。</Callout>\n\n<Figure caption="图1">![流程图](./files/a.png)</Figure>')).toEqual([]);
  });
  it('refuses import and export', () => {
    expect(messages("import X from './x.js';", true)).toContain('import 或 export');
    expect(messages('export const a = 1;', true)).toContain('import 或 export');
  });
  it('refuses other components, also ones that look like HTML in capitals', () => {
    expect(messages('<Chart data="x" />', true)).toContain('MDX 组件 <Chart> 不是本站提供的组件');
    expect(messages('<SCRIPT>alert(1)</SCRIPT>', true)).toContain('<script>');
  });
  it('refuses expressions anywhere, including attributes', () => {
    expect(messages('今年是 {new Date().getFullYear()} 年。', true)).toContain('{ } 表达式');
    expect(messages('<Callout title={alert(1)}>x</Callout>', true)).toContain('{ } 表达式');
    expect(messages('<a href={"javascript:alert(1)"}>x</a>', true)).toContain('{ } 表达式');
  });
  it('allows escaped braces', () => {
    expect(mdx('集合 \\{1, 2\\}。')).toEqual([]);
  });
  it('reports a component used in a .md file, where it would not render', () => {
    expect(messages('<Callout>x</Callout>')).toContain('只能在 .mdx 文件中使用');
  });
});

describe('ordinary content passes', () => {
  it.each([
    ['## 一、总则\n\n第一条 为规范管理，制定本办法。'],
    ['| 城市 | AQI |\n| --- | --- |\n| 江州 | 62 |'],
    ['详见[通知](/items/base-policy/)和[栏目](/columns/news/)，或访问[国务院](https://www.gov.cn/)。'],
    ['附件：[申请表](./files/shenqingbiao.pdf)'],
    ['电子邮箱：<xxgk@example.gov.cn>，网址 <https://www.gov.cn/>'],
    ['本文提到 javascript: 这个词，但不是链接。'],
    ['写法示例：`<script>alert(1)</script>` 不会执行。'],
    ['```html\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n```'],
    ['~~~~\n<iframe src="https://evil.example/"></iframe>\n~~~~'],
    ['价格 <b>上涨</b> 3%，a < b 且 c > d。'],
    ['<a href="https://www.gov.cn/" title="中国政府网">中国政府网</a>'],
  ])('%s', (body) => {
    expect(md(body)).toEqual([]);
  });
});
