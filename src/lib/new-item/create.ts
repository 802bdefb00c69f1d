/**
 * `npm run new`: create a new item with correctly filled front matter, so an editor
 * never types a 索引号 or looks up a column id by hand.
 *
 * The file goes to content/<collection>/<year>/<slug>.md with the next free 索引号 of
 * that year (every existing file counts, drafts and broken files included) and today's
 * date in China. Its body is a placeholder line that `npm run check` reports as a
 * warning (“正文仍是模板文字”) until it is replaced. It is created as published
 * (`draft: false`) unless it cannot be published yet, which `notes` explains:
 * a 行政规范性文件 waiting for its interpretation (“三同步”), an interpretation of a
 * draft, a date in the future, or a data release whose data file is still a copy of the
 * previous period's. The scaffold of each kind: templates.ts.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent, loadCatalogueFile, loadSite } from '../content/check.ts';
import { formatProblem, sortProblems } from '../content/problems.ts';
import { BODY_PLACEHOLDER } from '../content/rules.ts';
import { diagnoseValue } from '../content/zod-errors.ts';
import { isIsoDate, todayInChina } from '../dates.ts';
import { nextIndexNumber } from '../index-number.ts';
import { ALL_ITEM_FIELDS, COLLECTION_DIRS, KIND_LABELS } from '../../kinds/index.ts';
import { INTERPRETATION_FORMS } from '../../kinds/interpretation/kind.ts';
import { PLAN_CATEGORIES } from '../../kinds/plan/kind.ts';
import { POLICY_CATEGORIES } from '../../kinds/policy/kind.ts';
import { PERIOD } from '../../kinds/release/kind.ts';
import { DOC_NUMBER, SLUG } from '../schemas/common.ts';
import { previousPeriod } from '../series/period.ts';
import { itemUrl } from '../urls.ts';
import { normaliseDocNumber, readSeries, scanExisting, type SeriesInfo } from './existing.ts';
import { generateSlug, NEW_KINDS, UsageError, type NewItem, type NewKind } from './model.ts';
import { Asker } from './prompt.ts';
import { renderItem } from './templates.ts';
import { columnsAccepting } from '../columns.ts';

/**
 * The values of a new item as the options give them (strings, as typed); whatever is
 * missing is asked for, or with `yes` taken from its default or reported as missing.
 */
export interface NewItemOptions {
  kind?: string | undefined;
  column?: string | undefined;
  title?: string | undefined;
  slug?: string | undefined;
  docNumber?: string | undefined;
  interprets?: string | undefined;
  series?: string | undefined;
  period?: string | undefined;
  date?: string | undefined;
  category?: string | undefined;
  form?: string | undefined;
  keywords?: string | undefined;
  /** Values for a kind's own fields (`--set field=value`), handed to its scaffold. */
  answers?: Readonly<Record<string, string>> | undefined;
  /** Content folder (default content), relative to `root`. */
  content?: string | undefined;
  /** Project folder (default the current folder). */
  root?: string | undefined;
  /** Today's date in China (default the clock's): the default publication date, and later dates make a draft. */
  today?: string | undefined;
  /** Ask nothing: a missing required value is a UsageError. */
  yes: boolean;
  /** Run the content check afterwards (the command does; createItem itself does not). */
  check?: boolean | undefined;
}

export interface CreatedItem {
  /** The new Markdown file (absolute). */
  file: string;
  item: NewItem;
  /** What the editor must still do (why it is a draft …), in Chinese. */
  notes: string[];
}

/**
 * Create a new item from options and answers: the file under
 * <content>/<collection>/<year>/<slug>.md (and a release's data file). With `yes`
 * nothing is asked (tests call it so).
 */
export async function createItem(opts: NewItemOptions): Promise<CreatedItem> {
  const root = path.resolve(opts.root ?? process.cwd());
  const contentDir = path.resolve(root, opts.content ?? 'content');
  const { site, problems: siteProblems } = loadSite(root, contentDir);
  if (!site) throw new UsageError(`无法读取站点信息：${siteProblems.map((p) => p.message).join('；')}`);
  const { catalogue } = loadCatalogueFile(root, contentDir);
  if (catalogue.columns.length === 0) throw new UsageError('无法读取栏目清单 content/columns.yaml，请先运行 npm run check 查看原因');
  const existing = scanExisting(root, contentDir);
  const today = opts.today ?? todayInChina();
  const notes: string[] = [];
  const ask = new Asker(opts.yes);
  try {
    const kind = await ask.choose<NewKind>(
      '类型',
      opts.kind,
      'kind',
      NEW_KINDS.map((k) => ({ value: k, label: `${KIND_LABELS[k]}（${k}）` })),
    );

    // Release: the series decides the column and the period form.
    let series: SeriesInfo | undefined;
    if (kind === 'release') {
      const all = readSeries(contentDir);
      if (all.length === 0) throw new UsageError('content/series/ 下还没有数据系列；请先请技术人员定义数据系列');
      const id = await ask.choose(
        '数据系列',
        opts.series,
        'series',
        all.map((s) => ({ value: s.id, label: `${s.name}（${s.id}）` })),
      );
      series = all.find((s) => s.id === id)!;
    }

    const accepting = columnsAccepting(catalogue, kind);
    if (accepting.length === 0) throw new UsageError(`没有接收“${KIND_LABELS[kind]}”的栏目`);
    const columnId = await ask.choose(
      '栏目',
      opts.column ?? (series && accepting.some((c) => c.id === series.column) ? series.column : undefined),
      'column',
      accepting.map((c) => ({ value: c.id, label: `${'　'.repeat(c.depth)}${c.name}（${c.id}）` })),
    );
    const column = catalogue.byId.get(columnId)!;

    const title = await ask.text('标题', opts.title, 'title', (v) =>
      v.trim() === '' ? '标题不能为空' : v.length > 200 ? `标题太长（${v.length} 个字符），最多 200 个` : /[\n\r]/.test(v) ? '标题只能有一行' : undefined,
    );

    const date = await ask.text(
      '发布日期',
      opts.date,
      'date',
      (v) => (isIsoDate(v) ? undefined : (diagnoseValue('published', v, ALL_ITEM_FIELDS) ?? '不是有效的日期')),
      today,
    );
    const year = Number(date.slice(0, 4));

    let category: string | undefined;
    if (kind === 'policy')
      category = await ask.choose(
        '文种',
        opts.category,
        'category',
        POLICY_CATEGORIES.map((c) => ({ value: c, label: c })),
        opts.yes ? '通知' : undefined,
      );
    if (kind === 'plan')
      category = await ask.choose(
        '类别',
        opts.category,
        'category',
        PLAN_CATEGORIES.map((c) => ({ value: c, label: c })),
        opts.yes ? '其他' : undefined,
      );
    if (kind === 'article') {
      category = await ask.text(
        '类别（可选，如 行政处罚决定书；直接回车跳过）',
        opts.category,
        'category',
        (v) => (v.length > 30 ? '类别最多 30 个字符' : undefined),
        '',
      );
      if (category === '') category = undefined;
    }

    const docNumber = await ask.text(
      '文号（可选，如 江环发〔2026〕5号；直接回车跳过）',
      opts.docNumber,
      'doc-number',
      (v) => {
        if (v === '') return undefined;
        if (!DOC_NUMBER.test(v)) return diagnoseValue('docNumber', v, ALL_ITEM_FIELDS) ?? '文号格式不对，应为“机关代字〔年份〕序号号”，如 江环发〔2026〕5号';
        const twin = existing.docNumbers.get(normaliseDocNumber(v));
        return twin ? `文号 ${v} 已被 ${twin} 使用` : undefined;
      },
      '',
    );

    let interprets: NewItem['interprets'];
    let form: string | undefined;
    let draftReason: string | undefined;
    if (kind === 'interpretation') {
      const targets = existing.items
        .filter((i) => (i.kind === 'policy' || i.kind === 'plan') && i.validity === '有效')
        .sort((a, b) => (a.published < b.published ? 1 : -1));
      const interpreted = new Set(existing.items.map((i) => i.interprets).filter(Boolean));
      // Documents still waiting for an interpretation come first.
      const waiting = targets.filter((t) => !interpreted.has(t.slug));
      const shown = [...waiting, ...targets.filter((t) => interpreted.has(t.slug))].slice(0, 30);
      const slug = await ask.text(
        opts.interprets === undefined && !opts.yes
          ? `解读对象（输入编号或文件名）\n${shown.map((t, i) => `  ${String(i + 1).padStart(2)}. ${t.title}（${t.slug}）${interpreted.has(t.slug) ? '' : ' ← 尚无解读'}`).join('\n')}\n请输入`
          : '解读对象（被解读的政策文件或规划计划的文件名）',
        opts.interprets,
        'interprets',
        (v) => {
          const target = /^\d+$/.test(v) ? shown[Number(v) - 1] : targets.find((t) => t.slug === v);
          if (!target) return existing.slugs.has(v) ? `「${v}」不是现行有效的政策文件或规划计划` : `找不到文件名为「${v}」的政策文件或规划计划`;
          return undefined;
        },
      );
      const target = (/^\d+$/.test(slug) ? shown[Number(slug) - 1] : targets.find((t) => t.slug === slug))!;
      interprets = { slug: target.slug, title: target.title };
      if (target.draft) {
        draftReason = `被解读的文件 ${target.slug} 还是草稿或不公开；两篇都写好后一起把 draft 改为 false。`;
        notes.push(
          `被解读的文件 ${target.file} 还是草稿，所以这篇解读也先建为草稿（draft: true）。两篇都写好后，把两个文件中的 draft 都改为 false（“三同步”）。`,
        );
      }
      form = await ask.choose(
        '解读形式',
        opts.form,
        'form',
        INTERPRETATION_FORMS.filter((f) => f !== '一图读懂').map((f) => ({ value: f, label: f })),
        opts.yes ? '文字解读' : undefined,
      );
    }

    let period: string | undefined;
    let data: string | undefined;
    let dataSource: string | undefined;
    if (series) {
      period = await ask.text(
        `数据期`,
        opts.period,
        'period',
        (v) => (PERIOD.test(v) ? undefined : '格式不对：月 2026-10、季度 2026-Q3、半年 2026-H1、年 2026、周 2026-W46'),
        previousPeriod(series.frequency, date),
      );
      const twin = existing.items.find((i) => i.kind === 'release' && i.series === series.id && i.period === period);
      if (twin) throw new UsageError(`「${series.name}」${period} 期已由 ${twin.file} 发布；更正数据请修改原文件`);
      // Start from the previous release's data file: same columns and rows, to be overwritten.
      const previous = existing.items
        .filter((i) => i.kind === 'release' && i.series === series.id && i.data)
        .sort((a, b) => ((a.period ?? '') < (b.period ?? '') ? 1 : -1))[0];
      if (previous) dataSource = path.resolve(root, path.dirname(previous.file), previous.data!);
    }

    const keywordText = await ask.text('主题词（可选，用逗号分隔，如 大气污染防治,重污染天气）', opts.keywords, 'keywords', () => undefined, '');
    const keywords = keywordText
      .split(/[,，、;；\s]+/)
      .map((k) => k.trim())
      .filter(Boolean);

    const slug = await ask.text(
      '文件名（网址的一部分，只用小写字母、数字和连字符）',
      opts.slug,
      'slug',
      (v) =>
        !SLUG.test(v)
          ? '只能包含小写字母、数字和连字符，且以字母或数字开头'
          : existing.slugs.has(v)
            ? `文件名「${v}」已被 ${existing.slugs.get(v)} 使用`
            : undefined,
      generateSlug(kind, date, existing.slugs),
    );

    let draft = false;
    if (date > today) {
      draft = true;
      draftReason = `发布日期 ${date} 还没到；到期后把 draft 改为 false。`;
      notes.push(`发布日期 ${date} 晚于今天，所以先建为草稿（draft: true）；到了发布日期再改为 false。`);
    }
    if (kind === 'policy' && category === '行政规范性文件') {
      draft = true;
      draftReason = '行政规范性文件须与解读同步发布（“三同步”）；解读写好后把两篇的 draft 都改为 false。';
      notes.push(`行政规范性文件须与政策解读同步发布，所以先建为草稿（draft: true）。接着新建解读：npm run new -- --kind interpretation --interprets ${slug}`);
    }
    if (kind === 'interpretation' && draftReason) draft = true;

    const dir = path.join(contentDir, COLLECTION_DIRS[kind], String(year));
    if (series) {
      const ext = dataSource ? path.extname(dataSource) : '.csv';
      data = `./files/${slug}${ext}`;
      mkdirSync(path.join(dir, 'files'), { recursive: true });
      const target = path.join(dir, data);
      if (dataSource && existsSync(dataSource)) {
        copyFileSync(dataSource, target);
        draft = true;
        draftReason = `数据文件 ${data} 还是上一期数据的副本；换成本期数据后把 draft 改为 false。`;
        notes.push(`数据文件 ${path.relative(root, target)} 是上一期数据的副本（表头和行都对，数字是旧的）。请换成 ${period} 的数据，再把 draft 改为 false。`);
      } else {
        const header = series.columns.map((c) => c.label).join(',');
        writeFileSync(target, `${header}\n`, 'utf8');
        draft = true;
        draftReason = `请先在数据文件 ${data} 中填入数据，再把 draft 改为 false。`;
        notes.push(
          `数据文件 ${path.relative(root, target)} 只有表头；请按表头每行填一条数据，再把 draft 改为 false。填好之前 npm run check 会报告“数据文件没有任何数据行”。`,
        );
      }
    }

    const item: NewItem = {
      kind,
      slug,
      title: title.trim(),
      indexNumber: nextIndexNumber(site.orgCode, year, existing.indexNumbers, kind),
      column,
      date,
      draft,
      draftReason: draft ? draftReason : undefined,
      docNumber: docNumber || undefined,
      category,
      keywords,
      interprets,
      form,
      series: series ? { id: series.id, name: series.name } : undefined,
      period,
      data,
      answers: opts.answers,
    };
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${slug}.md`);
    writeFileSync(file, renderItem(item), { encoding: 'utf8', flag: 'wx' });
    return { file, item, notes };
  } finally {
    ask.close();
  }
}

/** What the command prints after creating the item, line by line. */
export function describeCreated(root: string, created: CreatedItem): string[] {
  const { file, item, notes } = created;
  const rel = path.relative(root, file).split(path.sep).join('/');
  return [
    '',
    `已创建 ${rel}`,
    `  索引号 ${item.indexNumber}　栏目 ${item.column.name}　${item.draft ? '草稿（暂不发布）' : `发布后网址 ${itemUrl(item.slug)}`}`,
    ...notes.map((note) => `  注意：${note}`),
    '下一步：打开这个文件，把“' + BODY_PLACEHOLDER + '”换成正文，然后运行 npm run check。',
  ];
}

/** The content check's findings on the new file and its data file, as the command prints them (none: empty). */
export function checkCreated(root: string, contentDir: string, created: CreatedItem, asOf: string = todayInChina()): string[] {
  const rel = path.relative(root, created.file).split(path.sep).join('/');
  const result = checkContent({ root, contentDir, asOf });
  const mine = sortProblems(result.problems.filter((p) => p.file === rel || p.file.startsWith(`${path.posix.dirname(rel)}/files/${created.item.slug}`)));
  return mine.length ? ['', '这个文件目前的检查结果：', ...mine.map((p) => `  ${formatProblem(p)}`)] : [];
}
