import { describe, expect, it } from 'vitest';
import {
  compareShardKeys,
  firstShards,
  groupItems,
  isShardManifest,
  laterShards,
  SHARD_MIN_ITEMS,
  shardKey,
  shardModeFrom,
  shardPath,
  periodSpan,
  previousPeriod,
  shardYears,
  YEAR_MAX_PAGES,
  type ShardManifest,
} from '../../src/lib/search/shards.ts';
import { indexDocument, transformForIndex } from '../../src/lib/search/index-html.ts';

const manifest: ShardManifest = {
  version: 1,
  mode: 'year',
  primary: '2026',
  shards: [
    { key: '2026', path: '/pagefind/', pages: 30, bytes: 1 },
    { key: '2025', path: '/pagefind/2025/', pages: 20, bytes: 1 },
    { key: '2021', path: '/pagefind/2021/', pages: 10, bytes: 1 },
    { key: 'delta', path: '/pagefind/delta/', pages: 1, bytes: 1 },
  ],
};

describe('search shards', () => {
  it('groups items by publication year, newest first', () => {
    const items = [
      { slug: 'b', published: '2025-05-01' },
      { slug: 'a', published: '2026-01-02' },
      { slug: 'c', published: '2019-01-01' },
      { slug: 'd', published: '2026-12-31' },
    ];
    expect([...groupItems(items, 'year')]).toEqual([
      ['2026', ['a', 'd']],
      ['2025', ['b']],
      ['2019', ['c']],
    ]);
    expect([...groupItems(items, 'single')]).toEqual([['main', ['b', 'a', 'c', 'd']]]);
  });

  it('splits by year from SHARD_MIN_ITEMS items on, unless told, and names where each shard lives', () => {
    // 2,000 items over 2019—2026: 250 a year.
    const spread = (n: number, years = 8) => Array.from({ length: n }, (_, i) => ({ published: `${2019 + (i % years)}-05-01` }));
    expect(shardModeFrom(undefined, spread(SHARD_MIN_ITEMS - 1))).toBe('single');
    expect(shardModeFrom(undefined, spread(SHARD_MIN_ITEMS))).toBe('year');
    expect(shardModeFrom('auto', spread(9600))).toBe('year');
    expect(shardModeFrom('single', spread(20000))).toBe('single');
    expect(shardModeFrom('year', spread(10))).toBe('year');
    expect(shardModeFrom('quarter', spread(10))).toBe('quarter');
    expect(shardKey('year', '2024-03-01')).toBe('2024');
    expect(shardPath('2026', '2026')).toBe('/pagefind/');
    expect(shardPath('2024', '2026')).toBe('/pagefind/2024/');
    expect(['delta', '2019', 'main', '2026'].sort(compareShardKeys)).toEqual(['2026', '2019', 'main', 'delta']);
  });

  it('splits by quarter when a year holds more than YEAR_MAX_PAGES items', () => {
    const items = (year: string, n: number) => Array.from({ length: n }, () => ({ published: `${year}-03-01` }));
    // 1,200 in 2025 is not more than 1,200; one more is.
    expect(shardModeFrom(undefined, [...items('2025', 1200), ...items('2024', 900)])).toBe('year');
    expect(shardModeFrom('auto', [...items('2025', 1201), ...items('2024', 900)])).toBe('quarter');
    expect(YEAR_MAX_PAGES).toBe(1200);
    // 13 years of quarters are 52 shards, as many as the gram table can name; 14 years are
    // too many: year shards, whose tables still work.
    // Years of 1,204 items, 301 in each quarter (January, April, July, October).
    const years = (from: number, n: number) =>
      Array.from({ length: n * 4 * 301 }, (_, i) => ({ published: `${from + Math.floor(i / 1204)}-${['01', '04', '07', '10'][Math.floor(i / 301) % 4]}-15` }));
    expect(shardModeFrom(undefined, years(2014, 13))).toBe('quarter');
    expect(shardModeFrom(undefined, years(2013, 14))).toBe('year');
    expect(shardKey('quarter', '2026-01-01')).toBe('2026q1');
    expect(shardKey('quarter', '2026-03-31')).toBe('2026q1');
    expect(shardKey('quarter', '2026-04-01')).toBe('2026q2');
    expect(shardKey('quarter', '2026-09-30')).toBe('2026q3');
    expect(shardKey('quarter', '2026-12-31')).toBe('2026q4');
    expect(['2025q4', 'delta', '2026q1', '2025q1', '2026q4'].sort(compareShardKeys)).toEqual(['2026q4', '2026q1', '2025q4', '2025q1', 'delta']);
    expect([
      ...groupItems(
        [
          { slug: 'a', published: '2026-11-02' },
          { slug: 'b', published: '2026-02-28' },
          { slug: 'c', published: '2026-10-01' },
        ],
        'quarter',
      ),
    ]).toEqual([
      ['2026q4', ['a', 'c']],
      ['2026q1', ['b']],
    ]);
    expect(previousPeriod('2026q1')).toBe('2025q4');
    expect(previousPeriod('2026q3')).toBe('2026q2');
    expect(previousPeriod('2026')).toBe('2025');
    expect(previousPeriod('delta')).toBeUndefined();
  });

  it('says the time of quarter shards as a reader reads it, as whole years where it can', () => {
    const q = (...keys: string[]) => periodSpan(keys.map((key) => ({ key })));
    expect(q('2026q4')).toBe('2026 年第四季度');
    expect(q('2026q4', 'delta')).toBe('2026 年第四季度');
    expect(q('2026q1', '2026q3')).toBe('2026 年第一季度至第三季度');
    expect(q('2026q3', '2026q1', '2026q2', '2026q4')).toBe('2026 年');
    expect(q('2025q4', '2026q1')).toBe('2025 年第四季度至 2026 年第一季度');
    expect(q('2019q1', '2023q2', '2026q3')).toBe('2019 年至 2026 年第三季度');
    expect(q('2019q2', '2026q4')).toBe('2019 年第二季度至 2026 年');
    expect(q('2019q1', '2026q4')).toBe('2019—2026 年');
    expect(shardYears([{ key: '2026q3' }, { key: '2025q1' }, { key: 'delta' }, { key: '2026q1' }])).toEqual(['2026', '2025']);
  });

  it('takes the quarter before into the first scope while the newest quarter is thin, and any period newer than the primary', () => {
    const quarters: ShardManifest = {
      version: 1,
      mode: 'quarter',
      primary: '2027q1',
      shards: [
        { key: '2027q1', path: '/pagefind/', pages: 40, bytes: 1 },
        { key: '2026q4', path: '/pagefind/2026q4/', pages: 600, bytes: 1 },
        { key: '2026q3', path: '/pagefind/2026q3/', pages: 650, bytes: 1 },
      ],
    };
    expect(firstShards(quarters).map((s) => s.key)).toEqual(['2027q1', '2026q4']);
    expect(laterShards(quarters).map((s) => s.key)).toEqual(['2026q3']);
    const february: ShardManifest = { ...quarters, shards: quarters.shards.map((s) => (s.key === '2027q1' ? { ...s, pages: 150 } : s)) };
    expect(firstShards(february).map((s) => s.key)).toEqual(['2027q1']);
    // A publish with --search shard put a new quarter beside the primary (2026q4): searched first too.
    const added: ShardManifest = {
      ...quarters,
      primary: '2026q4',
      shards: quarters.shards.map((s) => ({ ...s, path: s.key === '2026q4' ? '/pagefind/' : `/pagefind/${s.key}/` })),
    };
    expect(firstShards(added).map((s) => s.key)).toEqual(['2027q1', '2026q4']);
    expect(laterShards(added).map((s) => s.key)).toEqual(['2026q3']);
  });

  it('asks the newest year and the delta first, the other years later', () => {
    expect(firstShards(manifest).map((s) => s.key)).toEqual(['2026', 'delta']);
    expect(laterShards(manifest).map((s) => s.key)).toEqual(['2025', '2021']);
    expect(periodSpan(laterShards(manifest))).toBe('2021—2025 年');
    expect(periodSpan(manifest.shards.slice(1, 2))).toBe('2025 年');
    expect(periodSpan([])).toBe('');
  });

  it('takes the year before into the first scope while the newest year is thin (under a quarter of it)', () => {
    const january: ShardManifest = { ...manifest, shards: manifest.shards.map((s) => (s.key === '2026' ? { ...s, pages: 4 } : s)) };
    expect(firstShards(january).map((s) => s.key)).toEqual(['2026', '2025', 'delta']);
    expect(laterShards(january).map((s) => s.key)).toEqual(['2021']);
    // 5 of 20 is a quarter: not thin.
    const april: ShardManifest = { ...manifest, shards: manifest.shards.map((s) => (s.key === '2026' ? { ...s, pages: 5 } : s)) };
    expect(firstShards(april).map((s) => s.key)).toEqual(['2026', 'delta']);
    // Only the year just before counts (2025 has no shard here: nothing is added).
    const gap: ShardManifest = { ...manifest, shards: manifest.shards.filter((s) => s.key !== '2025').map((s) => (s.key === '2026' ? { ...s, pages: 1 } : s)) };
    expect(firstShards(gap).map((s) => s.key)).toEqual(['2026', 'delta']);
  });

  it('accepts only well-formed manifests', () => {
    expect(isShardManifest(manifest)).toBe(true);
    expect(isShardManifest({ ...manifest, version: 2 })).toBe(false);
    expect(isShardManifest({ ...manifest, mode: 'quarter' })).toBe(true);
    expect(isShardManifest({ ...manifest, mode: 'month' })).toBe(false);
    expect(isShardManifest({ ...manifest, shards: [{ key: 'x', path: 'https://evil.example/', pages: 1, bytes: 1 }] })).toBe(false);
    expect(isShardManifest({ ...manifest, supersedes: [1] })).toBe(false);
    expect(isShardManifest({ ...manifest, replaces: { a: 'b' } })).toBe(true);
    expect(isShardManifest({ ...manifest, replaces: { a: 1 } })).toBe(false);
    expect(isShardManifest(null)).toBe(false);
  });
});

describe('indexDocument', () => {
  const page =
    '<!DOCTYPE html><html lang="zh-CN"><head><title>t</title></head><body><header><nav><a href="/">首页</a></nav></header>' +
    '<main><article data-pagefind-body class="doc" data-astro-cid-abc><div hidden data-pagefind-meta="title[data-title]" data-title="标题"></div>' +
    '<h1 class="x">环境<b>保护</b></h1><article><p>内层</p></article><p data-astro-cid-def>正文</p></article><aside>无关</aside></main>' +
    '<footer>页脚 江州</footer></body></html>';

  it('keeps only the indexed element, without Astro scoping attributes or classes', () => {
    const doc = indexDocument(page);
    expect(doc).toContain('<article data-pagefind-body><div hidden data-pagefind-meta="title[data-title]" data-title="标题"></div>');
    expect(doc).toContain('<article><p>内层</p></article><p>正文</p></article></body>');
    expect(doc).not.toMatch(/首页|无关|页脚|data-astro-cid|class=/);
  });

  it('leaves a page without an indexed element as it is', () => {
    const plain = '<html><body><p>x</p></body></html>';
    expect(indexDocument(plain)).toBe(plain);
  });

  it('gives Pagefind the same words as the whole page would', () => {
    const words = (html: string) =>
      transformForIndex(html)
        .replace(/<[^>]+>/g, ' ')
        .split(/\s+/)
        .filter(Boolean);
    const whole = words(page);
    const doc = words(indexDocument(page));
    const start = whole.indexOf('环');
    expect(doc).toEqual(whole.slice(start, whole.indexOf('无')));
  });
});
