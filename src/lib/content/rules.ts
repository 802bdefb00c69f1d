/**
 * Rules that involve more than one field or more than one file: uniqueness, columns,
 * references between items, attachments, dates against the as-of date. Pure: the file
 * system is reached only through the `exists`/`sizeOf` functions passed in.
 */
import path from 'node:path';
import type { Catalogue } from '../columns.ts';
import { KIND_LABELS, INDEX_NUMBER, DOC_NUMBER } from '../schemas/common.ts';
import { isPublishable, type Item } from '../items.ts';
import { slugFromItemUrl } from '../urls.ts';
import type { Problem } from './problems.ts';
import { lineOfPath } from './frontmatter.ts';

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
  /** Source text by project-relative file, for line numbers. */
  textOf: (file: string) => string | undefined;
  /** Known data-series ids (content/series/*.yaml). */
  seriesIds: ReadonlySet<string>;
  /** What a missing interpretation is: an error (default) or a warning. */
  missingInterpretation?: 'error' | 'warning';
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
      const key = d.docNumber;
      const prior = byDocNumber.get(key);
      if (prior) {
        error(item, '文号（docNumber）', `文号 ${d.docNumber} 已被 ${prior.file} 使用（${dm?.[1] ?? ''} 年同一文号只能对应一份文件）`, '每年每个文号只用一次', ['docNumber']);
      } else byDocNumber.set(key, item);
    }

    // 公开目录 — exists and accepts this kind.
    const column = ctx.catalogue.byId.get(d.column);
    if (!column) {
      error(item, '公开目录（column）', `栏目「${d.column}」不存在`, `content/columns.yaml 中的栏目 id，例如 ${suggestColumns(ctx.catalogue, item.kind)}`, ['column']);
    } else if (!column.accepts.includes(item.kind)) {
      const accepting = suggestColumns(ctx.catalogue, item.kind);
      error(
        item,
        '公开目录（column）',
        `栏目「${column.name}」（${column.id}）不接收“${KIND_LABELS[item.kind]}”类信息${column.accepts.length === 0 ? '，它只用来归类下级栏目' : ''}`,
        accepting ? `可接收此类信息的栏目：${accepting}` : undefined,
        ['column'],
      );
    } else if (column.status === 'archived' && d.published > ctx.asOf.slice(0, 4) + '-00') {
      warn(item, '公开目录（column）', `栏目「${column.name}」已归档，本年度不应再向其中发布信息`, '选择一个仍在更新的栏目', ['column']);
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

    // Attachments and images exist, have an allowed type and size.
    const dir = path.dirname(path.join(ctx.root, item.file));
    d.attachments.forEach((a, i) => {
      checkFile(a.file, ['attachments', i, 'file'], '附件文件', ATTACHMENT_TYPES);
    });
    if (item.kind === 'interpretation') {
      item.data.images.forEach((img, i) => checkFile(img.src, ['images', i, 'src'], '图片文件', ['.png', '.jpg', '.jpeg', '.webp']));
    }
    if (item.kind === 'release') {
      checkFile(item.data.data, ['data'], '数据文件', ['.csv', '.json']);
      if (!ctx.seriesIds.has(item.data.series)) {
        error(item, '数据系列（series）', `数据系列「${item.data.series}」不存在`, `content/series/ 下已有的系列：${[...ctx.seriesIds].join('、') || '（无）'}`, ['series']);
      }
    }

    function checkFile(rel: string, keys: Array<string | number>, label: string, types: string[]) {
      const field = `${label}（${keys.join('.').replace(/\.(\d+)\./g, '[$1].')}）`;
      const ext = path.extname(rel).toLowerCase();
      if (!types.includes(ext)) {
        error(item, field, `不允许的文件类型「${ext || '无扩展名'}」：${rel}`, `以下类型之一：${types.join(' ')}`, keys);
        return;
      }
      const size = ctx.sizeOf(path.resolve(dir, rel));
      if (size === undefined) {
        error(item, field, `找不到文件 ${rel}`, `文件应放在 ${path.posix.join(path.posix.dirname(item.file), rel)}，注意文件名大小写`, keys);
      } else if (size > ATTACHMENT_MAX_BYTES) {
        error(item, field, `文件 ${rel} 有 ${(size / 1024 / 1024).toFixed(1)} MB，超过上限`, `不超过 ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB；大文件请压缩或拆分`, keys);
      } else if (size === 0) {
        error(item, field, `文件 ${rel} 是空文件`, '有内容的文件', keys);
      }
    }
  }

  // References between items: only to items that will be published.
  const published = (slug: string) => {
    const target = bySlug.get(slug);
    return target && isPublishable(target, ctx.asOf) ? target : undefined;
  };
  for (const item of items) {
    if (!isPublishable(item, ctx.asOf)) continue;
    const d = item.data;
    if (d.replacedBy) {
      const target = bySlug.get(d.replacedBy);
      if (d.replacedBy === item.slug) {
        error(item, '替代文件（replacedBy）', '替代文件不能是本文件自己', '另一份现行有效文件的文件名', ['replacedBy']);
      } else if (!target) {
        error(item, '替代文件（replacedBy）', `找不到替代文件「${d.replacedBy}」`, '已有信息的文件名（不含 .md）', ['replacedBy']);
      } else if (!published(d.replacedBy)) {
        error(item, '替代文件（replacedBy）', `替代文件「${d.replacedBy}」是草稿或不公开，链接会失效`, '已公开的信息', ['replacedBy']);
      }
    }
    if (item.kind === 'interpretation') {
      const target = bySlug.get(item.data.interprets);
      if (!target) {
        error(item, '解读对象（interprets）', `找不到被解读的文件「${item.data.interprets}」`, '已有的政策文件或规划计划的文件名（不含 .md）', ['interprets']);
      } else if (target.kind !== 'policy' && target.kind !== 'plan') {
        error(item, '解读对象（interprets）', `「${item.data.interprets}」是${KIND_LABELS[target.kind]}，不能作为解读对象`, '政策文件或规划计划', ['interprets']);
      } else if (!published(target.slug)) {
        error(item, '解读对象（interprets）', `被解读的文件「${item.data.interprets}」是草稿或不公开`, '已公开的政策文件或规划计划', ['interprets']);
      } else {
        interpreted.add(target.slug);
      }
    }
    // Links in the body to other items must resolve.
    for (const { href, line } of internalLinks(ctx.textOf(item.file) ?? '')) {
      const slug = slugFromItemUrl(href);
      if (slug !== undefined && !published(slug)) {
        problems.push({ severity: 'error', file: item.file, line, field: '正文链接', message: `链接 ${href} 指向不存在或未公开的信息`, expected: '/items/已有文件名/' });
      }
    }
  }

  const rule = ctx.missingInterpretation ?? 'error';
  for (const item of items) {
    if (!isPublishable(item, ctx.asOf)) continue;
    if ((item.kind === 'plan' || item.kind === 'policy') && item.data.needsInterpretation && item.data.validity === '有效' && !interpreted.has(item.slug)) {
      problems.push({
        severity: rule,
        ...at(item, '需要解读（needsInterpretation）', ['needsInterpretation']),
        line: at(item, '', ['needsInterpretation']).line ?? at(item, '', ['category']).line,
        message: `这份${item.kind === 'policy' ? '政策文件' : '规划'}需要解读，但还没有任何解读指向它（“三同步”）`,
        expected: `新建一篇政策解读，填写 interprets: ${item.slug}`,
      });
    }
  }
  return problems;
}

function suggestColumns(catalogue: Catalogue, kind: Item['kind']): string {
  return catalogue.columns
    .filter((c) => c.accepts.includes(kind) && c.status === 'active')
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
