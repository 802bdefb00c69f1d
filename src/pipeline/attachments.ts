/**
 * Copy what items link to for download — attachments and release data files — from
 * beside the editors' Markdown into the built site, at `/files/<slug>/<name>`.
 */
import { copyFile, lstat, mkdir } from 'node:fs/promises';
import { readdirSync, rmSync } from 'node:fs';
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
  const map = publishedFileMap(
    items.filter((i) => isPublishable(i, asOf)),
    root,
  );
  const dirs = new Set<string>();
  const jobs: Array<Promise<void>> = [];
  for (const [url, src] of map) {
    const dest = path.join(outDir, url);
    const dir = path.dirname(dest);
    if (!dirs.has(dir)) {
      dirs.add(dir);
      await mkdir(dir, { recursive: true });
    }
    jobs.push(copyRegularFile(src, dest));
  }
  await Promise.all(jobs);
  return map.size;
}

/** Copy a file that is a plain file, never through a symbolic link (the check reports those). */
async function copyRegularFile(src: string, dest: string): Promise<void> {
  const st = await lstat(src);
  if (!st.isFile()) throw new Error(`附件 ${src} 不是普通文件（可能是符号链接），拒绝发布`);
  await copyFile(src, dest);
}

/**
 * For `npm run publish`: remove from `/files/<slug>/` of each given item every file it no
 * longer lists (or all of them when it is no longer published), as a full build would.
 * Returns how many files were removed.
 */
export function pruneFiles(items: readonly Item[], slugs: readonly string[], root: string, outDir: string, asOf: string): number {
  const keep = new Set(
    publishedFileMap(
      items.filter((i) => isPublishable(i, asOf)),
      root,
    ).keys(),
  );
  let removed = 0;
  const filesRoot = path.join(outDir, 'files');
  for (const slug of slugs) {
    const dir = path.join(filesRoot, slug);
    // Only a plain slug names a folder directly under /files/.
    if (path.dirname(dir) !== filesRoot || slug === '' || slug.startsWith('.')) continue;
    let entries;
    try {
      entries = readdirSync(dir, { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.isDirectory()) continue;
      const abs = path.join(e.parentPath, e.name);
      const url = `/${path.relative(outDir, abs).split(path.sep).join('/')}`;
      if (!keep.has(url)) {
        rmSync(abs, { force: true });
        removed++;
      }
    }
    if (![...keep].some((u) => u.startsWith(`/files/${slug}/`))) rmSync(dir, { recursive: true, force: true });
  }
  return removed;
}
