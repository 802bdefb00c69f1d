/** Planning of annual reports (政府信息公开工作年度报告): their statutory tables. */
import type { PlannedItem } from '../model.ts';
import { Rng } from '../rng.ts';
import { reportTables } from '../structured.ts';
import { hashSeed, type PlanContext } from './context.ts';

/** Annual reports: tables whose carry-over chains from year to year, with this corpus's counts. */
export function planReportTables(c: PlanContext): void {
  const { items, seed } = c;
  const reports = items.filter((i) => i.kind === 'report').sort((a, b) => a.published.localeCompare(b.published));
  let carried: ReturnType<typeof reportTables>['carriedForward'] | undefined;
  let lastYear = 0;
  for (const rep of reports) {
    const year = Number(rep.published.slice(0, 4)) - 1;
    if (year !== lastYear + 1) carried = undefined;
    lastYear = year;
    const inYear = (i: PlannedItem, d: string | undefined = i.published) => d !== undefined && d.startsWith(String(year));
    const normative = items.filter((i) => i.type === 'normative');
    const end = `${year}-12-31`;
    const t = reportTables(new Rng(hashSeed(seed, `report-${year}`)), carried, {
      penalties: items.filter((i) => i.type === 'penalty' && inYear(i, i.decided)).length,
      licensing: items.filter((i) => i.type === 'permit' && inYear(i, i.decided)).length,
      made: normative.filter((i) => inYear(i)).length,
      repealed: normative.filter((i) => i.validity === '废止' && inYear(i, i.validityChanged)).length,
      current: normative.filter((i) => i.published <= end && !(i.validity === '废止' && i.validityChanged! <= end)).length,
    });
    carried = t.carriedForward;
    rep.pre = { fields: t.fields };
  }
}
