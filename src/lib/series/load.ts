/**
 * Reading series definitions (content/series/*.yaml) and release data files from disk.
 * The only module under src/lib/series that touches the file system; `rules.ts`,
 * `validate.ts` and `table.ts` stay pure so unit tests need no files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { seriesSchema, type Series } from '../schemas/series.ts';
import type { Problem } from '../content/problems.ts';
import { zodIssuesToProblems } from '../content/zod-errors.ts';
import { parseTable, TableSyntaxError } from './table.ts';
import { validateTable, type ValidatedTable } from './validate.ts';

function rel(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

/** Parse and validate one series definition's text. */
export function parseSeries(text: string, id: string, file: string): { series?: Series; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    return {
      problems: [
        {
          severity: 'error',
          file,
          line: (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line,
          field: '',
          message: `YAML 语法错误：${(error as Error).message.split('\n')[0]}`,
          expected: '合法的 YAML',
        },
      ],
    };
  }
  const problems: Problem[] = [];
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      field: '文件名',
      message: `文件名「${id}」含有不允许的字符，它是数据系列的 id，也是网址的一部分`,
      expected: '只用小写字母、数字和连字符，如 air-quality-monthly.yaml',
    });
  }
  const r = seriesSchema.safeParse(raw);
  if (!r.success) {
    // lineOfPath expects front matter between `---` lines: wrap, then shift back by one.
    problems.push(...zodIssuesToProblems(r.error.issues, file, `---\n${text}\n---`, raw).map((p) => ({ ...p, line: p.line ? p.line - 1 : p.line })));
    return { problems };
  }
  return { series: { ...r.data, id, file }, problems };
}

/** Every series definition under `<contentDir>/series/`, by id. */
export function loadSeriesDir(root: string, contentDir: string): { series: Map<string, Series>; problems: Problem[] } {
  const dir = path.join(contentDir, 'series');
  const series = new Map<string, Series>();
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { series, problems };
  for (const name of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const abs = path.join(dir, name);
    const id = name.replace(/\.ya?ml$/, '');
    const parsed = parseSeries(readFileSync(abs, 'utf8'), id, rel(root, abs));
    problems.push(...parsed.problems);
    if (parsed.series) series.set(id, parsed.series);
  }
  return { series, problems };
}

/** A file's text, or undefined when it cannot be read. */
export function readText(absPath: string): string | undefined {
  try {
    return readFileSync(absPath, 'utf8');
  } catch {
    return undefined;
  }
}

/** Absolute path of a release's data file. */
export function dataFilePath(root: string, itemFile: string, data: string): string {
  return path.resolve(root, path.dirname(itemFile), data);
}

/**
 * A release's data, typed and validated against its series — for the pages. The content
 * check has already rejected bad files, so problems here mean the file changed since.
 * @throws when the file cannot be read or parsed at all.
 */
export function loadReleaseTable(root: string, itemFile: string, data: string, series: Series): ValidatedTable {
  const abs = dataFilePath(root, itemFile, data);
  const text = readText(abs);
  if (text === undefined) throw new Error(`找不到数据文件 ${rel(root, abs)}`);
  try {
    return validateTable(series, parseTable(text, abs));
  } catch (error) {
    if (error instanceof TableSyntaxError) throw new Error(`${rel(root, abs)}:${error.line} ${error.message}`, { cause: error });
    throw error;
  }
}

const seriesCache = new Map<string, ReturnType<typeof loadSeriesDir>>();

/** The series definitions of a content folder, read once per build (pages share them). */
export function cachedSeries(root: string, contentDir: string): Map<string, Series> {
  let hit = seriesCache.get(contentDir);
  if (!hit) {
    hit = loadSeriesDir(root, contentDir);
    seriesCache.set(contentDir, hit);
  }
  return hit.series;
}
