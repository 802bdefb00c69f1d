/**
 * Excerpts with the query highlighted, built from the page text ourselves: Pagefind's own
 * excerpt is made of the spaced index copy and centres on its own idea of the best words.
 * Returns segments, so the page builds DOM nodes (<mark>) without innerHTML.
 */
import { normalise, normaliseMapped } from './normalise.ts';

export interface Segment {
  text: string;
  /** Whether this segment is a match of the query (shown in <mark>). */
  hit: boolean;
}

export interface Excerpt {
  segments: Segment[];
  /** Whether text was cut before / after the excerpt (show "…"). */
  cutStart: boolean;
  cutEnd: boolean;
}

/** Characters of context shown before and after the first match. */
export const EXCERPT_BEFORE = 30;
export const EXCERPT_AFTER = 70;

/**
 * Ranges [start, end) of `text` (as written) of every occurrence of any part (in match form)
 * in the normalised text, longest part first, no overlaps: 劣v类 highlights 劣Ⅴ类.
 */
export function findMatches(text: string, parts: readonly string[]): Array<[number, number]> {
  const { text: folded, from } = normaliseMapped(text);
  const ranges: Array<[number, number]> = [];
  const taken = (s: number, e: number) => ranges.some(([a, b]) => s < b && e > a);
  const charEnd = (k: number) => k + ((text.codePointAt(k) ?? 0) > 0xffff ? 2 : 1);
  for (const part of [...parts].filter(Boolean).sort((a, b) => b.length - a.length)) {
    for (let at = folded.indexOf(part); at >= 0; at = folded.indexOf(part, at + 1)) {
      const s = from[at]!;
      const e = charEnd(from[at + part.length - 1]!);
      if (!taken(s, e)) ranges.push([s, e]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Split `text` into plain and highlighted segments for the given ranges. */
export function highlight(text: string, ranges: ReadonlyArray<readonly [number, number]>, from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let pos = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const a = Math.max(s, from);
    const b = Math.min(e, to);
    if (a > pos) out.push({ text: text.slice(pos, a), hit: false });
    out.push({ text: text.slice(a, b), hit: true });
    pos = b;
  }
  if (pos < to) out.push({ text: text.slice(pos, to), hit: false });
  return out;
}

/** How far before a match the excerpt may start to begin at its sentence. */
const SENTENCE_BACK = 60;
const SENTENCE_END = /[。！？；!?;]\s*|\s{2,}/gu;

/**
 * The match to centre the excerpt on: the first one whose window (it and EXCERPT_AFTER
 * characters after it) shows the most different query parts, so a two-word query shows
 * both words where the page has them close together. Returns [start of that match, end of
 * the last match in the window].
 */
function bestWindow(text: string, ranges: ReadonlyArray<[number, number]>): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestCount = 0;
  for (const [s] of ranges) {
    const inside = ranges.filter(([a, b]) => a >= s && b <= s + EXCERPT_AFTER);
    const count = new Set(inside.map(([a, b]) => normalise(text.slice(a, b)))).size;
    if (count > bestCount) {
      bestCount = count;
      best = [s, inside.at(-1)![1]];
    }
  }
  return best;
}

/**
 * An excerpt of `text` (readable page text) around the first match in the document's own
 * text, else the first after the title, else any; the start of the text when nothing matches.
 * @param title the page title, whose repetition at the start of the text is skipped
 * @param bodyStart where the document's text starts (after the metadata table), if known
 */
export function buildExcerpt(text: string, parts: readonly string[], title = '', bodyStart = 0): Excerpt {
  const ranges = findMatches(text, parts);
  const titleAt = title ? text.indexOf(title) : -1;
  const titleEnd = titleAt >= 0 && titleAt < 200 ? titleAt + title.length : 0;
  // Before bodyStart are only the page's 文号 and 索引号 (the metadata table is not indexed):
  // when the query is found there alone, the excerpt is the start of the document's text
  // (the 文号 is shown with the result anyway).
  const inBody = ranges.filter(([s]) => s >= Math.max(bodyStart, titleEnd));
  const anchor = bestWindow(
    text,
    inBody.length ? inBody : bodyStart > 0 ? [] : ranges.filter(([s]) => s >= titleEnd).length ? ranges.filter(([s]) => s >= titleEnd) : ranges,
  );
  let start: number;
  let end: number;
  if (anchor) {
    // Start at the beginning of the sentence when it is near, else a little before the match.
    const from = Math.max(bodyStart, titleEnd, anchor[0] - SENTENCE_BACK);
    const head = text.slice(from, anchor[0]);
    const stop = Math.max(...[...head.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length), -1);
    start =
      stop >= 0 ? from + stop : from === Math.max(bodyStart, titleEnd) && anchor[0] - from <= SENTENCE_BACK ? from : Math.max(0, anchor[0] - EXCERPT_BEFORE);
    end = Math.min(text.length, Math.max(anchor[1], anchor[0]) + EXCERPT_AFTER);
  } else {
    start = Math.max(bodyStart, titleEnd);
    end = Math.min(text.length, start + EXCERPT_BEFORE + EXCERPT_AFTER);
  }
  // Do not start in the middle of a surrogate pair.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start] ?? '')) start--;
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end] ?? '')) end++;
  return {
    segments: highlight(text, ranges, start, end).map((s, i, all) => ({
      ...s,
      text: i === 0 ? s.text.trimStart() : i === all.length - 1 ? s.text.trimEnd() : s.text,
    })),
    cutStart: start > 0 && start !== bodyStart,
    cutEnd: end < text.length,
  };
}

/** The title with matches highlighted. */
export function highlightTitle(title: string, parts: readonly string[]): Segment[] {
  return highlight(title, findMatches(title, parts));
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** HTML of an excerpt (used by tests and the evaluation script; the page builds DOM nodes). */
export function excerptHtml(e: Excerpt): string {
  const body = e.segments.map((s) => (s.hit ? `<mark>${esc(s.text)}</mark>` : esc(s.text))).join('');
  return `${e.cutStart ? '…' : ''}${body}${e.cutEnd ? '…' : ''}`;
}

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESC[c]!);
}
