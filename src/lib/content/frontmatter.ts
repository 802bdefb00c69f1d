/**
 * Split a Markdown file into its YAML front matter and body, and find the line of a
 * front-matter field for error messages.
 */
import { Lexer, parse as parseYaml, YAMLParseError } from 'yaml';
// js-yaml is what Astro itself parses front matter with, and it is about eight times
// faster than `yaml`; `npm run check` must read 20,000 files in a few seconds.
import jsYaml from 'js-yaml';

export interface SplitFile {
  /** Parsed front matter (YAML core schema: dates stay strings). */
  data: unknown;
  /** Markdown after the closing `---`. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** The front matter's YAML text. */
  yaml?: string;
}

export class FrontmatterError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line: number | undefined) {
    super(message);
    this.line = line;
  }
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;

/**
 * Where the body of a file with front matter starts, without parsing the YAML.
 * A file without (closed) front matter is all body.
 */
export function locateBody(text: string): { body: string; bodyLine: number } {
  const open = OPEN.exec(text);
  const close = open ? /^---[ \t]*\r?$/m.exec(text.slice(open[0].length)) : null;
  if (!open || !close) return { body: text, bodyLine: 1 };
  const bodyStart = open[0].length + close.index + close[0].length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length + 1;
  return { body: text.slice(bodyStart).replace(/^\r?\n/, ''), bodyLine };
}

/** @throws FrontmatterError with a Chinese message and the line, when there is no front matter or its YAML is malformed. */
export function splitFrontmatter(text: string): SplitFile {
  const open = OPEN.exec(text);
  if (!open) throw new FrontmatterError('文件开头没有“---”包围的元数据（front matter）', 1);
  const rest = text.slice(open[0].length);
  const close = /^---[ \t]*$/m.exec(rest);
  if (!close) throw new FrontmatterError('元数据没有结束的“---”行', 1);
  const yamlText = rest.slice(0, close.index);
  // Anchors and aliases (`&a`, `*a`) let a few lines expand into gigabytes (an "alias
  // bomb"); no field needs them.
  if (/[&*]/.test(yamlText)) {
    const line = anchorLine(yamlText);
    if (line !== undefined) {
      throw new FrontmatterError('元数据中使用了 YAML 锚点或别名（以 & 或 * 开头的写法），本站不允许：它们能让几行文字展开成巨大的数据。如果值本身以 & 或 * 开头，请用英文双引号括起来', line + 1);
    }
  }
  let data: unknown;
  try {
    // The core schema keeps dates as strings (2023-02-30 stays visible as written) and
    // rejects duplicate keys, like `yaml` does.
    data = jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA });
  } catch (fastError) {
    // Slow path, only for broken front matter: `yaml` explains errors better.
    const reason = (fastError as { reason?: string }).reason ?? '';
    if (/maxDepth/.test(reason)) {
      const mark = (fastError as { mark?: { line?: number } }).mark;
      throw new FrontmatterError('元数据的嵌套层数过多（方括号、花括号或缩进套了上百层），无法读取', mark?.line !== undefined ? mark.line + 2 : 2);
    }
    try {
      data = parseYaml(yamlText, { uniqueKeys: true, prettyErrors: true, maxAliasCount: 0 });
    } catch (error) {
      if (!(error instanceof YAMLParseError)) throw new FrontmatterError(`元数据无法读取（${(error as Error).name}）；常见原因：缩进不一致、引号不成对`, 2);
      if (error instanceof YAMLParseError) {
        // The YAML starts on file line 2.
        const diagnosed = diagnoseYamlLines(yamlText);
        if (diagnosed) throw new FrontmatterError(`元数据的 YAML 写法有误：${diagnosed.message}`, diagnosed.line + 1);
        const line = (error.linePos?.[0]?.line ?? 0) + 1;
        throw new FrontmatterError(`元数据的 YAML 写法有误：${explainYamlError(error)}`, line);
      }
      throw error;
    }
    // `yaml` accepted what js-yaml (and so the build) refuses.
    const mark = (fastError as { mark?: { line?: number }; reason?: string }).mark;
    throw new FrontmatterError(
      `元数据的 YAML 写法有误：${(fastError as { reason?: string }).reason ?? String(fastError)}；常见原因：缩进不一致、引号不成对`,
      mark?.line !== undefined ? mark.line + 2 : 1,
    );
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontmatterError('元数据应是若干“字段: 值”行', 2);
  }
  const bodyStart = open[0].length + close.index + close[0].length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length + 1;
  return { data, body: text.slice(bodyStart).replace(/^\r?\n/, ''), bodyLine, yaml: yamlText };
}

/** 1-based line (within the YAML) of the first anchor or alias token, if any. */
export function anchorLine(yamlText: string): number | undefined {
  let line = 1;
  for (const token of new Lexer().lex(yamlText)) {
    if (token[0] === '&' || token[0] === '*') return line;
    for (let i = token.indexOf('\n'); i >= 0; i = token.indexOf('\n', i + 1)) line++;
  }
  return undefined;
}

/** Front-matter fields that are dates (the schemas read them with `isoDate`). */
const DATE_KEYS = new Set(['written', 'published', 'validityChanged']);

/**
 * Whether Astro, which reads front matter with js-yaml's default schema (an unquoted
 * 2024-01-01 becomes a Date), could read this YAML differently from the check's core
 * schema (where it stays text): an unquoted date-like value outside the date fields.
 */
export function hasUnquotedDateText(yamlText: string): boolean {
  if (!/\d{4}-\d/.test(yamlText)) return false;
  for (const line of yamlText.split('\n')) {
    const key = /^\s*(?:-\s+)?([A-Za-z_]\w*)\s*:/.exec(line)?.[1];
    if (key && DATE_KEYS.has(key)) continue;
    const unquoted = line.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '""');
    if (/(?:^|[\s[,:-])\d{4}-\d{1,2}-\d{1,2}(?=[\s,\]Tt]|$)/.test(unquoted)) return true;
  }
  return false;
}

/** The front matter as Astro's content loader reads it (js-yaml, default schema). */
export function astroFrontmatter(yamlText: string): unknown {
  return jsYaml.load(yamlText) ?? {};
}

/**
 * The usual ways editors break front matter, found by reading the lines themselves:
 * a Chinese colon, no space after the colon, “: ” inside an unquoted value, a tab,
 * an unclosed quote, a field written twice. Returns the 1-based line within the YAML.
 */
export function diagnoseYamlLines(yamlText: string): { line: number; message: string } | undefined {
  const lines = yamlText.split('\n');
  const seen = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.replace(/\r$/, '');
    if (/^\s*(#|$)/.test(l)) continue;
    if (/^\t|^ *\t/.test(l)) return { line: i + 1, message: '这一行用 Tab 键缩进了；YAML 只能用空格缩进' };
    const key = /^([A-Za-z][A-Za-z0-9_]*)\s*([:：])(.*)$/.exec(l);
    if (/^\s*[A-Za-z][A-Za-z0-9_]*\s*：/.test(l)) {
      return { line: i + 1, message: '字段名后面用了中文冒号“：”，要用英文冒号加空格“: ”，如 title: 关于……的通知' };
    }
    if (!key) continue;
    const [, name, , rest] = key as unknown as [string, string, string, string];
    if (rest !== '' && !/^\s/.test(rest)) return { line: i + 1, message: `「${name}:」后面缺少空格，要写成“${name}: 值”` };
    const value = rest.trim();
    if (/^["']/.test(value)) {
      const q = value[0]!;
      const body = value.slice(1);
      const closed = q === '"' ? /(?:^|[^\\])"(\s*(#.*)?)$/.test(body) || body === '"' : /'(\s*(#.*)?)$/.test(body);
      if (!closed) return { line: i + 1, message: `「${name}」的值以引号 ${q} 开头，但这一行没有配对的结束引号` };
    } else if (/^[^[{].*: /.test(value) || /^[^[{].*:$/.test(value)) {
      return { line: i + 1, message: `「${name}」的值中含有英文冒号“:”，请把整个值用英文双引号括起来，如 ${name}: "${value.replace(/"/g, '\\"')}"，或改用中文冒号“：”` };
    }
    if (seen.has(name)) return { line: i + 1, message: `字段「${name}」写了两次（第一次在元数据第 ${seen.get(name)! + 1} 行）；每个字段只能写一次` };
    seen.set(name, i + 1);
  }
  return undefined;
}

function explainYamlError(error: YAMLParseError): string {
  const first = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return `同一个字段写了两次（${first}）`;
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return `缩进或冒号有误（${first}）；每行应为“字段: 值”，冒号后要有空格，列表项用“- ”开头并对齐`;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `某一行缺少“字段:”或缩进不对（${first}）`;
    default:
      return `${first}；常见原因：冒号后缺空格、引号不成对、中文冒号“：”代替了英文冒号“:”`;
  }
}

/**
 * 1-based line of a field in a file with front matter, following list indexes
 * (`['attachments', 1, 'file']`). Falls back to the nearest parent's line.
 */
export function lineOfPath(text: string, path: ReadonlyArray<PropertyKey>): number | undefined {
  const lines = text.split('\n');
  // Front matter starts after the first line (`---`).
  let start = 1;
  let end = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  if (end < 0) end = lines.length;
  let found: number | undefined;
  let indent = -1;
  for (const key of path) {
    if (typeof key === 'number') {
      // Find the key-th list item (`- `) below the current key, deeper than it.
      let count = -1;
      let hit: number | undefined;
      for (let i = start; i < end; i++) {
        const m = /^(\s*)- /.exec(lines[i]!);
        const lineIndent = (/^(\s*)/.exec(lines[i]!)?.[1] ?? '').length;
        if (lines[i]!.trim() && lineIndent <= indent && !m) break;
        if (m && m[1]!.length >= Math.max(indent, 0)) {
          count++;
          if (count === key) {
            hit = i;
            break;
          }
        }
      }
      if (hit === undefined) return found;
      found = hit + 1;
      start = hit;
      indent = (/^(\s*)- /.exec(lines[hit]!)?.[1] ?? '').length;
      continue;
    }
    const escaped = String(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`^(\\s*(?:- )?)${escaped}\\s*:`);
    let hit: number | undefined;
    for (let i = start; i < end; i++) {
      const m = re.exec(lines[i]!);
      if (m && m[1]!.length > indent - (indent >= 0 ? 0 : 1)) {
        hit = i;
        break;
      }
    }
    if (hit === undefined) return found;
    found = hit + 1;
    start = hit + 1;
    indent = (/^(\s*)/.exec(lines[hit]!)?.[1] ?? '').length;
  }
  return found;
}
