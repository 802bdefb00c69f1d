/**
 * Text helpers shared by the index transform, the search page and the evaluation script.
 *
 * Pagefind segments Chinese into dictionary words, so a query for 华新 misses pages where
 * the segmenter split 华新化工 differently. We index a copy of each page in which every Han
 * character stands alone (spaces around it); a query then becomes a phrase of single
 * characters, which Pagefind matches as consecutive positions — an exact substring search.
 * Everything here must behave identically in Node (build, eval) and the browser.
 */

/**
 * A gap before or after a character that must be its own word (a Han character, or the
 * 〔 〕 of a 文号) where it touches another visible character.
 */
import { normalise, unjoin } from './normalise.ts';

const SOLO_GAP = /(?<=\S)(?=[\p{Script=Han}〔〕])|(?<=[\p{Script=Han}〔〕])(?=\S)/gu;
/**
 * Whitespace touching a Han character or Chinese punctuation on either side (the spaces we
 * and Pagefind put between words, among others); Chinese text has no spaces there.
 */
const SOLO_SPACE =
  /\s+(?=[\p{Script=Han}\u3001-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2014-\u201F\u2026])|(?<=[\p{Script=Han}\u3001-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2014-\u201F\u2026])\s+/gu;

/** Whether a string starts / ends with a character that must be its own word. */
export const startsSolo = (s: string): boolean => /^[\p{Script=Han}〔〕]/u.test(s);
export const endsSolo = (s: string): boolean => /[\p{Script=Han}〔〕]$/u.test(s);

/**
 * Put a space on each side of every Han character (and 〔 〕) that touches another visible
 * character: 江环规〔2024〕3号 → 江 环 规 〔 2024 〕 3 号. The index copy goes through this.
 */
export function isolateHan(s: string): string {
  return s.replace(SOLO_GAP, ' ');
}

/** Remove whitespace next to Han characters and Chinese punctuation (undoes `isolateHan`; also ignores 第一部分 总则-style spaces). */
export function compactHan(s: string): string {
  return s.replace(SOLO_SPACE, '');
}

/** Prefix of the synthetic words that let a 文号 or 索引号 query find its document exactly. */
export const TOKEN_PREFIX = { docNumber: 'pfwh', indexNumber: 'pfsy' } as const;
/**
 * Synthetic word put in the index copy where the metadata table ends and the document's own
 * text begins, so excerpts prefer a match in the text over one in the table.
 */
export const BODY_MARK = 'pfbodymark';
const TOKEN_RE = /\bpf(?:wh|sy)[a-p]{14}\b/g;
const MARK_RE = new RegExp(`\\b${BODY_MARK}\\b`, 'g');
/** The "." Pagefind appends to a block of text that does not end in punctuation. */
const BLOCK_DOT = /(?<=[\p{L}\p{N}])\.(?=\s|$)/gu;

/**
 * Content of a Pagefind fragment as a reader should see it (without the synthetic words,
 * Pagefind's word separators and block dots, or the spaces we put around Han characters),
 * and where the document's own text starts in it (0 when unknown).
 */
export function readableContent(content: string): { text: string; bodyStart: number } {
  const text = compactHan(
    unjoin(content)
      .replace(TOKEN_RE, ' ')
      .replace(MARK_RE, '\u0001')
      .replace(/\u200B/g, '')
      .replace(BLOCK_DOT, '\u0002'),
  )
    // eslint-disable-next-line no-control-regex -- \u0002 is the block separator put in above
    .replace(/\s*\u0002\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const at = text.indexOf('\u0001');
  if (at < 0) return { text, bodyStart: 0 };
  const before = text.slice(0, at).trimEnd();
  const after = text
    .slice(at + 1)
    .replaceAll('\u0001', '')
    .trimStart();
  return { text: before ? `${before} ${after}` : after, bodyStart: before ? before.length + 1 : 0 };
}

/** The readable text of a fragment's content (see `readableContent`). */
export function cleanContent(content: string): string {
  return readableContent(content).text;
}

/** The form both sides are compared in: `normalise` (normalise.ts), without spaces next to Han characters. */
export function matchForm(s: string): string {
  return normalise(compactHan(unjoin(s).replace(/\u200B/g, '')).replace(/\s+/g, ' '));
}

/** Whether `text` contains every part (each already in `matchForm`). */
export function containsAll(text: string, parts: readonly string[]): boolean {
  const t = matchForm(text);
  return parts.every((p) => t.includes(p));
}
