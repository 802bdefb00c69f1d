/**
 * The benchmark reads a build's phase timings from its log (src/bench/phases.ts); the
 * lines below are written in the format of a `--timings` build log, and the expected
 * numbers are read off them by hand.
 */
import { describe, expect, it } from 'vitest';
import { parsePhases } from '../../src/bench/phases.ts';

const LOG = [
  '13:40:02 [portal] 内容检查：20215 个文件，0 个错误，3861 个警告（9532 ms，其中公开时限 412 ms，信息类型规则 66 ms，基准日期 2026-11-22）',
  '13:40:03 [portal] 计时 startup+check：CPU 11873 ms，墙钟 10640 ms，RSS 1210 MB，堆 690 MB',
  '13:42:10 [portal] 搜索索引：8 个分片（81234 ms）',
  '构建完成：/tmp/site（139.7 秒）',
].join('\n');

describe('parsePhases', () => {
  it('reads the content check, the legal clocks and the kinds’ rules inside it, the search index and the total', () => {
    expect(parsePhases(LOG)).toEqual({
      contentCheck: 9532,
      deadlines: 412,
      kindChecks: 66,
      searchIndex: 81234,
      'cpu.startup+check': 11873,
      'wall.startup+check': 10640,
      'rssMB.startup+check': 1210,
      total: 139700,
    });
  });
  it('a log without the 公开时限 part (an older build) has no deadlines phase', () => {
    expect(parsePhases('内容检查：5 个文件，0 个错误，0 个警告（12 ms，基准日期 2026-11-22）').deadlines).toBeUndefined();
  });
});
