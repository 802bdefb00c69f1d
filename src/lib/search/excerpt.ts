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

/** Context after the last match of each fragment when the excerpt has two or more fragments. */
export const FRAGMENT_AFTER = 36;
/** How far before a match a further fragment may start to begin at its sentence. */
const FRAGMENT_BACK = 24;
/** How far before a match the excerpt may start at a clause (after 「，」) when no sentence starts near. */
const CLAUSE_BACK = EXCERPT_BEFORE;
const CLAUSE_END = /[，、：,:]\s*/gu;
/** Further fragments at most (each shows a query word the first one does not). */
const MAX_EXTRA = 2;
/** Shown between fragments. */
export const FRAGMENT_GAP = '……';

/** Where a fragment showing the match at `at` starts: its sentence, else its clause, else a little before. */
function fragmentStart(text: string, at: number, floor: number, back: number): number {
  const from = Math.max(floor, at - back);
  const lastStop = (s: string, re: RegExp) => Math.max(...[...s.matchAll(re)].map((m) => m.index + m[0].length), -1);
  const stop = lastStop(text.slice(from, at), SENTENCE_END);
  if (stop >= 0) return from + stop;
  if (from === floor) return from;
  const near = Math.max(floor, at - Math.min(back, CLAUSE_BACK));
  const clause = lastStop(text.slice(near, at), CLAUSE_END);
  if (clause >= 0) return near + clause;
  return Math.max(0, at - Math.min(back, EXCERPT_BEFORE));
}

/** Where a fragment ends: at the end of the sentence of its last match when that is within `after` characters, else `after` past it. */
function fragmentEnd(text: string, last: number, after: number): number {
  const end = Math.min(text.length, last + after);
  const stop = text.slice(last, end).search(/[。！？!?]/u);
  return stop >= 0 ? last + stop + 1 : end;
}

/**
 * An excerpt of `text` (readable page text) around the first match in the document's own
 * text, else the first after the title, else any; the start of the text when nothing matches.
 * It starts at the beginning of the sentence (or clause) where one is near. When a query word
 * found in the text is not in that window (「PM2.5 宿迁」 far apart), a short fragment around
 * its first occurrence follows (or precedes, in text order), joined by 「……」, so every query
 * word the text holds is shown (up to MAX_EXTRA further fragments).
 * @param title the page title, whose repetition at the start of the text is skipped
 * @param bodyStart where the document's text starts (after the metadata table), if known
 */
export function buildExcerpt(text: string, parts: readonly string[], title = '', bodyStart = 0): Excerpt {
  const ranges = findMatches(text, parts);
  const titleAt = title ? text.indexOf(title) : -1;
  const titleEnd = titleAt >= 0 && titleAt < 200 ? titleAt + title.length : 0;
  const floor = Math.max(bodyStart, titleEnd);
  // Before bodyStart are only the page's 文号 and 索引号 (the metadata table is not indexed):
  // when the query is found there alone, the excerpt is the start of the document's text
  // (the 文号 is shown with the result anyway).
  const inBody = ranges.filter(([s]) => s >= floor);
  const afterTitle = ranges.filter(([s]) => s >= titleEnd);
  const candidates = inBody.length ? inBody : bodyStart > 0 ? [] : afterTitle.length ? afterTitle : ranges;
  const anchor = bestWindow(text, candidates);
  const fragments: Array<[number, number]> = [];
  if (anchor) {
    const key = ([a, b]: readonly [number, number]) => normalise(text.slice(a, b));
    const first = fragmentStart(text, anchor[0], floor, SENTENCE_BACK);
    const wide = Math.min(text.length, Math.max(anchor[1], anchor[0]) + EXCERPT_AFTER);
    const shown = new Set(candidates.filter(([a, b]) => a >= first && b <= wide).map(key));
    const extra: Array<[number, number]> = [];
    for (const r of candidates) {
      if (extra.length >= MAX_EXTRA) break;
      const k = key(r);
      if (shown.has(k)) continue;
      shown.add(k);
      extra.push(r);
    }
    if (extra.length === 0) fragments.push([first, wide]);
    else {
      fragments.push([first, fragmentEnd(text, Math.max(anchor[1], anchor[0]), FRAGMENT_AFTER)]);
      for (const [a, b] of extra) fragments.push([fragmentStart(text, a, floor, FRAGMENT_BACK), fragmentEnd(text, b, FRAGMENT_AFTER)]);
      fragments.sort((x, y) => x[0] - y[0]);
      // Fragments that touch or nearly touch are one.
      for (let i = fragments.length - 1; i > 0; i--) {
        const [a, b] = [fragments[i - 1]!, fragments[i]!];
        if (b[0] <= a[1] + FRAGMENT_GAP.length) fragments.splice(i - 1, 2, [a[0], Math.max(a[1], b[1])]);
      }
    }
  } else {
    fragments.push([floor, Math.min(text.length, floor + EXCERPT_BEFORE + EXCERPT_AFTER)]);
  }
  // Do not cut a surrogate pair.
  for (const f of fragments) {
    if (f[0] > 0 && /[\uDC00-\uDFFF]/.test(text[f[0]] ?? '')) f[0]--;
    if (f[1] < text.length && /[\uDC00-\uDFFF]/.test(text[f[1]] ?? '')) f[1]++;
  }
  const segments: Segment[] = [];
  for (const [i, [start, end]] of fragments.entries()) {
    if (i > 0) segments.push({ text: FRAGMENT_GAP, hit: false });
    const segs = highlight(text, ranges, start, end);
    segments.push(
      ...segs
        .map((s, j) => ({ ...s, text: j === 0 ? s.text.trimStart() : s.text }))
        .map((s, j) => ({ ...s, text: j === segs.length - 1 ? s.text.trimEnd() : s.text }))
        .filter((s) => s.text),
    );
  }
  const start = fragments[0]![0];
  const end = fragments.at(-1)![1];
  return { segments, cutStart: start > 0 && start !== bodyStart, cutEnd: end < text.length };
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
