/**
 * Reading the working-day calendar (content/calendar/<year>.yaml) from disk, with a
 * located Chinese problem for every mistake. A file with errors is left out, so the
 * deadlines in its year are reported as unjudgeable instead of being guessed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { calendarSchema, type CalendarYear } from '../schemas/calendar.ts';
import { makeCalendar, type WorkCalendar } from '../workdays.ts';
import type { Problem } from './problems.ts';
import { zodIssuesToProblems } from './zod-errors.ts';

/** Parse and validate one calendar file's text; `name` is the file name (2025.yaml). */
export function parseCalendar(text: string, name: string, file: string): { year?: CalendarYear; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    return { problems: [{ severity: 'error', file, line, field: '', message: `YAML 语法错误：${(error as Error).message.split('\n')[0]}`, expected: '合法的 YAML' }] };
  }
  const r = calendarSchema.safeParse(raw);
  if (!r.success) {
    // lineOfPath expects front matter between `---` lines: wrap, then shift back by one.
    const problems = zodIssuesToProblems(r.error.issues, file, `---\n${text}\n---`, raw).map((p) => ({
      ...p,
      line: p.line ? p.line - 1 : p.line,
      field: p.field.replace(/^报告年度/, '年份'),
    }));
    return { problems };
  }
  const stem = name.replace(/\.ya?ml$/, '');
  if (stem !== String(r.data.year)) {
    const line = text.split('\n').findIndex((l) => /^year\s*:/.test(l)) + 1 || 1;
    return {
      problems: [{ severity: 'error', file, line, field: '年份（year）', message: `文件名是 ${name}，但年份写的是 ${r.data.year}`, expected: `文件名与年份一致，如 ${r.data.year}.yaml` }],
    };
  }
  return { year: r.data, problems: [] };
}

/** Every calendar file under `<contentDir>/calendar/`, merged into one calendar. */
export function loadCalendarDir(root: string, contentDir: string): { calendar: WorkCalendar; years: CalendarYear[]; problems: Problem[] } {
  const dir = path.join(contentDir, 'calendar');
  const problems: Problem[] = [];
  const years: CalendarYear[] = [];
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const file = path.relative(root, path.join(dir, name)).split(path.sep).join('/');
      if (!/^\d{4}\.ya?ml$/.test(name)) {
        problems.push({ severity: 'error', file, line: 1, field: '文件名', message: `文件名「${name}」不是年份`, expected: '以年份命名，如 2027.yaml' });
        continue;
      }
      const parsed = parseCalendar(readFileSync(path.join(dir, name), 'utf8'), name, file);
      problems.push(...parsed.problems);
      if (parsed.year) years.push(parsed.year);
    }
  }
  return { calendar: makeCalendar(years), years, problems };
}
