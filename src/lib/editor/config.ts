/**
 * The browser editor's configuration (Decap CMS), generated — never written by hand.
 *
 * Its only inputs are the content declarations as they exist today: the Zod schemas of
 * each kind (`SCHEMAS`, `COLLECTION_DIRS`, `KIND_LABELS`), the field documentation
 * (each kind's `fields`, and the report tables' wording in report/format.ts) and the column
 * catalogue (content/columns.yaml, which columns accept which kind). When the kind
 * registry replaces the schemas, this is the one module to switch.
 *
 * Every field of every schema becomes a form field (tests/unit/editor-config.test.ts
 * fails otherwise): enumerations become choices, dates date pickers, file paths file
 * uploads into the item's `files/` folder, optional fields optional, and the 公开目录
 * choice lists only the columns that accept the kind.
 */
import type { z } from 'astro/zod';
import type { Catalogue } from '../columns.ts';
import { DOC_NUMBER, isoDate, relativePath } from '../schemas/common.ts';
import { KIND_DEFINITIONS, KIND_LABELS, KINDS, type Kind, COLLECTION_DIRS, SCHEMAS, fieldsOf, linksOf } from '../../kinds/index.ts';
import {
  ACTIVE_LABELS,
  APPLICANT_COLUMNS,
  APPLICATION_LABELS,
  DENIED,
  NOT_PROCESSED,
  OTHER_HANDLING,
  RESULT_GROUPS,
  REVIEW_COLUMNS,
  REVIEW_ROWS,
  TABLE_NAMES,
  UNAVAILABLE,
} from '../report/format.ts';

/** A Decap CMS field (the subset this generator writes). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: Array<string | { label: string; value: string }>;
  pattern?: [string, string];
  fields?: EditorField[];
  field?: EditorField;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  date_format?: string;
  time_format?: boolean;
  format?: string;
  collapsed?: boolean;
  summary?: string;
  allow_add?: boolean;
  add_to_top?: boolean;
  choose_url?: boolean;
  /** relation: the collection searched (the first target kind's). */
  collection?: string;
  /** portal-relation: every collection searched, when a link may name items of several kinds. */
  collections?: string[];
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  /** portal-slug: the kind's id, the default file name's prefix without the portal server. */
  slug_prefix?: string;
  /** Portal-specific: the kind the field belongs to (validation asks the server about it). */
  kind?: Kind;
}

export interface EditorCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  path: string;
  slug: string;
  extension: 'md';
  /** src/editor/admin/portal.js: YAML front matter read and written with js-yaml; the 文件名 field is not written. */
  format: 'portal-frontmatter';
  create: boolean;
  media_folder: string;
  public_folder: string;
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  fields: EditorField[];
}

export type EditorBackend =
  /** `npm run edit`: the local server's proxy API against the working tree. */
  | { name: 'proxy'; proxy_url: string; branch?: string }
  /** Production: a self-hosted Gitea/Forgejo or GitLab. */
  | { name: 'gitea' | 'gitlab' | 'forgejo'; repo: string; base_url?: string; api_root?: string; branch?: string; [key: string]: unknown };

export interface EditorConfigInput {
  catalogue: Catalogue;
  backend: EditorBackend;
  /** 'editorial_workflow' gives 草稿 → 待审核 → 发布 through pull/merge requests. */
  publishMode?: 'simple' | 'editorial_workflow';
  /**
   * 'server': field values are checked by the `npm run edit` server with the same code as
   * `npm run check` (exact same messages); 'pattern': the browser checks the documented
   * patterns itself (production, where no portal server runs).
   */
  validation?: 'server' | 'pattern';
  /** Site address, for links from the editor to the portal. */
  siteUrl?: string;
}

export interface EditorConfig {
  backend: EditorBackend;
  publish_mode?: 'editorial_workflow';
  locale: 'zh_Hans';
  load_config_file: false;
  media_folder: string;
  public_folder: string;
  site_url?: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: EditorCollection[];
}

/** Kinds the editor creates: those `npm run new` creates (a `scaffold` in their declaration); annual reports are scaffolded by `npm run new:report` and only edited here. */
export const EDITOR_CREATES: readonly Kind[] = KIND_DEFINITIONS.filter((k) => k.scaffold).map((k) => k.id as Kind);

/** Wording of the annual report's nested rows, from the report format (one source with the page). */
const REPORT_LABELS: Record<string, string> = {
  ...ACTIVE_LABELS,
  ...APPLICATION_LABELS,
  ...REVIEW_ROWS,
  ...DENIED,
  ...UNAVAILABLE,
  ...NOT_PROCESSED,
  ...OTHER_HANDLING,
  ...Object.fromEntries(Object.entries(RESULT_GROUPS).map(([k, g]) => [k, g.label])),
  ...TABLE_NAMES,
};

/** Zod v4's internal definition (stable across 4.x: `schema._zod.def`). */
interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  items?: z.ZodType[];
  entries?: Record<string, string>;
  checks?: Array<{ _zod: { def: { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number } } }>;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** True when `s` is `base` or `base` with more checks added (`.refine` clones and appends). */
function derivedFrom(s: z.ZodType, base: z.ZodType): boolean {
  if (s === base) return true;
  const a = defOf(s).checks ?? [];
  const b = defOf(base).checks ?? [];
  return defOf(s).type === defOf(base).type && b.length > 0 && b.every((c) => a.includes(c));
}

/** The object schema under a kind's refinements and transforms. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  let s = schema;
  for (;;) {
    const d = defOf(s);
    if (d.type === 'object') return d.shape!;
    if (d.type === 'pipe') s = d.in!;
    else throw new Error(`不是对象结构：${d.type}`);
  }
}

function labelOf(path: string[], kind: Kind): string {
  const key = path.join('.');
  const last = path[path.length - 1]!;
  const fields = fieldsOf(kind);
  return fields[key]?.label ?? REPORT_LABELS[last] ?? fields[last]?.label ?? last;
}

function hintOf(path: string[], kind: Kind): string | undefined {
  return fieldsOf(kind)[path.join('.')]?.expected;
}

interface Ctx {
  kind: Kind;
  catalogue: Catalogue;
  validation: 'server' | 'pattern';
}

/** The widget name: in server mode the portal's wrappers, which ask the server for the check's message. */
function widget(base: string, ctx: Ctx, top: boolean): string {
  return ctx.validation === 'server' && top ? `portal-${base}` : base;
}

/** One schema node → one Decap field. `path` is the field path without list indexes. */
function toField(name: string, schema: z.ZodType, path: string[], ctx: Ctx, inList = false): EditorField {
  let s = schema;
  let required = true;
  let defaultValue: unknown;
  // Unwrap optional/default (in any order).
  for (;;) {
    const d = defOf(s);
    if (d.type === 'optional') {
      required = false;
      s = d.innerType!;
    } else if (d.type === 'default') {
      required = false;
      defaultValue = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
      s = d.innerType!;
    } else break;
  }
  const top = path.length === 1 && !inList;
  const base: EditorField = { name, label: labelOf(path, ctx.kind), widget: 'string', required };
  const hint = hintOf(path, ctx.kind);
  if (hint) base.hint = `应为：${hint}`;
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)) base.default = defaultValue;
  if (top && ctx.validation === 'server') base.kind = ctx.kind;
  const d = defOf(s);

  // 公开目录: only the columns that accept this kind.
  if (top && name === 'column') {
    const options = ctx.catalogue.columns
      .filter((c) => c.accepts.includes(ctx.kind))
      .map((c) => ({ label: `${'　'.repeat(c.depth)}${c.name}${c.status === 'archived' ? '（已归档）' : ''}`, value: c.id }));
    return { ...base, hint: `只列出接收“${KIND_LABELS[ctx.kind]}”的栏目（content/columns.yaml）`, widget: widget('select', ctx, top), options };
  }
  // A field naming another item (the kind's `links`): a picker over the target kinds' items.
  const link = top ? linksOf(ctx.kind).find((l) => l.field === name) : undefined;
  if (link) return { ...base, ...relationOf(link.targets as Kind[], link.noun) };
  // 索引号: the next free serial of the year, filled in by the editor's server.
  if (top && name === 'indexNumber') {
    return { ...base, widget: 'portal-index-number', ...(ctx.validation === 'pattern' ? { pattern: patternOf(s, path, ctx.kind) } : {}) };
  }
  if (derivedFrom(s, isoDate)) {
    return { ...base, widget: widget('datetime', ctx, top), date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD' };
  }
  switch (d.type) {
    case 'string': {
      if (derivedFrom(s, relativePath)) return { ...base, widget: 'file', choose_url: false };
      const max = d.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
      const field: EditorField = { ...base, widget: widget(max !== undefined && max > 200 ? 'text' : 'string', ctx, top) };
      const pattern = ctx.validation === 'pattern' ? patternOf(s, path, ctx.kind) : undefined;
      return pattern ? { ...field, pattern } : field;
    }
    case 'enum':
      return { ...base, widget: widget('select', ctx, top), options: Object.values(d.entries!) };
    case 'boolean':
      // No hint (“true 或 false” means nothing next to a switch) and no invented default:
      // an absent 需要解读 has a meaning of its own (policies: true for 行政规范性文件).
      return { ...base, hint: undefined, widget: 'boolean', required: false };
    case 'number': {
      const int = d.checks?.some((c) => c._zod.def.check === 'number_format' || c._zod.def.format === 'safeint');
      const min = d.checks?.find((c) => c._zod.def.check === 'greater_than')?._zod.def;
      return { ...base, widget: 'number', value_type: int ? 'int' : 'float', ...(min ? { min: Number((min as { value?: number }).value ?? 0) } : {}) };
    }
    case 'object': {
      const fields = Object.entries(d.shape!).map(([k, v]) => toField(k, v, [...path, k], ctx));
      return { ...base, widget: 'object', collapsed: !top ? true : false, fields };
    }
    case 'tuple': {
      const columns = d.items!.length === APPLICANT_COLUMNS.length ? APPLICANT_COLUMNS : REVIEW_COLUMNS;
      return {
        ...base,
        widget: 'list',
        hint: base.hint ?? `依次填写 ${d.items!.length} 个数字：${columns.join('、')}`,
        min: d.items!.length,
        max: d.items!.length,
        field: { name: 'n', label: '数字', widget: 'number', value_type: 'int', min: 0 },
      };
    }
    case 'array': {
      const element = d.element!;
      const ed = defOf(element);
      const max = d.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
      const list: EditorField = { ...base, widget: 'list', collapsed: false, ...(max !== undefined ? { max } : {}) };
      if (ed.type === 'object') {
        const fields = Object.entries(ed.shape!).map(([k, v]) => toField(k, v, [...path, k], ctx));
        const title = fields.find((f) => /title|question|alt/.test(f.name)) ?? fields[0]!;
        return { ...list, fields, summary: `{{fields.${title.name}}}` };
      }
      const item = toField(name, element, path, ctx, true);
      return { ...list, field: { ...item, hint: undefined } };
    }
    default:
      throw new Error(`编辑器配置：${ctx.kind}.${path.join('.')} 的类型 ${d.type} 还没有对应的表单控件`);
  }
}

/**
 * Decap's relation widget for a link field. The portal stores the target's file name
 * without `.md` (its slug); Decap's own `{{slug}}` of an entry in a `{{year}}/…` folder
 * is `2026/name`, so the value is the `{{filename}}` template instead. One target kind:
 * Decap's `relation`; several (解读对象: a policy or a plan): `portal-relation`
 * (src/editor/admin/portal.js), which searches every target collection.
 */
export function relationOf(targets: readonly Kind[], noun: string): Partial<EditorField> {
  const collections = targets.map((t) => COLLECTION_DIRS[t]);
  return {
    widget: collections.length > 1 ? 'portal-relation' : 'relation',
    hint: `输入${noun}标题、文号或文件名中的几个字，从列表中选择（${targets.map((t) => KIND_LABELS[t]).join('或')}）`,
    collection: collections[0]!,
    ...(collections.length > 1 ? { collections } : {}),
    value_field: '{{filename}}',
    search_fields: ['title', 'docNumber', 'slug'],
    display_fields: ['title', '（{{filename}}）'],
    options_length: 50,
  };
}

/** A Decap `pattern` for a string field: the regex the schema checks, and the documented correct form. */
function patternOf(s: z.ZodType, path: string[], kind: Kind): [string, string] | undefined {
  const key = path.join('.');
  const message = `应为：${fieldsOf(kind)[key]?.expected ?? ''}`;
  if (key === 'docNumber') return [DOC_NUMBER.source, message];
  const regex = defOf(s).checks?.find((c) => c._zod.def.format === 'regex')?._zod.def.pattern;
  return regex ? [regex.source, message] : undefined;
}

/** The form field naming the file; never written into the front matter (portal.js's format leaves it out). */
export const SLUG_FIELD = 'slug';

/**
 * The slug rule of the content check (SLUG: lowercase letters, digits, hyphens, starting
 * with a letter or digit), narrowed to what Decap keeps as typed: it would merge doubled
 * hyphens and drop a trailing one, so those are refused rather than silently changed.
 */
export const EDITOR_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MESSAGE = '文件名只能用小写字母、数字和连字符（-），以字母或数字开头和结尾，连字符不能连用，如 2026-daqi-fangzhi';

/** 文件名: chosen when the item is created (default 类型-日期-序号, as `npm run new`), fixed afterwards. */
export function slugField(kind: Kind, validation: 'server' | 'pattern'): EditorField {
  return {
    name: SLUG_FIELD,
    label: '文件名',
    widget: 'portal-slug',
    // An existing item's name comes from its path (the widget passes it to Decap's checks).
    required: true,
    hint: '网址的一部分：/items/文件名/。只用小写字母、数字和连字符；保存后不能在编辑器中修改。',
    pattern: [EDITOR_SLUG.source, SLUG_MESSAGE],
    slug_prefix: kind,
    ...(validation === 'server' ? { kind } : {}),
  };
}

/** The form fields of one kind: title and 文件名 first, body last. */
export function kindFields(kind: Kind, catalogue: Catalogue, validation: 'server' | 'pattern' = 'server'): EditorField[] {
  const ctx: Ctx = { kind, catalogue, validation };
  const fields = Object.entries(objectShape(SCHEMAS[kind])).map(([name, s]) => toField(name, s, [name], ctx));
  const title = fields.findIndex((f) => f.name === 'title');
  fields.splice(title + 1, 0, slugField(kind, validation));
  fields.push({ name: 'body', label: '正文', widget: 'markdown', required: true, hint: '信息的全文。附件、图片的文件请用上面的“附件”上传。' });
  return fields;
}

/** Slug prefix per kind, as `npm run new` names files: `policy-2026-11-22-…`. */
export function collectionFor(kind: Kind, catalogue: Catalogue, validation: 'server' | 'pattern' = 'server'): EditorCollection {
  const dir = COLLECTION_DIRS[kind];
  const creates = EDITOR_CREATES.includes(kind);
  return {
    name: dir,
    label: KIND_LABELS[kind],
    label_singular: KIND_LABELS[kind],
    description: creates
      ? `${KIND_LABELS[kind]}：每条信息一个文件，保存在 content/${dir}/年份/ 下；附件上传到同一年份的 files/ 文件夹。`
      : `${KIND_LABELS[kind]}：新的年度报告请用 npm run new:report -- --year 年份 生成模板（表格自动带入上年结转数），再在这里修改。`,
    folder: `content/${dir}`,
    // content/<dir>/<year>/<文件名>.md as `npm run new` writes it: the year is the year of
    // saving (Decap takes {{year}} from the clock: `published` is not a field it infers a date from).
    path: '{{year}}/{{slug}}',
    // The file name is the form's 文件名 field (SLUG_FIELD), which is not written into the front matter.
    slug: `{{fields.${SLUG_FIELD}}}`,
    extension: 'md',
    format: 'portal-frontmatter',
    create: creates,
    media_folder: 'files',
    public_folder: './files',
    identifier_field: 'title',
    summary: '{{title}}（{{published}}）',
    sortable_fields: ['published', 'title'],
    fields: kindFields(kind, catalogue, validation),
  };
}

/** Self-hosted git servers the exported editor works with, and whether Decap 3.16 gives them its editorial workflow. */
export const PRODUCTION_BACKENDS = {
  // decap-cms-backend-gitlab: unpublishedEntries / publishUnpublishedEntry through merge requests.
  gitlab: { workflow: true, branch: 'main' },
  // decap-cms-backend-forgejo: the same through pull requests (see docs/deploy/editor.md for its open issue).
  forgejo: { workflow: true, branch: 'main' },
  // decap-cms-backend-gitea 3.5: "The Gitea backend does not support editorial workflow." Editors
  // save to a branch of their own; a reviewer merges it into main by a pull request in Gitea.
  gitea: { workflow: false, branch: 'editor-drafts' },
} as const;
export type ProductionBackendName = keyof typeof PRODUCTION_BACKENDS;

/** The backend block of the production configuration (`npm run edit -- --export`). */
export function productionBackend(o: {
  name: ProductionBackendName;
  repo: string;
  branch?: string | undefined;
  baseUrl?: string | undefined;
  apiRoot?: string | undefined;
  appId?: string | undefined;
}): EditorBackend {
  return {
    name: o.name,
    repo: o.repo,
    branch: o.branch ?? PRODUCTION_BACKENDS[o.name].branch,
    ...(o.baseUrl ? { base_url: o.baseUrl } : {}),
    ...(o.apiRoot ? { api_root: o.apiRoot } : {}),
    // GitLab: PKCE, no secret in the browser (Forgejo/Gitea: their OAuth2 app id, PKCE by default).
    ...(o.appId ? { app_id: o.appId, ...(o.name === 'gitlab' ? { auth_type: 'pkce' } : {}) } : {}),
  };
}

/** The whole editor configuration: one collection per kind. */
export function editorConfig(input: EditorConfigInput): EditorConfig {
  const validation = input.validation ?? (input.backend.name === 'proxy' ? 'server' : 'pattern');
  return {
    backend: input.backend,
    ...(input.publishMode === 'editorial_workflow' ? { publish_mode: 'editorial_workflow' as const } : {}),
    locale: 'zh_Hans',
    load_config_file: false,
    media_folder: 'content/files',
    public_folder: '/files',
    ...(input.siteUrl ? { site_url: input.siteUrl } : {}),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: KINDS.map((kind) => collectionFor(kind, input.catalogue, validation)),
  };
}

/** Every field path a configuration covers (list indexes dropped), for the coverage test. */
export function configFieldPaths(fields: readonly EditorField[], prefix = ''): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const p = prefix ? `${prefix}.${f.name}` : f.name;
    out.push(p);
    if (f.fields) out.push(...configFieldPaths(f.fields, p));
  }
  return out;
}
