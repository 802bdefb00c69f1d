/**
 * Rules for annual reports that look beyond one report's tables: the carry-over between
 * consecutive years, one report per year, the six part headings of the body, the
 * 31 January deadline, and a report published with empty tables. Pure.
 */
import type { Item } from '../items.ts';
import type { Problem } from '../content/problems.ts';
import { lineOfPath } from '../content/frontmatter.ts';
import { APPLICANT_COLUMNS, APPLICATION_LABELS, REPORT_PARTS, TABLE_NAMES } from './format.ts';
import { isAllZero } from './arithmetic.ts';

type ReportItem = Extract<Item, { kind: 'report' }>;

export interface ReportRuleContext {
  /** Source text of an item by project-relative path. */
  textOf: (file: string) => string | undefined;
}

/** Normalise a heading for comparison: no spaces, ASCII punctuation folded to full-width. */
function norm(s: string): string {
  return s.replace(/\s+/g, '').replace(/,/g, '、').replace(/\(/g, '（').replace(/\)/g, '）');
}

/**
 * Which of the six parts have no heading in the body. A heading is a Markdown heading
 * (`#`…`####`) whose text starts with the part's title, e.g. `## 一、总体情况`.
 */
export function missingParts(body: string): string[] {
  const headings = body
    .split('\n')
    .map((l) => /^\s{0,3}#{1,4}\s+(.+?)\s*#*\s*$/.exec(l)?.[1])
    .filter((h): h is string => !!h)
    .map(norm);
  return REPORT_PARTS.filter((p) => !headings.some((h) => h.startsWith(norm(p))));
}

/** 1-based line of the first body line after the front matter. */
function bodyStartLine(text: string): number {
  const lines = text.split('\n');
  const end = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  return end < 0 ? 1 : end + 2;
}

export function checkReportItems(items: readonly Item[], ctx: ReportRuleContext): Problem[] {
  const problems: Problem[] = [];
  const reports = items.filter((i): i is ReportItem => i.kind === 'report');
  const byYear = new Map<number, ReportItem>();
  for (const r of reports) {
    const twin = byYear.get(r.data.year);
    const text = ctx.textOf(r.file);
    if (twin && !r.data.draft && !twin.data.draft) {
      problems.push({
        severity: 'error',
        file: r.file,
        line: text ? lineOfPath(text, ['year']) : undefined,
        field: '报告年度（year）',
        message: `${r.data.year} 年度报告已由 ${twin.file} 发布，每年只有一份年度报告`,
        expected: '另一个年份，或把其中一份设为草稿',
      });
    }
    if (!twin || twin.data.draft) byYear.set(r.data.year, r);
  }

  for (const r of reports) {
    const text = ctx.textOf(r.file) ?? '';
    const lineOf = (keys: Array<string | number>) => (text ? lineOfPath(text, keys) : undefined);

    // 二、上年结转 = last year's 四、结转下年度继续办理.
    const prev = byYear.get(r.data.year - 1);
    if (prev && prev !== r) {
      const now = r.data.applications.carriedOver;
      const before = prev.data.applications.carriedForward;
      const differs = APPLICANT_COLUMNS.map((label, j) => ({ label, now: now[j]!, before: before[j]! })).filter((c) => c.now !== c.before);
      if (differs.length > 0) {
        problems.push({
          severity: 'error',
          file: r.file,
          line: lineOf(['applications', 'carriedOver']),
          field: `${TABLE_NAMES.applications}（applications.carriedOver）`,
          message:
            `「${APPLICATION_LABELS.carriedOver}」与 ${prev.data.year} 年度报告（${prev.file}）的「${APPLICATION_LABELS.carriedForward}」不一致：` +
            differs.map((c) => `「${c.label}」列本报告为 ${c.now}，上年为 ${c.before}`).join('；'),
          expected: `carriedOver: [${before.join(', ')}]`,
        });
      }
    }

    // The six parts of the national format, as headings of the body.
    const start = bodyStartLine(text);
    const missing = missingParts(
      text
        .split('\n')
        .slice(start - 1)
        .join('\n'),
    );
    if (missing.length > 0) {
      problems.push({
        severity: 'warning',
        file: r.file,
        line: start,
        field: '正文',
        message: `年度报告正文缺少以下部分的标题：${missing.join('；')}`,
        expected: `按国家格式写六个二级标题：${REPORT_PARTS.map((p) => `## ${p}`).join(' ')}`,
      });
    }

    if (!r.data.draft) {
      const deadline = `${r.data.year + 1}-01-31`;
      if (r.data.published > deadline) {
        problems.push({
          severity: 'warning',
          file: r.file,
          line: lineOf(['published']),
          field: '发布日期（published）',
          message: `${r.data.year} 年度报告应在 ${deadline} 前发布，实际发布日期为 ${r.data.published}`,
          expected: `不晚于 ${deadline}`,
        });
      }
      if (isAllZero(r.data)) {
        problems.push({
          severity: 'warning',
          file: r.file,
          line: lineOf(['applications']),
          field: `${TABLE_NAMES.applications}（applications）`,
          message: '表三、表四的数字全部为 0，看起来还没有填写',
          expected: '填写实际数字；尚未完成时请设为草稿（draft: true）',
        });
      }
    }
  }
  return problems;
}
