/**
 * What each field of the files that are not disclosed items (data series, holiday
 * calendars, the column catalogue, the site file) is called in Chinese and what a correct
 * value looks like. Items' fields are documented by their kind (src/kinds/). Error
 * messages for editors are built from these tables, so wording is reviewed in one place.
 */
export interface FieldInfo {
  /** The field's Chinese name, as disclosure pages show it. */
  label: string;
  /** A plain description of a correct value, with an example. */
  expected: string;
  /** Dates get the date-specific diagnoses (“月份 13 不存在”, full-width hyphens …). */
  date?: boolean;
}
export type FieldTable = Readonly<Record<string, FieldInfo>>;

export const FIELDS: FieldTable = {
  title: { label: '标题', expected: '一行文字，1–200 个字符' },
  column: { label: '公开目录', expected: 'content/columns.yaml 中某个栏目的 id，如 normative-documents' },
  category: { label: '类别', expected: '本类信息允许的类别之一' },
  year: { label: '年份', expected: '四位数的年份，如 2025' },
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
  series: { label: '数据系列', expected: 'content/series/ 下某个数据系列的 id' },
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
export function fieldInfo(path: ReadonlyArray<PropertyKey>, fields: FieldTable = FIELDS): FieldInfo | undefined {
  const keys = path.filter((p): p is string => typeof p === 'string');
  return fields[keys.join('.')] ?? fields[keys[0] ?? ''];
}
