/**
 * The one normalisation of the search, shared by the index (build), the query (search page)
 * and the truth of `npm run search:eval`, so that a query finds every page that contains it
 * once both are written the same way:
 *   - compatibility forms (NFKC): full-width → half-width (ＰＭ２ → PM2), Roman numerals
 *     (Ⅲ / ⅲ → III / iii, so 劣Ⅴ类 = 劣V类), subscripts and superscripts (PM₂.₅ → PM2.5,
 *     O₃ → O3), CJK compatibility ideographs; circled numbers (①) are kept as they are;
 *   - case (lower);
 *   - every bracket (〔〕 [] （） 【】 ﹝﹞ …) → 〔 〕; every dash (— – ‒ ― − -) → "-";
 *     every middle dot (· ・ ‧ • ･) → "·".
 *
 * How the index copy lets Pagefind see this (`indexText`): characters whose compatibility
 * form is a letter or digit are written in that form (Pagefind itself does not do NFKC), and
 * punctuation inside a token (PM2.5, 1.5万吨, 2024—2025, 11990000/2024-00031) is followed by
 * a space, so the pieces are separate words at consecutive positions: the query searches
 * them as a phrase ("pm2 5"), and a search for 2025 also finds 2024—2025. The space comes
 * with a WORD JOINER (U+2060), which Pagefind keeps in the page's text but not in its
 * words, so the readable text drops the space again (`unjoin`).
 *
 * Pure; identical in Node and the browser.
 */

const OPEN = new Set(['(', '[', '{', '【', '〔', '〖', '〘', '﹝']);
const CLOSE = new Set([')', ']', '}', '】', '〕', '〗', '〙', '﹞']);
const DASH = /[\u002D\u2010-\u2015\u2212\uFE58\uFE63\u2E3A\u2E3B]/u;
const DOT = /[\u00B7\u30FB\u2027\u2022\u2219\u22C5\uFF65]/u;
/** Enclosed alphanumerics (①, ⑴, ⒈, ㉑ …): NFKC would turn them into plain numbers. */
const ENCLOSED = /[\u2460-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF]/u;
const ALNUM = /^[\p{L}\p{N}]+$/u;

/** The compatibility form of one character (NFKC), except enclosed numbers. */
function compat(ch: string): string {
  return ENCLOSED.test(ch) ? ch : ch.normalize('NFKC');
}

/** One character in the form both sides are compared in (may be several characters: Ⅲ → iii). */
export function normaliseChar(ch: string): string {
  let out = '';
  for (const c of compat(ch)) {
    if (OPEN.has(c)) out += '〔';
    else if (CLOSE.has(c)) out += '〕';
    else if (DASH.test(c)) out += '-';
    else if (DOT.test(c)) out += '·';
    else out += c.toLowerCase();
  }
  return out;
}

/** `s` in the shared form (see the module comment). */
export function normalise(s: string): string {
  let out = '';
  for (const ch of s) out += normaliseChar(ch);
  return out;
}

/**
 * `s` in the shared form, with where each character of the result came from: `from[i]` is
 * the index in `s` of the character that gave result character i, and `from[text.length]`
 * is `s.length`. So a match found in the normalised text can be highlighted in `s` itself.
 */
export function normaliseMapped(s: string): { text: string; from: number[] } {
  let text = '';
  const from: number[] = [];
  let at = 0;
  for (const ch of s) {
    const n = normaliseChar(ch);
    text += n;
    for (let k = 0; k < n.length; k++) from.push(at);
    at += ch.length;
  }
  from.push(s.length);
  return { text, from };
}

/** What follows punctuation inside a token in the index copy: a word break Pagefind sees, and a mark it keeps. */
export const JOIN = ' \u2060';
/** A letter or digit that is not Han (Han characters are words of their own anyway). */
const TOKEN_CHAR = /[\p{L}\p{N}]/u;
/** Han characters and the 〔 〕 of a 文号: words of their own in the index copy. */
const HAN = /[\p{Script=Han}〔〕]/u;
const isTokenChar = (c: string | undefined) => c !== undefined && TOKEN_CHAR.test(c) && !HAN.test(c);
const SPACE = /\s/u;

/** The brackets of a 文号 in any style (苏环发[2020]229号, 江环规（2024）3号), written 〔 〕 in the index. */
const DOC_BRACKETS = /(?<=\p{L})[([【﹝〔（［]\s*(\d{4})\s*[)\]】﹞〕）］](?=\s*\d{1,5}\s*号)/gu;

/**
 * The text of the index copy (before Han characters are isolated): compatibility forms of
 * letters and digits, and `JOIN` after punctuation inside a token. Case, brackets and dashes
 * are left as written (Pagefind ignores case and punctuation), so the excerpt shown from the
 * indexed text stays as the page wrote it, apart from the compatibility forms.
 */
export function indexText(s: string): string {
  const chars: string[] = [];
  for (const ch of s.replace(/\u2060/g, '')) {
    const c = compat(ch);
    chars.push(c !== ch && ALNUM.test(c) ? c : ch);
  }
  const flat = [...chars.join('').replace(DOC_BRACKETS, '〔$1〕')];
  let out = '';
  for (let i = 0; i < flat.length; i++) {
    const c = flat[i]!;
    out += c;
    // End of a run of punctuation that sits between two letters/digits of a token.
    if (isTokenChar(c) || SPACE.test(c) || HAN.test(c)) continue;
    if (!isTokenChar(flat[i + 1])) continue;
    let j = i;
    while (j >= 0 && !isTokenChar(flat[j]) && !SPACE.test(flat[j]!) && !HAN.test(flat[j]!)) j--;
    if (j >= 0 && isTokenChar(flat[j])) out += JOIN;
  }
  return out;
}

/** Readable text again: drop the breaks `indexText` put after punctuation inside tokens. */
export function unjoin(s: string): string {
  return s.replace(/\s*\u2060/g, '');
}

/**
 * A part of a query (already `normalise`d, no spaces) as Pagefind words, grouped into pieces
 * whose words are at consecutive positions in the index: a Han character is a word, a run of
 * other letters and digits is a word, the 〔 〕 of a 文号 are words; punctuation inside a
 * token (pm2.5, 2024-2025) keeps the piece together, any other punctuation starts a new piece.
 *   劣v类 → [[劣, v, 类]];  pm2.5 → [[pm2, 5]];  2024-2025年 → [[2024, 2025, 年]];
 *   空气质量，2025 → [[空, 气, 质, 量], [2025]].
 */
export function queryPieces(part: string): string[][] {
  const UNIT = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+|(?<=\p{L})〔(?=\d{4}〕\d{1,5}号)|(?<=〔\d{4})〕(?=\d{1,5}号)/gu;
  const out: string[][] = [];
  let end = -1;
  let prev = '';
  for (const m of part.matchAll(UNIT)) {
    const gap = part.slice(end, m.index);
    const inside = end >= 0 && gap.length > 0 && isTokenChar(prev.at(-1)) && isTokenChar(m[0][0]) && !SPACE.test(gap);
    if (out.length === 0 || (m.index !== end && !inside)) out.push([]);
    out.at(-1)!.push(m[0]);
    end = m.index + m[0].length;
    prev = m[0];
  }
  return out;
}
