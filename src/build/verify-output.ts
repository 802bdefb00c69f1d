/**
 * Check the built site before it is published: every internal link and asset resolves,
 * no page carries inline script or event handlers, and nothing that must not be
 * published (drafts, 不予公开, future items) made it into the output.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CheckResult } from '../lib/content/check.ts';
import { isPublishable } from '../lib/items.ts';
import { itemUrl } from '../lib/urls.ts';

export interface OutputProblem {
  /** Output file, relative to the output folder. */
  file: string;
  message: string;
}

async function htmlFiles(dir: string, out: string[] = []): Promise<string[]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind') await htmlFiles(full, out);
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** Whether a site-absolute URL path resolves to a file in `outDir`. */
export function resolves(outDir: string, urlPath: string, cache: Map<string, boolean>): boolean {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  const hit = cache.get(clean);
  if (hit !== undefined) return hit;
  const target = path.join(outDir, clean);
  let ok = false;
  if (existsSync(target)) {
    ok = statSync(target).isDirectory() ? existsSync(path.join(target, 'index.html')) : true;
  } else if (!path.extname(clean)) {
    ok = existsSync(`${target}.html`);
  }
  cache.set(clean, ok);
  return ok;
}

const ATTR = /\s(?:href|src)\s*=\s*"(\/[^"]*)"/g;

export async function verifyOutput(outDir: string, content: Pick<CheckResult, 'items'>): Promise<OutputProblem[]> {
  const problems: OutputProblem[] = [];
  const cache = new Map<string, boolean>();
  const asOf = process.env.PORTAL_AS_OF ?? '9999-12-31';
  const hidden = content.items.filter((i) => !isPublishable(i, asOf));
  for (const item of hidden) {
    if (existsSync(path.join(outDir, itemUrl(item.slug)))) {
      problems.push({ file: itemUrl(item.slug), message: `未公开的信息（${item.file}）被生成了页面` });
    }
  }
  const hiddenUrls = hidden.map((i) => itemUrl(i.slug));
  const files = await htmlFiles(outDir);
  await Promise.all(
    files.map(async (file) => {
      const html = await readFile(file, 'utf8');
      const rel = path.relative(outDir, file);
      for (const m of html.matchAll(ATTR)) {
        const url = m[1]!;
        if (url.startsWith('//')) continue;
        if (!resolves(outDir, url, cache)) problems.push({ file: rel, message: `断开的链接：${url}` });
      }
      if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(html.replace(/<script[^>]*type="application\/(ld\+)?json"[^>]*>/gi, ''))) {
        problems.push({ file: rel, message: '页面含有内联脚本，违反内容安全策略' });
      }
      if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) problems.push({ file: rel, message: '页面含有事件属性（on…=）' });
      if (/(?:href|src)\s*=\s*"\s*javascript:/i.test(html)) problems.push({ file: rel, message: '页面含有 javascript: 链接' });
      for (const u of hiddenUrls) if (html.includes(`"${u}"`)) problems.push({ file: rel, message: `链接到未公开的信息 ${u}` });
    }),
  );
  return problems;
}

/** One line per distinct problem, with how many pages have it and a few of them. */
export function summariseOutputProblems(problems: readonly OutputProblem[]): string {
  const groups = new Map<string, string[]>();
  for (const p of problems) {
    const files = groups.get(p.message);
    if (files) files.push(p.file);
    else groups.set(p.message, [p.file]);
  }
  return [...groups]
    .map(([message, files]) => {
      const sorted = files.sort();
      const shown = sorted.slice(0, 3).join('、');
      return `${message}  （${files.length} 个页面：${shown}${files.length > 3 ? ' 等' : ''}）`;
    })
    .join('\n');
}
