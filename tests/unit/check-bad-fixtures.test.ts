/**
 * Every mistake in tests/fixtures/bad/ is reported once, precisely: file, line, the
 * field's Chinese name, what is wrong and what was expected. Each case is checked on
 * its own: `_base/` plus the case's files, copied into a temporary content folder.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, openSync, ftruncateSync, closeSync, mkdirSync, readFileSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, type CheckResult } from '../../src/lib/content/check.ts';
import { isPublishable } from '../../src/lib/items.ts';
import { ATTACHMENT_MAX_BYTES } from '../../src/lib/content/rules.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { copyFixture } from '../support/fixtures.ts';

const BAD = path.resolve('tests/fixtures/bad');
const AS_OF = '2026-11-22';
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A content folder with `_base/` and the named cases. */
function contentWith(...cases: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-bad-'));
  temps.push(dir);
  copyFixture('bad/_base', dir);
  for (const c of cases) cpSync(path.join(BAD, c), dir, { recursive: true });
  return dir;
}

function check(dir: string): CheckResult {
  return checkContent({ root: dir, contentDir: dir, asOf: AS_OF });
}

interface Expectation {
  file: string;
  line: number;
  field: string;
  message: string | RegExp;
  expected: string | RegExp;
}

const CASES: Record<string, Expectation> = {
  'malformed-yaml': {
    file: 'articles/2024/bad-yaml.md',
    line: 2,
    field: '元数据',
    message: '「title」的值以引号 " 开头，但这一行没有配对的结束引号',
    expected: '每行“字段: 值”',
  },
  'wrong-type': {
    file: 'articles/2024/wrong-type.md',
    line: 7,
    field: '草稿（draft）',
    message: '写成了文字「是」，这里只能写 true（是）或 false（否）',
    expected: 'true 或 false',
  },
  'unknown-column': {
    file: 'policies/2024/unknown-column.md',
    line: 4,
    field: '公开目录（column）',
    message: '栏目「normative-document」不存在，是不是想写「normative-documents」（行政规范性文件）？',
    expected: 'content/columns.yaml 中的栏目 id',
  },
  'column-wrong-kind': {
    file: 'articles/2024/wrong-kind.md',
    line: 4,
    field: '公开目录（column）',
    message: '栏目「行政规范性文件」（normative-documents）不接收“公开信息”类信息',
    expected: /可接收此类信息的栏目：.*news（工作动态）/,
  },
  'penalty-without-decision': {
    file: 'articles/2024/penalty-no-date.md',
    line: 1,
    field: '决定日期（decided）',
    message: '类别为“行政处罚决定书”的信息必须填写决定日期（公开时限从这一天起算）',
    expected: '作出行政许可或行政处罚决定的日期',
  },
  'decision-after-publish': {
    file: 'articles/2024/penalty-future-decision.md',
    line: 6,
    field: '决定日期（decided）',
    message: '决定日期 2024-05-13 晚于发布日期 2024-05-10',
    expected: '不晚于发布日期',
  },
  'changed-before-written': {
    file: 'policies/2024/changed-before-written.md',
    line: 7,
    field: '变更日期（changed）',
    message: '变更日期 2024-03-28 早于成文日期 2024-04-01：信息要先形成才能变更',
    expected: '不早于成文日期、不晚于更新日期',
  },
  'changed-malformed': {
    file: 'articles/2024/changed-malformed.md',
    line: 6,
    field: '变更日期（changed）',
    message: '「2024年5月20日」不是有效的日期：要用半角连字符“-”分隔年月日',
    expected: '不早于成文日期、不晚于更新日期',
  },
  'bad-calendar': {
    file: 'calendar/2025.yaml',
    line: 18,
    field: '调休上班日期（workdays[4].date）',
    message: '不是周六或周日：调休上班日只能是本来休息的周末',
    expected: '本年内的一个周六或周日',
  },
  'future-date': {
    file: 'articles/2027/future.md',
    line: 5,
    field: '发布日期（published）',
    message: '发布日期 2027-01-15 晚于构建日期 2026-11-22',
    expected: '如需定时发布，请先设为草稿（draft: true）',
  },
  'reply-session-digits': {
    file: 'replies/2026/reply-digits.md',
    line: 9,
    field: '届次（session）',
    message: '文字「13届」 要用汉字写届次的序数，如 十四、二',
    expected: '用汉字写的届次，如 十四（省十四届人大、省政协十四届）',
  },
  'duplicate-index': {
    file: 'articles/2024/duplicate-index.md',
    line: 3,
    field: '索引号（indexNumber）',
    message: '索引号 11990000MB1234560X/2024-00001 已被 policies/2024/base-policy.md 使用',
    expected: 'npm run new 自动分配',
  },
  'bad-index-format': {
    file: 'articles/2024/bad-index.md',
    line: 3,
    field: '索引号（indexNumber）',
    message: '流水号应为 5 位数字（不足补 0，如 00031），这里是 2 位',
    expected: '11990000MB1234560X/2024-00031',
  },
  'bad-doc-brackets': {
    file: 'articles/2024/bad-brackets.md',
    line: 7,
    field: '文号（docNumber）',
    message: '文号「江环发[2024]3号」写法不对：年份要用六角括号〔〕括起来',
    expected: '江环规〔2024〕3号',
  },
  'duplicate-doc-number': {
    file: 'articles/2024/duplicate-doc.md',
    line: 7,
    field: '文号（docNumber）',
    message: '文号 江环发〔2024〕01号 已被 policies/2024/base-policy.md 使用（2024 年同一文号只能对应一份文件）',
    expected: '每年每个文号只用一次',
  },
  'duplicate-slug': {
    file: 'articles/2024/base-policy.md',
    line: 1,
    field: '文件名',
    message: '文件名「base-policy」与 policies/2024/base-policy.md 重复，两者会发布到同一个网址 /items/base-policy/',
    expected: '全站唯一的文件名',
  },
  'broken-item-link': {
    file: 'articles/2024/broken-link.md',
    line: 10,
    field: '正文链接',
    message: '链接 /items/no-such-notice/ 指向不存在的信息「no-such-notice」',
    expected: '/items/已有信息的文件名/',
  },
  'broken-column-link': {
    file: 'articles/2024/broken-column-link.md',
    line: 10,
    field: '正文链接',
    message: '链接 /columns/penalty/ 指向不存在的栏目「penalty」',
    expected: '/columns/栏目id/',
  },
  'missing-attachment': {
    file: 'articles/2024/missing-attachment.md',
    line: 8,
    field: '附件文件（attachments[0].file）',
    message: '找不到文件 ./files/fujian-2024-10.pdf',
    expected: '文件应放在 articles/2024/files/fujian-2024-10.pdf，注意文件名大小写',
  },
  'disallowed-attachment': {
    file: 'articles/2024/disallowed-attachment.md',
    line: 8,
    field: '附件文件（attachments[0].file）',
    message: '不允许的文件类型「.exe」：./files/tool.exe',
    expected: /以下类型之一：\.pdf .*\.docx/,
  },
  'body-file-not-attachment': {
    file: 'articles/2024/body-file.md',
    line: 10,
    field: '正文链接',
    message: '正文链接的文件 ./files/shenqingbiao.pdf 没有列入附件（attachments），不会随网站发布',
    expected: '- file: ./files/shenqingbiao.pdf',
  },
  'script-injection': {
    file: 'articles/2024/script.md',
    line: 10,
    field: '正文',
    message: '正文中含有 <script> 脚本，出于安全原因不允许',
    expected: '删除脚本',
  },
  'event-handler': {
    file: 'articles/2024/event-handler.md',
    line: 10,
    field: '正文',
    message: '正文中的 <img> 含有事件属性 onerror（会执行脚本）',
    expected: '删除 onerror=… 属性',
  },
  'javascript-link': {
    file: 'articles/2024/javascript-link.md',
    line: 10,
    field: '正文',
    message: '正文中的链接使用了 javascript: 地址（点击或加载时会执行脚本）',
    expected: '以 https:// 或 / 开头的链接',
  },
  'unknown-iframe': {
    file: 'articles/2024/iframe.md',
    line: 10,
    field: '正文',
    message: '正文中嵌入了来自「video.example.com」的 <iframe>，该来源不在允许列表中',
    expected: '删除 iframe，改用普通链接',
  },
  'mdx-import': {
    file: 'articles/2024/mdx-import.mdx',
    line: 8,
    field: '正文',
    message: 'MDX 文件中不允许 import 或 export 语句',
    expected: 'Callout、Figure 无需导入即可使用',
  },
  'misspelt-field': {
    file: 'articles/2024/misspelt.md',
    line: 5,
    field: '发布日期（published）',
    message: '字段名拼错了：写成了「publshed」，是不是想写「published」（发布日期）？',
    expected: 'published: 形如 2024-03-15 的真实日期',
  },
  'repealed-without-replacement': {
    file: 'policies/2024/repealed.md',
    line: 9,
    field: '替代文件（replacedBy）',
    message: '有效性为“废止”时必须填写替代文件',
    expected: '替代本文件的信息的文件名（不含 .md）',
  },
  'interpretation-nowhere': {
    file: 'interpretations/2024/orphan.md',
    line: 7,
    field: '解读对象（interprets）',
    message: '找不到被解读的文件「paiwu-xuke-banfa」',
    expected: '已有的政策文件或规划计划的文件名',
  },
  // Issue 16: 环评 projects and their stages (src/kinds/project/, src/kinds/stage/).
  'eia-proposal-too-short': {
    file: 'eia/2026/short-project-nishenpi.md',
    line: 10,
    field: '公示截止日期（noticeTo）',
    message: '拟审批公示期 2026-09-29 至 2026-10-09 只有 4 个工作日，少于 5 个工作日',
    expected: '自 2026-09-29 起，截止日期不早于 2026-10-10（节假日不计）',
  },
  'eia-decision-before-notice-ends': {
    file: 'eia/2026/early-project-pifu.md',
    line: 11,
    field: '决定日期（decided）',
    message: '决定日期 2026-09-18 不晚于拟审批公示的截止日期 2026-09-18（eia/2026/early-project-nishenpi.md）：公示期满前不能作出审批决定',
    expected: '2026-09-18 之后的日期',
  },
  'eia-unknown-project': {
    file: 'eia/2026/lost-nishenpi.md',
    line: 7,
    field: '所属项目（project）',
    message: '找不到环评项目「no-such-project」',
    expected: '已有的环评项目的文件名（不含 .md）',
  },
  'eia-duplicate-stage': {
    file: 'eia/2026/twice-project-nishenpi-2.md',
    line: 8,
    field: '环评阶段（stage）',
    message: '环评项目「江州市示例化工园区污水处理厂工程」已有拟审批公示（eia/2026/twice-project-nishenpi.md），每个项目每个阶段只发布一次',
    expected: '每个项目受理公示、拟审批公示、审批决定各一条',
  },
  'eia-approval-without-proposal': {
    file: 'eia/2026/direct-project-pifu.md',
    line: 12,
    field: '审批结果（result）',
    message: '环评项目「江州市示例化工园区污水处理厂工程」没有已发布的拟审批公示，不能直接批复',
    expected: '先发布拟审批公示（不少于 5 个工作日），期满后再发布批复',
  },
  'malformed-date': {
    file: 'articles/2023/bad-date.md',
    line: 5,
    field: '发布日期（published）',
    message: '「2023-02-30」不是有效的日期：这一天不存在（2023 年 2 月只有 28 天）',
    expected: '形如 2024-03-15 的真实日期',
  },
  'external-image': {
    file: 'articles/2024/external-image.md',
    line: 10,
    field: '正文图片',
    message: '图片 https://img.example.com/photo.jpg 来自其他网站，本站的内容安全策略会阻止它显示',
    expected: '![图片说明](./files/图片.png)',
  },
  'html-comment': {
    file: 'articles/2024/html-comment.md',
    line: 10,
    field: '正文',
    message: '注释里的文字虽然不显示，但会原样出现在网页源代码中',
    expected: '删除注释',
  },
  // Issue 13: what the parser that renders a body sees, not what a regular expression guesses.
  'mdx-escaped-brace': {
    file: 'articles/2024/escaped-brace.mdx',
    line: 8,
    field: '正文',
    message: 'MDX 正文中含有 { } 表达式，内容文件里不允许写代码',
    expected: '要显示花括号本身请写成 \\{ \\}',
  },
  'mdx-attribute-in-backticks': {
    file: 'articles/2024/attribute-backticks.mdx',
    line: 10,
    field: '正文',
    message: '<Callout> 的属性 title 的值是 { } 表达式，内容文件里不允许写代码',
    expected: '属性值用引号，如 title="温馨提示"',
  },
  'mdx-export-after-fake-fence': {
    file: 'articles/2024/export-fence.mdx',
    line: 12,
    field: '正文',
    message: 'MDX 文件中不允许 import 或 export 语句',
    expected: 'Callout、Figure 无需导入即可使用',
  },
  'mdx-spread-attribute': {
    file: 'articles/2024/spread.mdx',
    line: 8,
    field: '正文',
    message: '<Callout> 含有 { } 展开表达式',
    expected: '属性写成 名称="文字"',
  },
  'mdx-unclosed-brace': {
    file: 'articles/2024/unclosed.mdx',
    line: 10,
    field: '正文',
    message: /^MDX 写法有误，无法解析（第 \d+ 列）：/,
    expected: '要显示它们本身请写成 \\{ \\} 和 &lt;',
  },
  'mdx-html-in-component': {
    file: 'articles/2024/mdx-script.mdx',
    line: 9,
    field: '正文',
    message: '正文中含有 <script> 脚本，出于安全原因不允许',
    expected: '只使用 Markdown 写法',
  },
  'raw-html-fake-fence': {
    file: 'articles/2024/fake-fence.md',
    line: 11,
    field: '正文',
    message: '正文中含有 <meta> 标签（可用于自动跳转），出于安全原因不允许',
    expected: '只使用 Markdown 写法',
  },
  'raw-html-fence-in-div': {
    file: 'articles/2024/fence-in-div.md',
    line: 12,
    field: '正文',
    message: '正文中含有 <base> 标签（会改变本页所有链接的地址），出于安全原因不允许',
    expected: '只使用 Markdown 写法',
  },
  'raw-html-fence-in-list': {
    file: 'articles/2024/fence-in-list.md',
    line: 13,
    field: '正文',
    message: '正文中含有 <script> 脚本，出于安全原因不允许',
    expected: '删除脚本',
  },
  'raw-html-unknown-attribute': {
    file: 'articles/2024/unknown-attribute.md',
    line: 10,
    field: '正文',
    message: '正文中的 <span> 含有属性 data-x，本站不支持，发布时会被去掉',
    expected: '删除 data-x=… 属性',
  },
  'gbk-encoding': {
    file: 'articles/2024/gbk.md',
    line: 2,
    field: '文件编码',
    message: '文件不是 UTF-8 编码（多半是 GBK/GB2312',
    expected: '编码选“UTF-8”后保存',
  },
  'uppercase-extension': {
    file: 'articles/2024/upper.MD',
    line: 1,
    field: '文件名',
    message: '文件扩展名「.MD」是大写的，网站生成时不会读取这个文件',
    expected: '改成小写：upper.md',
  },
  'yaml-alias-bomb': {
    file: 'articles/2024/bomb.md',
    line: 6,
    field: '元数据',
    message: '元数据中使用了 YAML 锚点或别名（以 & 或 * 开头的写法），本站不允许',
    expected: '每行“字段: 值”',
  },
  'yaml-deep-nesting': {
    file: 'articles/2024/deep.md',
    line: 6,
    field: '元数据',
    message: '元数据的嵌套层数过多',
    expected: '每行“字段: 值”',
  },
  'unsafe-service-url': {
    file: 'policies/2024/service-url.md',
    line: 12,
    field: '办事指南链接（services[0].url）',
    message: '不能含反斜杠 \\ 或空白（浏览器会把“/\\”开头的链接当作其他网站的地址）',
    expected: '以 https:// 或 / 开头的链接',
  },
  'csv-formula': {
    file: 'articles/2024/csv-formula.md',
    line: 8,
    field: '附件文件（attachments[0].file）',
    message: '附件 ./files/mingdan.csv 第 3 行第 1 列「=HYPERLINK("https://evil.examp」以 = 开头，用 Excel 打开时会被当作公式执行',
    expected: '删去单元格开头的 = + - @ 符号',
  },
  'csv-gbk': {
    file: 'articles/2024/csv-gbk.md',
    line: 8,
    field: '附件文件（attachments[0].file）',
    message: '附件 ./files/gbk.csv 第 1 行起不是 UTF-8 编码',
    expected: '编码选“UTF-8”后保存',
  },
  'unquoted-date-title': {
    file: 'policies/2024/date-title.md',
    line: 12,
    field: '附件标题（attachments[0].title）',
    message: '这里写的是没有加引号的日期样式文字，网站生成时会被读成日期而不是文字',
    expected: '用英文双引号括起来，如 title: "2024-01-01"',
  },
  // Issue 16: consultations (征求意见) and their feedback (意见采纳情况).
  'consultation-major-too-short': {
    file: 'consultations/2024/major-short.md',
    line: 10,
    field: '征求意见截止日期（closes）',
    message: '重大行政决策征求意见期限为 2024-06-03 至 2024-06-30，共 28 天，少于 30 天，且没有说明理由',
    expected: '不少于 30 天（含首尾两天，截止日期不早于 2024-07-02）或在 shortReason（期限较短的理由）中说明理由',
  },
  // 2025-09-28 (a Sunday worked) to 2025-10-11 (a Saturday worked): 14 days around 国庆节, 6 working days.
  'consultation-normative-too-short': {
    file: 'consultations/2024/normative-short.md',
    line: 10,
    field: '征求意见截止日期（closes）',
    message: '行政规范性文件征求意见期限为 2025-09-28 至 2025-10-11，只有 6 个工作日，少于 7 个工作日，且没有说明理由',
    expected: '不少于 7 个工作日（含首尾两天，按国务院节假日安排计算）',
  },
  'consultation-blank-reason': {
    file: 'consultations/2024/blank-reason.md',
    line: 11,
    field: '期限较短的理由（shortReason）',
    message: '不能为空',
    expected: '说明为什么征求意见期限短于规定',
  },
  'consultation-closes-before-opens': {
    file: 'consultations/2024/closes-first.md',
    line: 10,
    field: '征求意见截止日期（closes）',
    message: '截止日期 2024-06-01 早于开始日期 2024-06-10',
    expected: '晚于开始日期（opens）的日期',
  },
  'feedback-totals': {
    file: 'feedback/2024/totals.md',
    line: 8,
    field: '收到意见（条）（received）',
    message: '合计不一致：收到意见写的是 10 条，各条意见（opinions）的条数加起来是 7 条（采纳 4、部分采纳 0、不采纳 3）',
    expected: '收到意见条数等于各条意见的条数之和',
  },
  'feedback-no-reason': {
    file: 'feedback/2024/no-reason.md',
    line: 15,
    field: '理由（opinions[1].reason）',
    message: '第 2 条意见为“不采纳”，必须说明理由',
    expected: '部分采纳或不采纳的理由',
  },
  'feedback-unknown-consultation': {
    file: 'feedback/2024/unknown.md',
    line: 7,
    field: '所属征求意见（consultation）',
    message: '找不到征求意见「paiwukou-biaoshipai-guiding」',
    expected: '已有的征求意见的文件名（不含 .md）',
  },
  'feedback-before-closing': {
    file: 'feedback/2024/early.md',
    line: 5,
    field: '发布日期（published）',
    message: '发布日期 2024-03-20 不晚于所属征求意见的截止日期 2024-03-30：征求意见结束后才能公布采纳情况',
    expected: '2024-03-30 之后的日期',
  },
};

function expectOne(problems: Problem[], e: Expectation): void {
  const errors = problems.filter((p) => p.severity === 'error');
  expect(errors, JSON.stringify(errors, null, 2)).toHaveLength(1);
  const p = errors[0]!;
  expect(p.file).toBe(e.file);
  expect(p.line).toBe(e.line);
  expect(p.field).toBe(e.field);
  if (typeof e.message === 'string') expect(p.message).toContain(e.message);
  else expect(p.message).toMatch(e.message);
  if (typeof e.expected === 'string') expect(p.expected).toContain(e.expected);
  else expect(p.expected).toMatch(e.expected);
}

describe('the shared base of the bad fixtures', () => {
  it('is itself valid, without warnings', () => {
    expect(check(contentWith()).problems).toEqual([]);
  });
});

describe('each mistake is reported with file, line, field, message and expected value', () => {
  for (const [name, expectation] of Object.entries(CASES)) {
    it(name, () => {
      expectOne(check(contentWith(name)).problems, expectation);
    });
  }

  it('reply-duplicate-number: both replies are named, each pointing at the other', () => {
    const errors = check(contentWith('reply-duplicate-number')).problems.filter((p) => p.severity === 'error');
    const expected = '同一会议的同一编号只发布一份答复；会办意见请写在同一份答复中，或检查编号是否写错';
    expect(errors.map(({ file, line, field, message, expected }) => ({ file, line, field, message, expected }))).toEqual([
      {
        file: 'replies/2026/reply-a.md',
        line: 11,
        field: '编号（number）',
        message: '省十四届人大四次会议第0089号代表建议另有答复：replies/2026/reply-b.md',
        expected,
      },
      {
        file: 'replies/2026/reply-b.md',
        line: 11,
        field: '编号（number）',
        message: '省十四届人大四次会议第0089号代表建议另有答复：replies/2026/reply-a.md',
        expected,
      },
    ]);
  });

  it('oversized-attachment (a sparse file just over the limit, made here)', () => {
    const dir = contentWith('oversized-attachment');
    mkdirSync(path.join(dir, 'articles/2024/files'), { recursive: true });
    const fd = openSync(path.join(dir, 'articles/2024/files/huge.pdf'), 'w');
    ftruncateSync(fd, ATTACHMENT_MAX_BYTES + 1024 * 1024);
    closeSync(fd);
    expectOne(check(dir).problems, {
      file: 'articles/2024/oversized-attachment.md',
      line: 8,
      field: '附件文件（attachments[0].file）',
      message: '文件 ./files/huge.pdf 有 21.0 MB，超过上限',
      expected: '不超过 20 MB',
    });
  });

  it('an attachment exactly at the limit is accepted', () => {
    const dir = contentWith('oversized-attachment');
    mkdirSync(path.join(dir, 'articles/2024/files'), { recursive: true });
    const fd = openSync(path.join(dir, 'articles/2024/files/huge.pdf'), 'w');
    ftruncateSync(fd, ATTACHMENT_MAX_BYTES);
    closeSync(fd);
    expect(check(dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('content stays inside content/: symbolic links are never followed (made here, git keeps none)', () => {
  it('an attachment that is a link to a system file', () => {
    const dir = contentWith();
    rmSync(path.join(dir, 'policies/2024/files/base.pdf'));
    symlinkSync('/etc/passwd', path.join(dir, 'policies/2024/files/base.pdf'));
    expectOne(check(dir).problems, {
      file: 'policies/2024/base-policy.md',
      line: 11,
      field: '附件文件（attachments[0].file）',
      message: '文件 ./files/base.pdf 是符号链接（或位于链接的文件夹中），指向 content/ 以外的位置',
      expected: '把文件本身复制到 content/ 中这一位置',
    });
  });

  it('an attachment folder that is a link', () => {
    const dir = contentWith();
    const outside = mkdtempSync(path.join(tmpdir(), 'portal-outside-'));
    temps.push(outside);
    cpSync(path.join(dir, 'policies/2024/files'), outside, { recursive: true });
    rmSync(path.join(dir, 'policies/2024/files'), { recursive: true });
    symlinkSync(outside, path.join(dir, 'policies/2024/files'));
    // Both the folder and the item that lists a file in it are named.
    expect(check(dir).problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'policies/2024/files', field: '文件', message: expect.stringContaining('这是一个符号链接') }),
      expect.objectContaining({
        severity: 'error',
        file: 'policies/2024/base-policy.md',
        line: 11,
        field: '附件文件（attachments[0].file）',
        message: expect.stringContaining('是符号链接（或位于链接的文件夹中）'),
      }),
    ]);
  });

  it.each([
    ['a folder of items', 'articles/linked', (outside: string) => outside],
    ['an item file', 'articles/2024/linked.md', (outside: string) => path.join(outside, 'linked.md')],
  ])('%s that is a link is an error naming it, and its items are not read', (_name, link, target) => {
    const dir = contentWith();
    const outside = mkdtempSync(path.join(tmpdir(), 'portal-outside-'));
    temps.push(outside);
    writeFileSync(path.join(outside, 'linked.md'), readFileSync(path.join(BAD, 'script-injection/articles/2024/script.md')));
    symlinkSync(target(outside), path.join(dir, link));
    const result = check(dir);
    expectOne(result.problems, {
      file: link,
      line: undefined as unknown as number,
      field: '文件',
      message: '这是一个符号链接（快捷方式），其中的内容不在 content/ 文件夹里，不会被检查，出于安全原因不允许',
      expected: '把文件或文件夹本身放进 content/，删除这个链接',
    });
    expect(result.items.map((i) => i.slug)).not.toContain('linked');
  });
});

describe('replacement cycles', () => {
  it('two repealed documents naming each other: both files are named, with the cycle', () => {
    const errors = check(contentWith('replacement-cycle')).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'policies/2024/cycle-a.md',
        line: 11,
        field: '替代文件（replacedBy）',
        message: expect.stringContaining('替代关系形成了循环：cycle-a → cycle-b → cycle-a'),
      }),
      expect.objectContaining({
        file: 'policies/2024/cycle-b.md',
        line: 11,
        field: '替代文件（replacedBy）',
        message: expect.stringContaining('替代关系形成了循环：cycle-b → cycle-a → cycle-b'),
      }),
    ]);
  });
});

describe('drafts and withheld items', () => {
  for (const [name, slug] of [
    ['draft', 'draft-news'],
    ['withheld', 'withheld-news'],
  ] as const) {
    it(`${name}: not an error, but never publishable`, () => {
      const result = check(contentWith(name));
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const item = result.items.find((i) => i.slug === slug);
      expect(item).toBeDefined();
      expect(isPublishable(item!, AS_OF)).toBe(false);
    });
  }
});

describe('one YAML reading for check and build', () => {
  it('a quoted date-like title is text in both, and the build’s reading passes the same schema', async () => {
    const { astroFrontmatter, hasUnquotedDateText } = await import('../../src/lib/content/frontmatter.ts');
    expect(hasUnquotedDateText('title: "2024-03-01"\npublished: 2024-03-05\n')).toBe(false);
    expect(hasUnquotedDateText('keywords: [监测, 2024-03-01]\n')).toBe(true);
    expect(hasUnquotedDateText('  - title: 2024-03-01\n')).toBe(true);
    expect(astroFrontmatter('title: 2024-03-01')).toEqual({ title: new Date('2024-03-01T00:00:00Z') });
    const dir = contentWith('unquoted-date-title');
    const file = path.join(dir, 'policies/2024/date-title.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: 2024-03-01', 'title: "2024-03-01"'));
    expect(check(dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
