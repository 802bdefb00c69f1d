/**
 * `npm run new:report` (scripts/new-report.ts) as a command, on the valid fixture plus
 * tests/fixtures/series-overlay: the draft it writes passes the check, and it refuses to
 * overwrite. The scaffold's text is tested in process in tests/unit/report.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { ReportTables } from '../../src/lib/report/format.ts';
import { missingParts } from '../../src/lib/report/rules.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { tempContent, type TempContent } from '../support/content-fixture.ts';

const OVERLAY = path.resolve('tests/fixtures/series-overlay');
let t: TempContent | undefined;
afterEach(() => t?.cleanup());

function site(): TempContent {
  t = tempContent();
  cpSync(OVERLAY, t.contentDir, { recursive: true });
  return t;
}
const read = (c: TempContent, rel: string) => readFileSync(path.join(c.contentDir, rel), 'utf8');
const run = (c: TempContent) => checkContent({ root: c.root, contentDir: c.contentDir, asOf: '2026-11-22' });
// The report's own rules; 公开时限 is tested in deadlines.test.ts.
const reportProblems = (ps: Problem[]) => ps.filter((p) => p.file.includes('/reports/') && !p.message.startsWith('公开时限'));

describe('npm run new:report', () => {
  it('writes a draft with zero tables, the carry-over and the six headings that passes the check', () => {
    const c = site();
    const node = process.execPath;
    const r = spawnSync(node, ['scripts/new-report.ts', '--year', '2026', '--content', c.contentDir], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('11990000MB1234560X/2027-60001');
    const text = read(c, 'reports/annual-report-2026.md');
    const { data, body } = splitFrontmatter(text);
    const d = data as ReportTables & { draft: boolean; year: number };
    expect(d.draft).toBe(true);
    expect(d.year).toBe(2026);
    expect(d.applications.carriedOver).toEqual([9, 1, 0, 0, 2, 0, 12]);
    expect(d.applications.received).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(missingParts(body)).toEqual([]);
    expect(reportProblems(run(c).problems)).toEqual([]);
    // Refuses to overwrite.
    const again = spawnSync(node, ['scripts/new-report.ts', '--year', '2026', '--content', c.contentDir], { encoding: 'utf8' });
    expect(again.status).toBe(1);
  });
});
