/**
 * Where an image named in an interpretation's front matter (`images[].src`, relative to
 * the Markdown file) sits among the files Vite's `import.meta.glob` found: keys are
 * project-root-absolute, e.g. `/content/interpretations/2024/files/a.png`.
 */
import path from 'node:path';

/**
 * @param itemFile the Markdown file, relative to the project root (or absolute)
 * @param src the image path as written in the front matter
 * @param root the project root
 * @returns the glob key, or undefined when the file lies outside the project
 */
export function imageGlobKey(itemFile: string, src: string, root: string): string | undefined {
  const abs = path.resolve(root, path.dirname(itemFile), src);
  const rel = path.relative(root, abs).split(path.sep).join('/');
  if (rel.startsWith('../') || path.isAbsolute(rel)) return undefined;
  return `/${rel}`;
}
