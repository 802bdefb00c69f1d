/**
 * `npm run new`: create a new item with correctly filled front matter, so an editor
 * never types a 索引号 or looks up a column id by hand.
 *
 * Interactive (asks in Chinese for whatever was not given as a flag):
 *   npm run new
 * For scripts (nothing is asked; a missing required value is an error):
 *   npm run new -- --yes --kind policy --column other-documents --title "关于……的通知" \
 *     [--category 通知] [--doc-number 江环发〔2026〕5号] [--keywords 大气,水] [--slug …] \
 *     [--date 2026-11-22] [--content DIR]
 *   npm run new -- --yes --kind interpretation --interprets <policy slug> --title … [--form 简明问答]
 *   npm run new -- --yes --kind release --series air-quality-monthly [--period 2026-10] --title …
 *
 * The file goes to content/<collection>/<year>/<slug>.md with the next free 索引号 of
 * that year (every existing file counts, drafts and broken files included) and today's
 * date in China. Its body is a placeholder line that `npm run check` reports as a
 * warning (“正文仍是模板文字”) until it is replaced. It is created as published
 * (`draft: false`) unless it cannot be published yet, which the output explains:
 * a 行政规范性文件 waiting for its interpretation (“三同步”), an interpretation of a
 * draft, a date in the future, or a data release whose data file is still a copy of the
 * previous period's.
 */
import { createInterface, type Interface } from 'node:readline/promises';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { loadCatalogueFile, loadSite, checkContent } from '../src/lib/content/check.ts';
import { readSourceFiles } from '../src/lib/content/files.ts';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';
import { formatProblem, sortProblems } from '../src/lib/content/problems.ts';
import { BODY_PLACEHOLDER, QA_ANSWER_PLACEHOLDER, QA_QUESTION_PLACEHOLDER } from '../src/lib/content/rules.ts';
import { diagnoseValue } from '../src/lib/content/zod-errors.ts';
import type { Column } from '../src/lib/columns.ts';
import { DOC_NUMBER, KIND_LABELS, SLUG, type Kind } from '../src/lib/schemas/common.ts';
import { COLLECTION_DIRS, INTERPRETATION_FORMS, PERIOD, PLAN_CATEGORIES, POLICY_CATEGORIES } from '../src/lib/schemas/items.ts';
import { addMonths, isIsoDate, todayInChina } from '../src/lib/dates.ts';
import { itemUrl } from '../src/lib/urls.ts';
import { indexNumbersIn, nextIndexNumber } from '../src/lib/index-number.ts';

/** Kinds `npm run new` creates. Annual reports have their own command: `npm run new:report`. */
export const NEW_KINDS = ['policy', 'interpretation', 'plan', 'article', 'release'] as const satisfies readonly Kind[];
export type NewKind = (typeof NEW_KINDS)[number];

/** What is already there: every file counts, whether or not it is valid or published. */
export interface Existing {
  /** Slug (file name without extension) → project-relative file. */
  slugs: Map<string, string>;
  /** Every 索引号 written in any file. */
  indexNumbers: string[];
  /** 文号, normalised (no leading zeros in the serial) → file. */
  docNumbers: Map<string, string>;
  /** Items whose front matter parses, for the interpretation and release choices. */
  items: Array<{
    slug: string;
    kind: Kind;
    file: string;
    title: string;
    draft: boolean;
    published: string;
    validity: string;
    category?: string | undefined;
    interprets?: string | undefined;
    series?: string | undefined;
    data?: string | undefined;
    period?: string | undefined;
  }>;
}

/** Read what exists under `contentDir` (fast: no schema validation). */
export function scanExisting(root: string, contentDir: string): Existing {
  const existing: Existing = { slugs: new Map(), indexNumbers: [], docNumbers: new Map(), items: [] };
  for (const source of readSourceFiles(root, contentDir)) {
    existing.slugs.set(source.slug, source.file);
    // Read 索引号 and 文号 from the raw text, so files with broken front matter count too.
    existing.indexNumbers.push(...indexNumbersIn(source.text));
    for (const m of source.text.matchAll(/^docNumber:\s*["']?([^"'\s#]+)/gm)) existing.docNumbers.set(normaliseDocNumber(m[1]!), source.file);
    try {
      const d = splitFrontmatter(source.text).data as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
      existing.items.push({
        slug: source.slug,
        kind: source.kind,
        file: source.file,
        title: str(d.title) ?? source.slug,
        draft: d.draft === true || (d.disclosure !== undefined && d.disclosure !== '主动公开'),
        published: str(d.published) ?? '',
        validity: str(d.validity) ?? '有效',
        category: str(d.category),
        interprets: str(d.interprets),
        series: str(d.series),
        data: str(d.data),
        period: str(d.period),
      });
    } catch {
      /* Broken front matter: its slug, 索引号 and 文号 were still counted. */
    }
  }
  return existing;
}

/** 江环规〔2024〕03号 and 江环规〔2024〕3号 are the same 文号. */
export function normaliseDocNumber(docNumber: string): string {
  return docNumber.trim().replace(/〕0+(?=\d)/, '〕');
}

export { SERIAL_RANGES, nextIndexNumber } from '../src/lib/index-number.ts';

/** A slug from kind, date and the first free serial: `policy-2026-11-22-1`. */
export function generateSlug(kind: NewKind, date: string, slugs: ReadonlyMap<string, string>): string {
  for (let n = 1; ; n++) {
    const slug = `${kind}-${date}-${n}`;
    if (!slugs.has(slug)) return slug;
  }
}

/**
 * A YAML scalar for a value typed by an editor: plain when that reads back as the same
 * string, double-quoted otherwise (a title with “: ” or “ #”, or one that YAML would
 * read as a number, date or boolean).
 */
export function yamlString(value: string): string {
  const plainSafe =
    value.length > 0 &&
    value === value.trim() &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/: |\s#|:$/.test(value) &&
    !/[\n\r\t]/.test(value) &&
    !/^(?:true|false|null|yes|no|on|off|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan|\d{4}-\d\d-\d\d.*)$/i.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

/** The previous period before `date` for a series released at `frequency`. */
export function previousPeriod(frequency: string, date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (frequency) {
    case 'monthly':
      return addMonths(date, -1).slice(0, 7);
    case 'quarterly': {
      const q = Math.floor((month - 1) / 3); // 0 = the first quarter is current
      return q === 0 ? `${year - 1}-Q4` : `${year}-Q${q}`;
    }
    case 'halfyearly':
      return month <= 6 ? `${year - 1}-H2` : `${year}-H1`;
    case 'yearly':
      return String(year - 1);
    case 'weekly': {
      const t = new Date(`${date}T00:00:00Z`);
      t.setUTCDate(t.getUTCDate() - 7);
      const dow = t.getUTCDay() || 7;
      t.setUTCDate(t.getUTCDate() + 4 - dow);
      const y = t.getUTCFullYear();
      const week = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86_400_000 + 1) / 7);
      return `${y}-W${String(week).padStart(2, '0')}`;
    }
    default:
      return date.slice(0, 7);
  }
}

/** Everything the new file says. */
export interface NewItem {
  kind: NewKind;
  slug: string;
  title: string;
  indexNumber: string;
  column: Column;
  date: string;
  draft: boolean;
  /** Why the item is created as a draft, written as a comment above `draft`. */
  draftReason?: string | undefined;
  docNumber?: string | undefined;
  category?: string | undefined;
  keywords: string[];
  interprets?: { slug: string; title: string } | undefined;
  form?: string | undefined;
  series?: { id: string; name: string } | undefined;
  period?: string | undefined;
  /** Data file, relative to the new Markdown file. */
  data?: string | undefined;
}

/** The Markdown file: front matter with a Chinese comment above each field, and the placeholder body. */
export function renderItem(n: NewItem): string {
  const L: string[] = ['---'];
  const field = (comment: string, line: string) => L.push(`# ${comment}`, line);
  field('标题（必填）', `title: ${yamlString(n.title)}`);
  field('索引号：自动分配的下一个空号，不要修改', `indexNumber: ${n.indexNumber}`);
  field(`公开目录：栏目 id，见 content/columns.yaml（本栏目：${n.column.name}）`, `column: ${n.column.id}`);
  if (n.kind === 'policy' || n.kind === 'plan') field('成文日期（必填，格式 2026-11-22）', `written: ${n.date}`);
  field('发布日期（不能晚于今天，格式 2026-11-22）', `published: ${n.date}`);
  if (n.docNumber) field('文号：年份用六角括号〔〕，序号后加“号”', `docNumber: ${yamlString(n.docNumber)}`);
  else L.push('# 文号（没有可不填）：年份用六角括号〔〕，如 江环发〔2026〕5号', '# docNumber: ');
  if (n.kind === 'policy') field(`文种：${POLICY_CATEGORIES.join('、')} 之一`, `category: ${n.category}`);
  if (n.kind === 'plan') field(`类别：${PLAN_CATEGORIES.join('、')} 之一`, `category: ${n.category}`);
  if (n.kind === 'article') {
    if (n.category) field('类别（可选，如 行政处罚决定书）', `category: ${yamlString(n.category)}`);
    else L.push('# 类别（可选，如 行政处罚决定书、工作动态）', '# category: ');
  }
  if (n.kind === 'interpretation') {
    field(`解读对象：被解读文件的文件名（${n.interprets!.title}）`, `interprets: ${n.interprets!.slug}`);
    field(`解读形式：${INTERPRETATION_FORMS.join('、')} 之一（一图读懂需要 images，见编辑指南）`, `form: ${n.form}`);
    L.push('# 解读机构或解读人（可选）', '# interpreter: ');
    if (n.form === '简明问答') {
      L.push('# 问答：每组一个 question（问题）和 answer（回答），可写多组');
      L.push('qa:', `  - question: ${QA_QUESTION_PLACEHOLDER}`, `    answer: ${QA_ANSWER_PLACEHOLDER}`);
    }
  }
  if (n.kind === 'release') {
    field(`数据系列：content/series/ 下的系列 id（${n.series!.name}）`, `series: ${n.series!.id}`);
    field('数据期：月 2026-10、季度 2026-Q3、半年 2026-H1、年 2026、周 2026-W46', `period: ${yamlString(n.period!)}`);
    field('数据文件：本文件旁 files/ 文件夹中的 .csv 或 .json', `data: ${n.data}`);
  }
  if (n.keywords.length) field('主题词：方括号括起来，逗号分隔', `keywords: [${n.keywords.map(yamlString).join(', ')}]`);
  else L.push('# 主题词（建议填写，否则检查会给出警告）：方括号括起来，逗号分隔', '# keywords: [大气污染防治, 重污染天气]');
  L.push('# 摘要（可选）：一两句话，用于列表和搜索结果', '# summary: ');
  L.push('# 附件（可选）：文件放在本文件旁的 files/ 文件夹，每项一个 file 和 title', '# attachments:', '#   - file: ./files/fujian1.pdf', '#     title: 附件1：……');
  field('有效性：有效、失效 或 废止（废止时还要填写 replacedBy 替代文件 和 validityChanged 废止日期）', 'validity: 有效');
  field(n.draftReason ? `草稿：true 表示暂不发布。${n.draftReason}` : '草稿：true 表示暂不发布，false 表示发布', `draft: ${n.draft}`);
  field('公开方式：主动公开、依申请公开 或 不予公开（只有主动公开的信息会发布到网站）', 'disclosure: 主动公开');
  L.push('---', BODY_PLACEHOLDER, '');
  return L.join('\n');
}

/** A value that cannot be used; the command prints it and exits 2 without creating anything. */
export class UsageError extends Error {}

const HELP = `新建一条信息：npm run new（逐项提问），或给出选项直接生成：

  npm run new -- --yes --kind <类型> --column <栏目id> --title <标题> [其他选项]

选项：
  --kind          类型：${NEW_KINDS.map((k) => `${k}（${KIND_LABELS[k]}）`).join('、')}
  --column        栏目 id（content/columns.yaml 中接收该类型的栏目）
  --title         标题
  --date          发布日期，默认今天（北京时间），如 2026-11-22
  --doc-number    文号，如 江环发〔2026〕5号
  --category      政策文件的文种 / 规划计划的类别 / 公开信息的类别
  --keywords      主题词，用逗号分隔
  --interprets    （政策解读）被解读文件的文件名
  --form          （政策解读）文字解读 或 简明问答
  --series        （数据发布）数据系列 id
  --period        （数据发布）数据期，默认上一期
  --slug          文件名（网址的一部分），默认 类型-日期-序号
  --content DIR   内容目录，默认 content
  --yes, -y       不提问；缺少必填项时报错
  --no-check      创建后不运行检查
  --help, -h      显示本说明`;

export interface Options {
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
  content?: string | undefined;
  yes: boolean;
  check: boolean;
}

/** Ask a question (or fail in --yes mode); re-ask until `validate` returns no message. */
class Asker {
  readonly #rl: Interface | undefined;
  readonly #yes: boolean;
  // Lines typed (or piped in) before the question that reads them was asked.
  readonly #lines: string[] = [];
  #waiting: ((line: string | undefined) => void) | undefined;
  #closed = false;
  constructor(yes: boolean) {
    this.#yes = yes;
    if (yes) return;
    this.#rl = createInterface({ input: process.stdin, output: process.stdout });
    this.#rl.on('line', (line) => {
      if (this.#waiting) {
        const w = this.#waiting;
        this.#waiting = undefined;
        w(line);
      } else this.#lines.push(line);
    });
    this.#rl.on('close', () => {
      this.#closed = true;
      this.#waiting?.(undefined);
    });
  }
  close(): void {
    this.#rl?.close();
  }
  async #question(prompt: string): Promise<string> {
    process.stdout.write(prompt);
    const line = this.#lines.shift() ?? (this.#closed ? undefined : await new Promise<string | undefined>((resolve) => (this.#waiting = resolve)));
    if (line === undefined) throw new UsageError('输入已结束，没有回答所有问题');
    if (!process.stdin.isTTY) process.stdout.write(`${line}\n`);
    return line;
  }
  /**
   * @param given The flag's value, used when valid.
   * @param flag For the --yes error message.
   * @param validate Returns an error message, or undefined when the answer is fine.
   */
  async text(label: string, given: string | undefined, flag: string, validate: (v: string) => string | undefined, fallback?: string): Promise<string> {
    if (given !== undefined) {
      const error = validate(given);
      if (!error) return given;
      if (this.#yes) throw new UsageError(`--${flag}「${given}」：${error}`);
      console.log(`  ${error}`);
    } else if (this.#yes) {
      if (fallback !== undefined) return fallback;
      throw new UsageError(`缺少 --${flag}（${label}）`);
    }
    for (;;) {
      const answer = (await this.#question(`${label}${fallback ? `（直接回车：${fallback}）` : ''}：`)).trim();
      const value = answer === '' && fallback !== undefined ? fallback : answer;
      const error = validate(value);
      if (!error) return value;
      console.log(`  ${error}`);
    }
  }
  /** Choose one of `choices` by number or by its value. */
  async choose<T extends string>(label: string, given: string | undefined, flag: string, choices: ReadonlyArray<{ value: T; label: string }>, fallback?: T): Promise<T> {
    const find = (v: string) => choices.find((c) => c.value === v) ?? (/^\d+$/.test(v) ? choices[Number(v) - 1] : undefined);
    const list = choices.map((c) => c.value).join('、');
    if (given === undefined && choices.length === 1) {
      if (!this.#yes) console.log(`${label}：${choices[0]!.label}（唯一可选）`);
      return choices[0]!.value;
    }
    if (!this.#yes && given === undefined) {
      console.log(`${label}：`);
      choices.forEach((c, i) => console.log(`  ${String(i + 1).padStart(2)}. ${c.label}`));
    }
    const value = await this.text(
      given === undefined && !this.#yes ? '请输入编号' : label,
      given,
      flag,
      (v) => (find(v) ? undefined : `「${v}」不在可选范围内；可选：${list}`),
      fallback,
    );
    return find(value)!.value;
  }
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      kind: { type: 'string' },
      column: { type: 'string' },
      title: { type: 'string' },
      slug: { type: 'string' },
      'doc-number': { type: 'string' },
      interprets: { type: 'string' },
      series: { type: 'string' },
      period: { type: 'string' },
      date: { type: 'string' },
      category: { type: 'string' },
      form: { type: 'string' },
      keywords: { type: 'string' },
      content: { type: 'string' },
      yes: { type: 'boolean', short: 'y', default: false },
      'no-check': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  return {
    kind: values.kind,
    column: values.column,
    title: values.title,
    slug: values.slug,
    docNumber: values['doc-number'],
    interprets: values.interprets,
    series: values.series,
    period: values.period,
    date: values.date,
    category: values.category,
    form: values.form,
    keywords: values.keywords,
    content: values.content,
    yes: values.yes,
    check: !values['no-check'],
  };
}

interface SeriesInfo {
  id: string;
  name: string;
  column: string;
  frequency: string;
  columns: Array<{ key: string; label: string; unit?: string }>;
}

function readSeries(contentDir: string): SeriesInfo[] {
  const dir = path.join(contentDir, 'series');
  if (!existsSync(dir)) return [];
  const out: SeriesInfo[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    try {
      const d = parseYaml(readFileSync(path.join(dir, name), 'utf8')) as Partial<SeriesInfo>;
      out.push({ id: name.replace(/\.ya?ml$/, ''), name: d.name ?? name, column: d.column ?? '', frequency: d.frequency ?? '', columns: d.columns ?? [] });
    } catch {
      /* Reported by npm run check. */
    }
  }
  return out;
}

/** Build the new item from flags and answers. Exported for tests (with `yes`). */
export async function createItem(opts: Options, root = process.cwd()): Promise<{ file: string; item: NewItem; notes: string[] }> {
  const contentDir = path.resolve(root, opts.content ?? 'content');
  const { site, problems: siteProblems } = loadSite(root, contentDir);
  if (!site) throw new UsageError(`无法读取站点信息：${siteProblems.map((p) => p.message).join('；')}`);
  const { catalogue } = loadCatalogueFile(root, contentDir);
  if (catalogue.columns.length === 0) throw new UsageError('无法读取栏目清单 content/columns.yaml，请先运行 npm run check 查看原因');
  const existing = scanExisting(root, contentDir);
  const today = todayInChina();
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
      const id = await ask.choose('数据系列', opts.series, 'series', all.map((s) => ({ value: s.id, label: `${s.name}（${s.id}）` })));
      series = all.find((s) => s.id === id)!;
    }

    const accepting = catalogue.columns.filter((c) => c.accepts.includes(kind) && c.status === 'active');
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

    const date = await ask.text('发布日期', opts.date, 'date', (v) => (isIsoDate(v) ? undefined : diagnoseValue('published', v) ?? '不是有效的日期'), today);
    const year = Number(date.slice(0, 4));

    let category: string | undefined;
    if (kind === 'policy') category = await ask.choose('文种', opts.category, 'category', POLICY_CATEGORIES.map((c) => ({ value: c, label: c })), opts.yes ? '通知' : undefined);
    if (kind === 'plan') category = await ask.choose('类别', opts.category, 'category', PLAN_CATEGORIES.map((c) => ({ value: c, label: c })), opts.yes ? '其他' : undefined);
    if (kind === 'article') {
      category = await ask.text('类别（可选，如 行政处罚决定书；直接回车跳过）', opts.category, 'category', (v) => (v.length > 30 ? '类别最多 30 个字符' : undefined), '');
      if (category === '') category = undefined;
    }

    const docNumber = await ask.text(
      '文号（可选，如 江环发〔2026〕5号；直接回车跳过）',
      opts.docNumber,
      'doc-number',
      (v) => {
        if (v === '') return undefined;
        if (!DOC_NUMBER.test(v)) return diagnoseValue('docNumber', v) ?? '文号格式不对，应为“机关代字〔年份〕序号号”，如 江环发〔2026〕5号';
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
        notes.push(`被解读的文件 ${target.file} 还是草稿，所以这篇解读也先建为草稿（draft: true）。两篇都写好后，把两个文件中的 draft 都改为 false（“三同步”）。`);
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
      period = await ask.text(`数据期`, opts.period, 'period', (v) => (PERIOD.test(v) ? undefined : '格式不对：月 2026-10、季度 2026-Q3、半年 2026-H1、年 2026、周 2026-W46'), previousPeriod(series.frequency, date));
      const twin = existing.items.find((i) => i.kind === 'release' && i.series === series.id && i.period === period);
      if (twin) throw new UsageError(`「${series.name}」${period} 期已由 ${twin.file} 发布；更正数据请修改原文件`);
      // Start from the previous release's data file: same columns and rows, to be overwritten.
      const previous = existing.items
        .filter((i) => i.kind === 'release' && i.series === series.id && i.data)
        .sort((a, b) => ((a.period ?? '') < (b.period ?? '') ? 1 : -1))[0];
      if (previous) dataSource = path.resolve(root, path.dirname(previous.file), previous.data!);
    }

    const keywordText = await ask.text('主题词（可选，用逗号分隔，如 大气污染防治,重污染天气）', opts.keywords, 'keywords', () => undefined, '');
    const keywords = keywordText.split(/[,，、;；\s]+/).map((k) => k.trim()).filter(Boolean);

    const slug = await ask.text(
      '文件名（网址的一部分，只用小写字母、数字和连字符）',
      opts.slug,
      'slug',
      (v) => (!SLUG.test(v) ? '只能包含小写字母、数字和连字符，且以字母或数字开头' : existing.slugs.has(v) ? `文件名「${v}」已被 ${existing.slugs.get(v)} 使用` : undefined),
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
        notes.push(`数据文件 ${path.relative(root, target)} 只有表头；请按表头每行填一条数据，再把 draft 改为 false。填好之前 npm run check 会报告“数据文件没有任何数据行”。`);
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
    };
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${slug}.md`);
    writeFileSync(file, renderItem(item), { encoding: 'utf8', flag: 'wx' });
    return { file, item, notes };
  } finally {
    ask.close();
  }
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const root = process.cwd();
  let created;
  try {
    created = await createItem(opts, root);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`没有创建文件：${error.message}`);
      console.error('查看全部选项：npm run new -- --help');
      process.exit(2);
    }
    throw error;
  }
  const { file, item, notes } = created;
  const rel = path.relative(root, file).split(path.sep).join('/');
  console.log('');
  console.log(`已创建 ${rel}`);
  console.log(`  索引号 ${item.indexNumber}　栏目 ${item.column.name}　${item.draft ? '草稿（暂不发布）' : `发布后网址 ${itemUrl(item.slug)}`}`);
  for (const note of notes) console.log(`  注意：${note}`);
  console.log('下一步：打开这个文件，把“' + BODY_PLACEHOLDER + '”换成正文，然后运行 npm run check。');
  if (opts.check) {
    const result = checkContent({ root, contentDir: path.resolve(root, opts.content ?? 'content'), asOf: todayInChina() });
    const mine = sortProblems(result.problems.filter((p) => p.file === rel || p.file.startsWith(`${path.posix.dirname(rel)}/files/${item.slug}`)));
    if (mine.length) {
      console.log('');
      console.log('这个文件目前的检查结果：');
      for (const p of mine) console.log(`  ${formatProblem(p)}`);
    }
  }
}

if (import.meta.main) await main();
