/**
 * 建议提案答复 (src/kinds/reply/): meeting names, numbers, the column's order and groups,
 * search filters and the schema. Expected values written by hand.
 */
import { describe, expect, it } from 'vitest';
import reply, { chineseNumber, meetingName, replyNumber } from '../../src/kinds/reply/kind.ts';
import { fieldsOf } from '../../src/kinds/index.ts';

type R = { type: '建议' | '提案'; session: string; meeting: string; number: number; replied: string };
/** Sample province: 人大 十四届三次 and 政协 十三届三次 met in 2025, the 四次 meetings in 2026. */
const r = (type: R['type'], session: string, meeting: string, number: number): R => ({
  type,
  session,
  meeting,
  number,
  replied: meeting === '四' ? '2026-07-01' : '2025-07-01',
});

describe('reply names', () => {
  it('reads Chinese ordinals', () => {
    expect([
      chineseNumber('一'),
      chineseNumber('九'),
      chineseNumber('十'),
      chineseNumber('十三'),
      chineseNumber('十四'),
      chineseNumber('二十'),
      chineseNumber('二十一'),
    ]).toEqual([1, 9, 10, 13, 14, 20, 21]);
  });
  it('names the meeting as the bureau writes it, 人大 and 政协 each in their own order', () => {
    expect(meetingName(r('建议', '十四', '四', 89))).toBe('省十四届人大四次会议');
    expect(meetingName(r('提案', '十三', '三', 456))).toBe('省政协十三届三次会议');
    expect(replyNumber(r('建议', '十四', '四', 89))).toBe('第0089号代表建议');
    expect(replyNumber(r('提案', '十三', '三', 456))).toBe('第0456号委员提案');
  });
});

describe('reply column', () => {
  it('lists the newest meeting first, 建议 before 提案, each by number', () => {
    const items = [
      r('提案', '十三', '三', 456),
      r('建议', '十四', '三', 210),
      r('建议', '十四', '四', 301),
      r('建议', '十四', '四', 12),
      r('提案', '十三', '四', 77),
      r('建议', '十四', '三', 45),
    ];
    const sorted = [...items].sort((a, b) => reply.listing!.compare(a as never, b as never));
    expect(sorted.map((d) => `${meetingName(d)}${d.number}`)).toEqual([
      '省十四届人大四次会议12',
      '省十四届人大四次会议301',
      '省政协十三届四次会议77',
      '省十四届人大三次会议45',
      '省十四届人大三次会议210',
      '省政协十三届三次会议456',
    ]);
    expect(reply.listing!.group(r('提案', '十三', '四', 77) as never)).toBe('省政协十三届四次会议委员提案');
  });
  it('offers search filters by type and meeting', () => {
    const [type, meeting] = reply.facets!;
    expect(type!.value(r('提案', '十三', '四', 77) as never)).toBe('委员提案');
    expect(meeting!.value(r('建议', '十四', '三', 45) as never)).toBe('省十四届人大三次会议');
  });
});

describe('reply schema', () => {
  const base = {
    title: '对省十四届人大四次会议第0012号代表建议的答复',
    indexNumber: '11990000MB1234560X/2026-00091',
    column: 'proposals',
    published: '2026-06-18',
    summary: '答复关于碳排放权交易的建议。',
    type: '建议',
    session: '十四',
    meeting: '四',
    number: 12,
    role: '主办',
    replied: '2026-06-10',
  };
  it('accepts a complete reply', () => {
    expect(reply.schema.safeParse(base).success).toBe(true);
  });
  it('requires a summary and a reply date not after publication', () => {
    const { summary: _s, ...noSummary } = base;
    expect(reply.schema.safeParse(noSummary).error?.issues.map((i) => i.path.join('.'))).toEqual(['summary']);
    expect(reply.schema.safeParse({ ...base, replied: '2026-06-20' }).error?.issues[0]?.message).toBe('答复日期 2026-06-20 晚于发布日期 2026-06-18');
  });
  it('documents its fields in Chinese, the reply date as a date', () => {
    expect(fieldsOf('reply').meeting?.label).toBe('会议');
    expect(fieldsOf('reply').replied?.date).toBe(true);
  });
});
