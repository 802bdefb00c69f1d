/**
 * The output check of src/build/verify-output.ts, for the pages a publish replaces: their
 * links resolve in the site as it will be after the publish (the new pages over the old
 * site, minus removed pages), no link to an unpublished item, nothing the CSP forbids.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { forbiddenAttributes, pageUrls, pageUrl, type OutputProblem } from '../../../src/build/verify-output.ts';
import { decodeEntities } from '../../../src/lib/content/links.ts';

function exists(dir: string, clean: string): boolean {
  const target = path.join(dir, clean);
  if (path.relative(dir, target).startsWith('..')) return false;
  if (existsSync(target)) return statSync(target).isDirectory() ? existsSync(path.join(target, 'index.html')) : true;
  return !path.extname(clean) && existsSync(`${target}.html`);
}

const XML_URL = /<(?:loc|link|guid)>([^<]+)<\/|\shref="([^"]+)"/g;

export function verifyPages(newDir: string, siteDir: string, files: readonly string[], hiddenSlugs: ReadonlySet<string>, removed: ReadonlySet<string>, siteUrl?: string): OutputProblem[] {
  const problems: OutputProblem[] = [];
  const origin = siteUrl ? new URL(siteUrl).origin : undefined;
  const cache = new Map<string, boolean>();
  const resolvesAfter = (p: string) => {
    let clean: string;
    try {
      clean = decodeURIComponent(p.split(/[?#]/)[0] ?? '');
    } catch {
      return false;
    }
    let ok = cache.get(clean);
    if (ok === undefined) {
      const asPage = clean.endsWith('/') ? clean : `${clean}/`;
      ok = exists(newDir, clean) || (!removed.has(asPage) && exists(siteDir, clean));
      cache.set(clean, ok);
    }
    return ok;
  };
  for (const rel of files) {
    const text = readFileSync(path.join(newDir, rel), 'utf8');
    const base = `https://portal.invalid${pageUrl(rel)}`;
    const urls = rel.endsWith('.xml')
      ? [...text.matchAll(XML_URL)].map((m) => decodeEntities((m[1] ?? m[2])!).trim()).filter((v) => /^(?:https?:)?\//i.test(v))
      : pageUrls(rel === '404.html' ? text.replace(/<link\b[^>]*\brel="canonical"[^>]*>/gi, '') : text);
    for (const raw of urls) {
      const u = raw.trim();
      if (!u || u.startsWith('#') || /^(mailto|tel):/i.test(u)) continue;
      let target: URL;
      try {
        target = new URL(u, base);
      } catch {
        problems.push({ file: rel, message: `无法解析的链接：${u}` });
        continue;
      }
      if (target.origin !== 'https://portal.invalid' && target.origin !== origin) continue;
      const m = /^\/items\/([a-z0-9-]+)\/?$/.exec(target.pathname);
      if (m && hiddenSlugs.has(m[1]!)) problems.push({ file: rel, message: `链接到未公开的信息 /items/${m[1]}/` });
      else if (!resolvesAfter(target.pathname)) problems.push({ file: rel, message: `断开的链接：${u}` });
    }
    if (rel.endsWith('.html')) {
      const withoutData = text.replace(/<script\b[^>]*\stype="application\/(?:ld\+)?json"[^>]*>[\s\S]*?<\/script>/gi, '');
      if (/<script\b(?![^>]*\ssrc\s*=)[^>]*>/i.test(withoutData)) problems.push({ file: rel, message: '页面含有内联脚本' });
      if (/<style[\s>]/i.test(withoutData)) problems.push({ file: rel, message: '页面含有内联 <style>' });
      const attrs = forbiddenAttributes(text);
      if (attrs.handler) problems.push({ file: rel, message: '页面含有事件属性（on…=）' });
      if (attrs.style) problems.push({ file: rel, message: '页面含有 style="" 属性' });
    }
  }
  return problems;
}
