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
import { objectShape } from './config.ts';

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
