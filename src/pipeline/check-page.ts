/**
 * The one per-page output check, shared by `npm run build` (verify-output.ts) and
 * `npm run publish` (src/pipeline/publish/verify.ts). Pages are read with a real HTML
 * parser (htmlparser2), so escaped text (`&lt;script&gt;` in a title) is text and never
 * mistaken for markup, while markup is found however it is written.
 *
 * Refused on a page: inline scripts (JSON data blocks aside), `<script src>` to anything
 * but the site's own scripts, `<style>`, `style=""`, event handlers, frames, `<object>`,
 * `<embed>`, forms other than a GET to the site itself (the search box), `<base>`, `<meta http-equiv="refresh">`, and `javascript:`,
 * `vbscript:` or `data:` URLs. Returns the URLs the page refers to, for the link check.
 */
import { Parser } from 'htmlparser2';
import { decodeEntities, urlScheme, UNSAFE_SCHEMES } from '../lib/content/links.ts';

/** Attributes whose values are URLs the browser loads or navigates to. */
const URL_ATTRS = new Set(['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'data', 'cite', 'background', 'xlink:href', 'imagesrcset']);
/** Of those, the ones the link check follows (as before: not cite or background). */
const FOLLOWED = new Set(['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'data']);
/** Elements that embed other documents or plugins, submit data or rebase links. */
const FORBIDDEN_ELEMENTS: Record<string, string> = {
  iframe: '<iframe>',
  frame: '<frame>',
  frameset: '<frameset>',
  object: '<object>',
  embed: '<embed>',
  applet: '<applet>',
  portal: '<portal>',
  base: '<base>',
};
/** The site's own scripts: Astro's bundles, Pagefind, and public/ (the site root). Never /files/. */
const OWN_SCRIPT = /^\/(?:_astro\/[^/]+|pagefind\/[^?#]+|[^/]+)\.m?js$/;

export interface PageCheck {
  /** URLs as written (entities decoded, srcset split), for the link check. */
  urls: string[];
  /** What is wrong, one message per kind (first occurrence). */
  problems: string[];
}

/**
 * @param html The page or feed text.
 * @param options.xml Feeds and the sitemap: only <loc>, <link>, <guid> and href are URLs.
 * @param options.siteOrigin The site's own origin, so `https://site/_astro/x.js` is its own script.
 */
export function checkPage(html: string, options: { xml?: boolean; skipCanonical?: boolean; siteOrigin?: string | undefined } = {}): PageCheck {
  const urls: string[] = [];
  const problems = new Set<string>();
  if (options.xml) {
    let capture = false;
    let text = '';
    const parser = new Parser(
      {
        onopentag(name, attrs) {
          if (attrs.href !== undefined) urls.push(attrs.href.trim());
          capture = name === 'loc' || name === 'link' || name === 'guid';
          text = '';
        },
        ontext(t) {
          if (capture) text += t;
        },
        onclosetag(name) {
          if (capture && (name === 'loc' || name === 'link' || name === 'guid')) {
            const value = text.trim();
            // A feed's <guid> need not be a URL; only what looks like one is followed.
            if (/^(?:https?:)?\//i.test(value)) urls.push(value);
          }
          capture = false;
        },
      },
      { xmlMode: true, decodeEntities: true },
    );
    parser.end(html);
    for (const u of urls) {
      const scheme = urlScheme(u);
      if (scheme && (UNSAFE_SCHEMES as readonly string[]).includes(scheme)) problems.add(`含有 ${scheme}: 链接`);
    }
    return { urls, problems: [...problems] };
  }
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'script') {
          const src = attrs.src;
          const type = (attrs.type ?? '').trim().toLowerCase();
          if (src === undefined) {
            if (type !== 'application/json' && type !== 'application/ld+json') problems.add("页面含有内联脚本，违反内容安全策略（script-src 'self'）");
          } else if (!isOwn(src, options.siteOrigin, OWN_SCRIPT)) {
            problems.add(`页面引用了本站脚本（/_astro/、/pagefind/、网站根目录的 .js）以外的脚本：${src.trim().slice(0, 80)}`);
          }
        } else if (name === 'style') {
          problems.add("页面含有内联 <style>，违反内容安全策略（style-src 'self'）；样式请写在 src/styles/ 的 CSS 文件中");
        } else if (FORBIDDEN_ELEMENTS[name]) {
          problems.add(`页面含有 ${FORBIDDEN_ELEMENTS[name]}`);
        } else if (name === 'form') {
          // The site's own search box (GET to a page of the site) is the only form.
          const method = (attrs.method ?? 'get').trim().toLowerCase();
          if (method !== 'get' || !isOwn(attrs.action ?? '', options.siteOrigin, /^\/[^/]/))
            problems.add('页面含有 <form> 表单（只允许本站搜索框这类提交到本站页面的 GET 表单）');
        } else if (name === 'meta' && (attrs['http-equiv'] ?? '').trim().toLowerCase() === 'refresh') {
          problems.add('页面含有 <meta http-equiv="refresh">（自动跳转）');
        }
        const canonical = options.skipCanonical && name === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical';
        for (const [attr, raw] of Object.entries(attrs)) {
          if (attr.startsWith('on')) problems.add('页面含有事件属性（on…=），违反内容安全策略');
          else if (attr === 'style') problems.add('页面含有 style="" 属性，违反内容安全策略（style-src \'self\'）；请改用 CSS 类');
          else if (URL_ATTRS.has(attr)) {
            const values = attr.endsWith('srcset')
              ? raw
                  .split(',')
                  .map((s) => s.trim().split(/\s+/)[0] ?? '')
                  .filter(Boolean)
              : [raw];
            for (const v of values) {
              const scheme = urlScheme(v);
              if (scheme && (UNSAFE_SCHEMES as readonly string[]).includes(scheme)) problems.add(`页面含有 ${scheme}: 链接`);
              else if (FOLLOWED.has(attr) && !canonical) urls.push(v);
            }
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { urls, problems: [...problems] };
}

function isOwn(src: string, siteOrigin: string | undefined, pathname: RegExp): boolean {
  let u: URL;
  try {
    u = new URL(decodeEntities(src).trim(), 'https://portal.invalid/');
  } catch {
    return false;
  }
  const own = u.origin === 'https://portal.invalid' || (siteOrigin !== undefined && u.origin === siteOrigin);
  return own && pathname.test(u.pathname) && !decodeURIComponent(u.pathname).includes('..');
}
