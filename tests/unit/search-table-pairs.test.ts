import { describe, expect, it } from 'vitest';
import { bodyText, transformForIndex } from '../../src/lib/search/index-html.ts';
import { tablesAsPairs } from '../../src/lib/search/tables.ts';
import { readableContent } from '../../src/lib/search/text.ts';

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><body><nav>首页</nav><article data-pagefind-body><h1>空气质量月报</h1>${body}</article></body></html>`;

describe('tables as 「表头：值」 pairs', () => {
  it('writes each body row as pairs under the <thead> headers', () => {
    const html = page(
      `<table class="data-table" id="t1"><caption>表：2025年10月各市空气质量</caption><thead><tr><th>城市</th><th>优良天数比例（%）</th><th>PM<sub>2.5</sub>（微克/立方米）</th></tr></thead>` +
        `<tbody><tr><th scope="row">淮安</th><td>92.8</td><td>55</td></tr><tr><th scope="row">宿迁</th><td>88.1</td><td>61</td></tr></tbody></table>`,
    );
    expect(bodyText(html)).toBe(
      '空气质量月报 表：2025年10月各市空气质量 城市： 淮安； 优良天数比例（%）： 92.8； PM2.5（微克/立方米）： 55。 城市： 宿迁； 优良天数比例（%）： 88.1； PM2.5（微克/立方米）： 61。',
    );
    // The table's attributes (but not its class) stay on the block that replaces it.
    expect(tablesAsPairs(html)).toContain(
      '<div id="t1"><p>表：2025年10月各市空气质量</p><p>城市： 淮安； 优良天数比例（%）： 92.8； PM2.5（微克/立方米）： 55。</p>',
    );
  });

  it('reads as 城市：淮安；… in an excerpt made from the index copy', () => {
    const html = page(
      '<table><thead><tr><th>城市</th><th>综合指数</th><th>同比</th></tr></thead><tbody><tr><td>淮安</td><td>4.12</td><td>↑3.9</td></tr></tbody></table>',
    );
    const indexed = transformForIndex(html);
    expect(indexed).toContain('<div><p> 城 市 ： 淮 安 ； 综 合 指 数 ： 4. \u206012； 同 比 ： ↑3. \u20609。</p>');
    // What Pagefind keeps of it (tags gone, a block dot after a block without punctuation) reads as pairs, a row a sentence.
    const content = '空 气 质 量 月 报. 城 市 ： 淮 安 ； 综 合 指 数 ： 4. \u206012； 同 比 ： ↑3. \u20609。';
    expect(readableContent(content).text).toBe('空气质量月报 城市：淮安；综合指数：4.12；同比：↑3.9。');
  });

  it('takes the first row as the header when there is no <thead>, and leaves empty cells out', () => {
    const html = page('<table><tr><td>断面</td><td>水质类别</td><td>备注</td></tr><tr><td>江州大桥</td><td>Ⅲ类</td><td></td></tr></table>');
    expect(bodyText(html)).toBe('空气质量月报 断面： 江州大桥； 水质类别： Ⅲ类。');
  });

  it('shows a row header under an empty corner without a label', () => {
    const html = page(
      '<table><thead><tr><th></th><th>2024年</th><th>2025年</th></tr></thead><tbody><tr><th>优良天数</th><td>301</td><td>310</td></tr></tbody></table>',
    );
    expect(bodyText(html)).toBe('空气质量月报 优良天数； 2024年： 301； 2025年： 310。');
  });

  it('takes a corner or a cell of no-break spaces alone as empty', () => {
    const html = page(
      '<table><thead><tr><th>&nbsp;</th><th>PM2.5</th><th>O<sub>3</sub></th></tr></thead><tbody><tr><th>淮安</th><td>&#160;</td><td>120</td></tr></tbody></table>',
    );
    expect(bodyText(html)).toBe('空气质量月报 淮安； O3： 120。');
  });

  it('takes the first row as the header when a stray <thead> comes further down', () => {
    const html = page('<table><tr><td>城市</td><td>PM2.5</td></tr><thead><tr><td>宿迁</td><td>55</td></tr></thead></table>');
    expect(bodyText(html)).toBe('空气质量月报 城市： 宿迁； PM2.5： 55。');
  });

  it('joins two header rows per column and expands colspan and rowspan', () => {
    const html = page(
      '<table><thead><tr><th rowspan="2">城市</th><th colspan="2">PM2.5（微克/立方米）</th></tr><tr><th>2024年</th><th>2025年</th></tr></thead>' +
        '<tbody><tr><td>淮安</td><td>35</td><td>32</td></tr><tr><td colspan="3">注：2025年为初步数据</td></tr></tbody></table>',
    );
    expect(bodyText(html)).toBe(
      '空气质量月报 城市： 淮安； PM2.5（微克/立方米） 2024年： 35； PM2.5（微克/立方米） 2025年： 32。 城市： 注：2025年为初步数据。',
    );
  });

  it('repeats a value spanning rows in each row', () => {
    const html = page(
      '<table><thead><tr><th>河流</th><th>断面</th><th>水质</th></tr></thead><tbody><tr><td rowspan="2">青溪</td><td>临安渡口</td><td>Ⅱ类</td></tr><tr><td>青溪口</td><td>劣Ⅴ类</td></tr></tbody></table>',
    );
    expect(bodyText(html)).toBe('空气质量月报 河流： 青溪； 断面： 临安渡口； 水质： Ⅱ类。 河流： 青溪； 断面： 青溪口； 水质： 劣Ⅴ类。');
  });

  it('does an inner table first and writes a table of one row as its cells', () => {
    const html = page('<table><tr><td>说明</td></tr><tr><td><table><tr><td>单位：吨</td><td>1.5万</td></tr></table></td></tr></table>');
    expect(bodyText(html)).toBe('空气质量月报 说明： 单位：吨； 1.5万。');
  });

  it('keeps a table inside a block left out of the index out of it', () => {
    const html = page('<section aria-labelledby="trio-heading"><table><tr><th>政策</th></tr><tr><td>某规定</td></tr></table></section><p>正文</p>');
    expect(bodyText(html)).toBe('空气质量月报 正文');
  });

  it('leaves a chart’s SVG and text hidden from screen readers out of the index', () => {
    const html = page(
      '<figure><figcaption>图：各市PM2.5</figcaption><p aria-hidden="true">图表较宽，请左右滑动查看 ⇆</p><svg role="img"><title>各市PM2.5</title><text x="1">0.00</text><line x1="0"/><text>淮安</text></svg></figure><p>淮安最高。</p>',
    );
    expect(bodyText(html)).toBe('空气质量月报 图：各市PM2.5 淮安最高。');
    expect(transformForIndex(html)).toContain('<svg data-pagefind-ignore role="img">');
    expect(transformForIndex(html)).toContain('<p data-pagefind-ignore aria-hidden="true">');
  });
});
