/**
 * Field-level checks for the browser editor's form, with the very messages `npm run
 * check` prints: the value goes through the kind's own schema field and the same
 * problem wording (zod-errors.ts), and the 公开目录 through the same column rule
 * (rules.ts `columnProblem`). Rules across fields and files (三同步, unique 索引号 …)
 * run after saving, as the whole content check.
 */
import type { Catalogue } from '../columns.ts';
import { columnProblem } from '../content/rules.ts';
import { zodIssuesToProblems } from '../content/zod-errors.ts';
import { KINDS, type Kind, SCHEMAS, fieldsOf } from '../../kinds/index.ts';
import { SLUG } from '../schemas/common.ts';
import { EDITOR_SLUG, objectShape, SLUG_MESSAGE } from './config.ts';

export interface FieldProblem {
  /** The field with its Chinese name, as `npm run check` names it: `文号（docNumber）`. */
  field: string;
  message: string;
  expected?: string | undefined;
}

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

/** What is wrong with `value` as field `field` of an item of `kind` (empty when nothing is). */
export function validateField(kind: Kind, field: string, value: unknown, catalogue: Catalogue): FieldProblem[] {
  if (value === undefined || value === null || value === '') return [];
  if (field === 'column') {
    const p = typeof value === 'string' ? columnProblem(catalogue, kind, value.trim()) : undefined;
    return p ? [{ field: '公开目录（column）', message: p.message, expected: p.expected }] : [];
  }
  const schema = objectShape(SCHEMAS[kind])[field];
  if (!schema) return [{ field, message: `“${field}”不是这类信息的字段`, expected: undefined }];
  const result = schema.safeParse(value);
  if (result.success) return [];
  const issues = result.error.issues.map((i) => ({ ...i, path: [field, ...i.path] }));
  return zodIssuesToProblems(issues, '', undefined, { [field]: value }, fieldsOf(kind)).map((p) => ({
    field: p.field,
    message: p.message,
    expected: p.expected,
  }));
}

/**
 * What is wrong with `value` as the 文件名 of a new item: the content check's slug rule
 * (with its message), the editor's narrower form of it, and a name another file already
 * has (`taken`: slug → file, every collection: addresses are /items/<slug>/).
 */
export function validateSlug(value: unknown, taken: ReadonlyMap<string, string>): FieldProblem[] {
  if (value === undefined || value === null || value === '') return [];
  const field = '文件名';
  const v = String(value);
  if (!SLUG.test(v)) {
    return [{ field, message: `文件名「${v}」含有不允许的字符，它会成为网址的一部分`, expected: '只用小写字母、数字和连字符，如 2024-zhongwuran-yuan' }];
  }
  if (!EDITOR_SLUG.test(v)) return [{ field, message: `文件名「${v}」不能以连字符结尾，也不能连用两个连字符`, expected: SLUG_MESSAGE }];
  const file = taken.get(v);
  return file ? [{ field, message: `文件名「${v}」已被 ${file} 使用`, expected: '换一个文件名：每条信息的网址 /items/文件名/ 各不相同' }] : [];
}
