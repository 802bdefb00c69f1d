/**
 * The sample data releases (数据发布) of `npm run gen:sample-releases`: write the sample data releases (数据发布) of the demo
 * portal — Markdown + CSV under content/releases/<year>/ — for three series:
 *
 * - air-quality-monthly: 12 monthly releases, Nov 2025 – Oct 2026, published around
 *   the 10th of the next month (a weekend moves it to the Monday);
 * - surface-water-weekly: 52 weekly releases, published on the Tuesday after each ISO
 *   week, the latest on 2026-11-17;
 * - drinking-water-quarterly: 4 quarterly releases, 2025-Q4 – 2026-Q3, published
 *   around the 15th of the month after the quarter.
 *
 * The values are plausible, not real measurements. The output is deterministic for a
 * given seed (--seed, default 20261122), so re-running changes nothing; the generated
 * files are committed. 索引号 serials of releases start at the first of the release range
 * (SERIAL_RANGES.release, src/lib/index-number.ts) each year.
 *
 * The command's options: --seed N, --out DIR (default content/releases).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { addDays, fromParts } from '../lib/dates.ts';
import { formatIndexNumber, SERIAL_RANGES } from '../lib/index-number.ts';
import { isoWeekOf, isoWeekStart, periodLabel, weekPeriod } from '../lib/series/period.ts';
import { csvField } from '../lib/series/table.ts';
import { mulberry32 } from '../lib/mulberry32.ts';

const ORG = '11990000MB1234560X';
const FIRST_SERIAL = SERIAL_RANGES.release[0];
/** Files this script owns: it deletes its own earlier output, nothing else. */
const PREFIXES = ['air-quality-', 'surface-water-', 'drinking-water-'];
/**
 * Periods left out on purpose, their 索引号 serial kept: the sample's missing month, which
 * the audit's release calendar (公开时限) lists as never published (tests/support/sample.ts).
 */
const WITHHELD = new Set(['air-quality-2026-04']);

/** Roughly normal noise with standard deviation `sd` (sum of uniforms), from `rand`. */
const noiseFrom = (rand: () => number) => (sd: number) => (rand() + rand() + rand() + rand() - 2) * sd * 1.732;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round = (v: number, places: number) => Number(v.toFixed(places));

/** Move a Saturday or Sunday to the following Monday. */
function workday(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(date, 2) : dow === 0 ? addDays(date, 1) : date;
}

interface Release {
  slug: string;
  series: string;
  column: string;
  period: string;
  published: string;
  title: string;
  summary: string;
  keywords: string[];
  body: string;
  header: string[];
  rows: Array<Array<string | number>>;
}

const CITIES = ['江州市', '临安市', '青山市', '云港市', '东阳市', '白沙市', '南湖市', '石门市'] as const;

// ---------------------------------------------------------------- air quality, monthly

/** Typical monthly AQI across the province (January first): winter haze, summer ozone. */
const AQI_BY_MONTH = [84, 77, 70, 66, 69, 71, 60, 58, 62, 63, 70, 81];
const PM25_BY_MONTH = [56, 48, 40, 33, 28, 24, 20, 19, 23, 28, 38, 50];
const O3_BY_MONTH = [82, 95, 118, 142, 168, 176, 158, 152, 150, 128, 102, 86];
/** How each city differs from the provincial level (bigger, inland cities are worse). */
const CITY_AQI_OFFSET: Record<string, number> = { 江州市: 12, 临安市: -3, 青山市: 0, 云港市: -6, 东阳市: 6, 白沙市: -14, 南湖市: 3, 石门市: -9 };

function airQuality(noise: (sd: number) => number): Release[] {
  const out: Release[] = [];
  for (let k = 0; k < 12; k++) {
    const year = 2025 + Math.floor((10 + k) / 12);
    const month = ((10 + k) % 12) + 1;
    const period = `${year}-${String(month).padStart(2, '0')}`;
    const next = month === 12 ? fromParts(year + 1, 1, 10) : fromParts(year, month + 1, 10);
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const cities = CITIES.map((city) => {
      const factor = 1 + CITY_AQI_OFFSET[city]! / 70;
      const aqi = Math.round(clamp(AQI_BY_MONTH[month - 1]! + CITY_AQI_OFFSET[city]! + noise(4), 25, 180));
      const pm25 = Math.round(clamp(PM25_BY_MONTH[month - 1]! * factor + noise(3), 8, 150));
      const pm10 = Math.round(clamp(pm25 * 1.65 + 6 + noise(5), 15, 250));
      const o3 = Math.round(clamp(O3_BY_MONTH[month - 1]! * (1 + CITY_AQI_OFFSET[city]! / 200) + noise(8), 40, 260));
      const goodDays = Math.round(clamp(days * (1 - Math.max(0, aqi - 45) / 95) + noise(1.2), days * 0.35, days));
      const goodRate = round((goodDays / days) * 100, 1);
      return { city, aqi, goodRate, pm25, pm10, o3, rank: 0 };
    });
    [...cities].sort((a, b) => a.aqi - b.aqi || a.pm25 - b.pm25).forEach((c, i) => (c.rank = i + 1));
    const best = [...cities].sort((a, b) => a.rank - b.rank);
    const meanAqi = Math.round(cities.reduce((s, c) => s + c.aqi, 0) / cities.length);
    const meanRate = round(cities.reduce((s, c) => s + c.goodRate, 0) / cities.length, 1);
    const meanPm25 = Math.round(cities.reduce((s, c) => s + c.pm25, 0) / cities.length);
    const label = periodLabel(period);
    const top3 = best
      .slice(0, 3)
      .map((c) => c.city)
      .join('、');
    const last3 = best
      .slice(-3)
      .reverse()
      .map((c) => c.city)
      .join('、');
    out.push({
      slug: `air-quality-${period}`,
      series: 'air-quality-monthly',
      column: 'air-quality',
      period,
      published: workday(next),
      title: `${label}全省设区市环境空气质量状况`,
      summary: `${label}，全省 8 个设区市平均达标天数比例为 ${meanRate}%，月均 AQI 为 ${meanAqi}，PM2.5 平均浓度为 ${meanPm25} μg/m³。`,
      keywords: ['环境空气质量', '空气质量排名', 'AQI', 'PM2.5', '月报'],
      body: [
        `${label}，全省 8 个设区市环境空气质量平均达标天数比例为 ${meanRate}%，月均空气质量指数（AQI）为 ${meanAqi}，细颗粒物（PM2.5）平均浓度为 ${meanPm25} 微克/立方米。`,
        '',
        `按月均 AQI 由低到高排名，空气质量相对较好的前三位依次为${top3}；相对较差的后三位依次为${last3}。`,
        '',
        '各设区市的月均 AQI、达标天数比例、主要污染物浓度和排名见下方数据表，原始数据可下载 CSV 文件。',
        '',
        '评价依据《环境空气质量标准》（GB 3095—2012），数据为初步统计结果，以年度生态环境状况公报为准。',
      ].join('\n'),
      header: ['城市', 'AQI', '达标天数比例（%）', 'PM2.5（μg/m³）', 'PM10（μg/m³）', 'O₃（μg/m³）', '排名'],
      rows: cities.map((c) => [c.city, c.aqi, c.goodRate.toFixed(1), c.pm25, c.pm10, c.o3, c.rank]),
    });
  }
  return out;
}

// ---------------------------------------------------------- surface water, weekly

const GRADES = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', '劣Ⅴ'] as const;
/** GB 3838—2002 limits for classes Ⅰ–Ⅴ. */
const LIMITS = {
  do: [7.5, 6, 5, 3, 2],
  codmn: [2, 4, 6, 10, 15],
  nh3n: [0.15, 0.5, 1.0, 1.5, 2.0],
  tpRiver: [0.02, 0.1, 0.2, 0.3, 0.4],
  tpLake: [0.01, 0.025, 0.05, 0.1, 0.2],
};
/** Class (0 = Ⅰ … 5 = 劣Ⅴ) of a value against upper limits (or lower limits for dissolved oxygen). */
function classOf(value: number, limits: readonly number[], lowerIsWorse = false): number {
  const i = limits.findIndex((l) => (lowerIsWorse ? value >= l : value <= l));
  return i < 0 ? 5 : i;
}

const STATIONS = [
  { station: '江州大桥', river: '江南江', city: '江州市', lake: false, do: 7.0, codmn: 4.2, nh3n: 0.55, tp: 0.15 },
  { station: '临安渡口', river: '青溪', city: '临安市', lake: false, do: 8.2, codmn: 2.3, nh3n: 0.16, tp: 0.05 },
  { station: '青山闸', river: '青山河', city: '青山市', lake: false, do: 7.4, codmn: 3.4, nh3n: 0.34, tp: 0.1 },
  { station: '云河入海口', river: '云河', city: '云港市', lake: false, do: 6.9, codmn: 4.0, nh3n: 0.48, tp: 0.14 },
  { station: '东江水厂', river: '东江', city: '东阳市', lake: false, do: 7.1, codmn: 3.8, nh3n: 0.4, tp: 0.12 },
  { station: '白沙桥', river: '白沙河', city: '白沙市', lake: false, do: 6.0, codmn: 5.6, nh3n: 1.05, tp: 0.22 },
  { station: '南湖湖心', river: '南湖', city: '南湖市', lake: true, do: 7.6, codmn: 4.6, nh3n: 0.3, tp: 0.055 },
  { station: '石门水库出口', river: '石门溪', city: '石门市', lake: true, do: 8.6, codmn: 1.9, nh3n: 0.1, tp: 0.012 },
];

function surfaceWater(noise: (sd: number) => number): Release[] {
  const out: Release[] = [];
  // The latest release is published on Tuesday 2026-11-17 for the week before.
  const latest = '2026-11-17';
  for (let k = 51; k >= 0; k--) {
    const published = addDays(latest, -7 * k);
    const { year, week } = isoWeekOf(addDays(published, -7));
    const period = weekPeriod(year, week);
    const monday = isoWeekStart(year, week);
    const month = Number(addDays(monday, 3).slice(5, 7));
    // Winter: more oxygen, more ammonia (slower nitrification); summer: more phosphorus.
    const winter = Math.cos(((month - 1) / 12) * 2 * Math.PI);
    const rows = STATIONS.map((s) => {
      const dO = round(clamp(s.do * (1 + 0.12 * winter) + noise(0.35), 1.5, 14), 1);
      const codmn = round(clamp(s.codmn * (1 - 0.08 * winter) + noise(s.codmn * 0.08), 0.5, 20), 1);
      const nh3n = round(clamp(s.nh3n * (1 + 0.3 * winter) + noise(s.nh3n * 0.15), 0.03, 5), 2);
      const tp = round(clamp(s.tp * (1 - 0.2 * winter) + noise(s.tp * 0.12), 0.005, 1), 3);
      const cls = Math.max(
        classOf(dO, LIMITS.do, true),
        classOf(codmn, LIMITS.codmn),
        classOf(nh3n, LIMITS.nh3n),
        classOf(tp, s.lake ? LIMITS.tpLake : LIMITS.tpRiver),
      );
      return { ...s, dO, codmn, nh3n, tp, grade: GRADES[cls]!, cls };
    });
    const good = rows.filter((r) => r.cls <= 2).length;
    const iv = rows.filter((r) => r.cls === 3).length;
    const v = rows.filter((r) => r.cls === 4).length;
    const worse = rows.filter((r) => r.cls === 5).length;
    const label = periodLabel(period);
    const bad = rows.filter((r) => r.cls >= 3).map((r) => `${r.station}（${r.river}，${r.grade}类）`);
    out.push({
      slug: `surface-water-${period.toLowerCase()}`,
      series: 'surface-water-weekly',
      column: 'water-quality',
      period,
      published,
      title: `${periodLabel(period, false)}全省地表水水质自动监测周报`,
      summary: `${label}，全省 8 个地表水水质自动监测断面中，Ⅰ～Ⅲ类水质断面 ${good} 个，占 ${round((good / rows.length) * 100, 1)}%。`,
      keywords: ['地表水', '水质自动监测', '水质类别', '周报'],
      body: [
        `${label}，全省 8 个国省控地表水水质自动监测断面中，Ⅰ～Ⅲ类水质断面 ${good} 个，占 ${round((good / rows.length) * 100, 1)}%；Ⅳ类 ${iv} 个，Ⅴ类 ${v} 个，劣Ⅴ类 ${worse} 个。`,
        '',
        bad.length > 0 ? `未达到Ⅲ类的断面：${bad.join('、')}。` : '所有断面水质均达到或优于Ⅲ类。',
        '',
        '各断面主要指标周均值见下方数据表，原始数据可下载 CSV 文件。自动监测数据未经人工审核，仅反映水质变化趋势。',
      ].join('\n'),
      header: ['断面', '河流湖库', '城市', '水质类别', '溶解氧（mg/L）', '高锰酸盐指数（mg/L）', '氨氮（mg/L）', '总磷（mg/L）'],
      rows: rows.map((r) => [r.station, r.river, r.city, r.grade, r.dO.toFixed(1), r.codmn.toFixed(1), r.nh3n.toFixed(2), r.tp.toFixed(3)]),
    });
  }
  return out;
}

// ------------------------------------------------------ drinking water, quarterly

const SOURCES = [
  { source: '江州市南江水厂水源地', city: '江州市', kind: '河流型', codmn: 2.6, nh3n: 0.18, tp: 0.06 },
  { source: '临安市青溪水库水源地', city: '临安市', kind: '湖库型', codmn: 1.8, nh3n: 0.08, tp: 0.015 },
  { source: '青山市青山湖水源地', city: '青山市', kind: '湖库型', codmn: 2.4, nh3n: 0.12, tp: 0.022 },
  { source: '云港市云河取水口水源地', city: '云港市', kind: '河流型', codmn: 3.1, nh3n: 0.22, tp: 0.08 },
  { source: '东阳市东江水源地', city: '东阳市', kind: '河流型', codmn: 2.8, nh3n: 0.2, tp: 0.07 },
  { source: '白沙市白沙水库水源地', city: '白沙市', kind: '湖库型', codmn: 2.0, nh3n: 0.1, tp: 0.02 },
  { source: '南湖市南湖水源地', city: '南湖市', kind: '湖库型', codmn: 3.9, nh3n: 0.25, tp: 0.045 },
  { source: '石门市石门水库水源地', city: '石门市', kind: '湖库型', codmn: 1.6, nh3n: 0.06, tp: 0.01 },
] as const;

function drinkingWater(noise: (sd: number) => number): Release[] {
  const quarters: Array<[number, number]> = [
    [2025, 4],
    [2026, 1],
    [2026, 2],
    [2026, 3],
  ];
  const CN = ['一', '二', '三', '四'];
  return quarters.map(([year, q], k) => {
    const period = `${year}-Q${q}`;
    const published = workday(q === 4 ? fromParts(year + 1, 1, 15) : fromParts(year, q * 3 + 1, 15));
    const rows = SOURCES.map((s) => {
      // One quarter, one source: a summer phosphorus peak in the shallow lake.
      const spike = s.city === '南湖市' && k === 2 ? 1.9 : 1;
      const codmn = round(clamp(s.codmn + noise(0.25), 0.5, 15), 1);
      const nh3n = round(clamp(s.nh3n + noise(0.03), 0.02, 3), 2);
      const tp = round(clamp(s.tp * spike + noise(s.tp * 0.1), 0.005, 1), 3);
      const lake = s.kind === '湖库型';
      const cls = Math.max(classOf(codmn, LIMITS.codmn), classOf(nh3n, LIMITS.nh3n), classOf(tp, lake ? LIMITS.tpLake : LIMITS.tpRiver));
      const exceeded = classOf(tp, lake ? LIMITS.tpLake : LIMITS.tpRiver) > 2 ? '总磷' : '';
      return { ...s, codmn, nh3n, tp, grade: GRADES[cls]!, compliant: cls <= 2 ? '达标' : '不达标', exceeded };
    });
    const ok = rows.filter((r) => r.compliant === '达标').length;
    const label = `${year}年第${CN[q - 1]}季度`;
    const failed = rows.filter((r) => r.compliant === '不达标');
    return {
      slug: `drinking-water-${period.toLowerCase()}`,
      series: 'drinking-water-quarterly',
      column: 'drinking-water',
      period,
      published,
      title: `${label}全省集中式饮用水水源地水质状况`,
      summary: `${label}，全省 8 个设区市主要集中式饮用水水源地中 ${ok} 个水质达标，达标率 ${round((ok / rows.length) * 100, 1)}%。`,
      keywords: ['饮用水水源地', '水质状况', '季报'],
      body: [
        `${label}，全省 8 个设区市主要集中式饮用水水源地中，${ok} 个水质达到或优于Ⅲ类标准，达标率为 ${round((ok / rows.length) * 100, 1)}%。`,
        '',
        failed.length > 0
          ? `${failed.map((r) => `${r.source}（${r.exceeded}超标，${r.grade}类）`).join('、')}未达标，所在地人民政府已组织开展原因排查和应急处置，供水水质符合国家标准。`
          : '所有水源地水质均达标。',
        '',
        '各水源地水质类别和主要指标季均值见下方数据表，原始数据可下载 CSV 文件。',
      ].join('\n'),
      header: ['水源地', '城市', '类型', '水质类别', '达标情况', '高锰酸盐指数（mg/L）', '氨氮（mg/L）', '总磷（mg/L）', '超标项目'],
      rows: rows.map((r) => [r.source, r.city, r.kind, r.grade, r.compliant, r.codmn.toFixed(1), r.nh3n.toFixed(2), r.tp.toFixed(3), r.exceeded]),
    };
  });
}

// -------------------------------------------------------------------- write files

export interface SampleReleasesOptions {
  /** Generator seed (default 20261122). */
  seed?: number;
  /** Folder of the releases (content/releases). */
  out: string;
}

/** Releases written per publication year. */
export type SampleReleasesResult = { total: number; byYear: Array<[string, number]> };

/**
 * Write the sample releases into `options.out`, after removing this generator's earlier
 * output there (files starting with its prefixes; nothing else).
 */
export function generateSampleReleases(options: SampleReleasesOptions): SampleReleasesResult {
  const OUT = path.resolve(options.out);
  const noise = noiseFrom(mulberry32(options.seed ?? 20261122));
  const releases = [...airQuality(noise), ...surfaceWater(noise), ...drinkingWater(noise)].sort(
    (a, b) => a.published.localeCompare(b.published) || a.series.localeCompare(b.series) || a.period.localeCompare(b.period),
  );

  // Remove this generator's earlier output (and only that).
  if (existsSync(OUT)) {
    for (const year of readdirSync(OUT)) {
      for (const dir of [path.join(OUT, year), path.join(OUT, year, 'files')]) {
        if (!existsSync(dir)) continue;
        for (const f of readdirSync(dir)) {
          if (PREFIXES.some((p) => f.startsWith(p))) rmSync(path.join(dir, f));
        }
      }
    }
  }

  const serials = new Map<string, number>();
  const yamlString = (s: string) => (/[:#[\]{},&*!|>'"%@`]/.test(s) || /^\s|\s$/.test(s) ? JSON.stringify(s) : s);
  for (const r of releases) {
    const year = r.published.slice(0, 4);
    const serial = (serials.get(year) ?? FIRST_SERIAL - 1) + 1;
    serials.set(year, serial);
    if (WITHHELD.has(r.slug)) continue;
    const dir = path.join(OUT, year);
    mkdirSync(path.join(dir, 'files'), { recursive: true });
    const csvName = `${r.slug}.csv`;
    // A byte-order mark lets Excel open the UTF-8 file with the right encoding.
    const csv = '\uFEFF' + [r.header, ...r.rows].map((row) => row.map((v) => csvField(v)).join(',')).join('\r\n') + '\r\n';
    writeFileSync(path.join(dir, 'files', csvName), csv);
    const md = [
      '---',
      `title: ${yamlString(r.title)}`,
      `indexNumber: ${formatIndexNumber(ORG, Number(year), serial)}`,
      `column: ${r.column}`,
      `published: ${r.published}`,
      `keywords: [${r.keywords.join(', ')}]`,
      `summary: ${yamlString(r.summary)}`,
      `series: ${r.series}`,
      `period: ${r.period}`,
      `data: ./files/${csvName}`,
      '---',
      r.body,
      '',
    ].join('\n');
    writeFileSync(path.join(dir, `${r.slug}.md`), md);
  }
  return { total: releases.length, byYear: [...serials].map(([y, s]) => [y, s - (FIRST_SERIAL - 1)]) };
}
