/**
 * The kind registry (src/kinds/): every declaration is complete and consistent, and the
 * developers' reference in docs/content-model.md matches the declarations.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as registry from '../../src/kinds/registry.ts';
import { COLLECTION_DIRS, KIND_DEFINITIONS, KIND_LABELS, KINDS, fieldsOf, kindOfDir, linksFrom, type Kind } from '../../src/kinds/index.ts';
import { kindsReference, withKindsReference } from '../../src/kinds/docs.ts';
import { objectShape } from '../../src/lib/editor/config.ts';
import { FILTER_KEYS } from '../../src/lib/search/state.ts';

describe('kind registry', () => {
  it('lists the six document kinds in their order, each under the name it declares', () => {
    expect(KINDS.slice(0, 6)).toEqual(['plan', 'policy', 'interpretation', 'release', 'report', 'article']);
    for (const [name, def] of Object.entries(registry)) expect(def.id).toBe(name);
  });

  it('derives folders and labels from the declarations', () => {
    expect(COLLECTION_DIRS.policy).toBe('policies');
    expect(KIND_LABELS.interpretation).toBe('政策解读');
    expect(kindOfDir('releases')).toBe('release');
    expect(kindOfDir('nonsense')).toBeUndefined();
    expect(new Set(Object.values(COLLECTION_DIRS)).size).toBe(KINDS.length);
    expect(new Set(Object.values(KIND_LABELS)).size).toBe(KINDS.length);
  });

  it('documents every field of every schema with a Chinese label', () => {
    for (const kind of KINDS) {
      const docs = fieldsOf(kind);
      const undocumented = Object.keys(objectShape(KIND_DEFINITIONS.find((k) => k.id === kind)!.schema)).filter((f) => !docs[f]?.label);
      expect(undocumented, `${kind} 的字段缺少说明`).toEqual([]);
    }
  });

  it('marks date fields so date mistakes get date messages', () => {
    expect(fieldsOf('article').decided?.date).toBe(true);
    expect(fieldsOf('plan').written?.date).toBe(true);
    expect(fieldsOf('plan').title?.date).toBeUndefined();
  });

  it('links only to declared kinds, and reads links from an item', () => {
    for (const k of KIND_DEFINITIONS) for (const l of k.links ?? []) for (const t of l.targets) expect(KINDS).toContain(t as Kind);
    expect(linksFrom({ kind: 'interpretation', data: { interprets: 'p1', replacedBy: 'i2' } })).toEqual([
      { field: 'replacedBy', slug: 'i2' },
      { field: 'interprets', slug: 'p1' },
    ]);
    expect(linksFrom({ kind: 'article', data: { interprets: 'p1' } })).toEqual([]);
  });

  it('gives kinds’ search filters keys of their own', () => {
    for (const k of KIND_DEFINITIONS) {
      for (const f of k.facets ?? []) {
        expect(f.key).toMatch(/^[a-z][a-z0-9]*$/);
        expect(FILTER_KEYS).not.toContain(f.key);
      }
    }
  });
});

describe('docs/content-model.md', () => {
  it('carries the current kinds reference (run npm run docs:kinds after changing a kind)', () => {
    const text = readFileSync('docs/content-model.md', 'utf8');
    expect(withKindsReference(text)).toBe(text);
    expect(kindsReference()).toContain('| `interprets` | 解读对象 |');
  });
});
