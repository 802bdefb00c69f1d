/**
 * The one normalisation shared by the index copy, the query and the search:eval truth
 * (src/lib/search/normalise.ts). Expected values written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { indexText, JOIN, normalise, normaliseMapped, queryPieces, unjoin } from '../../src/lib/search/normalise.ts';
import { isolateHan } from '../../src/lib/search/text.ts';
import { findMatches } from '../../src/lib/search/excerpt.ts';
import { parseQuery } from '../../src/lib/search/query.ts';

describe('normalise (match form)', () => {
  it('folds width, case, Roman numerals, subscripts', () => {
    expect(normalise('ＰＭ２．５')).toBe('pm2.5');
    expect(normalise('PM₂.₅')).toBe('pm2.5');
    expect(normalise('O₃')).toBe('o3');
    expect(normalise('Ⅲ类')).toBe('iii类');
    expect(normalise('ⅲ类')).toBe('iii类');
    expect(normalise('III类')).toBe('iii类');
    expect(normalise('劣Ⅴ类')).toBe('劣v类');
    expect(normalise('劣V类')).toBe('劣v类');
    expect(normalise('ＶＯＣｓ')).toBe('vocs');
  });

  it('folds brackets, dashes and middle dots', () => {
    expect(normalise('江环规（2024）3号')).toBe('江环规〔2024〕3号');
    expect(normalise('江环规[2024]3号')).toBe('江环规〔2024〕3号');
    expect(normalise('江环规【2024】3号')).toBe('江环规〔2024〕3号');
    expect(normalise('（2024—2025年）')).toBe('〔2024-2025年〕');
    expect(normalise('2024–2025')).toBe('2024-2025');
    expect(normalise('2024－2025')).toBe('2024-2025');
    expect(normalise('2024―2025')).toBe('2024-2025');
    expect(normalise('政策・解读')).toBe('政策·解读');
    expect(normalise('政策‧解读')).toBe('政策·解读');
    expect(normalise('政策•解读')).toBe('政策·解读');
  });

  it('keeps circled numbers and Chinese punctuation', () => {
    expect(normalise('①加强')).toBe('①加强');
    expect(normalise('空气质量，优良')).toBe('空气质量,优良');
  });

  it('maps every character back to the text as written', () => {
    const { text, from } = normaliseMapped('劣Ⅴ类Ⅲ');
    expect(text).toBe('劣v类iii');
    expect(from).toEqual([0, 1, 2, 3, 3, 3, 4]);
    expect(findMatches('水质劣Ⅴ类，Ⅲ类', ['劣v类', 'iii类'])).toEqual([
      [2, 5],
      [6, 8],
    ]);
    expect(findMatches('细颗粒物（PM₂.₅）', ['pm2.5'])).toEqual([[5, 10]]);
  });
});

describe('index copy text', () => {
  it('writes letters and digits in their compatibility form, leaves the rest as written', () => {
    expect(indexText('劣Ⅴ类')).toBe('劣V类');
    expect(indexText('Ⅲ类')).toBe('III类');
    expect(indexText('ＰＭ２')).toBe('PM2');
    expect(indexText('（2024年）')).toBe('（2024年）');
    expect(indexText('①加强')).toBe('①加强');
  });

  it('breaks a token after punctuation inside it, so the pieces are words side by side', () => {
    expect(indexText('PM2.5')).toBe(`PM2.${JOIN}5`);
    expect(indexText('PM₂.₅浓度')).toBe(`PM2.${JOIN}5浓度`);
    expect(indexText('约1.5万吨')).toBe(`约1.${JOIN}5万吨`);
    expect(indexText('（2024—2025年）')).toBe(`（2024—${JOIN}2025年）`);
    expect(indexText('11990000MB1234560X/2024-00031')).toBe(`11990000MB1234560X/${JOIN}2024-${JOIN}00031`);
    // Not inside a token: punctuation between Han characters, at an edge, or before a space.
    expect(indexText('空气，2025年')).toBe('空气，2025年');
    expect(indexText('2025. 下一句')).toBe('2025. 下一句');
    expect(indexText('政策·解读')).toBe('政策·解读');
    expect(isolateHan(indexText('PM2.5浓度'))).toBe(`PM2.${JOIN}5 浓 度`);
    expect(unjoin(isolateHan(indexText('PM2.5浓度')))).toBe('PM2.5 浓 度');
  });

  it('writes the brackets of a 文号 as 〔 〕 whatever their style', () => {
    expect(indexText('苏环发[2020]229号')).toBe('苏环发〔2020〕229号');
    expect(indexText('江环规（2024）3号')).toBe('江环规〔2024〕3号');
    expect(isolateHan(indexText('江环规【2024】3号'))).toBe('江 环 规 〔 2024 〕 3 号');
    // Other brackets are left alone.
    expect(indexText('计划（2024）')).toBe('计划（2024）');
  });
});

describe('query pieces', () => {
  it('groups the words of a part the way the index copy places them', () => {
    expect(queryPieces('劣v类')).toEqual([['劣', 'v', '类']]);
    expect(queryPieces('pm2.5')).toEqual([['pm2', '5']]);
    expect(queryPieces('〔2024-2025年〕')).toEqual([['2024', '2025', '年']]);
    expect(queryPieces('空气质量,2025')).toEqual([['空', '气', '质', '量'], ['2025']]);
    expect(queryPieces('江环规〔2024〕3号')).toEqual([['江', '环', '规', '〔', '2024', '〕', '3', '号']]);
  });

  it('the same query in any form gives the same parts', () => {
    for (const q of ['劣Ⅴ类', '劣V类', '劣ｖ类', '劣v类']) expect(parseQuery(q).parts, q).toEqual(['劣v类']);
    for (const q of ['PM2.5', 'ＰＭ２．５', 'PM₂.₅', 'pm2.5']) expect(parseQuery(q).parts, q).toEqual(['pm2.5']);
    for (const q of ['2024—2025', '2024–2025', '2024-2025', '２０２４－２０２５']) expect(parseQuery(q).parts, q).toEqual(['2024-2025']);
  });
});
