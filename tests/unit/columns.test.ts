import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCatalogue, ancestry, subtreeIds, rootColumns, isListed } from '../../src/lib/columns.ts';

describe('column catalogue', () => {
  it('the real catalogue is valid and has the columns a bureau must have', () => {
    const { catalogue, problems } = parseCatalogue(readFileSync('content/columns.yaml', 'utf8'));
    expect(problems).toEqual([]);
    const names = catalogue.columns.map((c) => c.name);
    for (const n of [
      '政府信息公开指南',
      '政府信息公开制度',
      '政府信息公开年报',
      '规划计划',
      '政策文件',
      '政策解读',
      '环境质量',
      '污染防治',
      '环境监管',
      '行政处罚',
      '行政许可',
      '环境影响评价',
      '督察整改',
      '建议提案办理',
      '财政预决算',
      '依申请公开',
    ]) {
      expect(names, n).toContain(n);
    }
  });
  it('resolves parents, children and subtrees', () => {
    const { catalogue } = parseCatalogue(readFileSync('content/columns.yaml', 'utf8'));
    expect(ancestry(catalogue, 'penalties').map((c) => c.id)).toEqual(['supervision', 'penalties']);
    expect(subtreeIds(catalogue, 'policies')).toEqual(['policies', 'normative-documents', 'other-documents', 'consultations']);
    expect(rootColumns(catalogue).every((c) => c.depth === 0)).toBe(true);
    expect(catalogue.byId.get('penalties')?.depth).toBe(1);
  });
  it('archived parents archive their children', () => {
    const { catalogue } = parseCatalogue(`columns:
  - id: topic
    name: 专题
    frequency: irregular
    status: archived
    accepts: []
    children:
      - id: sub
        name: 子栏目
        frequency: monthly
        accepts: [article]
`);
    expect(catalogue.byId.get('sub')?.status).toBe('archived');
  });
  it('reports duplicate ids, bad frequencies, unknown kinds and misspelt keys', () => {
    const dup = parseCatalogue(`columns:
  - { id: a, name: A, frequency: weekly, accepts: [article] }
  - { id: a, name: B, frequency: weekly, accepts: [article] }
`);
    expect(dup.problems.map((p) => p.message)).toEqual(['栏目 id「a」重复']);
    const bad = parseCatalogue(`columns:
  - id: a
    name: A
    frequency: sometimes
    accepts: [memo]
    acept: []
`);
    const messages = bad.problems.map((p) => `${p.field} ${p.message} ${p.expected ?? ''}`).join('\n');
    expect(messages).toMatch(/frequency.*不是允许的值.*weekly/);
    expect(messages).toMatch(/accepts\[0\].*不是允许的值/);
    expect(messages).toMatch(/acept/);
    const syntax = parseCatalogue('columns:\n  - id: a\n   name: x\n');
    expect(syntax.problems[0]?.message).toMatch(/YAML/);
  });
});

describe('empty columns on the public pages (columns.yaml emptyColumns)', () => {
  const yaml = (setting: string) =>
    `${setting}columns:\n  - id: a\n    name: 甲\n    frequency: yearly\n    accepts: [article]\n  - id: b\n    name: 乙\n    frequency: yearly\n    accepts: [article]\n`;
  const count = (id: string) => (id === 'a' ? 3 : 0);
  it('hides a column without information by default and with `hide`', () => {
    for (const setting of ['', 'emptyColumns: hide\n']) {
      const { catalogue, problems } = parseCatalogue(yaml(setting));
      expect(problems).toEqual([]);
      expect(isListed(catalogue, 'a', count)).toBe(true);
      expect(isListed(catalogue, 'b', count)).toBe(false);
    }
  });
  it('lists it with `mark`', () => {
    const { catalogue } = parseCatalogue(yaml('emptyColumns: mark\n'));
    expect(isListed(catalogue, 'b', count)).toBe(true);
  });
  it('reports any other value, with the line', () => {
    const { problems } = parseCatalogue(yaml('emptyColumns: show\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', field: 'emptyColumns', line: 1 });
  });
});
