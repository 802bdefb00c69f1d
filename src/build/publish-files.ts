/**
 * Copy what items link to for download — attachments and release data files — from
 * beside the editors' Markdown into the built site, at `/files/<slug>/<name>`.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { isPublishable, type Item } from '../lib/items.ts';
import { attachmentUrl } from '../lib/urls.ts';

/** Files an item publishes, as project-relative source paths. */
export function filesOf(item: Item): string[] {
  const files = item.data.attachments.map((a) => a.file);
  if (item.kind === 'release') files.push(item.data.data);
  return files;
}

/** Map of published URL (decoded) → absolute source path, for every item given. */
export function publishedFileMap(items: readonly Item[], root: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of items) {
    const dir = path.dirname(path.resolve(root, item.file));
    for (const f of filesOf(item)) map.set(decodeURIComponent(attachmentUrl(item.slug, f)), path.resolve(dir, f));
  }
  return map;
}

/** Copy the files of every publishable item into `outDir`; returns how many were copied. */
export async function publishFiles(items: readonly Item[], root: string, outDir: string, asOf: string): Promise<number> {
  const map = publishedFileMap(items.filter((i) => isPublishable(i, asOf)), root);
  const dirs = new Set<string>();
  const jobs: Array<Promise<void>> = [];
  for (const [url, src] of map) {
    const dest = path.join(outDir, url);
    const dir = path.dirname(dest);
    if (!dirs.has(dir)) {
      dirs.add(dir);
      await mkdir(dir, { recursive: true });
    }
    jobs.push(copyFile(src, dest));
  }
  await Promise.all(jobs);
  return map.size;
}
