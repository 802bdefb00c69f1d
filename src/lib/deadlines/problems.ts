/**
 * 公开时限 findings as `npm run check` reports them: a warning on the item's file and
 * field (with its line), naming the rule, the due date and how late. Periods and reports
 * that were never published have no file of their own to point at; the audit lists them.
 */
import { lineOfPath } from '../content/frontmatter.ts';
import type { Problem } from '../content/problems.ts';
import { ALL_ITEM_FIELDS } from '../../kinds/index.ts';
import { DEADLINE_RULES } from './rules.ts';
import type { DeadlineFinding } from './judge.ts';

export function deadlineProblems(findings: readonly DeadlineFinding[], textOf: (file: string) => string | undefined): Problem[] {
  const out: Problem[] = [];
  for (const f of findings) {
    if (!f.slug) continue;
    const text = textOf(f.file);
    const path = f.field.split('.');
    const label = f.field.startsWith('active.') ? '表二（主动公开政府信息情况）' : (ALL_ITEM_FIELDS[f.field]?.label ?? f.field);
    const rule = DEADLINE_RULES[f.rule];
    out.push({
      severity: 'warning',
      file: f.file,
      line: text ? (lineOfPath(text, path) ?? lineOfPath(text, path.slice(0, 1))) : undefined,
      field: `${label}（${f.field}）`,
      message: `公开时限「${rule.name}」：${f.message}`,
      expected: f.due
        ? `最迟在 ${f.due} 发布（${rule.name}，${rule.basis}）`
        : f.status === 'mismatch'
          ? `与本站统计一致，或在报告中说明差异（${rule.basis}）`
          : `补充所缺年份的节假日安排 content/calendar/${f.year}.yaml`,
    });
  }
  return out;
}
