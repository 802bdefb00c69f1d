/**
 * What every front-matter field is called in Chinese and what a correct value looks
 * like. Error messages for editors are built from this table, so wording is reviewed
 * in one place.
 */
export interface FieldInfo {
  /** The field's Chinese name, as disclosure pages show it. */
  label: string;
  /** A plain description of a correct value, with an example. */
  expected: string;
}

export const FIELDS: Record<string, FieldInfo> = {
  title: { label: '标题', expected: '一行文字，1–200 个字符' },
  indexNumber: {
    label: '索引号',
    expected: '“18 位统一社会信用代码/年份-5 位流水号”，如 11990000MB1234560X/2024-00031',
  },
  column: { label: '公开目录', expected: 'content/columns.yaml 中某个栏目的 id，如 normative-documents' },
  publisher: { label: '发布机构', expected: '机构全称，如 江南省生态环境厅' },
  written: { label: '成文日期', expected: '形如 2024-03-12 的真实日期' },
  published: { label: '发布日期', expected: '形如 2024-03-15 的真实日期，不晚于构建日期' },
  docNumber: { label: '文号', expected: '“机关代字〔年份〕序号号”，如 江环规〔2024〕3号（括号为六角括号〔〕）' },
  keywords: { label: '主题词', expected: '词语列表，如 [大气污染防治, 重污染天气]' },
  validity: { label: '有效性', expected: '有效、失效 或 废止 三者之一' },
  replacedBy: { label: '替代文件', expected: '替代本文件的信息的文件名（不含 .md），如 2025-zhongwuran-yuan' },
  validityChanged: { label: '失效/废止日期', expected: '形如 2025-06-01 的真实日期' },
  summary: { label: '摘要', expected: '一两句话，不超过 300 个字符' },
  attachments: { label: '附件', expected: '列表，每项包含 file（文件路径）和 title（附件标题）' },
  'attachments.file': { label: '附件文件', expected: '相对于本文件的路径，如 ./files/fujian1.pdf' },
  'attachments.title': { label: '附件标题', expected: '附件的中文标题' },
  draft: { label: '草稿', expected: 'true 或 false' },
  disclosure: { label: '公开方式', expected: '主动公开、依申请公开 或 不予公开 三者之一' },
  category: { label: '类别', expected: '本类信息允许的类别之一' },
  decided: { label: '决定日期', expected: '作出行政许可或行政处罚决定的日期，形如 2025-09-30，不晚于发布日期' },
  approved: { label: '批复日期', expected: '预算或决算获批复的日期，形如 2025-01-24，不晚于发布日期' },
  dueDays: { label: '发布时限', expected: '每期结束后第几天之前发布，如 15（月报：次月 15 日前）、3（周报：下周三前）' },
  since: { label: '起始数据期', expected: '本系列按时限考核的第一期，如 2025-11' },
  notice: { label: '通知文号', expected: '国务院办公厅通知的文号，如 国办发明电〔2024〕12号' },
  amendments: { label: '后续调整', expected: '列表，每项写调整通知的文号和调整内容' },
  holidays: { label: '放假日期', expected: '列表，每项 { name: 节日名称, from: 开始日期, to: 结束日期 }' },
  'holidays.name': { label: '节日名称', expected: '如 国庆节' },
  'holidays.from': { label: '放假开始日期', expected: '形如 2025-10-01 的真实日期' },
  'holidays.to': { label: '放假结束日期', expected: '形如 2025-10-08 的真实日期，不早于开始日期' },
  workdays: { label: '调休上班日', expected: '列表，每项 { date: 日期, name: 节日名称 }，日期必须是周六或周日' },
  'workdays.date': { label: '调休上班日期', expected: '本年内的一个周六或周日，如 2025-09-28' },
  'workdays.name': { label: '节日名称', expected: '如 国庆节' },
  needsInterpretation: { label: '需要解读', expected: 'true 或 false' },
  services: { label: '相关办事', expected: '列表，每项包含 title（事项名称）和 url（办事指南链接）' },
  'services.title': { label: '办事事项名称', expected: '事项名称' },
  'services.url': { label: '办事指南链接', expected: '以 https:// 或 / 开头的链接' },
  interprets: { label: '解读对象', expected: '被解读的政策或规划的文件名（不含 .md）' },
  form: { label: '解读形式', expected: '文字解读、简明问答 或 一图读懂 三者之一' },
  interpreter: { label: '解读机构', expected: '解读机构或解读人' },
  qa: { label: '问答', expected: '列表，每项包含 question（问题）和 answer（回答）' },
  'qa.question': { label: '问题', expected: '问题文字' },
  'qa.answer': { label: '回答', expected: '回答文字' },
  images: { label: '图解图片', expected: '列表，每项包含 src（图片路径）和 alt（替代文本）' },
  'images.src': { label: '图片文件', expected: '相对于本文件的 .png/.jpg/.webp 路径' },
  'images.alt': { label: '图片替代文本', expected: '描述图片内容的文字，至少 5 个字' },
  series: { label: '数据系列', expected: 'content/series/ 下某个数据系列的 id' },
  period: { label: '数据期', expected: '如 2024（年）、2024-Q2（季）、2024-05（月）、2024-W12（周）' },
  data: { label: '数据文件', expected: '相对于本文件的 .csv 或 .json 路径' },
  year: { label: '报告年度', expected: '报告所涵盖的年份，如 2025' },
  active: { label: '表二（主动公开政府信息情况）', expected: '按年度报告模板填写的数字' },
  applications: {
    label: '表三（收到和处理政府信息公开申请情况）',
    expected: '每行 7 个数字 [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]；总计 = 前 6 项之和，（七）总计 =（一）至（六）之和，一 + 二 = 三（七）+ 四',
  },
  review: { label: '表四（行政复议、行政诉讼情况）', expected: '每行 5 个数字 [结果维持, 结果纠正, 其他结果, 尚未审结, 总计]；总计 = 前 4 项之和' },
  name: { label: '名称', expected: '一行文字' },
  description: { label: '说明', expected: '一段文字' },
  frequency: { label: '发布频率', expected: 'weekly、monthly、quarterly、yearly 等' },
  columns: { label: '数据列', expected: '列表，每项包含 key、label、type，可选 unit、required、min、max、values' },
  'columns.key': { label: '字段名', expected: '小写字母、数字和下划线，如 pm25' },
  'columns.label': { label: '列名', expected: '中文列名，如 城市' },
  'columns.type': { label: '类型', expected: 'string、number、integer、date 或 enum' },
  'columns.values': { label: '允许的取值', expected: '列表，如 [Ⅰ, Ⅱ, Ⅲ, Ⅳ, Ⅴ, 劣Ⅴ]' },
  value: { label: '图表数值列', expected: '某个数字列的 key，如 aqi' },
};

/** Look up a field by its path, ignoring list indexes (`attachments.0.file` → `attachments.file`). */
export function fieldInfo(path: ReadonlyArray<PropertyKey>): FieldInfo | undefined {
  const keys = path.filter((p): p is string => typeof p === 'string');
  return FIELDS[keys.join('.')] ?? FIELDS[keys[0] ?? ''];
}
