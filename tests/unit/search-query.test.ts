import { describe, expect, it } from 'vitest';
import {
  canonicalDocNumber,
  canonicalIndexNumber,
  normaliseQuery,
  numberToken,
  parseQuery,
  partTerms,
  pieces,
  rankingTerm,
} from '../../src/lib/search/query.ts';
import { cleanContent, compactHan, containsAll, isolateHan, matchForm, readableContent } from '../../src/lib/search/text.ts';

describe('text normalisation', () => {
  it('isolates Han characters and the 〔〕 of a 文号, and undoes it', () => {
    expect(isolateHan('江环规〔2024〕3号')).toBe('江 环 规 〔 2024 〕 3 号');
    expect(isolateHan('PM2.5浓度')).toBe('PM2.5 浓 度');
    expect(isolateHan('Pagefind index')).toBe('Pagefind index');
    expect(compactHan('江 环 规 〔 2024 〕 3 号')).toBe('江环规〔2024〕3号');
  });

  it('compares text and query in the same form', () => {
    expect(matchForm('第一部分 总则')).toBe('第一部分总则');
    expect(containsAll('细颗粒物（PM2.5）年均浓度', [matchForm('pm2.5'), matchForm('年均')])).toBe(true);
    expect(containsAll('江环规〔2024〕13号', [matchForm('江环规〔2024〕3号')])).toBe(false);
    expect(containsAll('水质为Ⅲ类，劣Ⅴ类为0', [matchForm('III类'), matchForm('劣V类')])).toBe(true);
    // The index copy's breaks after punctuation inside a token are not part of the text.
    expect(matchForm('PM2. \u20605 浓 度')).toBe('pm2.5浓度');
  });

  it('makes Pagefind content readable again', () => {
    const content = 'pfwhabcdefghijklmn 江\u200B 州\u200B 华\u200B 新.\u200B 有 效 性 pfbodymark 采 用 “ 违 法 行 为 ” 31.5 微 克 / 立 方 米';
    const { text, bodyStart } = readableContent(content);
    expect(text).toBe('江州华新 有效性 采用“违法行为”31.5微克/立方米');
    expect(text.slice(bodyStart)).toBe('采用“违法行为”31.5微克/立方米');
    expect(cleanContent('江 州')).toBe('江州');
  });
});

describe('query parsing', () => {
  it('normalises what was typed for display', () => {
    expect(normaliseQuery('  “华新”   化工 ')).toBe('华新 化工');
    // Kept as typed (the box is not rewritten): matching uses the shared form.
    expect(normaliseQuery('ＰＭ２.５')).toBe('ＰＭ２.５');
    expect(normaliseQuery(' 劣Ⅴ类 ')).toBe('劣Ⅴ类');
    expect(parseQuery('劣Ⅴ类').parts).toEqual(['劣v类']);
    expect(parseQuery('ＰＭ₂.₅　宿迁').parts).toEqual(['pm2.5', '宿迁']);
  });

  it('splits parts on spaces and drops parts without letters or digits', () => {
    expect(parseQuery('空气质量 2025年 ， ').parts).toEqual(['空气质量', '2025年']);
    expect(parseQuery('   ').parts).toEqual([]);
  });

  it('recognises 文号 in any bracket or width, with leading zeros', () => {
    for (const q of [
      '江环规〔2024〕3号',
      '江环规[2024]3号',
      '江环规(2024)3号',
      '江环规（2024）3号',
      '江环规【2024】03号',
      '江环规（２０２４）３号',
      '江环规 〔2024〕 3 号',
    ]) {
      const p = parseQuery(q);
      expect(p.docNumber, q).toBe('江环规〔2024〕3号');
      expect(p.parts.join(''), q).toBe('江环规〔2024〕3号');
    }
    expect(canonicalDocNumber('江环规〔2024〕3')).toBe('江环规〔2024〕3号');
    expect(canonicalDocNumber('空气质量')).toBeUndefined();
  });

  it('recognises 索引号 and ignores other numbers', () => {
    expect(parseQuery('11990000mb1234560x/2024-00031').indexNumber).toBe('11990000MB1234560X/2024-00031');
    expect(canonicalIndexNumber('１１９９００００ＭＢ１２３４５６０Ｘ／２０２４－０００３１')).toBe('11990000MB1234560X/2024-00031');
    expect(parseQuery('2024-00031').indexNumber).toBeUndefined();
  });

  it('gives each 文号/索引号 its own stable letters-only word', () => {
    const a = numberToken('docNumber', '江环规〔2024〕3号');
    expect(a).toMatch(/^pfwh[a-p]{14}$/);
    expect(numberToken('docNumber', '江环规〔2024〕3号')).toBe(a);
    expect(numberToken('docNumber', '江环规〔2024〕13号')).not.toBe(a);
    expect(numberToken('indexNumber', '11990000MB1234560X/2024-00031')).toMatch(/^pfsy[a-p]{14}$/);
  });
});

describe('Pagefind terms', () => {
  it('turns a Chinese part into a phrase of single characters', () => {
    expect(partTerms('华新')).toEqual(['"华 新"']);
    expect(partTerms('2025年')).toEqual(['"2025 年"']);
    expect(partTerms('局')).toEqual(['"局"']);
  });

  it('keeps a 文号 as one phrase with its brackets as words', () => {
    expect(pieces('江环规〔2024〕2号')).toEqual([['江', '环', '规', '〔', '2024', '〕', '2', '号']]);
    expect(partTerms('江环规〔2024〕2号')).toEqual(['"江 环 规 〔 2024 〕 2 号"']);
  });

  it('keeps a token with punctuation inside as one phrase (the index breaks it the same way)', () => {
    expect(pieces('pm2.5')).toEqual([['pm2', '5']]);
    expect(partTerms('pm2.5')).toEqual(['"pm2 5"']);
    expect(partTerms('2024-00031')).toEqual(['"2024 00031"']);
    expect(partTerms('2024-2025年')).toEqual(['"2024 2025 年"']);
    expect(partTerms('1.5万吨')).toEqual(['"1 5 万 吨"']);
    expect(partTerms('〔2024年版〕')).toEqual(['"2024 年 版"']);
  });

  it('splits at other punctuation into pieces that must all be present', () => {
    expect(pieces('空气质量，2025')).toEqual([['空', '气', '质', '量'], ['2025']]);
    expect(partTerms('空气质量，2025')).toEqual(['"空 气 质 量"', '2025']);
    expect(pieces('江州-华新')).toEqual([
      ['江', '州'],
      ['华', '新'],
    ]);
  });

  it('searches a single Latin word as a prefix', () => {
    expect(partTerms('vocs')).toEqual(['vocs']);
  });

  it('ranks with all words unquoted, without brackets', () => {
    expect(rankingTerm(['江州市', '行政处罚'])).toBe('江 州 市 行 政 处 罚');
    expect(rankingTerm(['江环规〔2024〕2号'])).toBe('江 环 规 2024 2 号');
  });
});
