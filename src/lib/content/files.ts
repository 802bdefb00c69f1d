/**
 * Finding content files on disk. The only module under src/lib/content that touches
 * the file system, so the rules stay pure.
 */
import { readdirSync, readFileSync, statSync, existsSync, lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_DIRS } from '../schemas/items.ts';
import { KINDS, type Kind } from '../schemas/common.ts';

export interface SourceFile {
  kind: Kind;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  absPath: string;
  /** File name without extension: the item's URL segment. */
  slug: string;
  text: string;
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
      files.push({
        kind,
        file: path.relative(root, absPath).split(path.sep).join('/'),
        absPath,
        slug: path.basename(absPath, path.extname(absPath)),
        text: readFileSync(absPath, 'utf8'),
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
