/**
 * The audit report for the pages of this build (/audit/, /audit.json, /audit.csv):
 * computed once from the portal data, so the three always agree. Files starting with
 * `_` are not routes.
 */
import { getPortal } from '../../data/portal.ts';
import { runAudit, type AuditReport } from '../../lib/audit/audit.ts';
import { fileSize } from '../../lib/content/files.ts';

let cached: Promise<AuditReport> | undefined;

export function getAuditReport(): Promise<AuditReport> {
  cached ??= getPortal().then((portal) =>
    runAudit({
      catalogue: portal.catalogue,
      items: portal.items,
      asOf: portal.asOf,
      files: { root: process.cwd(), sizeOf: fileSize },
    }),
  );
  return cached;
}
