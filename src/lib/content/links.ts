/**
 * Reading links and HTML tags out of an editor's Markdown/MDX body, the way a browser
 * would see them once rendered: character references decoded (`&#106;avascript:` is
 * `javascript:`), tabs and newlines inside a URL ignored, attribute names in any case,
 * attributes separated by spaces or `/`. Code (fenced blocks, inline code) is skipped:
 * it is shown, never run or followed.
 *
 * Start tags are read by `html-tags.ts`. Used by `safety.ts` (what must never reach a
 * page) and `rules.ts` (links that must resolve), and by the build to point body links to attachments at their published URL.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { attachmentUrl } from '../urls.ts';
import { lineAt, lineStartsOf, scanTags } from './html-tags.ts';

/** A link or image found in a body; `line` is 1-based within the body. */
export interface BodyLink {
  /** The destination as the browser will read it (entities and escapes decoded). */
  url: string;
  line: number;
  /** `image` for `![alt](src)` and `<img src>`; `link` otherwise. */
  kind: 'link' | 'image';
  /** Where it was written: Markdown syntax or an HTML attribute. */
  syntax: 'markdown' | 'html';
  /** For Markdown images: the alt text. */
  alt?: string | undefined;
}


/**
 * Blank out code, keeping every line and column: fenced blocks (``` and ~~~, any
 * length, closed by a fence at least as long), indented code is left alone (Markdown
 * renders it as code too, but it cannot contain a link anyway), inline code spans.
 */
export function withoutCode(body: string): string {
  // The safety check and the link rules both read each body: remember the last one.
  if (body === lastCodeInput) return lastCodeOutput;
  lastCodeInput = body;
  lastCodeOutput = stripCode(body);
  return lastCodeOutput;
}
let lastCodeInput = '';
let lastCodeOutput = '';

function stripCode(body: string): string {
  const lines = body.split('\n');
  let fence: { char: string; len: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(l);
    if (fence) {
      if (open && open[1]![0] === fence.char && open[1]!.length >= fence.len && /^ {0,3}[`~]+\s*$/.test(l)) fence = undefined;
      lines[i] = '';
      continue;
    }
    if (open) {
      fence = { char: open[1]![0]!, len: open[1]!.length };
      lines[i] = '';
      continue;
    }
    if (l.includes('`')) lines[i] = blankInlineCode(l);
  }
  return lines.join('\n');
}

/** Replace the inside of inline code spans (matching backtick runs) with spaces. */
function blankInlineCode(line: string): string {
  return line.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (m, ticks: string) => ticks + ' '.repeat(m.length - ticks.length * 2) + ticks);
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', sol: '/', bsol: '\\', lpar: '(', rpar: ')',
  period: '.', comma: ',', semi: ';', equals: '=', quest: '?', num: '#', percnt: '%', excl: '!',
  Tab: '\t', NewLine: '\n', nbsp: '\u00a0', newline: '\n', tab: '\t',
};

/** Decode HTML character references the way browsers and Markdown do (`&#106;`, `&#x6A`, `&colon;`). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);?/g, (m, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[ref] ?? m;
  });
}

/** Decode Markdown backslash escapes (`\(` → `(`). */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * The URL scheme a browser would act on, lower-case, or undefined for a relative URL.
 * Browsers drop ASCII tabs and newlines anywhere in a URL and leading control
 * characters and spaces, so `java\tscript:` and ` JavaScript:` are both `javascript`.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = decodeEntities(url).replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Schemes a link in content must never use; `data:` can carry a whole HTML page. */
export const UNSAFE_SCHEMES = ['javascript', 'vbscript', 'data', 'livescript', 'mocha'] as const;

/** Attributes whose value a browser loads or navigates to. */
export const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'codebase', 'cite',
  'longdesc', 'lowsrc', 'dynsrc', 'ping', 'manifest', 'icon', 'archive', 'classid', 'srcset', 'imagesrcset', 'content',
]);

const INLINE_LINK =
  /(!?)\[((?:[^[\]\\]|\\.|\[(?:[^[\]\\]|\\.)*\])*)\]\(\s*(<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)(?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?\s*\)/g;
const REFERENCE_DEF = /^ {0,3}\[((?:[^[\]\\]|\\.)+)\]:[ \t]*\n?[ \t]*(<[^<>\n]*>|\S+)/gm;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g;

function destination(raw: string): string {
  const inner = raw.startsWith('<') && raw.endsWith('>') ? raw.slice(1, -1) : raw;
  return decodeEntities(unescapeMarkdown(inner));
}

/**
 * Every link and image destination in a body: Markdown inline links and images,
 * reference definitions, autolinks, and `href`/`src`-like attributes of HTML tags.
 * @param body The Markdown body (front matter removed).
 */
export function extractLinks(body: string): BodyLink[] {
  const text = withoutCode(body);
  const out: BodyLink[] = [];
  const mayHaveMarkdownLink = text.includes('](') || text.includes(']:');
  const mayHaveTag = text.includes('<');
  if (!mayHaveMarkdownLink && !mayHaveTag) return out;
  const starts = lineStartsOf(text);
  if (mayHaveMarkdownLink) {
    for (const m of text.matchAll(INLINE_LINK)) {
      out.push({
        url: destination(m[3]!),
        line: lineAt(starts, m.index),
        kind: m[1] ? 'image' : 'link',
        syntax: 'markdown',
        alt: m[1] ? unescapeMarkdown(m[2]!) : undefined,
      });
    }
    for (const m of text.matchAll(REFERENCE_DEF)) {
      out.push({ url: destination(m[2]!), line: lineAt(starts, m.index), kind: 'link', syntax: 'markdown' });
    }
  }
  if (mayHaveTag) {
    for (const m of text.matchAll(AUTOLINK)) {
      out.push({ url: decodeEntities(m[1]!), line: lineAt(starts, m.index), kind: 'link', syntax: 'markdown' });
    }
    for (const tag of scanTags(text)) {
      for (const a of tag.attrs) {
        const attr = a.name.toLowerCase();
        if (a.value === undefined || !URL_ATTRIBUTES.has(attr) || attr === 'content') continue;
        const values = attr.endsWith('srcset') ? a.value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [a.value];
        for (const v of values) {
          out.push({ url: decodeEntities(v).trim(), line: tag.line, kind: tag.name.toLowerCase() === 'img' ? 'image' : 'link', syntax: 'html' });
        }
      }
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** How a destination is to be checked. */
export type LinkTarget =
  | { type: 'external' }
  | { type: 'anchor' }
  | { type: 'site'; path: string }
  | { type: 'relative'; path: string }
  | { type: 'unsafe'; scheme: string };

/**
 * Classify a destination. `siteUrl` (the portal's own address) makes absolute links to
 * the portal count as site links, so they are checked too.
 */
export function classifyLink(url: string, siteUrl?: string): LinkTarget {
  const trimmed = url.trim();
  const scheme = urlScheme(trimmed);
  if (scheme && (UNSAFE_SCHEMES as readonly string[]).includes(scheme)) return { type: 'unsafe', scheme };
  if (trimmed === '' || trimmed.startsWith('#')) return { type: 'anchor' };
  if (scheme) {
    if (siteUrl && (scheme === 'http' || scheme === 'https')) {
      try {
        const own = new URL(siteUrl);
        const u = new URL(trimmed);
        if (u.host === own.host) return { type: 'site', path: u.pathname + u.search + u.hash };
      } catch {
        /* not a parseable URL: treated as external */
      }
    }
    return { type: 'external' };
  }
  if (trimmed.startsWith('//')) return { type: 'external' };
  if (trimmed.startsWith('/')) return { type: 'site', path: trimmed };
  return { type: 'relative', path: trimmed.split(/[?#]/)[0]! };
}

/**
 * A Sätteri hast plugin for the build: a body link to a file beside the Markdown
 * (`[附件1](./files/a.pdf)`) is pointed at the address the build publishes that file
 * at, `/files/<slug>/<name>`, the same address the attachment list uses. `npm run check`
 * has already made sure every such file exists and is listed under `attachments`.
 */
export function attachmentLinkPlugin() {
  return {
    name: 'portal-attachment-links',
    element: {
      filter: ['a'],
      visit(node: { properties?: Record<string, unknown> }, ctx: { fileURL: URL | undefined; setProperty: (node: never, key: string, value: unknown) => void }) {
        const href = node.properties?.href;
        if (typeof href !== 'string' || !ctx.fileURL) return;
        const target = classifyLink(href);
        if (target.type !== 'relative' || target.path === '') return;
        const slug = path.basename(fileURLToPath(ctx.fileURL)).replace(/\.mdx?$/i, '');
        ctx.setProperty(node as never, 'href', attachmentUrl(slug, decodeURIComponent(target.path)));
      },
    },
  };
}
