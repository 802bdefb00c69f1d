import type { APIRoute } from 'astro';
import { getAuditReport } from './audit/_report.ts';
import { auditCsv } from '../lib/audit/export.ts';

/** dist/audit.csv: one row per column, UTF-8 with BOM so Excel shows the Chinese correctly. */
export const GET: APIRoute = async () => {
  const report = await getAuditReport();
  return new Response(auditCsv(report), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
