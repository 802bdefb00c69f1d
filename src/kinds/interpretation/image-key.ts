/**
 * Where an image named in an interpretation's front matter (`images[].src`, relative to
 * the Markdown file) sits among the content folder's images, which the build lists in the
 * virtual module `virtual:portal-content-images` (src/pipeline/vite/content-images.ts):
 * keys are paths relative to the content folder, e.g. `interpretations/2024/files/a.png`,
 * wherever that folder is (the project's content/, or any `--content DIR`).
 */
import path from 'node:path';

/** Image files the build makes importable (astro:assets processes them). */
export const IMAGE_FILE = /\.(?:png|jpe?g|webp)$/i;

/**
 * @param itemFile the Markdown file, relative to `root` (or absolute)
 * @param src the image path as written in the front matter
 * @param root the folder `itemFile` is relative to (the project root)
 * @param contentDir the content folder (absolute, or relative to `root`)
 * @returns the key, or undefined when the file lies outside the content folder
 */
export function imageKey(itemFile: string, src: string, root: string, contentDir: string): string | undefined {
  const abs = path.resolve(root, path.dirname(itemFile), src);
  const rel = path.relative(path.resolve(root, contentDir), abs).split(path.sep).join('/');
  if (!rel || rel.startsWith('../') || path.isAbsolute(rel)) return undefined;
  return rel;
}
