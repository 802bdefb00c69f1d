/**
 * Finding content files on disk. The only module under src/lib/content that touches
 * the file system, so the rules stay pure.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
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

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (CONTENT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) out.push(full);
  }
}

/** Every Markdown/MDX file of every collection under `contentDir`, in a stable order. */
export function readSourceFiles(root: string, contentDir = path.join(root, 'content')): SourceFile[] {
  const files: SourceFile[] = [];
  for (const kind of KINDS) {
    const found: string[] = [];
    walk(path.join(contentDir, COLLECTION_DIRS[kind]), found);
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

/** Size in bytes of a file, or undefined when it does not exist or is not a file. */
export function fileSize(absPath: string): number | undefined {
  try {
    const st = statSync(absPath);
    return st.isFile() ? st.size : undefined;
  } catch {
    return undefined;
  }
}
