/** The benchmark's tables on stdout: one per corpus size, and the scaling across sizes. */
import { MB } from './context.ts';
import type { Phases } from './phases.ts';
import type { NodeQueryBytes } from './search-node.ts';
import { ratio, type SizeResult } from './summary.ts';

const s1 = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(1)} s`);
const kb = (b: number | undefined) => (b === undefined || Number.isNaN(b) ? '—' : `${(b / 1024).toFixed(1)} KB`);
const mb = (b: number | undefined) => (b === undefined || Number.isNaN(b) ? '—' : `${Math.round(b / MB)} MB`);
const x = (r: number | undefined) => (r === undefined ? '' : `×${r.toFixed(2)}`);

/** The table of one size (`repeat`: full builds per system). */
export function printSize(r: SizeResult, repeat: number): void {
  const o = r.ours;
  const b = r.baseline;
  const rows: Array<[string, string, string, string]> = [
    ['完整构建 wall（中位数）', s1(o?.wallMs), s1(b?.wallMs), x(r.ratios.wall)],
    ['完整构建 CPU（user+sys）', s1(o?.cpuMs), s1(b?.cpuMs), x(r.ratios.cpu)],
    ['每 1000 条 wall / CPU', `${s1(o?.msPer1000)} / ${s1(o?.cpuMsPer1000)}`, `${s1(b?.msPer1000)} / ${s1(b?.cpuMsPer1000)}`, ''],
    ['峰值内存（进程树 RSS）', mb(o?.peakTreeRss), mb(b?.peakTreeRss), x(r.ratios.peakTreeRss)],
    ['输出大小', mb(r.output.ours?.bytes), mb(r.output.baseline?.bytes), x(r.ratios.outputBytes)],
    ['输出文件数', String(r.output.ours?.files ?? '—'), String(r.output.baseline?.files ?? '—'), x(r.ratios.outputFiles)],
    [
      '信息页 HTML+CSS gzip 中位数',
      kb(r.itemPage.ours?.medianHtmlCss),
      kb(r.itemPage.baseline?.medianHtmlCss),
      x(ratio(r.itemPage.ours?.medianHtmlCss, r.itemPage.baseline?.medianHtmlCss)),
    ],
    [
      '信息页 HTML+CSS gzip P90 / 最大',
      `${kb(r.itemPage.ours?.p90HtmlCss)} / ${kb(r.itemPage.ours?.maxHtmlCss)}`,
      `${kb(r.itemPage.baseline?.p90HtmlCss)} / ${kb(r.itemPage.baseline?.maxHtmlCss)}`,
      r.itemPage.ours ? `超过 14 KB：${r.itemPage.ours.overTarget}/${r.itemPage.ours.pages} 页（最重 ${r.itemPage.ours.heaviest}）` : '',
    ],
    [
      '信息页另加 JS（增强，阅读不需要）',
      kb(r.itemPage.ours?.jsBytes),
      kb(r.itemPage.baseline?.jsBytes),
      r.itemPage.ours?.contentInHtml ? '正文在 HTML 中' : '正文不在 HTML 中！',
    ],
    [
      `首次搜索下载 /search/（${r.search.ours?.results ?? '—'} 条结果）`,
      kb(r.search.ours?.transfer),
      kb(r.search.baseline?.transfer),
      x(r.ratios.searchFirstQuery),
    ],
    ['  publish 一个文件之后', kb(r.search.oursAfterPublish?.transfer), '', r.search.oursAfterPublish ? `${r.search.oursAfterPublish.results} 条结果` : ''],
    ['改一个文件后重建', s1(r.rebuild['rebuild-changed']?.ours), s1(r.rebuild['rebuild-changed']?.baseline), x(r.ratios.rebuildChanged)],
    ['加一个文件后重建', s1(r.rebuild['rebuild-added']?.ours), s1(r.rebuild['rebuild-added']?.baseline), x(r.ratios.rebuildAdded)],
  ];
  const q = (label: string, v: NodeQueryBytes | undefined) => {
    if (v) rows.push([label, kb(v.total), '', v.error ?? `${v.results} 条结果，${v.shards} 个分片${v.widened ? `（检索了全部分片：${v.widened}）` : ''}`]);
  };
  const steps = (p: Phases) =>
    Object.entries(p)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
      .join(' ');
  for (const [key, sr] of Object.entries(r.shards)) {
    const mode = key === 'default' ? `默认：${r.searchLayout ?? '?'}` : key;
    if (sr.full)
      rows.push([`完整构建（搜索 ${mode}）`, `${s1(sr.full.wallMs)} / CPU ${s1(sr.full.cpuMs)}`, mb(sr.full.peakTreeRss), `索引 ${s1(sr.full.searchIndexMs)}`]);
    q(`首次查询 Pagefind 数据（${mode}）`, sr.query);
    q(`  同一查询检索全部年份（${mode}）`, sr.queryAll);
    if (sr.publish) {
      rows.push([
        'publish 改一个文件',
        s1(sr.publish.changed.wallMs),
        '',
        `CPU ${s1(sr.publish.changed.cpuMs)}；峰值 ${mb(sr.publish.changed.peakTreeRss)}；${steps(sr.publish.changed.steps)}`,
      ]);
      rows.push([
        'publish 加一个文件',
        s1(sr.publish.added.wallMs),
        '',
        `CPU ${s1(sr.publish.added.cpuMs)}；峰值 ${mb(sr.publish.added.peakTreeRss)}；${steps(sr.publish.added.steps)}`,
      ]);
    }
    q(`  publish 后首次查询（${mode}）`, sr.queryAfterPublish);
  }
  console.log(`\n${r.n} 条（${repeat} 次，负载 ${r.loadAverage.map((l) => l.toFixed(1)).join('→')}）`);
  console.log(`${'指标'.padEnd(28)}${'本门户'.padEnd(18)}${'基线'.padEnd(18)}比值`);
  for (const [k, a, bb, c] of rows) console.log(`${k.padEnd(28)}${a.padEnd(20)}${bb.padEnd(20)}${c}`);
  if (o)
    console.log(
      `阶段（本门户，中位数 ms）：${Object.entries(o.phases)
        .map(([k, v]) => `${k} ${v}`)
        .join('，')}`,
    );
  if (b)
    console.log(
      `阶段（基线，中位数 ms）：${Object.entries(b.phases)
        .map(([k, v]) => `${k} ${v}`)
        .join('，')}`,
    );
  if (r.search.ours?.error) console.log(`搜索测量出错：${r.search.ours.error}`);
  if (r.search.evalFirstQuery) console.log(`search-eval 首次查询：${kb(r.search.evalFirstQuery)}`);
  for (const [k, s] of Object.entries(r.search))
    if (s && typeof s === 'object')
      console.log(
        `搜索 ${k}：${Object.entries(s.byKind)
          .map(([kk, v]) => `${kk} ${kb(v)}`)
          .join('，')}`,
      );
}

/** Linearity: cost per 1,000 items at each size; flat (or falling) means linear or better. */
export function printScaling(results: readonly SizeResult[]): void {
  if (results.length < 2) return;
  console.log('\n规模（每 1000 条）：');
  for (const r of results)
    console.log(
      `  ${String(r.n).padStart(6)} 条：本门户 ${s1(r.ours?.msPer1000)} wall / ${s1(r.ours?.cpuMsPer1000)} CPU；基线 ${s1(r.baseline?.msPer1000)} wall / ${s1(r.baseline?.cpuMsPer1000)} CPU`,
    );
  const first = results[0]!;
  const last = results.at(-1)!;
  const growth = ratio(last.ours?.cpuMsPer1000, first.ours?.cpuMsPer1000);
  if (growth !== undefined) console.log(`  ${last.n} 条与 ${first.n} 条相比，每 1000 条的 CPU 时间 ×${growth.toFixed(2)}（≤ 1 即不差于线性）`);
}
