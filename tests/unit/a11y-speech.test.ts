/** 朗读: which installed voice reads Chinese, and how text is cut into utterances. */
import { describe, expect, it } from 'vitest';
import { chunks, findChineseVoice } from '../../src/scripts/a11y-speech.ts';

describe('findChineseVoice', () => {
  it('prefers Mainland Mandarin, then any Chinese voice', () => {
    expect(findChineseVoice([{ lang: 'en-US' }, { lang: 'zh-TW' }, { lang: 'zh_CN' }])).toEqual({ lang: 'zh_CN' });
    expect(findChineseVoice([{ lang: 'en-GB' }, { lang: 'zh-HK' }])).toEqual({ lang: 'zh-HK' });
    expect(findChineseVoice([{ lang: 'cmn-Hans-CN' }])).toEqual({ lang: 'cmn-Hans-CN' });
  });
  it('finds none where only other languages are installed, or none at all', () => {
    expect(findChineseVoice([{ lang: 'en-US' }, { lang: 'ja-JP' }])).toBeUndefined();
    expect(findChineseVoice([])).toBeUndefined();
  });
});

describe('chunks', () => {
  it('cuts at sentence ends and keeps every character', () => {
    expect(chunks('第一句。第二句！第三句', 5)).toEqual(['第一句。', '第二句！', '第三句']);
  });
});
