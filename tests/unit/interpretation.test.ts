/**
 * Policy ⇄ interpretation (“三同步”): a plan or policy that needs an interpretation must
 * have one — an error by default, a warning when content/site.yaml says so; an
 * interpretation must name an existing, published plan or policy; and the exported
 * predicate the audit reuses.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';
import { lacksInterpretation } from '../../src/lib/content/rules.ts';
import { siteSchema } from '../../src/lib/schemas/columns.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import type { Item } from '../../src/lib/items.ts';
import { imageKey } from '../../src/kinds/interpretation/image-key.ts';
import { contentImages } from '../../src/pipeline/vite/content-images.ts';
import { tempContent, type TempContent } from '../support/content-fixture.ts';

const INTERPRETATION = 'interpretations/2024/fixture-interpretation.md';
const POLICY = 'policies/2024/fixture-policy-2024.md';
let t: TempContent | undefined;
afterEach(() => t?.cleanup());

const read = (c: TempContent, rel: string) => readFileSync(path.join(c.contentDir, rel), 'utf8');
const run = (c: TempContent, missingInterpretation?: 'error' | 'warning') =>
  checkContent({ root: c.root, contentDir: c.contentDir, asOf: '2026-11-22', missingInterpretation });
const about = (ps: Problem[], field: string) => ps.filter((p) => p.field.startsWith(field));

describe('missing interpretation', () => {
  it('is an error by default, at the policy, naming the fix', () => {
    t = tempContent();
    t.remove(INTERPRETATION);
    const ps = about(run(t).problems, '需要解读');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({
      severity: 'error',
      file: `content/${POLICY}`,
      message: '这份政策文件需要解读，但还没有任何解读指向它（“三同步”）',
      expected: '新建一篇政策解读，填写 interprets: fixture-policy-2024',
    });
    // The line of `category: 行政规范性文件`, which implies needsInterpretation.
    expect(ps[0]!.line).toBe(
      read(t, POLICY)
        .split('\n')
        .findIndex((l) => l.startsWith('category:')) + 1,
    );
  });

  it('is a warning when content/site.yaml sets rules.missingInterpretation: warning', () => {
    t = tempContent();
    t.remove(INTERPRETATION);
    t.write('site.yaml', `${read(t, 'site.yaml')}\nrules:\n  missingInterpretation: warning\n`);
    const r = run(t);
    expect(about(r.problems, '需要解读').map((p) => p.severity)).toEqual(['warning']);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('the CheckOptions value overrides site.yaml', () => {
    t = tempContent();
    t.remove(INTERPRETATION);
    t.write('site.yaml', `${read(t, 'site.yaml')}\nrules:\n  missingInterpretation: warning\n`);
    expect(about(run(t, 'error').problems, '需要解读').map((p) => p.severity)).toEqual(['error']);
  });

  it('rejects an unknown rule value in site.yaml', () => {
    const base = { name: 'x', shortName: 'x', orgCode: '11990000MB1234560X', url: 'https://x.example' };
    expect(siteSchema.safeParse({ ...base, rules: { missingInterpretation: 'ignore' } }).success).toBe(false);
    expect(siteSchema.safeParse({ ...base, rules: { missingInterpretations: 'error' } }).success).toBe(false);
    expect(siteSchema.parse({ ...base, rules: {} }).rules).toEqual({});
  });

  it('needsInterpretation: false turns it off for one 行政规范性文件', () => {
    t = tempContent();
    t.remove(INTERPRETATION);
    t.write(POLICY, read(t, POLICY).replace('category: 行政规范性文件', 'category: 行政规范性文件\nneedsInterpretation: false'));
    expect(about(run(t).problems, '需要解读')).toEqual([]);
  });
});

describe('dangling interprets', () => {
  it('an interpretation of a file that does not exist', () => {
    t = tempContent();
    t.write(INTERPRETATION, read(t, INTERPRETATION).replace('interprets: fixture-policy-2024', 'interprets: fixture-policy-2042'));
    const ps = about(run(t).problems, '解读对象');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ severity: 'error', file: `content/${INTERPRETATION}`, message: '找不到被解读的文件「fixture-policy-2042」' });
    expect(ps[0]!.line).toBe(
      read(t, INTERPRETATION)
        .split('\n')
        .findIndex((l) => l.startsWith('interprets:')) + 1,
    );
    // …and the policy is then without interpretation.
    expect(about(run(t).problems, '需要解读')).toHaveLength(1);
  });

  it('an interpretation of something that is not a plan or policy', () => {
    t = tempContent();
    t.write(INTERPRETATION, read(t, INTERPRETATION).replace('interprets: fixture-policy-2024', 'interprets: fixture-news-1'));
    expect(about(run(t).problems, '解读对象').map((p) => p.message)).toEqual(['「fixture-news-1」是公开信息，不能作为解读对象']);
  });

  it('an interpretation of a draft', () => {
    t = tempContent();
    t.write(POLICY, read(t, POLICY).replace('category: 行政规范性文件', 'category: 行政规范性文件\ndraft: true'));
    expect(about(run(t).problems, '解读对象').map((p) => p.message)).toEqual(['被解读的文件「fixture-policy-2024」是草稿或不公开']);
  });
});

describe('the exported predicate', () => {
  it('lacksInterpretation: published, needs one, in force, and none points to it', () => {
    t = tempContent();
    const r = run(t);
    const policy = r.items.find((i) => i.slug === 'fixture-policy-2024')! as Item;
    expect(lacksInterpretation(policy, new Set(['fixture-policy-2024']), '2026-11-22')).toBe(false);
    expect(lacksInterpretation(policy, new Set(), '2026-11-22')).toBe(true);
    // Not yet published on the as-of date: nothing to judge.
    expect(lacksInterpretation(policy, new Set(), '2024-01-01')).toBe(false);
  });
});

describe('一图读懂 images', () => {
  it('resolve relative to the Markdown file, keyed by their path in the content folder', () => {
    const root = '/repo';
    expect(imageKey('content/interpretations/2024/a.md', './files/a.png', root, 'content')).toBe('interpretations/2024/files/a.png');
    expect(imageKey('/repo/content/x/a.md', 'b.webp', root, '/repo/content')).toBe('x/b.webp');
    // A corpus outside the project (npm run build -- --content /tmp/corpus).
    expect(imageKey('../tmp/corpus/interpretations/2026/j.md', './files/j.png', root, '/tmp/corpus')).toBe('interpretations/2026/files/j.png');
    expect(imageKey('content/x/a.md', '../../../elsewhere/b.png', root, 'content')).toBeUndefined();
  });

  it('are all listed for the build, wherever the content folder is', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-images-'));
    mkdirSync(path.join(dir, 'interpretations/2024/files'), { recursive: true });
    for (const f of ['interpretations/2024/files/a.png', 'interpretations/2024/files/b.JPG', 'interpretations/2024/files/c.pdf', 'interpretations/2024/x.md'])
      writeFileSync(path.join(dir, f), '');
    expect(contentImages(dir)).toEqual(['interpretations/2024/files/a.png', 'interpretations/2024/files/b.JPG']);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a reference to a file that has errors of its own', () => {
  it('points the editor to that file instead of saying it does not exist', () => {
    const t = tempContent();
    try {
      const file = 'policies/2024/fixture-policy-2024.md';
      t.write(file, readFileSync(path.join(t.contentDir, file), 'utf8').replace('published:', 'publshed:'));
      const { problems } = checkContent({ root: t.root, contentDir: t.contentDir, asOf: '2026-11-22' });
      const interprets = problems.find((p) => p.file.endsWith('fixture-interpretation.md') && p.field === '解读对象（interprets）');
      expect(interprets?.message).toMatch(/「fixture-policy-2024」（.*policies\/2024\/fixture-policy-2024\.md）本身有错误/);
      expect(problems.some((p) => p.message.includes('找不到被解读的文件'))).toBe(false);
      expect(problems.some((p) => p.file.endsWith('fixture-policy-2024.md') && p.message.includes('publshed'))).toBe(true);
    } finally {
      t.cleanup();
    }
  });
});
