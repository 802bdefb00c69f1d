/**
 * The benchmark corpus generator (scripts/gen-corpus.ts): the same seed gives
 * byte-identical files, and what it writes passes the content check with no errors.
 * Kept small (n = 200) so the suite stays fast; the benchmark runs it at 20,000.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../src/corpus/generate.ts';
import { planChanges } from '../../src/corpus/planning/article.ts';
import type { PlanContext } from '../../src/corpus/planning/context.ts';
import type { PlannedItem } from '../../src/corpus/model.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const AS_OF = '2026-11-22';
const tmp = mkdtempSync(path.join(tmpdir(), 'corpus-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Relative path → sha256 of every file under `dir`. */
function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(path.relative(dir, abs), createHash('sha256').update(readFileSync(abs)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('gen:corpus', () => {
  const a = path.join(tmp, 'a');
  const b = path.join(tmp, 'b');
  const statsA = generateCorpus({ n: 200, seed: 7, out: a, asOf: AS_OF });
  generateCorpus({ n: 200, seed: 7, out: b, asOf: AS_OF });

  it('writes n items and is deterministic: same seed, identical files', () => {
    expect(Object.values(statsA.byType).reduce((x, y) => x + y, 0)).toBe(200);
    const da = digest(a);
    expect(da.size).toBeGreaterThan(200);
    expect(digest(b)).toEqual(da);
  });

  it('gives different content for a different seed', () => {
    const c = path.join(tmp, 'c');
    generateCorpus({ n: 200, seed: 8, out: c, asOf: AS_OF });
    expect(digest(c)).not.toEqual(digest(a));
  });

  it('passes the content check with no errors, and fills every column that takes items', () => {
    const r = checkContent({ root: tmp, contentDir: a, asOf: AS_OF });
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map(formatProblem).join('\n')).toBe('');
    expect(r.fileCount).toBe(200);
    const used = new Set(r.items.map((i) => i.data.column));
    const empty = r.catalogue.columns.filter((c) => c.accepts.length > 0 && !used.has(c.id)).map((c) => c.id);
    expect(empty).toEqual([]);
  });

  it('keeps every body between 500 and 3000 characters', () => {
    expect(statsA.bodyChars.min).toBeGreaterThanOrEqual(500);
    expect(statsA.bodyChars.max).toBeLessThanOrEqual(3000);
  });

  it('a January as-of date (a thin newest year) gives a corpus that passes the check: nothing dated after it', () => {
    // Seed 1 at n = 600 used to date a 建议提案 reply 2027-06-01 (the reply season of the as-of year).
    const j = path.join(tmp, 'january');
    generateCorpus({ n: 600, seed: 1, out: j, asOf: '2027-01-20' });
    const r = checkContent({ root: tmp, contentDir: j, asOf: '2027-01-20' });
    expect(
      r.problems
        .filter((p) => p.severity === 'error')
        .map(formatProblem)
        .join('\n'),
    ).toBe('');
    // Drafts may carry a later date (scheduled publication); published items may not.
    const dates = r.items.filter((i) => !i.data.draft).map((i) => String(i.data.published).slice(0, 10));
    expect(dates.filter((d) => d > '2027-01-20')).toEqual([]);
    const newest = dates.filter((d) => d.startsWith('2027')).length;
    expect(newest).toBeGreaterThan(0);
    expect(newest).toBeLessThan(30);
  });

  it('refuses to overwrite a folder that is not a generated corpus', () => {
    const d = path.join(tmp, 'mine');
    generateCorpus({ n: 100, seed: 1, out: d, asOf: AS_OF });
    rmSync(path.join(d, '.corpus.json'));
    expect(() => generateCorpus({ n: 100, seed: 1, out: d, asOf: AS_OF })).toThrow(/不会覆盖/);
  });
});

describe('gen:corpus: pages that change get 变更日期 and 更新日期 (主动公开 from the change)', () => {
  const page = (i: number) => ({ type: i % 2 ? 'institution' : 'guide', published: '2020-03-02' }) as PlannedItem;
  const items = Array.from({ length: 60 }, (_, i) => page(i));
  planChanges({ seed: 1, asOf: AS_OF, items } as unknown as PlanContext);
  const changed = items.filter((i) => i.changed);
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

  it('about a third of them, each changed after publication and updated after the change', () => {
    expect(changed.length).toBeGreaterThanOrEqual(10);
    expect(changed.length).toBeLessThanOrEqual(35);
    for (const i of changed) {
      expect(i.changed! > i.published).toBe(true);
      expect(i.updated! > i.changed!).toBe(true);
      expect(i.updated! <= AS_OF).toBe(true);
    }
  });
  it('most within three weeks, a few beyond six (late by the 20-working-day clock)', () => {
    expect(changed.some((i) => days(i.changed!, i.updated!) <= 21)).toBe(true);
    expect(changed.some((i) => days(i.changed!, i.updated!) >= 45)).toBe(true);
  });
  it('other kinds of items never change', () => {
    const news = [{ type: 'news', published: '2020-03-02' } as PlannedItem];
    planChanges({ seed: 1, asOf: AS_OF, items: news } as unknown as PlanContext);
    expect(news[0]!.changed).toBeUndefined();
  });
});
