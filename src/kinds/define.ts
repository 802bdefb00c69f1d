/**
 * What a content kind (信息类型) declares about itself, and the helpers kinds are built
 * with. One folder per kind under src/kinds/ holds its declaration (`kind.ts`) and, when
 * its page shows more than the Markdown body, its `Body.astro`; `registry.ts` lists the
 * kinds. Everything else — collections, error messages, the metadata table, search
 * filters, relations between items, audit findings, `npm run new`, the editor — is derived
 * from these declarations (see docs/content-model.md, "Adding a kind").
 *
 * Shaped after Starlight's `docsSchema({ extend })`: a kind extends the fields every
 * disclosed item shares (`itemSchema`) instead of repeating them.
 */
import { z } from 'astro/zod';
import { baseItemShape, checkValidity } from '../lib/schemas/common.ts';
import type { FieldInfo } from '../lib/schemas/fields.ts';
import type { WorkCalendar } from '../lib/workdays.ts';
import type { NewItem } from '../lib/new-item/model.ts';

/** One front-matter entry of a new file: comment lines above it (without `# `), then its YAML lines (none: a hint only). */
export interface ScaffoldEntry {
  comments: string[];
  lines: string[];
}

/** A field's documentation: its Chinese label, what a correct value looks like, whether it is a date. */
export interface FieldDoc extends FieldInfo {
  /** Dates get the date-specific diagnoses (“月份 13 不存在”, full-width hyphens …). */
  date?: boolean;
}
export type FieldDocs = Readonly<Record<string, FieldDoc>>;

/** Documentation of the fields every kind shares (`baseItemShape`). */
export const BASE_FIELDS: FieldDocs = {
  title: { label: '标题', expected: '一行文字，1–200 个字符' },
  indexNumber: {
    label: '索引号',
    expected: '“18 位统一社会信用代码/年份-5 位流水号”，如 11990000MB1234560X/2024-00031',
  },
  column: { label: '公开目录', expected: 'content/columns.yaml 中某个栏目的 id，如 normative-documents' },
  publisher: { label: '发布机构', expected: '机构全称，如 江南省生态环境厅' },
  written: { label: '成文日期', expected: '形如 2024-03-12 的真实日期', date: true },
  published: { label: '发布日期', expected: '形如 2024-03-15 的真实日期，不晚于构建日期', date: true },
  docNumber: { label: '文号', expected: '“机关代字〔年份〕序号号”，如 江环规〔2024〕3号（括号为六角括号〔〕）' },
  keywords: { label: '主题词', expected: '词语列表，如 [大气污染防治, 重污染天气]' },
  validity: { label: '有效性', expected: '有效、失效 或 废止 三者之一' },
  replacedBy: { label: '替代文件', expected: '替代本文件的信息的文件名（不含 .md），如 2025-zhongwuran-yuan' },
  validityChanged: { label: '失效/废止日期', expected: '形如 2025-06-01 的真实日期', date: true },
  changed: { label: '变更日期', expected: '信息变更（修改、调整）之日，形如 2025-06-01 的真实日期，不早于成文日期、不晚于更新日期', date: true },
  updated: { label: '更新日期', expected: '变更后的信息在本站发布之日，形如 2025-06-20 的真实日期，不早于发布日期', date: true },
  summary: { label: '摘要', expected: '一两句话，不超过 300 个字符' },
  attachments: { label: '附件', expected: '列表，每项包含 file（文件路径）和 title（附件标题）' },
  'attachments.file': { label: '附件文件', expected: '相对于本文件的路径，如 ./files/fujian1.pdf' },
  'attachments.title': { label: '附件标题', expected: '附件的中文标题' },
  draft: { label: '草稿', expected: 'true 或 false' },
  disclosure: { label: '公开方式', expected: '主动公开、依申请公开 或 不予公开 三者之一' },
};

/** Documentation of `services` (相关办事), which several kinds share. */
export const SERVICE_FIELDS: FieldDocs = {
  services: { label: '相关办事', expected: '列表，每项包含 title（事项名称）和 url（办事指南链接）' },
  'services.title': { label: '办事事项名称', expected: '事项名称' },
  'services.url': { label: '办事指南链接', expected: '以 https:// 或 / 开头的链接' },
};

type BaseData = z.output<z.ZodObject<typeof baseItemShape>>;

/**
 * The schema of a kind: the shared fields plus `extend`, strict (unknown keys are errors,
 * so misspellings are caught), with the shared cross-field rules and the kind's own `refine`.
 */
export function itemSchema<E extends z.ZodRawShape>(extend: E, refine?: (data: BaseData & z.output<z.ZodObject<E>>, ctx: z.RefinementCtx) => void) {
  return z.strictObject({ ...baseItemShape, ...extend }).superRefine((data, ctx) => {
    const d = data as BaseData & z.output<z.ZodObject<E>>;
    checkValidity(d, ctx);
    refine?.(d, ctx);
  });
}

/** One row of a disclosure page's metadata table (信息属性) that a kind adds. */
export interface MetaRow {
  label: string;
  value: string;
  href?: string | undefined;
}

/** A field that names another item by its file name (slug). */
export interface LinkField {
  /** Front-matter key holding the slug. */
  field: string;
  /** Kinds the target may be. */
  targets: readonly string[];
  /** How the target is called in messages: 找不到{noun}「slug」. */
  noun: string;
}

/** A search filter (Pagefind filter) a kind adds to the shared ones (栏目, 类型, 年份 …). */
export interface Facet<D> {
  /** Filter key in the search URL and the Pagefind index: lowercase ASCII. */
  key: string;
  /** Chinese label of the filter. */
  label: string;
  /** Label of the “all values” option. */
  all: string;
  /** The item's value; `status` is the item's process status for the as-of date (see `status`), so a kind can offer it as a filter. */
  value: (data: D, status?: ItemStatus) => string | undefined;
}

/** An item as the rules see it: the kind's data plus where it came from. */
export interface KindItem<D> {
  kind: string;
  slug: string;
  file: string;
  data: D;
}

/** A problem a kind's own rules find across its items (`npm run check`). */
export interface KindProblem {
  file: string;
  severity: 'error' | 'warning';
  /** Field path in the front matter, to find the line. */
  path: readonly (string | number)[];
  message: string;
  expected?: string | undefined;
}

/** What a kind's cross-item rules and audit findings are given. */
export interface KindContext<D> {
  /** This kind's items, publishable or not. */
  items: readonly KindItem<D>[];
  /** Every item of every kind by slug. */
  bySlug: ReadonlyMap<string, KindItem<Record<string, unknown>>>;
  asOf: string;
  /** Whether an item is on the public site as of `asOf`. */
  isPublished: (item: KindItem<unknown>) => boolean;
  /** The site's settings (content/site.yaml `rules`). */
  settings: Readonly<Record<string, unknown>>;
  /**
   * The working-day calendar (content/calendar/, src/lib/workdays.ts), in `npm run check`;
   * undefined for audit checks. A date in a year without calendar data gives a MissingYear:
   * report “无法判断” with `missingYearMessage`, never guess.
   */
  calendar?: WorkCalendar | undefined;
}

/** One list of audit findings a kind contributes (“其他问题”). */
export interface AuditCheck<D> {
  /** Stable key (anchor on /audit/, key in audit.json). */
  key: string;
  /** Heading of the list. */
  title: string;
  collect: (ctx: KindContext<D>) => Array<{ slug: string; message: string; expected?: string | undefined }>;
}

/** What a kind's `status` is given: the as-of date and the items linking to an item. */
export interface StatusContext {
  asOf: string;
  /** Published items naming `slug` in their link field `field` (newest first). */
  linkedBy: (field: string, slug: string) => readonly KindItem<Record<string, unknown>>[];
}

/** A process's state for the as-of date, shown as a tag in lists and on the item's page. */
export interface ItemStatus {
  /** Short Chinese words: 征求意见中（还剩 5 天）, 已截止, 已批复 … */
  label: string;
  /** open: still running; done: finished as it should; closed: finished, something may be missing. */
  tone: 'open' | 'done' | 'closed';
}

/** How a column holding only this kind orders and groups its items, instead of newest first. */
export interface Listing<D> {
  /** Heading of the group an item belongs to (e.g. 十四届人大三次会议); `status` as in `status` (e.g. to group by 受理公示中 / 已批复). */
  group: (data: D, status?: ItemStatus) => string;
  /** Order of the whole list; groups appear in the order of their first item. */
  compare: (a: D, b: D, statusA?: ItemStatus, statusB?: ItemStatus) => number;
}

/** What a kind's corpus generator is given (`npm run gen:corpus`, the benchmark). Deterministic: use `random`, never Math.random. */
export interface CorpusContext {
  /** How many items of this kind to make (the kind's `share` of the corpus size, at least 1). */
  count: number;
  /** First and last publication date of the corpus, YYYY-MM-DD. */
  from: string;
  to: string;
  /** The corpus's seeded random numbers in [0, 1). */
  random: () => number;
  /** Ids of the catalogue's columns that accept this kind (at least one). */
  columns: readonly string[];
  /** Prefecture-level city names of the sample province. */
  cities: readonly string[];
  /** Slugs already taken: a kind's slugs must not collide (prefix them with the kind's id). */
  taken: ReadonlySet<string>;
}

/** One generated item: the generator adds 索引号 (indexNumber) and writes `<dir>/<year>/<slug>.md`. */
export interface CorpusItem {
  /**
   * Kind of the item when it is not the maker's own: a kind may make the items that belong
   * to each of its items (a 环评 project and its stages), so that they are consistent.
   */
  kind?: string;
  slug: string;
  /** Front matter without indexNumber; must include title, column and published. */
  data: Record<string, unknown> & { title: string; column: string; published: string };
  body: string;
}

export interface KindDefinition<Id extends string = string, S extends z.ZodType = z.ZodType> {
  /** Identifier used in columns.yaml `accepts` and in code. */
  id: Id;
  /** Position in lists (editor collections, docs): lower first. */
  order: number;
  /** Folder under content/, also the Astro collection's name. */
  dir: string;
  /** Chinese name (类型 filter, messages). */
  label: string;
  /** English name, for developers' docs. */
  labelEn: string;
  /** One sentence for editors: what goes in this kind. */
  description: string;
  schema: S;
  /** Documentation of this kind's own fields (shared fields are in BASE_FIELDS). */
  fields: FieldDocs;
  /** Rows this kind adds to the metadata table, after 成文日期. */
  meta?: (data: z.output<S>) => MetaRow[];
  /** Fields that name another item; checked to exist, be published and of the right kind, and shown as back-links. */
  links?: readonly LinkField[];
  /** Search filters this kind adds. */
  facets?: readonly Facet<z.output<S>>[];
  /** A process's state for the as-of date (consultations, projects …), shown in lists and on the page. */
  status?: (item: KindItem<z.output<S>>, ctx: StatusContext) => ItemStatus | undefined;
  /** How a column holding only this kind lists it (grouped, ordered); default newest first. */
  listing?: Listing<z.output<S>>;
  /** Author of the page for the national page metadata (defaults to the publisher). */
  author?: (data: z.output<S>) => string | undefined;
  /** Rules across items of this kind, beyond the schema's (duplicates, windows against other items …). */
  check?: (ctx: KindContext<z.output<S>>) => KindProblem[];
  /** Audit findings this kind contributes. */
  audit?: readonly AuditCheck<z.output<S>>[];
  /** Sample items for the corpus generator: the fraction of the corpus this kind makes up, and the maker. */
  corpus?: { share: number; make: (ctx: CorpusContext) => CorpusItem[] };
  /**
   * `npm run new` (and the browser editor's “新建”): kinds without one are made another way
   * (annual reports: `npm run new:report`). `fields` are the kind's own front-matter
   * entries, written between the shared opening (标题 … 文号) and closing (主题词 … 公开方式).
   */
  scaffold?: {
    /** Whether the new file has 成文日期 (`written`). */
    written?: boolean;
    fields: (n: NewItem) => ScaffoldEntry[];
    /** The same as YAML lines, when written with `lineScaffold` (for tests). */
    lines?: (ctx: ScaffoldLinesContext) => string[];
  };
}

/** A scaffold entry with one comment and one line. */
export const entry = (comment: string, line: string): ScaffoldEntry => ({ comments: [comment], lines: [line] });
/** A scaffold hint: comments and commented-out lines only (an optional field). */
export const hint = (...comments: string[]): ScaffoldEntry => ({ comments, lines: [] });

/** What a line-written scaffold gets: the new item's date and the answers given for its fields. */
export interface ScaffoldLinesContext {
  date: string;
  answers: Readonly<Record<string, string | undefined>>;
}

/**
 * A scaffold written as YAML lines, each field with its `# ` comment lines above it (the
 * simplest way for a new kind): `scaffold: lineScaffold(({ date }) => ['# 截止日期', `closes: ${date}`])`.
 */
export function lineScaffold(lines: (ctx: ScaffoldLinesContext) => string[]): {
  fields: (n: NewItem) => ScaffoldEntry[];
  lines: (ctx: ScaffoldLinesContext) => string[];
} {
  return {
    lines,
    fields: (n) => {
      const out: ScaffoldEntry[] = [];
      let comments: string[] = [];
      for (const line of lines({ date: n.date, answers: n.answers ?? {} })) {
        if (line.startsWith('#')) comments.push(line.replace(/^#\s?/, ''));
        else {
          out.push({ comments, lines: [line] });
          comments = [];
        }
      }
      if (comments.length) out.push({ comments, lines: [] });
      return out;
    },
  };
}

/** Declare a kind; the identity function, there for type checking and inference. */
export function defineKind<const Id extends string, S extends z.ZodType>(def: KindDefinition<Id, S>): KindDefinition<Id, S> {
  return def;
}
