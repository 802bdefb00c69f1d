/**
 * Joining Chinese and Latin text the way Chinese typesetting does: a space between a
 * Chinese character and a Latin letter or digit (“各城市 AQI 最高”), none between two
 * Chinese characters.
 */
const LATIN_END = /[A-Za-z0-9.₀-₉²³%)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;
const CJK_END = /[\u3400-\u9fff）」]$/;
const CJK_START = /^[\u3400-\u9fff（「]/;

export function cjkJoin(...parts: Array<string | undefined | false>): string {
  let out = '';
  for (const p of parts) {
    if (!p) continue;
    if (out && ((LATIN_END.test(out) && CJK_START.test(p)) || (CJK_END.test(out) && LATIN_START.test(p)))) out += ' ';
    out += p;
  }
  return out;
}
