/**
 * Build-time HTML helpers for the search index:
 *   - `transformForIndex`: the copy of a page that Pagefind indexes (the deployed page is
 *     untouched): every Han character stands alone, and the document's 文号/索引号 are
 *     added as synthetic words;
 *   - `bodyText`: the text of the indexed region (`data-pagefind-body`), which is what a
 *     search must find — used to measure the search against the truth.
 * A small tag scanner is enough: the input is our own Astro output.
 */
import { BODY_MARK, isolateHan, startsSolo, endsSolo } from './text.ts';
import { indexText } from './normalise.ts';
import { canonicalDocNumber, canonicalIndexNumber, numberToken } from './query.ts';
import { tablesAsPairs } from './tables.ts';

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'template']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Filters/meta/sort read from the element's own text must not be altered. */
const TEXT_VALUED = /\sdata-pagefind-(?:filter|meta|sort)\s*=\s*"[^"[\]]*"/;

/** The synthetic words for the page's 文号 and 索引号 (read from SearchMeta's data attributes). */
export function numberTokens(html: string): string[] {
  const tokens: string[] = [];
  const doc = /\sdata-doc-number="([^"]*)"/.exec(html)?.[1];
  const idx = /\sdata-index-number="([^"]*)"/.exec(html)?.[1];
  const d = doc && canonicalDocNumber(decodeEntities(doc));
  const i = idx && canonicalIndexNumber(decodeEntities(idx));
  if (d) tokens.push(numberToken('docNumber', d));
  if (i) tokens.push(numberToken('indexNumber', i));
  return tokens;
}

/** The opening tag of the element Pagefind indexes (one per item page). */
const BODY_OPEN = /<([a-zA-Z][\w-]*)\s(?:[^>"']|"[^"]*"|'[^']*')*?\bdata-pagefind-body\b(?:[^>"']|"[^"]*"|'[^']*')*>/;

/**
 * The part of a page Pagefind needs, as a small document of its own: the element marked
 * `data-pagefind-body` (with its filter, meta and sort attributes), without the header,
 * navigation and footer around it and without Astro's scoping attributes and classes.
 * Pagefind parses every byte it is given, so this halves its work per page; what it
 * indexes is the same, because it ignores everything outside that element anyway.
 * A page without such an element is returned unchanged.
 */
export function indexDocument(html: string): string {
  const open = BODY_OPEN.exec(html);
  if (!open) return html;
  const name = open[1]!.toLowerCase();
  const same = new RegExp(`<(/?)${name}(?=[\\s>/])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
  same.lastIndex = open.index + open[0].length;
  let depth = 1;
  let end = html.length;
  for (let m = same.exec(html); m; m = same.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = same.lastIndex;
      break;
    }
  }
  const body = html
    .slice(open.index, end)
    .replace(/\sdata-astro-cid-[\w-]+(?:="[^"]*")?/g, '')
    .replace(/\sclass="[^"]*"/g, '');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
}

/** The element that holds the metadata table (MetaTable.astro); the document's text follows it. */
const META_BLOCK = /\saria-labelledby="meta-heading"/;
/**
 * Blocks of an item page that are not its text and are left out of the index: the metadata
 * table (its 文号 and 索引号 are indexed on their own, see `numberText`), the validity notice
 * with the replacing document's link, and the 政策·解读·办事 / services / replaced-documents
 * boxes (PolicyTrio.astro). Otherwise a page matches the titles and 文号 it only links to,
 * and its excerpt is its metadata glued together.
 */
const NOT_TEXT = /\saria-labelledby="(?:meta-heading|trio-heading|trio-services|trio-replaces)"|\sid="validity-notice"/;
/**
 * Also left out: a chart's SVG (its axis labels and values glued together read as a string of
 * numbers; the data table beside it holds the same values, and the figure's caption and
 * summary stay) and what is hidden from screen readers (「图表较宽，请左右滑动查看 ⇆」).
 */
const notText = (name: string, attrs: string) => name === 'svg' || NOT_TEXT.test(attrs) || /\saria-hidden="true"/.test(attrs);

/** The page's 文号 and 索引号 as written (SearchMeta's data attributes), indexed in place of the metadata table. */
export function numberText(html: string): string {
  const doc = /\sdata-doc-number="([^"]*)"/.exec(html)?.[1];
  const idx = /\sdata-index-number="([^"]*)"/.exec(html)?.[1];
  return [doc, idx]
    .filter(Boolean)
    .map((v) => decodeEntities(v!))
    .join(' ');
}

/**
 * The copy of a page that Pagefind indexes: text in the shared normalisation's index form
 * (`indexText`, normalise.ts: Ⅲ → III, PM₂.₅ → PM2. 5), spaces around Han characters in text (also
 * across inline tags, so <b>华</b>新 still separates), the 文号/索引号 words right after
 * the opening tag of the `data-pagefind-body` element, and a mark after the metadata table.
 * Tables are rows of 「表头：值」 pairs (`tablesAsPairs`, tables.ts).
 */
export function transformForIndex(page: string): string {
  const html = tablesAsPairs(page);
  const tokens = numberTokens(html);
  let out = '';
  let last = 0;
  let protect = 0;
  let prevTail = '';
  let injected = tokens.length === 0;
  const stack: Array<{ prot: boolean; meta: boolean }> = [];
  let marked = false;
  TAG.lastIndex = 0;
  const emitText = (text: string) => {
    if (!text) return;
    if (protect > 0) {
      out += text;
      return;
    }
    let t = isolateHan(indexTextHtml(text));
    const head = t[0] ?? '';
    if (prevTail && !/\s/.test(prevTail) && !/\s/.test(head) && (endsSolo(prevTail) || startsSolo(t))) t = ` ${t}`;
    out += t;
    prevTail = t.at(-1) ?? prevTail;
  };
  const numbers = numberText(html);
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    emitText(html.slice(last, m.index));
    const skip = m[1] !== '/' && !!m[2] && notText(m[2].toLowerCase(), m[3] ?? '');
    out += skip ? m[0].replace(/^<([a-zA-Z][\w:-]*)/, '<$1 data-pagefind-ignore') : m[0];
    last = TAG.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const closing = m[1] === '/';
    const attrs = m[3] ?? '';
    if (!closing && RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, last);
      const stop = end < 0 ? html.length : end;
      out += html.slice(last, stop);
      last = stop;
      TAG.lastIndex = stop;
      continue;
    }
    if (VOID.has(name) || /\/\s*$/.test(attrs)) continue;
    if (closing) {
      const top = stack.pop();
      if (top?.prot) protect--;
      if (top?.meta && !marked) {
        if (numbers) out += ` <p>${isolateHan(indexText(numbers)).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p> `;
        out += ` ${BODY_MARK} `;
        marked = true;
        prevTail = ' ';
      }
      continue;
    }
    const prot = TEXT_VALUED.test(attrs);
    stack.push({ prot, meta: META_BLOCK.test(attrs) });
    if (prot) protect++;
    if (!injected && /\sdata-pagefind-body\b/.test(attrs)) {
      out += ` ${tokens.join(' ')} `;
      injected = true;
    }
  }
  emitText(html.slice(last));
  return out;
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/**
 * Text inside `data-pagefind-body` elements, as Pagefind sees it: no scripts or styles,
 * nothing marked `data-pagefind-ignore` nor the blocks the index copy leaves out (NOT_TEXT;
 * the metadata table gives its 文号 and 索引号 only), a space between blocks, entities decoded;
 * tables as rows of 「表头：值」 pairs, as in the index copy (`tablesAsPairs`, tables.ts).
 */
export function bodyText(page: string): string {
  const html = tablesAsPairs(page);
  let out = '';
  let last = 0;
  let bodyDepth = 0;
  let ignoreDepth = 0;
  const stack: Array<{ body: boolean; ignore: boolean; meta: boolean }> = [];
  const numbers = numberText(html).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (bodyDepth > 0 && ignoreDepth === 0) out += html.slice(last, m.index);
    last = TAG.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const closing = m[1] === '/';
    const attrs = m[3] ?? '';
    if (BLOCK.has(name)) out += ' ';
    if (!closing && RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, last);
      last = end < 0 ? html.length : end;
      TAG.lastIndex = last;
      continue;
    }
    if (VOID.has(name) || /\/\s*$/.test(attrs)) continue;
    if (closing) {
      const top = stack.pop();
      if (top?.body) bodyDepth--;
      if (top?.ignore) ignoreDepth--;
      if (top?.meta && numbers) out += ` ${numbers} `;
      continue;
    }
    const body = /\sdata-pagefind-body\b/.test(attrs);
    const ignore = bodyDepth + (body ? 1 : 0) > 0 && (/\sdata-pagefind-ignore\b/.test(attrs) || notText(name, attrs));
    stack.push({ body, ignore, meta: ignore && bodyDepth > 0 && ignoreDepth === 0 && META_BLOCK.test(attrs) });
    if (body) bodyDepth++;
    if (ignore) ignoreDepth++;
  }
  return decodeEntities(out).replace(/\s+/g, ' ').trim();
}

/** `indexText` on HTML text: entities (and a stray <!doctype>) are kept as they are. */
function indexTextHtml(s: string): string {
  return s
    .split(/(&#?\w+;|<[^>]*>)/)
    .map((x, i) => (i % 2 ? x : indexText(x)))
    .join('');
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  yen: '¥',
  times: '×',
};

/** Decode the HTML entities Astro and Markdown produce. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[e.toLowerCase()] ?? whole;
  });
}
