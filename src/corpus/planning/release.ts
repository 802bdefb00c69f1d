/** Planning of data releases (数据发布): periods of each series, a few missing or late, their data. */
import { loadSeriesDir } from '../../lib/series/load.ts';
import { Rng } from '../rng.ts';
import { releaseBody, releaseCsv, releasePeriods, releaseTitle } from '../structured.ts';
import { releaseType } from '../text-generators/release.ts';
import { addDays, hashSeed, type PlanContext } from './context.ts';

/** Data releases of every series defined in `source`, the most recent periods of each (none without series). */
export function planReleases(c: PlanContext, source: string, n: number): void {
  const { asOf, start, seed, newItem } = c;
  const { series } = loadSeriesDir(source, source);
  if (series.size > 0) {
    const budget = Math.max(series.size, Math.round(n * 0.03));
    const all = [...series.values()];
    const available = all.map((s) => releasePeriods(s, 10000, asOf, start).length);
    const totalAvailable = available.reduce((a, b) => a + b, 0);
    all.forEach((s, i) => {
      const count = Math.max(1, Math.min(available[i]!, Math.round((budget * available[i]!) / Math.max(1, totalAvailable))));
      const periods = releasePeriods(s, count, asOf, start);
      // A few periods are never released (the audit's release calendar lists them as missing), a few late.
      const gaps = new Rng(hashSeed(seed, `gaps-${s.id}`));
      for (const [k, p] of periods.entries()) {
        if (k > 0 && k < periods.length - 1 && gaps.chance(0.02)) continue;
        const lateBy = s.dueDays !== undefined && gaps.chance(0.02) ? s.dueDays + gaps.int(1, 10) : 0;
        const it = newItem(releaseType, lateBy && addDays(p.published, lateBy) <= asOf ? addDays(p.published, lateBy) : p.published);
        it.column = s.column;
        it.slug = `${s.id}-${p.period.toLowerCase()}`;
        const r = new Rng(hashSeed(seed, it.slug));
        const { csv, rows } = releaseCsv(s, r, p);
        const rel = `./files/${it.slug}.csv`;
        it.pre = {
          title: releaseTitle(s, p.period),
          keywords: [s.name.replace(/(月报|周报|季报|状况)$/, ''), '数据发布', '环境质量'],
          summary: releaseBody(s, p.period, rows)[0]!.slice(0, 290),
          fields: [
            ['series', s.id],
            ['period', p.period],
            ['data', rel],
          ],
          body: releaseBody(s, p.period, rows),
          files: [{ rel, text: csv }],
        };
      }
    });
  }
}
