import { describe, expect, it } from 'vitest';
import {
  setShardGrams,
  andMask,
  bucketCountFor,
  bucketOf,
  candidateKeys,
  fourFiles,
  fourFilter,
  fourMayHold,
  gramTable,
  isGramInfo,
  longFile,
  longKey,
  longName,
  queryGrams,
  queryLongGrams,
  textGrams,
  textLongGrams,
} from '../../src/lib/search/grams.ts';
import { ENTRY_TEXT, entryKeys, entryPasses, numberEntry, numberTable, type NumberEntry } from '../../src/lib/search/numbers.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { BODY_MARK } from '../../src/lib/search/text.ts';

describe('gram table: which shards can hold a query', () => {
  it('takes every run of two and three adjacent characters, none with whitespace', () => {
    expect([...textGrams('环境 pm2.5')].sort()).toEqual(['.5', '2.', '2.5', 'm2', 'm2.', 'pm', 'pm2', '环境'].sort());
    expect([...textGrams('水')]).toEqual([]);
  });

  it('looks up the trigrams of a part of three characters or more, the bigram of a part of two', () => {
    expect(queryGrams(parseQuery('空气质量 PM2.5').parts).sort()).toEqual(['空气质', '气质量', 'pm2', 'm2.', '2.5'].sort());
    expect(queryGrams(parseQuery('环境 环境保护').parts).sort()).toEqual(['环境', '环境保', '境保护'].sort());
    // A part of one character constrains nothing.
    expect(queryGrams(parseQuery('水').parts)).toEqual([]);
  });

  it('keys a 文号 whole, with the last characters before it (up to eight), so a 文号 query needs one key', () => {
    const g = textGrams('依据江环办〔2022〕18号');
    for (const k of ['〔2022〕18号', '办〔2022〕18号', '环办〔2022〕18号', '江环办〔2022〕18号', '据江环办〔2022〕18号', '依据江环办〔2022〕18号'])
      expect(g.has(k), k).toBe(true);
    expect(g.has('江环办〔2022〕1号')).toBe(false);
    expect(queryGrams(parseQuery('江环办[2022]018号').parts)).toContain('江环办〔2022〕18号');
    // A longer run before the brackets: its last eight characters, which the text has too.
    expect(queryGrams(['关于印发省生态环境厅办〔2022〕18号'])).toContain('发省生态环境厅办〔2022〕18号');
    const long = textGrams('关于印发省生态环境厅办〔2022〕18号');
    expect(long.has('发省生态环境厅办〔2022〕18号')).toBe(true);
    expect(long.has('印发省生态环境厅办〔2022〕18号')).toBe(false);
  });

  it('puts a key in a file by its FNV-1a hash (same in Node and browsers)', () => {
    // Published FNV-1a 32-bit test vectors: "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(bucketOf('a', 1000)).toBe(0xe40c292c % 1000);
    expect(bucketOf('foobar', 1000)).toBe(0xbf9cf968 % 1000);
    expect(bucketOf('foobar', 1)).toBe(0);
  });

  it('uses a power of two files of about 128 entries', () => {
    expect([0, 128, 129, 1000, 20000].map((n) => bucketCountFor(n))).toEqual([1, 1, 2, 8, 256]);
    expect(bucketCountFor(9, 4)).toBe(4);
  });

  it('gives each bigram the mask of the shards holding it', () => {
    const t = gramTable(
      new Map([
        ['2026', new Set(['环境', '境保'])],
        ['2025', new Set(['环境', '排污'])],
      ]),
    )!;
    expect(t.info).toEqual({ buckets: 1, keys: ['2026', '2025'] });
    expect([...t.files]).toEqual([[0, { 境保: 1, 排污: 2, 环境: 3 }]]);
    expect(gramTable(new Map(Array.from({ length: 53 }, (_, i) => [String(i), new Set<string>()])))).toBeUndefined();
  });

  it('keeps the shards that hold every bigram; none when a bigram is nowhere; all when there is no bigram', () => {
    const info = { buckets: 1, keys: ['2026', '2025', '2024'] };
    expect([...candidateKeys(info, [3, 1])]).toEqual(['2026']);
    expect([...candidateKeys(info, [6, 7])]).toEqual(['2025', '2024']);
    expect([...candidateKeys(info, [7, undefined])]).toEqual([]);
    expect([...candidateKeys(info, [])]).toEqual(['2026', '2025', '2024']);
  });

  it('gives a re-indexed shard exactly its bigrams (publish): added, cleared, dropped when in no shard', () => {
    const info = { buckets: 1, keys: ['2026', '2025'] };
    const files = new Map([[0, { 环境: 1, 机密: 2, 公开: 3 }]]);
    expect([...setShardGrams(info, files, '2025', ['环境', '华新'])!]).toEqual([[0, { 环境: 3, 公开: 1, 华新: 2 }]]);
    expect(setShardGrams(info, files, '2019', ['环境'])).toBeUndefined();
    expect(files.get(0)).toEqual({ 环境: 1, 机密: 2, 公开: 3 });
  });

  it('keys each run of four characters by its two trigrams, in the file of the first', () => {
    expect([...textLongGrams('东阳瑞丰 电镀')]).toEqual([longKey('东阳瑞', '阳瑞丰')]);
    expect(textLongGrams('瑞丰电').size).toBe(0);
    expect(queryLongGrams(parseQuery('东阳瑞丰电镀 环境').parts)).toEqual([
      longKey('东阳瑞', '阳瑞丰'),
      longKey('阳瑞丰', '瑞丰电'),
      longKey('瑞丰电', '丰电镀'),
    ]);
    const k = longKey('东阳瑞', '阳瑞丰');
    expect(k).not.toBe(longKey('阳瑞丰', '东阳瑞'));
    for (const buckets of [1, 8, 1024]) expect(longFile(k, buckets)).toBe(bucketOf('东阳瑞', buckets));
    expect(longName(k).startsWith('+')).toBe(true);
  });

  it('keeps a 4-gram only when it rules out a shard its trigrams do not; a missing one constrains nothing', () => {
    // 2026 has a company 东阳瑞丰化工 and a 瑞丰电镀厂; 2025 the company 东阳瑞丰电镀.
    const a = '东阳瑞丰化工 瑞丰电镀厂';
    const b = '东阳瑞丰电镀';
    const t = gramTable(
      new Map([
        ['2026', textGrams(a)],
        ['2025', textGrams(b)],
      ]),
      new Map([
        ['2026', textLongGrams(a)],
        ['2025', textLongGrams(b)],
      ]),
    )!;
    const file = t.files.get(0)!;
    // Every trigram of 东阳瑞丰电镀 is in both years…
    expect([file['东阳瑞'], file['阳瑞丰'], file['瑞丰电'], file['丰电镀']]).toEqual([3, 3, 3, 3]);
    // …but 阳瑞丰电 only in 2025: the one 4-gram kept. 东阳瑞丰 and 瑞丰电镀 are in both, as their trigrams say.
    const long = Object.keys(file).filter((k) => k.startsWith('+'));
    expect(long).toEqual([longName(longKey('阳瑞丰', '瑞丰电'))]);
    expect(file[long[0]!]).toBe(2);
    const masks = queryLongGrams(['东阳瑞丰电镀']).map((k) => file[longName(k)]);
    expect(masks.filter((m) => m !== undefined)).toEqual([2]);
    expect([...candidateKeys(t.info, [3, 3, 3, 3, 2])]).toEqual(['2025']);
    expect(andMask(2 ** 40 + 5, 2 ** 40 + 2 ** 30 + 4)).toBe(2 ** 40 + 4);
  });

  it("publish sets a re-indexed shard's bit on the 4-grams already listed, and adds none", () => {
    const info = { buckets: 1, keys: ['2026', '2025'] };
    const kept = longName(longKey('阳瑞丰', '瑞丰电'));
    const files = new Map([[0, { 阳瑞丰: 3, 瑞丰电: 3, [kept]: 2 }]]);
    const next = setShardGrams(info, files, '2026', ['阳瑞丰', '瑞丰电'], [longKey('阳瑞丰', '瑞丰电'), longKey('东阳瑞', '阳瑞丰')])!;
    expect(next.get(0)).toEqual({ 阳瑞丰: 3, 瑞丰电: 3, [kept]: 3 });
    // The only shard that had it no longer does: the entry goes, its trigrams speak for it.
    expect(setShardGrams(info, files, '2025', ['阳瑞丰', '瑞丰电'], [])!.get(0)).toEqual({ 阳瑞丰: 3, 瑞丰电: 3 });
  });

  it('a 4-gram filter per shard and file: never a false negative, few false positives', () => {
    const present = Array.from({ length: 200 }, (_, i) => longKey(`甲${i}乙`, `${i}乙丙`));
    const f = fourFilter(present);
    for (const k of present) expect(fourMayHold(f, k)).toBe(true);
    const absent = Array.from({ length: 2000 }, (_, i) => longKey(`丁${i}戊`, `${i}戊己`));
    const false_ = absent.filter((k) => fourMayHold(f, k)).length;
    expect(false_ / absent.length).toBeLessThan(0.03);
    // At least 64 bits, a power of two, about 8 bits a 4-gram.
    expect(atob(fourFilter([])).length).toBe(8);
    expect(atob(f).length).toBe(256);
  });

  it('rules out 东阳瑞丰电镀 on a shard that has 东阳瑞丰 and 瑞丰电镀 apart, by the files of the first trigrams', () => {
    const a = '东阳瑞丰化工 瑞丰电镀厂';
    const b = '东阳瑞丰电镀';
    const files = fourFiles(
      4,
      new Map([
        ['2026', textLongGrams(a)],
        ['2025', textLongGrams(b)],
      ]),
    );
    const mayHold = (shard: string, q: string) =>
      queryLongGrams([q]).every((k) => {
        const f = files.get(longFile(k, 4))?.[shard];
        return f !== undefined && fourMayHold(f, k);
      });
    expect(mayHold('2025', '东阳瑞丰电镀')).toBe(true);
    expect(mayHold('2026', '东阳瑞丰电镀')).toBe(false);
    expect(mayHold('2026', '瑞丰电镀')).toBe(true);
    // Publish: a shard's filters are replaced, in every file (none of its old 4-grams stays).
    fourFiles(4, new Map([['2025', textLongGrams('环境保护')]]), files);
    expect(mayHold('2025', '东阳瑞丰电镀')).toBe(false);
    expect(mayHold('2025', '环境保护')).toBe(true);
    expect(mayHold('2026', '瑞丰电镀')).toBe(true);
  });

  it('accepts only a well-formed description', () => {
    expect(isGramInfo({ buckets: 8, keys: ['2026'] })).toBe(true);
    expect(isGramInfo({ buckets: 0, keys: [] })).toBe(false);
    expect(isGramInfo({ buckets: 8, keys: [2026] })).toBe(false);
    expect(isGramInfo({ buckets: 8, keys: ['2026'], fours: true })).toBe(true);
    expect(isGramInfo({ buckets: 8, keys: ['2026'], fours: 1 })).toBe(false);
  });
});

describe('number table: a document by its 文号 or 索引号', () => {
  const fragment = {
    url: '/items/policy-2024-00031/',
    content: `pfsyabc 江 环 规 〔 2024 〕 3 号 ${BODY_MARK} ${'正 文 '.repeat(400)}`,
    meta: { title: '关于印发某办法的通知', docNumber: '江环规[2024]03号', indexNumber: '11990000mb1234560x/2024-00031', date: '2024-03-01' },
    filters: { year: ['2024'], column: ['政策文件'] },
  };

  it('is keyed by the canonical numbers', () => {
    expect(entryKeys(fragment.meta)).toEqual(['wh:江环规〔2024〕3号', 'sy:11990000MB1234560X/2024-00031']);
    expect(entryKeys({ title: '无文号' })).toEqual([]);
  });

  it('keeps what the result shows, the text cut after the start of the document', () => {
    const e = numberEntry('abc123', '2024', fragment);
    expect(e).toMatchObject({ id: 'abc123', shard: '2024', url: '/items/policy-2024-00031/', meta: fragment.meta, filters: fragment.filters });
    const head = `pfsyabc 江 环 规 〔 2024 〕 3 号 ${BODY_MARK}`;
    expect(e.content.startsWith(head)).toBe(true);
    expect(e.content.length).toBe(head.length + ENTRY_TEXT * 2);
  });

  it('groups entries into files by key', () => {
    const e = numberEntry('abc123', '2024', fragment);
    const t = numberTable([{ keys: entryKeys(fragment.meta), entry: e }]);
    expect(t.info).toEqual({ buckets: 1 });
    expect(t.files.get(0)).toEqual({ 'wh:江环规〔2024〕3号': [e], 'sy:11990000MB1234560X/2024-00031': [e] });
  });

  it('an entry passes the filters its page passes', () => {
    const e: NumberEntry = numberEntry('abc123', '2024', fragment);
    expect(entryPasses(e, {})).toBe(true);
    expect(entryPasses(e, { year: '2024', column: '政策文件' })).toBe(true);
    expect(entryPasses(e, { year: '2025' })).toBe(false);
    expect(entryPasses(e, { validity: '有效' })).toBe(false);
  });
});
