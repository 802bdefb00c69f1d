import { describe, expect, it } from 'vitest';
import { scopeNoticeText, statusText } from '../../src/lib/search/status.ts';

describe('search status: counts say what was searched', () => {
  it("only the newest year searched: the count is that year's and the other years are named as not searched", () => {
    expect(statusText({ query: '空气质量', count: 23, shown: 10, searched: '2026 年', unsearched: '2019—2025 年' })).toBe(
      '在 2026 年发布的信息中找到 23 条包含“空气质量”的信息，已显示前 10 条；2019—2025 年的信息尚未检索。',
    );
  });

  it('a document found by its 文号 in a year not searched is counted apart', () => {
    expect(statusText({ query: '江环规〔2024〕3号', count: 3, shown: 3, searched: '2025—2026 年', unsearched: '2019—2024 年', elsewhere: 1 })).toBe(
      '在 2025—2026 年发布的信息中找到 2 条包含“江环规〔2024〕3号”的信息，另按文号或索引号找到 1 条，已显示前 3 条；2019—2024 年的信息尚未检索。',
    );
    // Every year that can hold it searched: one plain total.
    expect(statusText({ query: '江环规〔2024〕3号', count: 1, shown: 1, elsewhere: 1 })).toBe('找到 1 条包含“江环规〔2024〕3号”的信息，已显示前 1 条。');
  });

  it('a 文号 answered from the number table says only its documents are shown', () => {
    expect(statusText({ query: '江环规〔2024〕3号', count: 1, shown: 1, numbersOnly: true, searched: '2026 年', unsearched: '2019—2025 年' })).toBe(
      '找到 1 条文号或索引号为“江环规〔2024〕3号”的信息，已显示前 1 条；提及它的其他信息尚未检索。',
    );
    expect(scopeNoticeText('', '', true)).toBe('以下是文号或索引号完全一致的信息，提及它的其他信息尚未检索。');
  });

  it('every year searched: the plain total', () => {
    expect(statusText({ query: '空气质量', count: 4953, shown: 10 })).toBe('找到 4953 条包含“空气质量”的信息，已显示前 10 条。');
  });

  it('a searched year without unsearched ones is not partial', () => {
    expect(statusText({ query: '华新', count: 3, shown: 3, searched: '2026 年' })).toBe('找到 3 条包含“华新”的信息，已显示前 3 条。');
  });

  it('filters only, partial', () => {
    expect(statusText({ query: '', count: 12, shown: 10, filters: '栏目 行政处罚', searched: '2026 年', unsearched: '2025 年' })).toBe(
      '在 2026 年发布的信息中共 12 条信息符合筛选条件（筛选：栏目 行政处罚），已显示前 10 条；2025 年的信息尚未检索。',
    );
  });

  it('too many results to rank: says they are in date order and why', () => {
    expect(statusText({ query: '生态环境', count: 4990, shown: 10, datedForSize: true, rankLimit: 3000 })).toBe(
      '找到 4990 条包含“生态环境”的信息，已显示前 10 条。结果超过 3000 条，无法按相关度排序，已按发布日期排列（新的在前）；增加关键词或筛选条件后可按相关度排列。',
    );
  });

  it('date order asked for: no reason needed', () => {
    expect(statusText({ query: '生态环境', count: 4990, shown: 20, byDate: true, datedForSize: false })).toBe(
      '找到 4990 条包含“生态环境”的信息，按发布日期排列，已显示前 20 条。',
    );
  });

  it('the scope notice names the years and gives no count', () => {
    expect(scopeNoticeText('2026 年', '2019—2025 年')).toBe('以下只是 2026 年发布的信息中的结果，2019—2025 年的信息尚未检索。');
  });
});
