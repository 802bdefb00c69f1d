/**
 * Turn Zod's issues into problems an editor can act on: the field's Chinese name, what
 * is wrong in plain words, what was expected, and the line of the field in the file.
 * (Starlight does the same with `parseWithFriendlyErrors`.)
 */
import type { z } from 'astro/zod';
import { FIELDS, fieldInfo } from '../schemas/fields.ts';
import type { Problem } from './problems.ts';
import { lineOfPath } from './frontmatter.ts';

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

/** Closest known field name, for “did you mean” hints on misspelt keys. */
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

function issueToProblem(issue: Issue, file: string, text: string | undefined, data: unknown): Problem[] {
  const path = issue.path;
  const info = fieldInfo(path);
  const label = info ? `${info.label}（${formatPath(path)}）` : formatPath(path);
  const line = text === undefined ? undefined : lineOfPath(text, path);
  const base = { severity: 'error' as const, file, line, field: label };
  const value = valueAt(data, path);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const parent = valueAt(data, path);
      const known = Object.keys(FIELDS).filter((k) => !k.includes('.'));
      return issue.keys.map((key) => {
        const hint = closestField(key, known);
        return {
          ...base,
          line: text === undefined ? undefined : lineOfPath(text, [...path, key]),
          field: key,
          message: `不认识的字段「${key}」${hint ? `，是不是想写「${hint}」（${FIELDS[hint]?.label}）？` : ''}`,
          expected: parent && typeof parent === 'object' ? '只使用编辑指南列出的字段（拼写、大小写都要一致）' : undefined,
        };
      });
    }
    case 'invalid_type': {
      if (value === undefined) {
        return [{ ...base, message: '缺少必填字段', expected: info?.expected }];
      }
      const expectedType = TYPE_NAMES[issue.expected] ?? issue.expected;
      return [
        { ...base, message: `类型不对：写成了${describeValue(value)}，这里需要${expectedType}`, expected: info?.expected },
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
          message: `${describeValue(value)} ${issue.message && !issue.message.startsWith('Invalid') ? issue.message : '格式不对'}`,
          expected: info?.expected,
        },
      ];
    case 'custom':
      return [
        {
          ...base,
          message: value === undefined ? issue.message : `${describeValue(value)} ${issue.message}`,
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
 */
export function zodIssuesToProblems(issues: readonly Issue[], file: string, text?: string, data?: unknown): Problem[] {
  return issues.flatMap((issue) => issueToProblem(issue, file, text, data));
}
