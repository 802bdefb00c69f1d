/**
 * The browser editor's configuration is generated from the schemas and columns.yaml:
 * every field of every kind must be in it (this test fails when a schema gains a field
 * the generator does not turn into a form field), with the widgets, choices and
 * required flags an editor needs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { parseCatalogue } from '../../src/lib/columns.ts';
import { configFieldPaths, editorConfig, objectShape, type EditorField } from '../../src/lib/editor/config.ts';
import { validateSlug } from '../../src/lib/editor/validate.ts';
import { validateField } from '../../src/lib/editor/validate.ts';
import { COLLECTION_DIRS, KINDS, SCHEMAS, linksOf } from '../../src/kinds/index.ts';

const { catalogue } = parseCatalogue(readFileSync('content/columns.yaml', 'utf8'));
const config = editorConfig({ catalogue, backend: { name: 'proxy', proxy_url: '/api/v1' } });
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (coll: string, name: string) => collection(coll).fields.find((f) => f.name === name)!;

/** Every field path of a Zod object schema, walked independently of the generator. */
function schemaPaths(shape: Record<string, z.ZodType>, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const p = prefix ? `${prefix}.${key}` : key;
    out.push(p);
    let s: any = schema;
    while (['optional', 'default', 'array'].includes(s._zod.def.type)) s = s._zod.def.innerType ?? s._zod.def.element;
    if (s._zod.def.type === 'object') out.push(...schemaPaths(s._zod.def.shape, p));
  }
  return out;
}

describe('editor configuration', () => {
  it('has one collection per kind, in its folder, with the year in the path', () => {
    const folders = config.collections.map((c) => c.folder);
    expect(folders).toEqual([
      'content/plans',
      'content/policies',
      'content/interpretations',
      'content/releases',
      'content/reports',
      'content/articles',
      'content/consultations',
      'content/feedback',
      'content/replies',
      'content/projects',
      'content/eia',
    ]);
    expect(collection('replies')).toMatchObject({ create: true, label: '建议提案答复' });
    expect(collection('policies')).toMatchObject({ path: '{{year}}/{{slug}}', media_folder: 'files', create: true, label: '政策文件' });
    expect(collection('reports').create).toBe(false);
    expect(config.locale).toBe('zh_Hans');
  });

  it('covers every field of every kind’s schema, nested ones included', () => {
    for (const kind of KINDS) {
      const coll = config.collections[KINDS.indexOf(kind)]!;
      const covered = new Set(configFieldPaths(coll.fields));
      const missing = schemaPaths(objectShape(SCHEMAS[kind])).filter((p) => !covered.has(p));
      expect(missing, `${kind}: fields missing from the editor`).toEqual([]);
    }
    // Spot checks written by hand, so a broken walker cannot pass silently.
    expect(configFieldPaths(collection('interpretations').fields)).toEqual(
      expect.arrayContaining(['interprets', 'form', 'qa.question', 'qa.answer', 'images.src', 'images.alt', 'attachments.file', 'body']),
    );
    expect(configFieldPaths(collection('reports').fields)).toEqual(
      expect.arrayContaining(['applications.results.denied.stateSecret', 'review.reconsideration']),
    );
  });

  it('limits 公开目录 to the columns that accept the kind', () => {
    const values = (f: EditorField) => f.options!.map((o) => (typeof o === 'string' ? o : o.value));
    expect(values(field('policies', 'column'))).toEqual(['rules', 'policies', 'normative-documents', 'other-documents', 'notices']);
    expect(values(field('reports', 'column'))).toEqual(['annual-reports']);
    expect(values(field('policies', 'column'))).not.toContain('guide');
  });

  it('uses Chinese labels and hints, choices for enumerations, date pickers for dates, uploads for files', () => {
    expect(field('policies', 'validity')).toMatchObject({
      label: '有效性',
      widget: 'portal-select',
      options: ['有效', '失效', '废止'],
      default: '有效',
      required: false,
    });
    expect(field('policies', 'category').options).toEqual(['行政规范性文件', '通知', '公告', '通告', '意见', '办法', '决定', '其他']);
    expect(field('policies', 'published')).toMatchObject({
      label: '发布日期',
      widget: 'portal-datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
      required: true,
    });
    expect(field('policies', 'written').required).toBe(true);
    expect(field('articles', 'written').required).toBe(false);
    expect(field('policies', 'docNumber')).toMatchObject({ label: '文号', required: false });
    expect(field('policies', 'docNumber').hint).toContain('江环规〔2024〕3号');
    expect(field('policies', 'indexNumber').widget).toBe('portal-index-number');
    expect(field('policies', 'attachments').fields![0]).toMatchObject({ name: 'file', label: '附件文件', widget: 'file' });
    expect(field('releases', 'data').widget).toBe('file');
    expect(field('policies', 'needsInterpretation')).toMatchObject({ widget: 'boolean', required: false });
    expect(field('policies', 'needsInterpretation').default).toBeUndefined();
  });

  it('makes every link field of every kind a picker over the target kinds’ items, storing the file name', () => {
    // Written by hand: the link fields the kinds declare today, and where their targets live.
    const expected: Record<string, [string, string, string[]]> = {
      'interpretations.interprets': ['portal-relation', 'policies', ['policies', 'plans']],
      'policies.consultation': ['relation', 'consultations', ['consultations']],
      'feedback.consultation': ['relation', 'consultations', ['consultations']],
      'eia.project': ['relation', 'projects', ['projects']],
    };
    for (const [key, [widget, first, all]] of Object.entries(expected)) {
      const [coll, name] = key.split('.') as [string, string];
      const f = field(coll, name);
      expect(f, key).toMatchObject({ widget, collection: first, value_field: '{{filename}}', display_fields: ['title', '（{{filename}}）'] });
      expect(f.search_fields, key).toEqual(['title', 'docNumber', 'slug']);
      expect(f.collections ?? [f.collection], key).toEqual(all);
      expect(f.hint, key).toMatch(/^输入.+标题、文号或文件名中的几个字/);
    }
    // And every `links` declaration of every kind, including ones added later.
    for (const kind of KINDS) {
      for (const link of linksOf(kind)) {
        const f = field(COLLECTION_DIRS[kind], link.field);
        expect(['relation', 'portal-relation'], `${kind}.${link.field}`).toContain(f.widget);
        expect(f.collections ?? [f.collection], `${kind}.${link.field}`).toEqual(link.targets.map((t) => COLLECTION_DIRS[t as keyof typeof COLLECTION_DIRS]));
        expect(f.value_field).toBe('{{filename}}');
      }
    }
  });

  it('lets the editor choose the file name, with the slug rule as a Chinese pattern, and writes content/<dir>/<year>/<name>.md', () => {
    for (const coll of config.collections) {
      expect(coll, coll.name).toMatchObject({ path: '{{year}}/{{slug}}', slug: '{{fields.slug}}', format: 'portal-frontmatter', extension: 'md' });
      const names = coll.fields.map((f) => f.name);
      expect(names.indexOf('slug'), coll.name).toBe(names.indexOf('title') + 1);
    }
    const slug = field('policies', 'slug');
    expect(slug).toMatchObject({ label: '文件名', widget: 'portal-slug', required: true, slug_prefix: 'policy', kind: 'policy' });
    const [source, message] = slug.pattern!;
    expect(message).toBe('文件名只能用小写字母、数字和连字符（-），以字母或数字开头和结尾，连字符不能连用，如 2026-daqi-fangzhi');
    const re = new RegExp(source);
    for (const ok of ['policy-2026-11-22-1', '2024-zhongwuran-yuan', 'a', '2026']) expect(re.test(ok), ok).toBe(true);
    for (const bad of ['Bad-Name', 'bad_name', '中文', 'a--b', 'a-', '-a', 'a b', 'a.md', '']) expect(re.test(bad), bad).toBe(false);
  });

  it('in production (no portal server) checks patterns in the browser instead', () => {
    const prod = editorConfig({ catalogue, backend: { name: 'gitea', repo: 'bureau/portal' }, publishMode: 'editorial_workflow' });
    expect(prod.publish_mode).toBe('editorial_workflow');
    const doc = prod.collections[1]!.fields.find((f) => f.name === 'docNumber')!;
    expect(doc.widget).toBe('string');
    expect(new RegExp(doc.pattern![0]).test('江环规〔2024〕3号')).toBe(true);
    expect(new RegExp(doc.pattern![0]).test('江环规[2024]3号')).toBe(false);
  });
});

describe('field checks in the form', () => {
  it('refuse a file name against the slug rule or one another file has, with npm run check’s and npm run new’s messages', () => {
    const taken = new Map([['2021-wuranyuan-pucha-gongbao', 'content/articles/2021/2021-wuranyuan-pucha-gongbao.md']]);
    expect(validateSlug('Bad_Name', taken)).toEqual([
      { field: '文件名', message: '文件名「Bad_Name」含有不允许的字符，它会成为网址的一部分', expected: '只用小写字母、数字和连字符，如 2024-zhongwuran-yuan' },
    ]);
    expect(validateSlug('a--b', taken)[0]!.message).toBe('文件名「a--b」不能以连字符结尾，也不能连用两个连字符');
    expect(validateSlug('2021-wuranyuan-pucha-gongbao', taken)[0]!.message).toBe(
      '文件名「2021-wuranyuan-pucha-gongbao」已被 content/articles/2021/2021-wuranyuan-pucha-gongbao.md 使用',
    );
    expect(validateSlug('bianjiqi-ceshi', taken)).toEqual([]);
  });

  it('give npm run check’s messages', () => {
    expect(validateField('policy', 'docNumber', '江环规[2024]3号', catalogue).map((p) => p.message)).toEqual([
      '文号「江环规[2024]3号」写法不对：年份要用六角括号〔〕括起来，不能用 [ ]、( )、（ ）、【 】',
    ]);
    expect(validateField('policy', 'column', 'guide', catalogue).map((p) => p.message)).toEqual(['栏目「政府信息公开指南」（guide）不接收“政策文件”类信息']);
    expect(validateField('policy', 'docNumber', '江环规〔2024〕3号', catalogue)).toEqual([]);
    expect(validateField('policy', 'column', 'other-documents', catalogue)).toEqual([]);
    expect(validateField('policy', 'published', '2026-02-30', catalogue)[0]!.message).toBe(
      '「2026-02-30」不是有效的日期：这一天不存在（2026 年 2 月只有 28 天）',
    );
  });
});
