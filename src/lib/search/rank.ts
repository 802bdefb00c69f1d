import { matchForm } from './text.ts';

/**
 * Ordering of search results. Pagefind's phrase search gives the exact set but every page
 * the same score; the ranking search over the same characters gives BM25 scores. We keep
 * the exact set and order it by those scores, with exact 文号/索引号 matches pinned first.
 */

/** Ids present in every list, in the order of the first list. */
export function intersectOrdered(lists: ReadonlyArray<readonly string[]>): string[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  const sets = rest.map((l) => new Set(l));
  return [...new Set(first)].filter((id) => sets.every((s) => s.has(id)));
}

/**
 * Order `ids` by `scores` (higher first); ids without a score keep their relative order
 * after scored ones. Those of `pinned` that are in `ids` come first, in their own order.
 */
export function rerank(ids: readonly string[], scores: ReadonlyMap<string, number>, pinned: readonly string[] = []): string[] {
  const pin = new Set(pinned);
  const rest = ids
    .filter((id) => !pin.has(id))
    .map((id, i) => ({ id, i, s: scores.get(id) ?? Number.NEGATIVE_INFINITY }))
    .sort((a, b) => (b.s === a.s ? a.i - b.i : b.s - a.s))
    .map((x) => x.id);
  return [...pin].filter((id) => ids.includes(id)).concat(rest);
}

/**
 * Relevance of one page to the query from its own text, for small result sets whose page
 * data is loaded anyway: the query in the title counts most, then how often each part
 * occurs, relative to the length of the text (so a short notice about 华新 outranks a long
 * report that mentions it once).
 * @param text readable page text; @param title the page title; @param parts in match form
 */
export function localScore(text: string, title: string, parts: readonly string[]): number {
  const t = matchForm(text);
  const inTitle = parts.every((p) => matchForm(title).includes(p)) ? 1 : 0;
  let occurrences = 0;
  for (const p of parts) for (let at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + p.length)) occurrences++;
  return inTitle * 100 + (occurrences * 1000) / (t.length + 500);
}
