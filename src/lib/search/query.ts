/**
 * What a citizen typed, turned into what we ask Pagefind: normalised text, the parts every
 * result must contain, the Pagefind terms for each part, and — when the query is a 文号 or
 * 索引号 — the synthetic word that finds that document directly.
 *
 * How Pagefind sees text (index copy and query alike): every Han character is one word, a
 * run of other letters/digits is one word, the 〔 〕 of a 文号 are words, and any other
 * punctuation is not a word. Punctuation inside a token (PM2.5, 2024—2025) is followed by a
 * word break in the index copy (normalise.ts), so such a part is still one phrase ("pm2 5");
 * a part with other punctuation (空气质量，2025) is split there into pieces that must all be
 * present. Both sides use the one normalisation of normalise.ts.
 */
import { TOKEN_PREFIX, matchForm } from './text.ts';
import { normalise, queryPieces } from './normalise.ts';

export interface ParsedQuery {
  /** The query as shown back to the reader (as typed, quotes removed, single spaces). */
  text: string;
  /** Parts separated by spaces; every result contains each one (in `matchForm`). */
  parts: string[];
  /** Canonical 文号 when the whole query is one, e.g. 江环规〔2024〕3号. */
  docNumber?: string;
  /** Canonical 索引号 when the whole query is one, e.g. 11990000MB1234560X/2024-00031. */
  indexNumber?: string;
}

/** At most this many space-separated parts are used. */
export const MAX_PARTS = 6;
/** Longest query we pass on (characters); longer input is cut. */
export const MAX_QUERY_LENGTH = 100;
/** Characters that Pagefind must index as words (passed as `includeCharacters`). */
export const WORD_PUNCTUATION = '〔〕';

const QUOTES = /["“”„‟'‘’‚‛「」『』]/gu;

/**
 * The query as displayed: as typed (劣Ⅴ类 stays 劣Ⅴ类; matching uses the shared form of
 * normalise.ts), quotes dropped, whitespace collapsed, length limited.
 */
export function normaliseQuery(raw: string): string {
  return raw.replace(QUOTES, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** A 文号 inside folded text (any bracket already 〔〕): issuer, year, serial. */
const DOC_IN_TEXT = /(?<=[\p{L}])〔\s*(\d{4})\s*〕\s*0*(\d{1,5})\s*号/gu;
const DOC_SHAPE = /^([\p{Script=Han}a-z]{1,20})〔(\d{4})〕0*(\d{1,5})号?$/u;
const INDEX_SHAPE = /^([0-9a-hj-npqrtuwxy]{18})\/(\d{4})-(\d{5})$/;

/** The canonical 文号 for any bracket/width variant (江环规[2024]03号 → 江环规〔2024〕3号), or undefined. */
export function canonicalDocNumber(s: string): string | undefined {
  const m = DOC_SHAPE.exec(normalise(s).replace(/\s+/g, ''));
  if (!m) return undefined;
  return `${m[1]!.toUpperCase()}〔${m[2]}〕${m[3]}号`;
}

/** The canonical 索引号 (upper case, ASCII slash and hyphen), or undefined. */
export function canonicalIndexNumber(s: string): string | undefined {
  const m = INDEX_SHAPE.exec(normalise(s).replace(/\s+/g, ''));
  if (!m) return undefined;
  return `${m[1]!.toUpperCase()}/${m[2]}-${m[3]}`;
}

/** A 53-bit string hash (cyrb53), identical in Node and browsers. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The synthetic word indexed with a document whose 文号/索引号 is `canonical`: a prefix and
 * 14 letters a–p (letters only, so Pagefind keeps it as one lower-case word).
 */
export function numberToken(kind: keyof typeof TOKEN_PREFIX, canonical: string): string {
  const hex = hash53(`${kind}:${canonical}`).toString(16).padStart(14, '0');
  return TOKEN_PREFIX[kind] + [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/** One part in match form, with any 文号 inside written canonically (〔〕, no leading zeros). */
function partForm(part: string): string {
  return matchForm(part).replace(DOC_IN_TEXT, '〔$1〕$2号');
}

/** Parse a raw query. An empty `parts` means there is nothing to search for. */
export function parseQuery(raw: string): ParsedQuery {
  const text = normaliseQuery(raw);
  const parts = [
    ...new Set(
      text
        .split(' ')
        .map(partForm)
        .filter((p) => /[\p{L}\p{N}]/u.test(p)),
    ),
  ].slice(0, MAX_PARTS);
  const parsed: ParsedQuery = { text, parts };
  const doc = canonicalDocNumber(text);
  if (doc) parsed.docNumber = doc;
  const idx = canonicalIndexNumber(text);
  if (idx) parsed.indexNumber = idx;
  return parsed;
}

/**
 * The words of a part as Pagefind indexes them, grouped into pieces at consecutive positions
 * (`queryPieces`, normalise.ts): 江环规〔2024〕2号 → [[江,环,规,〔,2024,〕,2,号]];
 * pm2.5 → [[pm2,5]] (the index copy breaks tokens after inner punctuation the same way).
 */
export function pieces(part: string): string[][] {
  return queryPieces(part);
}

/**
 * The Pagefind terms for one part: one per piece. A piece of several words, or with Han
 * characters, is a quoted phrase (exact, consecutive words); a single Latin/number word is
 * searched as a prefix, so VOC also finds VOCs.
 */
export function partTerms(part: string): string[] {
  return pieces(part).map((words) => (words.length === 1 && !/\p{Script=Han}/u.test(words[0]!) ? words[0]! : `"${words.join(' ')}"`));
}

/** The unquoted query whose BM25 scores rank the exact matches (and give related results). */
export function rankingTerm(parts: readonly string[]): string {
  return [...new Set(parts.flatMap((p) => pieces(p).flat()).filter((w) => w !== '〔' && w !== '〕'))].join(' ');
}
