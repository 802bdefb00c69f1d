/**
 * The scaffold of each kind: the front matter (with a Chinese comment above each field)
 * and the body a new file starts with. One self-contained function per kind, `(ctx) =>
 * { data, body }`, so that each can move into its kind's folder as it is; the shared
 * pieces (the fields every item has) are the functions at the top.
 *
 * `data` is the front matter in order: each entry is the comment lines above a field and
 * the field's YAML lines (a commented-out line is a hint for an optional field).
 */
import { BODY_PLACEHOLDER } from '../content/rules.ts';
import { tablesToYaml } from '../report/tables-yaml.ts';
import { emptyTables, REPORT_PARTS, type ApplicantRow } from '../report/format.ts';
import { yamlString, type NewItem } from './model.ts';
import { kindOf, type KindDefinition } from '../../kinds/index.ts';
import { entry, hint, type ScaffoldEntry } from '../../kinds/define.ts';

export type { ScaffoldEntry };

/** A new file: front matter entries and body. */
export interface Scaffold {
  data: ScaffoldEntry[];
  body: string;
}

/** The context of an annual report's scaffold (`npm run new:report`). */
export interface ReportScaffoldContext {
  year: number;
  /** 机构名称, for the title. */
  siteName: string;
  /** 索引号 of the new report. */
  indexNumber: string;
  /** Last year's 结转下年度继续办理, when that report exists. */
  carriedOver?: ApplicantRow | undefined;
}

/** The Markdown file of a scaffold. */
export function renderScaffold(s: Scaffold): string {
  const fm = s.data.flatMap((e) => [...e.comments.map((c) => `# ${c}`), ...e.lines]);
  return ['---', ...fm, '---', s.body].join('\n');
}

// ——— Fields every item has ———

/** Title, 索引号, column, [成文日期], 发布日期 and 文号. */
function opening(n: NewItem, withWritten: boolean): ScaffoldEntry[] {
  return [
    entry('标题（必填）', `title: ${yamlString(n.title)}`),
    entry('索引号：自动分配的下一个空号，不要修改', `indexNumber: ${n.indexNumber}`),
    entry(`公开目录：栏目 id，见 content/columns.yaml（本栏目：${n.column.name}）`, `column: ${n.column.id}`),
    ...(withWritten ? [entry('成文日期（必填，格式 2026-11-22）', `written: ${n.date}`)] : []),
    entry('发布日期（不能晚于今天，格式 2026-11-22）', `published: ${n.date}`),
    n.docNumber
      ? entry('文号：年份用六角括号〔〕，序号后加“号”', `docNumber: ${yamlString(n.docNumber)}`)
      : hint('文号（没有可不填）：年份用六角括号〔〕，如 江环发〔2026〕5号', 'docNumber: '),
  ];
}

/** 主题词, 摘要, 附件, 有效性, 草稿 and 公开方式. */
function closing(n: NewItem): ScaffoldEntry[] {
  return [
    n.keywords.length
      ? entry('主题词：方括号括起来，逗号分隔', `keywords: [${n.keywords.map(yamlString).join(', ')}]`)
      : hint('主题词（建议填写，否则检查会给出警告）：方括号括起来，逗号分隔', 'keywords: [大气污染防治, 重污染天气]'),
    hint('摘要（可选）：一两句话，用于列表和搜索结果', 'summary: '),
    hint('附件（可选）：文件放在本文件旁的 files/ 文件夹，每项一个 file 和 title', 'attachments:', '  - file: ./files/fujian1.pdf', '    title: 附件1：……'),
    entry('有效性：有效、失效 或 废止（废止时还要填写 replacedBy 替代文件 和 validityChanged 废止日期）', 'validity: 有效'),
    entry(n.draftReason ? `草稿：true 表示暂不发布。${n.draftReason}` : '草稿：true 表示暂不发布，false 表示发布', `draft: ${n.draft}`),
    entry('公开方式：主动公开、依申请公开 或 不予公开（只有主动公开的信息会发布到网站）', 'disclosure: 主动公开'),
  ];
}

// ——— Each kind's own fields: its declaration's `scaffold` (src/kinds/<kind>/kind.ts) ———

/** The scaffold of a new item: the shared opening, the kind's own fields, the shared closing, the placeholder body. */
export function itemTemplate(n: NewItem): Scaffold {
  const own = (kindOf(n.kind) as KindDefinition).scaffold;
  if (!own) throw new Error(`“${n.kind}”类信息不能用 npm run new 新建`);
  return { data: [...opening(n, own.written === true), ...own.fields(n), ...closing(n)], body: `${BODY_PLACEHOLDER}\n` };
}

/**
 * 政府信息公开工作年度报告: every table zero-filled with a comment naming each row and
 * column, 上年结转 carried over, the six part headings, `draft: true`.
 */
export const reportTemplate = (o: ReportScaffoldContext): Scaffold => {
  const parts = REPORT_PARTS.map((part, i) => {
    const partHint = i === 1 || i === 2 || i === 3 ? '（本部分的表格由上方元数据中的数字自动生成，请在此写一两句说明。）' : '（待填写）';
    return `## ${part}\n\n${partHint}\n`;
  }).join('\n');
  return {
    data: [
      { comments: [], lines: [`title: ${o.siteName}${o.year}年政府信息公开工作年度报告`, `indexNumber: ${o.indexNumber}`, 'column: annual-reports'] },
      { comments: [], lines: [`published: ${o.year + 1}-01-20   # 应在 ${o.year + 1} 年 1 月 31 日前发布`] },
      { comments: [], lines: [`keywords: [政府信息公开, 年度报告, ${o.year}年]`] },
      { comments: [], lines: [`summary: ${o.year}年${o.siteName}主动公开政府信息、依申请公开、行政复议和行政诉讼等情况，以及存在的问题和改进措施。`] },
      entry('草稿：填写完毕、数字核对无误后删除此行（或改为 false）再发布', 'draft: true'),
      { comments: [], lines: [`year: ${o.year}`, tablesToYaml(emptyTables(o.carriedOver))] },
    ],
    body: [
      `本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制。本报告所列数据的统计期限为${o.year}年1月1日至12月31日。`,
      '',
      parts,
    ].join('\n'),
  };
};

/** The Markdown file of a new item. */
export function renderItem(n: NewItem): string {
  return renderScaffold(itemTemplate(n));
}
