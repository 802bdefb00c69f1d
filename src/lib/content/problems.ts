/**
 * A problem found in content: where (file, line, field), what is wrong, what was
 * expected. Every validator returns these instead of throwing, so an editor sees every
 * problem at once.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the project root, e.g. content/policies/2024/foo.md. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** Field path such as `attachments[0].file`, with its Chinese name, or '' for the whole file. */
  field: string;
  /** What is wrong, in plain Chinese. */
  message: string;
  /** What a correct value looks like. */
  expected?: string | undefined;
}

export function isError(p: Problem): boolean {
  return p.severity === 'error';
}

/** One line per problem: `file:line  field  what is wrong  应为：expected`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const tag = p.severity === 'error' ? '错误' : '警告';
  const parts = [`${where}`, `[${tag}]`, p.field || '（整个文件）', p.message];
  if (p.expected) parts.push(`应为：${p.expected}`);
  return parts.join('  ');
}

/** Sort by file, then line, errors before warnings on the same line. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

/** A report the CLI and the build print: every problem, then a count. */
export function formatReport(problems: Problem[]): string {
  const sorted = sortProblems(problems);
  const errors = sorted.filter(isError).length;
  const warnings = sorted.length - errors;
  const lines = sorted.map(formatProblem);
  lines.push('');
  lines.push(
    errors === 0 && warnings === 0
      ? '内容检查通过：没有发现问题。'
      : `内容检查：${errors} 个错误，${warnings} 个警告。${errors > 0 ? '有错误时不会发布任何内容，请逐条修改后重试。' : '警告不影响发布，但请尽快处理。'}`,
  );
  return lines.join('\n');
}
