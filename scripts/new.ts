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
 * previous period's. The work is done by createItem (src/lib/new-item/create.ts).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkCreated, createItem, describeCreated, type CreatedItem, type NewItemOptions } from '../src/lib/new-item/create.ts';
import { NEW_KINDS, UsageError } from '../src/lib/new-item/model.ts';
import { KIND_LABELS } from '../src/kinds/index.ts';

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
  --set 字段=值   其他类型自己的字段，可写多次，如 --set project=baisha-xingang-bowei --set stage=拟审批公示
  --content DIR   内容目录，默认 content
  --yes, -y       不提问；缺少必填项时报错
  --no-check      创建后不运行检查
  --help, -h      显示本说明`;

function parseOptions(argv: string[]): NewItemOptions {
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
      set: { type: 'string', multiple: true },
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
    answers: Object.fromEntries(
      (values.set ?? []).map((kv) => {
        const at = kv.indexOf('=');
        if (at < 1) throw new UsageError(`--set 要写成“字段=值”，如 --set project=baisha-xingang-bowei（收到「${kv}」）`);
        return [kv.slice(0, at), kv.slice(at + 1)];
      }),
    ),
    content: values.content,
    yes: values.yes,
    check: !values['no-check'],
  };
}

const root = process.cwd();
let opts: NewItemOptions;
let created: CreatedItem;
try {
  opts = parseOptions(process.argv.slice(2));
  created = await createItem({ ...opts, root });
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`没有创建文件：${error.message}`);
  console.error('查看全部选项：npm run new -- --help');
  process.exit(2);
}
for (const line of describeCreated(root, created)) console.log(line);
if (opts.check) for (const line of checkCreated(root, path.resolve(root, opts.content ?? 'content'), created)) console.log(line);
