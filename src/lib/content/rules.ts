/**
 * Rules that involve more than one field or more than one file: uniqueness, columns,
 * references between items, attachments, dates against the as-of date. Pure: the file
 * system is reached only through the `exists`/`sizeOf` functions passed in.
 */
import path from 'node:path';
import { columnsAccepting, type Catalogue } from '../columns.ts';
import { INDEX_NUMBER, DOC_NUMBER } from '../schemas/common.ts';
import { isPublishable, needsInterpretation, type Item } from '../items.ts';
import { slugFromItemUrl } from '../urls.ts';
import type { Problem } from './problems.ts';
import { lineOfPath, locateBody } from './frontmatter.ts';
import { classifyLink, extractLinks } from './links.ts';
import { BODY_PLACEHOLDER, QA_QUESTION_PLACEHOLDER, QA_ANSWER_PLACEHOLDER } from './placeholders.ts';
import { closestMatch } from './zod-errors.ts';
import { KIND_DEFINITIONS, KIND_LABELS, fieldsOf, linksOf, type Kind, type KindDefinition, type LinkField } from '../../kinds/index.ts';
import type { KindContext, KindItem } from '../../kinds/define.ts';
import type { WorkCalendar } from '../workdays.ts';

/** Attachment types an editor may publish, and the largest size allowed. */
export const ATTACHMENT_TYPES = ['.pdf', '.ofd', '.doc', '.docx', '.wps', '.xls', '.xlsx', '.et', '.csv', '.json', '.txt', '.zip', '.png', '.jpg', '.jpeg', '.webp'];
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

export interface RuleContext {
  catalogue: Catalogue;
  orgCode: string;
  asOf: string;
  /** Project root, to resolve attachment paths. */
  root: string;
  /** Size of a file in bytes, undefined when missing. */
  sizeOf: (absPath: string) => number | undefined;
  /** Whether a file is reached through a symbolic link or lies outside content/ (files.ts `outsideContent`). */
  isLinked?: ((absPath: string) => boolean) | undefined;
  /** Source text by project-relative file, for line numbers. */
  textOf: (file: string) => string | undefined;
  /** Known data-series ids (content/series/*.yaml). */
  seriesIds: ReadonlySet<string>;
  /** What a missing interpretation is: an error (default) or a warning. */
  missingInterpretation?: 'error' | 'warning';
  /** The portal's own address (site.yaml `url`), so absolute links to it are checked like `/…` links. */
  siteUrl?: string | undefined;
  /**
   * Files that exist but could not be read as items (their own errors are reported), by
   * slug: a reference to one says so instead of "not found".
   */
  unreadable?: ReadonlyMap<string, string>;
  /** content/site.yaml's settings, for kinds' own rules (consultation windows …). */
  settings?: Readonly<Record<string, unknown>> | undefined;
  /** The working-day calendar, for kinds' own rules. */
  calendar?: WorkCalendar | undefined;
  /** When given, receives the milliseconds the kinds' own rules (`check` hooks) took, as `kindChecks`. */
  timings?: { kindChecks?: number } | undefined;
}

/** A reference to `slug` that is not among the items: unknown, or a file with errors of its own. */
function notFound(slug: string, notFoundMessage: string, expected: string, unreadable: ReadonlyMap<string, string> | undefined): Fault {
  const file = unreadable?.get(slug);
  return file ? { message: `「${slug}」（${file}）本身有错误，暂时无法引用`, expected: `先改正 ${file} 中报告的错误，这里会随之恢复` } : { message: notFoundMessage, expected };
}

export function checkItems(items: readonly Item[], ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const at = (item: Item, field: string, pathKeys: ReadonlyArray<string | number> = [field]) => {
    const text = ctx.textOf(item.file);
    return { file: item.file, line: text ? lineOfPath(text, pathKeys) : undefined, field };
  };
  const error = (item: Item, field: string, message: string, expected?: string, pathKeys?: Array<string | number>) =>
    problems.push({ severity: 'error', ...at(item, field, pathKeys), message, expected });
  const warn = (item: Item, field: string, message: string, expected?: string, pathKeys?: Array<string | number>) =>
    problems.push({ severity: 'warning', ...at(item, field, pathKeys), message, expected });

  const bySlug = new Map<string, Item>();
  const byIndex = new Map<string, Item>();
  const byDocNumber = new Map<string, Item>();
  const interpreted = new Set<string>();

  for (const item of items) {
    const d = item.data;

    // URL (slug) — unique across collections.
    const twin = bySlug.get(item.slug);
    if (twin) {
      problems.push({
        severity: 'error',
        file: item.file,
        line: 1,
        field: '文件名',
        message: `文件名「${item.slug}」与 ${twin.file} 重复，两者会发布到同一个网址 /items/${item.slug}/`,
        expected: '全站唯一的文件名',
      });
    } else bySlug.set(item.slug, item);

    // 索引号 — unique, organisation prefix, year.
    const other = byIndex.get(d.indexNumber);
    if (other) {
      error(item, '索引号（indexNumber）', `索引号 ${d.indexNumber} 已被 ${other.file} 使用`, '全站唯一的索引号；可用 npm run new 自动分配下一个空号', ['indexNumber']);
    } else byIndex.set(d.indexNumber, item);
    const m = INDEX_NUMBER.exec(d.indexNumber);
    if (m && !d.indexNumber.startsWith(`${ctx.orgCode}/`)) {
      warn(item, '索引号（indexNumber）', `索引号前缀不是本机关的统一社会信用代码 ${ctx.orgCode}`, `${ctx.orgCode}/年份-流水号`, ['indexNumber']);
    }
    if (m && m[1] !== d.published.slice(0, 4)) {
      warn(item, '索引号（indexNumber）', `索引号中的年份 ${m[1]} 与发布日期 ${d.published} 的年份不一致`, '索引号年份与发布年份相同', ['indexNumber']);
    }

    // 文号 — one document per 文号 per year.
    if (d.docNumber) {
      const dm = DOC_NUMBER.exec(d.docNumber);
      // 江环规〔2024〕03号 and 江环规〔2024〕3号 are the same 文号.
      const key = d.docNumber.replace(/〕0+(?=\d)/, '〕');
      const prior = byDocNumber.get(key);
      if (prior) {
        error(item, '文号（docNumber）', `文号 ${d.docNumber} 已被 ${prior.file} 使用（${dm?.[1] ?? ''} 年同一文号只能对应一份文件）`, '每年每个文号只用一次', ['docNumber']);
      } else byDocNumber.set(key, item);
    }

    // 公开目录 — exists and accepts this kind.
    const column = ctx.catalogue.byId.get(d.column);
    const columnWrong = columnProblem(ctx.catalogue, item.kind, d.column);
    if (columnWrong) {
      error(item, '公开目录（column）', columnWrong.message, columnWrong.expected, ['column']);
    } else if (column?.status === 'archived' && d.published > ctx.asOf.slice(0, 4) + '-00') {
      warn(item, '公开目录（column）', `栏目「${column!.name}」已归档，本年度不应再向其中发布信息`, '选择一个仍在更新的栏目', ['column']);
    }

    // Dates against the as-of date.
    if (!d.draft && d.published > ctx.asOf) {
      error(item, '发布日期（published）', `发布日期 ${d.published} 晚于构建日期 ${ctx.asOf}`, '不晚于今天的日期；如需定时发布，请先设为草稿（draft: true）', ['published']);
    }
    if (d.validityChanged && d.validityChanged < d.published) {
      error(item, '失效/废止日期（validityChanged）', `失效/废止日期 ${d.validityChanged} 早于发布日期 ${d.published}`, '不早于发布日期的日期', ['validityChanged']);
    }
    if (!d.keywords || d.keywords.length === 0) {
      warn(item, '主题词（keywords）', '没有填写主题词，检索和分类会受影响', '如 keywords: [大气污染防治, 重污染天气]', ['keywords']);
    }

    // Attachments, images and data files exist, have an allowed type and size.
    for (const ref of referencedFiles(item)) {
      const fault = fileFault(item, ref, ctx);
      if (fault) error(item, ref.field, fault.message, fault.expected, ref.keys);
    }
    if (item.kind === 'release' && !ctx.seriesIds.has(item.data.series)) {
      error(item, '数据系列（series）', `数据系列「${item.data.series}」不存在`, `content/series/ 下已有的系列：${[...ctx.seriesIds].join('、') || '（无）'}`, ['series']);
    }
  }

  // References between items: only to items that will be published.
  for (const item of items) {
    if (!isPublishable(item, ctx.asOf)) continue;
    const replacement = replacedByFault(item, bySlug, ctx.asOf, ctx.unreadable);
    if (replacement) error(item, '替代文件（replacedBy）', replacement.message, replacement.expected, ['replacedBy']);
    // Fields that name another item (the kinds' `links`): it exists, is published and of the right kind.
    const data = item.data as unknown as Record<string, unknown>;
    for (const link of linksOf(item.kind)) {
      const slug = data[link.field];
      if (typeof slug !== 'string') continue;
      const label = fieldsOf(item.kind)[link.field]?.label ?? link.field;
      const fault = linkFault(link, label, slug, bySlug, ctx.asOf, ctx.unreadable);
      if (fault) error(item, `${label}（${link.field}）`, fault.message, fault.expected, [link.field]);
      else if (link.field === 'interprets') interpreted.add(slug);
    }
    // Links and images in the body must resolve (see bodyProblems).
    problems.push(...bodyProblems(item, ctx.textOf(item.file) ?? '', { ...ctx, bySlug }));
  }

  const rule = ctx.missingInterpretation ?? 'error';
  for (const item of items) {
    if (lacksInterpretation(item, interpreted, ctx.asOf)) {
      problems.push({
        severity: rule,
        ...at(item, '需要解读（needsInterpretation）', ['needsInterpretation']),
        line: at(item, '', ['needsInterpretation']).line ?? at(item, '', ['category']).line,
        message: `这份${item.kind === 'policy' ? '政策文件' : '规划'}需要解读，但还没有任何解读指向它（“三同步”）`,
        expected: `新建一篇政策解读，填写 interprets: ${item.slug}`,
      });
    }
  }
  const kindStarted = performance.now();
  problems.push(...kindProblems(items, bySlug, ctx));
  if (ctx.timings) ctx.timings.kindChecks = performance.now() - kindStarted;
  return problems;
}

/** The context a kind's own rules and audit checks get (src/kinds/define.ts `KindContext`). */
export function kindContext(kind: KindDefinition, items: readonly Item[], bySlug: ReadonlyMap<string, Item>, asOf: string, settings: Readonly<Record<string, unknown>> = {}, calendar?: WorkCalendar): KindContext<never> {
  return {
    items: items.filter((i) => i.kind === kind.id) as unknown as KindItem<never>[],
    bySlug: bySlug as unknown as ReadonlyMap<string, KindItem<Record<string, unknown>>>,
    asOf,
    isPublished: (i) => isPublishable(i as Item, asOf),
    settings,
    calendar,
  };
}

/** Each kind's own rules across its items (`check` in its declaration), located in the files. */
function kindProblems(items: readonly Item[], bySlug: ReadonlyMap<string, Item>, ctx: RuleContext): Problem[] {
  const out: Problem[] = [];
  for (const kind of KIND_DEFINITIONS) {
    if (!kind.check) continue;
    for (const p of kind.check(kindContext(kind, items, bySlug, ctx.asOf, ctx.settings, ctx.calendar))) {
      const text = ctx.textOf(p.file);
      const key = p.path.filter((k): k is string => typeof k === 'string').join('.');
      const label = fieldsOf(kind.id as Kind)[key]?.label ?? fieldsOf(kind.id as Kind)[String(p.path[0])]?.label;
      out.push({
        severity: p.severity,
        file: p.file,
        line: text ? (lineOfPath(text, p.path) ?? lineOfPath(text, p.path.slice(0, 1))) : undefined,
        field: label ? `${label}（${formatKeys(p.path)}）` : formatKeys(p.path),
        message: p.message,
        expected: p.expected,
      });
    }
  }
  return out;
}

const formatKeys = (keys: readonly (string | number)[]) => keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');

/** What is wrong with a reference, in the words of the content check. */
export interface Fault {
  message: string;
  expected: string;
}

/**
 * Why an item's 替代文件 (`replacedBy`) link is broken — itself, unknown, or not
 * published — or undefined when it is fine or not set. `bySlug` maps every item,
 * published or not, by file name.
 */
export function replacedByFault(item: Item, bySlug: ReadonlyMap<string, Item>, asOf: string, unreadable?: ReadonlyMap<string, string>): Fault | undefined {
  const slug = item.data.replacedBy;
  if (!slug) return undefined;
  const target = bySlug.get(slug);
  if (slug === item.slug) return { message: '替代文件不能是本文件自己', expected: '另一份现行有效文件的文件名' };
  if (!target) return notFound(slug, `找不到替代文件「${slug}」`, '已有信息的文件名（不含 .md）', unreadable);
  if (!isPublishable(target, asOf)) return { message: `替代文件「${slug}」是草稿或不公开，链接会失效`, expected: '已公开的信息' };
  // A chain of replacements must end at a document in force, never come back to this one.
  const chain = [item.slug, slug];
  for (let next = target.data.replacedBy; next; next = bySlug.get(next)?.data.replacedBy) {
    chain.push(next);
    if (next === item.slug) return { message: `替代关系形成了循环：${chain.join(' → ')}，读者会在这些文件之间来回跳转`, expected: '替代文件应是现行有效的文件；检查这几个文件的 validity 和 replacedBy' };
    if (chain.length > bySlug.size + 1) break;
  }
  return undefined;
}

/**
 * Why an interpretation's 解读对象 (`interprets`) does not point to a published plan or
 * policy, or undefined when it does.
 */
export function interpretsFault(interprets: string, bySlug: ReadonlyMap<string, Item>, asOf: string, unreadable?: ReadonlyMap<string, string>): Fault | undefined {
  const link = linksOf('interpretation').find((l) => l.field === 'interprets')!;
  return linkFault(link, fieldsOf('interpretation').interprets!.label, interprets, bySlug, asOf, unreadable);
}

/**
 * Why a link field (a kind's `links`, e.g. 解读对象) does not name a published item of
 * one of the kinds it accepts, or undefined when it does.
 */
export function linkFault(link: LinkField, label: string, slug: string, bySlug: ReadonlyMap<string, Item>, asOf: string, unreadable?: ReadonlyMap<string, string>): Fault | undefined {
  const kinds = link.targets.map((k) => KIND_LABELS[k as Kind] ?? k).join('或');
  const target = bySlug.get(slug);
  if (!target) return notFound(slug, `找不到${link.noun}「${slug}」`, `已有的${kinds}的文件名（不含 .md）`, unreadable);
  if (!link.targets.includes(target.kind)) return { message: `「${slug}」是${KIND_LABELS[target.kind]}，不能作为${label}`, expected: kinds };
  if (!isPublishable(target, asOf)) return { message: `${link.noun}「${slug}」是草稿或不公开`, expected: `已公开的${kinds}` };
  return undefined;
}

/**
 * Whether a published plan or policy that needs an interpretation has none
 * (“三同步”). `interpreted`: slugs that some published interpretation validly points to.
 */
export function lacksInterpretation(item: Item, interpreted: ReadonlySet<string>, asOf: string): boolean {
  return isPublishable(item, asOf) && needsInterpretation(item) && !interpreted.has(item.slug);
}

/** A file an item refers to: an attachment, a 一图读懂 image or a release's data file. */
export interface FileRef {
  /** Path relative to the item's Markdown file, as written. */
  rel: string;
  /** Front-matter path of the reference, for line numbers. */
  keys: Array<string | number>;
  /** Field label for messages, e.g. `附件文件（attachments[0].file）`. */
  field: string;
  /** What the file is: 附件文件, 图片文件 or 数据文件. */
  label: string;
  /** Allowed extensions. */
  types: readonly string[];
}

/** Every file an item refers to, in front-matter order. */
export function referencedFiles(item: Item): FileRef[] {
  const ref = (rel: string, keys: Array<string | number>, label: string, types: readonly string[]): FileRef => ({
    rel,
    keys,
    label,
    types,
    field: `${label}（${keys.join('.').replace(/\.(\d+)\./g, '[$1].')}）`,
  });
  const refs = item.data.attachments.map((a, i) => ref(a.file, ['attachments', i, 'file'], '附件文件', ATTACHMENT_TYPES));
  if (item.kind === 'interpretation') {
    item.data.images.forEach((img, i) => refs.push(ref(img.src, ['images', i, 'src'], '图片文件', ['.png', '.jpg', '.jpeg', '.webp'])));
  }
  if (item.kind === 'release') refs.push(ref(item.data.data, ['data'], '数据文件', ['.csv', '.json']));
  return refs;
}

/** What is wrong with a referenced file: a disallowed type, missing, too large or empty. */
export interface FileFault extends Fault {
  code: 'type' | 'missing' | 'too-large' | 'empty' | 'symlink';
}

/** Check one referenced file through `ctx.sizeOf`; undefined when it is fine. */
export function fileFault(item: Item, ref: FileRef, ctx: Pick<RuleContext, 'root' | 'sizeOf' | 'isLinked'>): FileFault | undefined {
  const { rel, types } = ref;
  const ext = path.extname(rel).toLowerCase();
  if (!types.includes(ext)) {
    return { code: 'type', message: `不允许的文件类型「${ext || '无扩展名'}」：${rel}`, expected: `以下类型之一：${types.join(' ')}` };
  }
  const abs = path.resolve(path.dirname(path.join(ctx.root, item.file)), rel);
  if (ctx.isLinked?.(abs)) {
    return { code: 'symlink', message: `文件 ${rel} 是符号链接（或位于链接的文件夹中），指向 content/ 以外的位置，出于安全原因不允许发布`, expected: '把文件本身复制到 content/ 中这一位置，不要使用链接或快捷方式' };
  }
  const size = ctx.sizeOf(abs);
  if (size === undefined) {
    return { code: 'missing', message: `找不到文件 ${rel}`, expected: `文件应放在 ${path.posix.join(path.posix.dirname(item.file), rel)}，注意文件名大小写` };
  }
  if (size > ATTACHMENT_MAX_BYTES) {
    return { code: 'too-large', message: `文件 ${rel} 有 ${(size / 1024 / 1024).toFixed(1)} MB，超过上限`, expected: `不超过 ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB；大文件请压缩或拆分` };
  }
  if (size === 0) return { code: 'empty', message: `文件 ${rel} 是空文件`, expected: '有内容的文件' };
  return undefined;
}

function suggestColumns(catalogue: Catalogue, kind: Item['kind']): string {
  return columnsAccepting(catalogue, kind)
    .slice(0, 6)
    .map((c) => `${c.id}（${c.name}）`)
    .join('、');
}

/** Site-internal links (`/…`) in Markdown or HTML, with their 1-based lines. */
export function internalLinks(text: string): Array<{ href: string; line: number }> {
  const out: Array<{ href: string; line: number }> = [];
  const lines = text.split('\n');
  const re = /\]\((\/[^)\s]*)|href\s*=\s*["'](\/[^"']*)["']/g;
  lines.forEach((l, i) => {
    for (const m of l.matchAll(re)) out.push({ href: (m[1] ?? m[2])!, line: i + 1 });
  });
  return out;
}

// The placeholders of `npm run new` (the check warns while they are still there).
export { BODY_PLACEHOLDER, QA_QUESTION_PLACEHOLDER, QA_ANSWER_PLACEHOLDER } from './placeholders.ts';

/** Image types a body may show with `![替代文本](./files/x.png)`. */
export const BODY_IMAGE_TYPES = ['.png', '.jpg', '.jpeg', '.webp', '.gif'] as const;

/** Site pages that are not items, columns, files or series. */
const FIXED_PAGES = new Set(['/', '/xxgk/', '/search/', '/feed.xml', '/sitemap.xml']);

/**
 * Problems in an item's body: template text left in, links to pages or files that do
 * not exist or are not published, relative links to files that are not attachments,
 * images that are missing, have no alt text or come from another site (the CSP would
 * block them). Unsafe markup is `safety.ts`'s job.
 * @param text The whole source file; the body is found after the front matter.
 */
export function bodyProblems(
  item: Item,
  text: string,
  ctx: Pick<RuleContext, 'catalogue' | 'seriesIds' | 'root' | 'sizeOf' | 'isLinked' | 'asOf' | 'siteUrl' | 'unreadable'> & { bySlug: ReadonlyMap<string, Item> },
): Problem[] {
  const problems: Problem[] = [];
  const { body, bodyLine } = locateBody(text);
  const push = (severity: Problem['severity'], line: number, field: string, message: string, expected: string) =>
    problems.push({ severity, file: item.file, line: line + bodyLine - 1, field, message, expected });

  const placeholder = body.indexOf(BODY_PLACEHOLDER);
  if (placeholder >= 0) {
    push('warning', body.slice(0, placeholder).split('\n').length, '正文', '正文仍是模板文字（npm run new 生成的占位内容还没有替换）', '删除“' + BODY_PLACEHOLDER + '”这一行，写上正文');
  }
  if (item.kind === 'interpretation') {
    item.data.qa.forEach((pair, i) => {
      if (pair.question.includes(QA_QUESTION_PLACEHOLDER) || pair.answer.includes(QA_ANSWER_PLACEHOLDER)) {
        problems.push({ severity: 'warning', file: item.file, line: lineOfPath(text, ['qa', i]), field: `问答（qa[${i}]）`, message: '问答仍是模板文字', expected: '填写真实的问题和回答' });
      }
    });
  }

  const published = (slug: string) => {
    const target = ctx.bySlug.get(slug);
    return target && isPublishable(target, ctx.asOf) ? target : undefined;
  };
  const ownFiles = new Set<string>([...item.data.attachments.map((a) => a.file), ...(item.kind === 'release' ? [item.data.data] : [])].map(normaliseRel));

  for (const link of extractLinks(body)) {
    const target = classifyLink(link.url, ctx.siteUrl);
    const field = link.kind === 'image' ? '正文图片' : '正文链接';
    if (target.type === 'unsafe' || target.type === 'anchor') continue;

    if (target.type === 'external') {
      if (link.kind === 'image') {
        push('error', link.line, field, `图片 ${link.url} 来自其他网站，本站的内容安全策略会阻止它显示`, '把图片保存到本文件旁的 files/ 文件夹，写成 ![图片说明](./files/图片.png)');
      }
      continue;
    }

    if (target.type === 'relative') {
      const rel = safeDecode(target.path);
      if (link.syntax === 'html') {
        push('error', link.line, field, `HTML 写法引用的文件 ${link.url} 不会随网站发布`, link.kind === 'image' ? '改用 Markdown 写法：![图片说明](./files/图片.png)' : '改用 Markdown 写法：[附件名称](./files/附件.pdf)');
        continue;
      }
      if (/\.mdx?$/i.test(rel)) {
        push('error', link.line, field, `链接 ${link.url} 指向另一个内容文件；文件路径不是网址`, '用 /items/文件名/ 链接其他信息，如 [原文件](/items/2024-zhongwuran-yuan/)');
        continue;
      }
      if (rel.split('/').includes('..') || rel.startsWith('/')) {
        push('error', link.line, field, `链接 ${link.url} 指向本文件所在文件夹之外的文件`, '把文件放在本文件旁的 files/ 文件夹，写成 ./files/文件名');
        continue;
      }
      if (link.kind === 'image') {
        const fault = fileFault(item, { rel, keys: [], field, label: '图片文件', types: BODY_IMAGE_TYPES }, ctx);
        if (fault) push('error', link.line, field, fault.message, fault.expected);
        else if (!link.alt?.trim()) push('warning', link.line, field, `图片 ${link.url} 没有替代文本，读屏软件用户无法知道图片内容`, '写成 ![图片内容的简要描述](' + link.url + ')');
        continue;
      }
      if (ownFiles.has(normaliseRel(rel))) continue; // Checked with the attachments.
      const fault = fileFault(item, { rel, keys: [], field, label: '附件文件', types: ATTACHMENT_TYPES }, ctx);
      if (fault) push('error', link.line, field, fault.message, fault.expected);
      else push('error', link.line, field, `正文链接的文件 ${link.url} 没有列入附件（attachments），不会随网站发布`, `在元数据的 attachments 中加上一项：- file: ${link.url} 和 title: 附件标题`);
      continue;
    }

    // A page of this site.
    const p = safeDecode(target.path.split(/[?#]/)[0] ?? '');
    const slug = slugFromItemUrl(p);
    if (slug !== undefined) {
      const hit = ctx.bySlug.get(slug);
      if (!hit) {
        const fault = notFound(slug, `链接 ${link.url} 指向不存在的信息「${slug}」`, '/items/已有信息的文件名/（文件名不含 .md）', ctx.unreadable);
        push('error', link.line, field, fault.message, fault.expected);
      }
      else if (!published(slug)) push('error', link.line, field, `链接 ${link.url} 指向的信息（${hit.file}）是草稿、未到发布日期或不公开，网站上没有这个页面`, '链接到已公开的信息，或先发布目标信息');
      continue;
    }
    const column = /^\/columns\/([^/]+)(?:\/(?:\d+\/|feed\.xml)?)?$/.exec(p);
    if (column) {
      if (!ctx.catalogue.byId.has(column[1]!)) {
        const near = closestMatch(column[1]!, [...ctx.catalogue.byId.keys()]);
        push('error', link.line, field, `链接 ${link.url} 指向不存在的栏目「${column[1]}」${near ? `，是不是想写「${near}」？` : ''}`, '/columns/栏目id/，栏目 id 见 content/columns.yaml');
      }
      continue;
    }
    const file = /^\/files\/([^/]+)\/([^/]+)$/.exec(p);
    if (file) {
      const owner = published(file[1]!);
      const names = owner ? [...owner.data.attachments.map((a) => a.file), ...(owner.kind === 'release' ? [owner.data.data] : [])].map((f) => path.posix.basename(f)) : [];
      if (!names.includes(file[2]!)) push('error', link.line, field, `链接 ${link.url} 指向的附件不存在或未公开`, '本文件自己的附件请写成 ./files/文件名；其他信息的附件请链接到那条信息的页面 /items/文件名/');
      continue;
    }
    const series = /^\/series\/([^/]+)\/?$/.exec(p);
    if (series) {
      if (!ctx.seriesIds.has(series[1]!)) push('error', link.line, field, `链接 ${link.url} 指向不存在的数据系列「${series[1]}」`, `content/series/ 下已有的系列：${[...ctx.seriesIds].join('、') || '（无）'}`);
      continue;
    }
    const page = p.endsWith('/') || path.posix.extname(p) ? p : `${p}/`;
    if (FIXED_PAGES.has(page)) continue;
    // A static file in public/, or a page whose route file exists in src/pages/.
    const seg = page.split('/')[1] ?? '';
    const candidates = [
      path.join(ctx.root, 'public', page.endsWith('/') ? `${page}index.html` : page),
      ...(page === `/${seg}/` ? ['.astro', '/index.astro', '.md'].map((ext) => path.join(ctx.root, 'src/pages', `${seg}${ext}`)) : []),
    ];
    if (!candidates.some((c) => ctx.sizeOf(c) !== undefined)) {
      push('error', link.line, field, `站内链接 ${link.url} 不是本站的页面`, '链接到信息 /items/文件名/ 或栏目 /columns/栏目id/；外部网站请写完整的 https:// 地址');
    }
  }
  return problems;
}

function normaliseRel(rel: string): string {
  return path.posix.normalize(rel.replace(/\\/g, '/'));
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * What is wrong with filing an item of `kind` under column `columnId`, or undefined when
 * the column exists and accepts the kind. `npm run check` and the browser editor's form
 * both use it, so they say the same thing.
 */
export function columnProblem(catalogue: Catalogue, kind: Kind, columnId: string): { message: string; expected: string | undefined } | undefined {
  const column = catalogue.byId.get(columnId);
  if (!column) {
    const near = closestMatch(columnId, [...catalogue.byId.keys()]);
    return {
      message: `栏目「${columnId}」不存在${near ? `，是不是想写「${near}」（${catalogue.byId.get(near)?.name}）？` : ''}`,
      expected: `content/columns.yaml 中的栏目 id，例如 ${suggestColumns(catalogue, kind)}`,
    };
  }
  if (!column.accepts.includes(kind)) {
    const accepting = suggestColumns(catalogue, kind);
    return {
      message: `栏目「${column.name}」（${column.id}）不接收“${KIND_LABELS[kind]}”类信息${column.accepts.length === 0 ? '，它只用来归类下级栏目' : ''}`,
      expected: accepting ? `可接收此类信息的栏目：${accepting}` : undefined,
    };
  }
  return undefined;
}
