/**
 * Finding content files on disk. The only module under src/lib/content that touches
 * the file system, so the rules stay pure.
 */
import { readdirSync, readFileSync, statSync, existsSync, lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_DIRS, KINDS, type Kind } from '../../kinds/index.ts';

export interface SourceFile {
  kind: Kind;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  absPath: string;
  /** File name without extension: the item's URL segment. */
  slug: string;
  text: string;
  /** Set when the file is not valid UTF-8: its 1-based line of the first bad byte. */
  badEncodingLine?: number | undefined;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text, and where it stops being UTF-8 (GBK files from older Windows tools). */
export function readUtf8(absPath: string): { text: string; badLine?: number } {
  const bytes = readFileSync(absPath);
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const at = loose.indexOf('\uFFFD');
    return { text: '', badLine: loose.slice(0, Math.max(at, 0)).split('\n').length };
  }
}

/** The located problem for a file that is not UTF-8. */
export function encodingProblem(file: string, line: number | undefined) {
  return {
    severity: 'error' as const,
    file,
    line,
    field: '文件编码',
    message: '文件不是 UTF-8 编码（多半是 GBK/GB2312，旧版 Windows 记事本或 Excel 的默认编码），网页上会显示成乱码',
    expected: '用记事本打开，选“另存为”，编码选“UTF-8”后保存；或在 VS Code 右下角点编码，选“通过编码保存”→“UTF-8”',
  };
}

export const CONTENT_EXTENSIONS = ['.md', '.mdx'];

function walk(dir: string, out: string[], links: string[]): void {
  if (!existsSync(dir)) return;
  if (lstatSync(dir).isSymbolicLink()) {
    links.push(dir);
    return;
  }
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    const full = path.join(dir, entry.name);
    // A symbolic link (file or folder) could bring in anything on the machine: never followed.
    // (A linked attachment is reported by the item that lists it, with its line.)
    if (entry.isSymbolicLink()) {
      if (CONTENT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()) || isDirectory(full)) links.push(full);
    }
    else if (entry.isDirectory()) walk(full, out, links);
    else if (CONTENT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) out.push(full);
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Every Markdown/MDX file of every collection under `contentDir`, in a stable order.
 * @param links Receives every symbolic link to a folder or a content file met on the way
 *   (absolute paths); they are never followed.
 */
export function readSourceFiles(root: string, contentDir = path.join(root, 'content'), links: string[] = []): SourceFile[] {
  const files: SourceFile[] = [];
  for (const kind of KINDS) {
    const found: string[] = [];
    walk(path.join(contentDir, COLLECTION_DIRS[kind]), found, links);
    found.sort();
    for (const absPath of found) {
      const { text, badLine } = readUtf8(absPath);
      files.push({
        kind,
        file: path.relative(root, absPath).split(path.sep).join('/'),
        absPath,
        slug: path.basename(absPath, path.extname(absPath)),
        text,
        badEncodingLine: badLine,
      });
    }
  }
  return files;
}

/**
 * Whether `absPath` is reached through a symbolic link (itself or a folder on the way)
 * below `contentDir`, or lies outside it: a published file must really be in content/.
 */
export function outsideContent(absPath: string, contentDir: string): boolean {
  const inside = path.relative(contentDir, absPath);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return true;
  try {
    return realpathSync(absPath) !== path.join(realpathSync(contentDir), inside);
  } catch {
    return false; // Missing: reported as missing.
  }
}

/** Size in bytes of a file, or undefined when it does not exist or is not a file. */
export function fileSize(absPath: string): number | undefined {
  try {
    const st = statSync(absPath);
    return st.isFile() ? st.size : undefined;
  } catch {
    return undefined;
  }
}
