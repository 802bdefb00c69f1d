import type { APIRoute } from 'astro';
import { getAuditReport } from './audit/_report.ts';
import { auditJson } from '../lib/audit/export.ts';

/** dist/audit.json: the column audit as data, rows in the order of the /audit/ table. */
export const GET: APIRoute = async () => {
  const report = await getAuditReport();
  return new Response(`${JSON.stringify(auditJson(report), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
