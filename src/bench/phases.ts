/**
 * Phase timings of a portal build, read from its log: the content check (and, inside it,
 * the legal clocks and the kinds' own rules), the content
 * layer sync, Vite bundling, page rendering, image optimisation, and the portal's own
 * steps after Astro (attachments, search index, output verification).
 */

export type Phases = Record<string, number>;

const toMs = (v: string, unit: string) => Math.round(Number(v) * (unit === 's' ? 1000 : 1));

export function parsePhases(log: string): Phases {
  // eslint-disable-next-line no-control-regex -- strips the terminal's colour codes (ESC [ … m)
  const clean = log.replace(/\x1b\[[0-9;]*m/g, '');
  const p: Phases = {};
  const one = (key: string, re: RegExp, unitGroup = 2) => {
    const m = re.exec(clean);
    if (m) p[key] = toMs(m[1]!, m[unitGroup] ?? 'ms');
  };
  one('contentCheck', /内容检查：\d+ 个文件.*?（(\d+) ms/, 99);
  // The legal clocks (公开时限), part of the content check.
  one('deadlines', /内容检查：\d+ 个文件.*?其中公开时限 (\d+) ms/, 99);
  // The kinds' own rules across items (their `check` hooks), also part of the content check.
  one('kindChecks', /内容检查：\d+ 个文件.*?信息类型规则 (\d+) ms/, 99);
  one('syncAndTypes', /\[types\] Generated ([\d.]+)(m?s)/);
  one('buildInfo', /Collecting build info\.\.\.\s*\n.*?✓ Completed in ([\d.]+)(m?s)/);
  let vite = 0;
  for (const m of clean.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)) vite += toMs(m[1]!, m[2]!);
  if (vite) p.viteBundle = vite;
  one('renderPages', /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/);
  one('images', /generating optimized images[\s\S]*?✓ Completed in ([\d.]+)(m?s)/);
  one('attachments', /附件和数据文件：.*?（(\d+) ms）/, 99);
  one('searchIndex', /搜索索引：.*?（(\d+) ms）/, 99);
  one('verifyOutput', /输出检查通过.*?（(\d+) ms）/, 99);
  // PORTAL_TIMINGS lines: CPU and wall time of the Node process per phase.
  for (const m of clean.matchAll(/计时 (\S+)：CPU (\d+) ms，墙钟 (\d+) ms(?:，RSS (\d+) MB)?/g)) {
    p[`cpu.${m[1]}`] = Number(m[2]);
    p[`wall.${m[1]}`] = Number(m[3]);
    if (m[4]) p[`rssMB.${m[1]}`] = Number(m[4]);
  }
  const total = /构建完成：.*?（([\d.]+) 秒）/.exec(clean);
  if (total) p.total = Math.round(Number(total[1]) * 1000);
  return p;
}
