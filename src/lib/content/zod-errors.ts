/**
 * Turn Zod's issues into problems an editor can act on: the field's Chinese name, what
 * is wrong in plain words, what was expected, and the line of the field in the file.
 * (Starlight does the same with `parseWithFriendlyErrors`.)
 */
import type { z } from 'astro/zod';
import { FIELDS, fieldInfo, type FieldTable } from '../schemas/fields.ts';
import type { Problem } from './problems.ts';
import { lineOfPath } from './frontmatter.ts';
import { isIsoDate } from '../dates.ts';

type Issue = z.core.$ZodIssue;

/** Render a path as an editor writes it: `attachments[0].file`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = data;
  for (const p of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[p];
  }
  return current;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表',
  object: '若干“字段: 值”',
  date: '日期',
};

function describeValue(value: unknown): string {
  if (value === null) return '空值';
  if (Array.isArray(value)) return '列表';
  if (value instanceof Date) return '日期';
  switch (typeof value) {
    case 'string':
      return `文字「${value.length > 40 ? `${value.slice(0, 40)}…` : value}」`;
    case 'number':
      return `数字 ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return '若干“字段: 值”';
    default:
      return typeof value;
  }
}

/** Closest of `known` to `key` (by edit distance, ignoring case), for “did you mean” hints; undefined when nothing is close. */
export function closestMatch(key: string, known: readonly string[]): string | undefined {
  return closestField(key, known);
}

function closestField(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = candidate;
    }
  }
  return bestScore <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** Field names (with their parent path, list indexes dropped) that hold a date. */
/**
 * A precise explanation of the common ways editors get 文号, 索引号 and dates wrong,
 * or undefined to fall back to the schema's own message.
 */
export function diagnoseValue(field: string, value: unknown, fields: FieldTable = FIELDS): string | undefined {
  const isDate = fields[field]?.date === true;
  if (typeof value !== 'string') {
    if (isDate && typeof value === 'number') return `写成了数字 ${value}，日期要写成 2024-03-15 的形式（年-月-日，用半角连字符）`;
    return undefined;
  }
  const v = value.trim();
  if (isDate) {
    // A real date is wrong for another reason (later than 发布日期 …): the schema says which.
    if (isIsoDate(v)) return undefined;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (m) {
      const [y, mo] = [Number(m[1]), Number(m[2])];
      if (mo < 1 || mo > 12) return `「${v}」不是有效的日期：月份 ${m[2]} 不存在`;
      const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
      return `「${v}」不是有效的日期：这一天不存在（${y} 年 ${mo} 月只有 ${days} 天）`;
    }
    if (/^\d{4}[/.年]\d{1,2}[/.月]\d{1,2}日?$/.test(v)) return `「${v}」不是有效的日期：要用半角连字符“-”分隔年月日，如 2024-03-15`;
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(v)) return `「${v}」不是有效的日期：月和日要写满两位（如 03、05）`;
    if (/[－—–]/.test(v)) return `「${v}」不是有效的日期：用了全角或长横线，要用半角连字符“-”`;
    return `「${v}」不是有效的日期，要写成 2024-03-15 的形式`;
  }
  if (field === 'docNumber') {
    const reasons: string[] = [];
    if (/[[\]【】()（）〈〉《》{}]/.test(v)) reasons.push('年份要用六角括号〔〕括起来，不能用 [ ]、( )、（ ）、【 】');
    if (/第\d/.test(v)) reasons.push('序号前不加“第”字');
    if (!/号$/.test(v)) reasons.push('要以“号”结尾');
    if (/〔\d{2}〕|〔\d{3}〕/.test(v)) reasons.push('年份要写全四位');
    if (/\s/.test(v)) reasons.push('中间不能有空格');
    return reasons.length ? `文号「${v}」写法不对：${reasons.join('；')}` : undefined;
  }
  if (field === 'indexNumber') {
    const reasons: string[] = [];
    if (/[／\\]/.test(v)) reasons.push('分隔机构代码和年份要用半角斜杠“/”');
    if (/[－—–]/.test(v)) reasons.push('年份和流水号之间要用半角连字符“-”');
    if (/\s/.test(v)) reasons.push('中间不能有空格');
    const m = /^([^/]*)\/(\d{4})-(\d+)$/.exec(v);
    if (m) {
      if (m[1]!.length !== 18) reasons.push(`斜杠前的统一社会信用代码应为 18 位，这里是 ${m[1]!.length} 位`);
      else if (/[a-z]/.test(m[1]!)) reasons.push('统一社会信用代码中的字母要大写');
      if (m[3]!.length !== 5) reasons.push(`流水号应为 5 位数字（不足补 0，如 00031），这里是 ${m[3]!.length} 位`);
    }
    return reasons.length ? `索引号「${v}」写法不对：${reasons.join('；')}` : undefined;
  }
  return undefined;
}

/**
 * A field that is missing has no line; point at the field whose value made it
 * required (废止 → replacedBy, 简明问答 → qa), else at the opening `---`.
 */
const RELATED: Record<string, string> = { replacedBy: 'validity', validityChanged: 'validity', qa: 'form', images: 'form', written: 'published' };
function lineOfRelated(text: string, path: ReadonlyArray<PropertyKey>): number {
  const related = RELATED[String(path[0])];
  return (related ? lineOfPath(text, [related]) : undefined) ?? 1;
}

/** Field path without list indexes: `attachments.0.file` → `attachments.file`. */
function fieldKey(path: ReadonlyArray<PropertyKey>): string {
  return path.filter((p): p is string => typeof p === 'string').join('.');
}

/** A problem, plus the full path of the required field a misspelt key stands for. */
type Located = Problem & { fixes?: string };

function issueToProblem(issue: Issue, file: string, text: string | undefined, data: unknown, missing: ReadonlySet<string>, fields: FieldTable): Located[] {
  const path = issue.path;
  const info = fieldInfo(path, fields);
  const label = info ? `${info.label}（${formatPath(path)}）` : formatPath(path);
  const line = text === undefined ? undefined : (lineOfPath(text, path) ?? lineOfRelated(text, path));
  const base = { severity: 'error' as const, file, line, field: label };
  const value = valueAt(data, path);
  const diagnosis = diagnoseValue(fieldKey(path), value, fields);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const parentKey = fieldKey(path);
      const known = parentKey
        ? Object.keys(fields).filter((k) => k.startsWith(`${parentKey}.`)).map((k) => k.slice(parentKey.length + 1))
        : Object.keys(fields).filter((k) => !k.includes('.'));
      return issue.keys.map((key) => {
        const hint = closestField(key, known);
        const hintPath = parentKey ? `${parentKey}.${hint}` : hint;
        const hintInfo = hint ? fields[hintPath ?? ''] : undefined;
        const keyLine = text === undefined ? undefined : lineOfPath(text, [...path, key]);
        const where = formatPath([...path, key]);
        if (hint && hintInfo) {
          const misspelt = missing.has(hintPath!);
          return {
            ...base,
            line: keyLine,
            field: `${hintInfo.label}（${formatPath([...path, hint])}）`,
            message: misspelt
              ? `字段名拼错了：写成了「${key}」，是不是想写「${hint}」（${hintInfo.label}）？`
              : `不认识的字段「${key}」，是不是想写「${hint}」（${hintInfo.label}）？`,
            expected: `${hint}: ${hintInfo.expected}`,
            fixes: misspelt ? formatPath([...path, hint]).replace(/\[\d+\]/g, '') : undefined,
          };
        }
        return {
          ...base,
          line: keyLine,
          field: `未知字段（${where}）`,
          message: `不认识的字段「${key}」`,
          expected: '只使用编辑指南（docs/editing.md）列出的字段，拼写和大小写都要一致',
        };
      });
    }
    case 'invalid_type': {
      if (value === undefined) {
        return [{ ...base, message: '缺少必填字段', expected: info?.expected }];
      }
      if (diagnosis) return [{ ...base, message: diagnosis, expected: info?.expected }];
      const expectedType = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.expected === 'boolean') {
        return [{ ...base, message: `写成了${describeValue(value)}，这里只能写 true（是）或 false（否），不加引号`, expected: info?.expected }];
      }
      let hint = '';
      if (issue.expected === 'array' && typeof value === 'string') hint = '；列表要用方括号括起来，如 [大气污染防治, 重污染天气]';
      if (issue.expected === 'string' && value === null) hint = '；冒号后面没有填写内容';
      return [
        { ...base, message: `类型不对：写成了${describeValue(value)}，这里需要${expectedType}${hint}`, expected: info?.expected },
      ];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join('、');
      return [{ ...base, message: `${describeValue(value)} 不是允许的值`, expected: `${allowed} 之一` }];
    }
    case 'too_small': {
      const msg =
        issue.origin === 'string'
          ? (issue.minimum as number) <= 1
            ? '不能为空'
            : issue.message && !issue.message.startsWith('Too small')
              ? issue.message
              : `太短，至少 ${String(issue.minimum)} 个字符`
          : issue.origin === 'array'
            ? `至少需要 ${String(issue.minimum)} 项`
            : `不能小于 ${String(issue.minimum)}`;
      return [{ ...base, message: msg, expected: info?.expected }];
    }
    case 'too_big': {
      const msg =
        issue.origin === 'string'
          ? `太长，最多 ${String(issue.maximum)} 个字符`
          : issue.origin === 'array'
            ? `最多 ${String(issue.maximum)} 项`
            : `不能大于 ${String(issue.maximum)}`;
      return [{ ...base, message: msg, expected: info?.expected }];
    }
    case 'invalid_format':
      return [
        {
          ...base,
          message: diagnosis ?? `${describeValue(value)} ${issue.message && !issue.message.startsWith('Invalid') ? issue.message : '格式不对'}`,
          expected: info?.expected,
        },
      ];
    case 'custom':
      return [
        {
          ...base,
          message: diagnosis ?? (value === undefined ? issue.message : `${describeValue(value)} ${issue.message}`),
          expected: info?.expected,
        },
      ];
    default:
      return [{ ...base, message: issue.message, expected: info?.expected }];
  }
}

/**
 * @param issues Zod issues from `safeParse`.
 * @param file Project-relative file path, for the message.
 * @param text The file's text, to find each field's line (optional).
 * @param data The parsed data the schema saw, to quote the wrong value.
 * @param fields What each field is called and what it expects: an item's kind's table
 *   (`fieldsOf(kind)` in src/kinds/), or the table of series, calendar and catalogue files.
 */
export function zodIssuesToProblems(issues: readonly Issue[], file: string, text?: string, data?: unknown, fields: FieldTable = FIELDS): Problem[] {
  // Required fields that are missing: when an unknown key is a misspelling of one of
  // them, the editor gets one message (“拼错了”) instead of two.
  const missing = new Set(
    issues.filter((i) => i.code === 'invalid_type' && valueAt(data, i.path) === undefined).map((i) => fieldKey(i.path)),
  );
  const located = issues.map((issue) => ({ issue, problems: issueToProblem(issue, file, text, data, missing, fields) }));
  const misspelt = new Set(located.flatMap((l) => l.problems.map((p) => p.fixes)).filter((f): f is string => f !== undefined));
  const problems = located
    .filter(({ issue }) => !(issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined && misspelt.has(fieldKey(issue.path))))
    .flatMap((l) => l.problems.map(({ fixes: _fixes, ...p }) => p));
  // Two issues can come out as the same message: a cross-field rule comparing a date that is
  // itself malformed is diagnosed as that malformed date. The editor is told once.
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.line, p.field, p.message, p.expected]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
