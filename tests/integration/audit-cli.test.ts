/**
 * `npm run audit` (scripts/audit.ts) as editors and CI run it: reads content from disk,
 * prints a Chinese summary or JSON, and exits 1 only when a column is overdue or empty
 * or the national rule set fails. Spawned with this Node (the project's Node 24).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const AS_OF = '2026-11-22';

function audit(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/audit.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, PORTAL_AS_OF: '', NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run audit', () => {
  it('exits 0 when no column is overdue or empty and the national rules pass', () => {
    const r = audit('--content', 'tests/fixtures/audit-ok', '--as-of', AS_OF);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`栏目更新监测（基准日期 ${AS_OF}）`);
    expect(r.out).toContain('逾期未更新 0，空白栏目 0');
    expect(r.out).toContain('【栏目更新要求（公开目录）】通过');
    expect(r.out).toMatch(/【国家检查指标：《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）】通过/);
    expect(r.out).toContain('结论：通过');
  });

  it('exits 1 and says why when a column is overdue', () => {
    const r = audit('--content', 'tests/fixtures/audit-overdue', '--as-of', AS_OF);
    expect(r.code).toBe(1);
    expect(r.out).toContain('逾期未更新 1');
    expect(r.out).toMatch(/✖ 逾期未更新 {2}工作动态（news，每周）：最近更新 2026-10-01，按“每周”最迟应在 2026-10-08 更新，已逾期 45 天/);
    expect(r.out).toContain('✖ 否决  首页栏目不更新');
    expect(r.out).toContain('结论：不通过');
  });

  it('judges on the --as-of date: the weekly column is on time on its due day, overdue the day after', () => {
    // Last news item 2026-11-18: due by 2026-11-25.
    expect(audit('--content', 'tests/fixtures/audit-ok', '--as-of', '2026-11-25').code).toBe(0);
    expect(audit('--content', 'tests/fixtures/audit-ok', '--as-of', '2026-11-26').code).toBe(1);
  });

  it('reads the as-of date from PORTAL_AS_OF too', () => {
    const r = spawnSync(process.execPath, ['scripts/audit.ts', '--content', 'tests/fixtures/audit-ok'], {
      encoding: 'utf8',
      env: { ...process.env, PORTAL_AS_OF: '2026-11-26' },
    });
    expect(r.stdout).toContain('基准日期 2026-11-26');
    expect(r.status).toBe(1);
  });

  it('--json prints the same data as audit.json', () => {
    const r = audit('--content', 'tests/fixtures/audit-overdue', '--as-of', AS_OF, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ asOf: AS_OF, passed: false, contentErrors: 0, catalogue: { counts: { overdue: 1, empty: 0, archived: 1 } } });
    expect(json.columns[0]).toMatchObject({ id: 'news', status: 'overdue', lastPublished: '2026-10-01', nextDue: '2026-10-08' });
    expect(json.columns.find((c: { id: string }) => c.id === 'environment-quality')).toMatchObject({
      judgedBy: 'subtree',
      itemCount: 0,
      subtreeItemCount: 1,
      status: 'ok',
    });
  });

  it('exits 1 on an error-level 公开时限 finding, and --json carries the same records', () => {
    // audit-ok (which passes) plus the calendar and one penalty published 8 working days after its decision.
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-audit-late-'));
    try {
      cpSync('tests/fixtures/audit-ok', dir, { recursive: true });
      cpSync('content/calendar', path.join(dir, 'calendar'), { recursive: true });
      writeFileSync(
        path.join(dir, 'articles/2026/penalty-late.md'),
        '---\ntitle: 某公司行政处罚决定书\nindexNumber: 11990000MB1234560X/2026-00090\ncolumn: news\npublished: 2026-07-15\ndecided: 2026-07-03\nkeywords: [行政处罚]\ncategory: 行政处罚决定书\n---\n决定书正文。\n',
      );
      const r = audit('--content', dir, '--as-of', AS_OF);
      expect(r.code).toBe(1);
      expect(r.out).toContain('【公开时限】不通过（1 项错误，0 项警告）');
      expect(r.out).toContain('✖ 错误  某公司行政处罚决定书');
      expect(r.out).toContain('结论：不通过。1 项超过公开时限或缺失。');
      const json = JSON.parse(audit('--content', dir, '--as-of', AS_OF, '--json').out);
      expect(json.deadlines).toMatchObject({ passed: false, errors: 1, warnings: 0 });
      expect(json.deadlines.findings).toEqual([
        expect.objectContaining({
          rule: 'dual-publicity',
          ruleName: '双公示',
          basis: '发改办财金〔2018〕424号',
          severity: 'error',
          status: 'late',
          slug: 'penalty-late',
          start: '2026-07-03',
          due: '2026-07-14',
          published: '2026-07-15',
          late: 1,
          unit: '工作日',
          year: 2026,
        }),
      ]);
      expect(json.deadlines.rules.map((r: { id: string }) => r.id)).toEqual([
        'dual-publicity',
        'active-disclosure',
        'interpretation-sync',
        'budget',
        'annual-report',
        'release-calendar',
        'report-figures',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on a bad date or option', () => {
    expect(audit('--as-of', '2026-02-30').code).toBe(2);
    expect(audit('--nonsense').code).toBe(2);
  });
});
