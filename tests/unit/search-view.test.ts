import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, parseState, sameState, stateToSearch, toPagefindFilters, activeFilterCount } from '../../src/lib/search/state.ts';
import { buildExcerpt, excerptHtml, findMatches, highlightTitle } from '../../src/lib/search/excerpt.ts';
import { intersectOrdered, localScore, rerank } from '../../src/lib/search/rank.ts';
import { matchForm } from '../../src/lib/search/text.ts';

describe('URL state', () => {
  it('reads every filter, the query and the sort from the URL', () => {
    const s = parseState('?q=%E5%8D%8E%E6%96%B0&column=行政处罚&kind=公开信息&year=2026&publisher=江南省生态环境厅&validity=有效&sort=date&x=1');
    expect(s).toEqual({
      q: '华新',
      filters: { column: '行政处罚', kind: '公开信息', year: '2026', publisher: '江南省生态环境厅', validity: '有效' },
      sort: 'date',
    });
  });

  it('ignores empty values and unknown sorts', () => {
    expect(parseState('q=&column=&sort=title')).toEqual(EMPTY_STATE);
  });

  it('round-trips in a fixed key order', () => {
    const url = '?q=%E7%A9%BA%E6%B0%94+%E8%B4%A8%E9%87%8F&kind=%E6%94%BF%E7%AD%96%E6%96%87%E4%BB%B6&year=2024&sort=date';
    const s = parseState(url);
    expect(stateToSearch(s)).toBe(url);
    expect(parseState(stateToSearch(s))).toEqual(s);
    // Order of parameters in the incoming URL does not matter.
    expect(stateToSearch(parseState('sort=date&year=2024&kind=政策文件&q=空气 质量'))).toBe(url);
    expect(stateToSearch(EMPTY_STATE)).toBe('');
  });

  it('compares states and maps filters for Pagefind', () => {
    expect(sameState(parseState('q=a&kind=b'), parseState('kind=b&q=a'))).toBe(true);
    expect(sameState(parseState('q=a'), parseState('q=a&sort=date'))).toBe(false);
    const s = parseState('q=a&kind=b&validity=有效');
    expect(toPagefindFilters(s)).toEqual({ kind: 'b', validity: '有效' });
    expect(activeFilterCount(s)).toBe(2);
  });
});

describe('excerpts and highlighting', () => {
  const text =
    '江州华新化工有限公司行政处罚决定书 索引号 11990000MB1234560X/2026-00018 发布机构 江南省生态环境厅 ' +
    '江州华新化工有限公司挥发性有机物超标排放，罚款52万元。当事人基本情况：江州华新化工有限公司，地址江南省江州市湖滨区。';
  const title = '江州华新化工有限公司行政处罚决定书';

  it('finds every occurrence, longest part first, without overlaps', () => {
    expect(findMatches('华新化工和华新', ['华新', '华新化工'])).toEqual([
      [0, 4],
      [5, 7],
    ]);
    // Folded matching: brackets and width do not matter, the original text is kept.
    expect(findMatches('见江环规（2024）2号', [matchForm('江环规[2024]2号')])).toEqual([[1, 12]]);
  });

  it('shows the start of the document, not its 文号 line, when only the 文号 matches', () => {
    const t = '江环罚〔2026〕18号 11990000MB1234560X/2026-00018 当事人江州华新化工有限公司超标排放。';
    const e = buildExcerpt(t, [matchForm('江环罚[2026]18号')], '', t.indexOf('当事人'));
    expect(excerptHtml(e)).toBe('当事人江州华新化工有限公司超标排放。');
  });

  it('centres on the first match after the metadata, not on the title', () => {
    const bodyStart = text.indexOf('江州华新化工有限公司挥发性');
    const e = buildExcerpt(text, ['华新'], title, bodyStart);
    // The document's text begins there: the excerpt starts with it, without "…".
    expect(e.cutStart).toBe(false);
    expect(e.segments.find((s) => s.hit)?.text).toBe('华新');
    expect(excerptHtml(e)).toMatch(/^江州<mark>华新<\/mark>化工有限公司挥发性有机物/);
    expect(excerptHtml(e).match(/<mark>/g)!.length).toBeGreaterThanOrEqual(2);
  });

  it('starts at the beginning of the sentence when it is near', () => {
    const t = '第一句话说的是别的事情，与查询无关。第二句讲大气污染防治，这里提到臭氧浓度。第三句。';
    const e = buildExcerpt(t, ['臭氧']);
    expect(excerptHtml(e)).toBe('…第二句讲大气污染防治，这里提到<mark>臭氧</mark>浓度。第三句。');
  });

  it('shows every word of a two-word query where the page has them close together', () => {
    const filler = '其他内容'.repeat(30);
    const t = `空气质量总体稳定。${filler}。2025年空气质量优良天数比例为90%。`;
    const e = buildExcerpt(t, ['空气质量', '2025']);
    const marks = [...excerptHtml(e).matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);
    expect(marks).toEqual(['2025', '空气质量']);
    expect(excerptHtml(e)).toBe('…<mark>2025</mark>年<mark>空气质量</mark>优良天数比例为90%。');
  });

  it('falls back to the first match after the title without a body mark', () => {
    const e = buildExcerpt(text, ['湖滨区'], title);
    expect(excerptHtml(e)).toContain('<mark>湖滨区</mark>');
  });

  it('escapes HTML and never marks non-matches', () => {
    const e = buildExcerpt('a<b>&c 华新', ['华新']);
    expect(excerptHtml(e)).toBe('a&lt;b&gt;&amp;c <mark>华新</mark>');
    expect(buildExcerpt('没有匹配', ['华新']).segments.every((s) => !s.hit)).toBe(true);
  });

  it('highlights the title', () => {
    expect(highlightTitle(title, ['华新'])).toEqual([
      { text: '江州', hit: false },
      { text: '华新', hit: true },
      { text: '化工有限公司行政处罚决定书', hit: false },
    ]);
  });
});

describe('ranking', () => {
  it('intersects lists in the order of the first', () => {
    expect(
      intersectOrdered([
        ['a', 'b', 'c'],
        ['c', 'a'],
        ['a', 'c', 'd'],
      ]),
    ).toEqual(['a', 'c']);
    expect(intersectOrdered([])).toEqual([]);
  });

  it('scores a page from its own text: title first, then frequency relative to length', () => {
    const inTitle = localScore('华新化工 处罚决定', '江州华新化工处罚决定书', ['华新']);
    const often = localScore('华新 华新 华新 其他', '通报', ['华新']);
    const once = localScore(`华新 ${'其他'.repeat(200)}`, '通报', ['华新']);
    expect(inTitle).toBeGreaterThan(often);
    expect(often).toBeGreaterThan(once);
    expect(localScore('没有', '标题', ['华新'])).toBe(0);
  });

  it('orders the exact set by ranking scores, pinned first, unknown scores last', () => {
    const scores = new Map([
      ['a', 1],
      ['b', 5],
      ['c', 3],
    ]);
    expect(rerank(['a', 'b', 'c', 'x'], scores)).toEqual(['b', 'c', 'a', 'x']);
    expect(rerank(['a', 'b', 'c', 'x'], scores, ['a'])).toEqual(['a', 'b', 'c', 'x']);
    expect(rerank(['a', 'b'], scores, ['zz'])).toEqual(['b', 'a']);
  });
});
