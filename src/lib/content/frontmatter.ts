/**
 * Split a Markdown file into its YAML front matter and body, and find the line of a
 * front-matter field for error messages.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';

export interface SplitFile {
  /** Parsed front matter (the `yaml` package keeps dates as strings). */
  data: unknown;
  /** Markdown after the closing `---`. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
}

export class FrontmatterError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line: number | undefined) {
    super(message);
    this.line = line;
  }
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;

/** @throws FrontmatterError with a Chinese message and the line, when there is no front matter or its YAML is malformed. */
export function splitFrontmatter(text: string): SplitFile {
  const open = OPEN.exec(text);
  if (!open) throw new FrontmatterError('文件开头没有“---”包围的元数据（front matter）', 1);
  const rest = text.slice(open[0].length);
  const close = /^---[ \t]*$/m.exec(rest);
  if (!close) throw new FrontmatterError('元数据没有结束的“---”行', 1);
  const yamlText = rest.slice(0, close.index);
  let data: unknown;
  try {
    data = parseYaml(yamlText, { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = (error.linePos?.[0]?.line ?? 0) + 1;
      throw new FrontmatterError(`元数据的 YAML 写法有误：${explainYamlError(error)}`, line);
    }
    throw error;
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontmatterError('元数据应是若干“字段: 值”行', 2);
  }
  const bodyStart = open[0].length + close.index + close[0].length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length + 1;
  return { data, body: text.slice(bodyStart).replace(/^\r?\n/, ''), bodyLine };
}

function explainYamlError(error: YAMLParseError): string {
  const first = error.message.split('\n')[0] ?? error.message;
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
