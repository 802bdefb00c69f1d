/**
 * The audit report for the pages of this build (/audit/, /audit.json, /audit.csv):
 * computed once from the portal data, so the three always agree. Files starting with
 * `_` are not routes.
 */
import { getPortal } from '../../data/portal.ts';
import { runAudit, type AuditReport } from '../../lib/audit/audit.ts';
import { fileSize } from '../../lib/content/files.ts';
import { loadCalendarDir } from '../../lib/content/calendar.ts';
import { judgeDeadlines } from '../../lib/deadlines/judge.ts';
import { cachedSeries } from '../../lib/series/load.ts';
import config from 'virtual:portal/config';

let cached: Promise<AuditReport> | undefined;

export function getAuditReport(): Promise<AuditReport> {
  cached ??= getPortal().then((portal) => {
    const root = process.cwd();
    const contentDir = config.contentDir;
    const deadlines = judgeDeadlines({
      items: portal.items,
      series: cachedSeries(root, contentDir),
      calendar: loadCalendarDir(root, contentDir).calendar,
      asOf: portal.asOf,
      interpretationGraceDays: portal.site.rules?.interpretationGraceDays,
      expectAnnualReports: portal.catalogue.columns.some((c) => c.accepts.includes('report')),
    });
    return runAudit({
      catalogue: portal.catalogue,
      items: portal.items,
      asOf: portal.asOf,
      files: { root, sizeOf: fileSize },
      deadlines,
      settings: portal.site.rules ?? {},
    });
  });
  return cached;
}
