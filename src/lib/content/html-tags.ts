/**
 * A tolerant scanner of HTML and JSX start tags in an editor's body, the low-level piece
 * under `links.ts` (links and images) and `safety.ts` (what must never reach a page):
 * comments skipped, quoted values may contain `>`, attributes split by spaces or `/`,
 * JSX `{…}` values kept whole, tags spanning lines. Pure, no dependencies.
 */

/** An HTML or JSX start tag found in a body. */
export interface BodyTag {
  /** Tag name as written (case kept, so MDX components can be told from HTML). */
  name: string;
  attrs: Array<{ name: string; value: string | undefined }>;
  /** 1-based line within the body of the `<`. */
  line: number;
}

/** 1-based line of an offset, given the offsets at which lines start. */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Offsets at which the lines of `text` start. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Every start tag in `text` (comments skipped), tolerant like a browser: quoted values
 * may contain `>`, attributes may be split by `/`, the tag may span lines.
 * `text` should already have code blanked out (`withoutCode`).
 */
export function scanTags(text: string): BodyTag[] {
  const tags: BodyTag[] = [];
  if (!text.includes('<')) return tags;
  const starts = lineStartsOf(text);
  const n = text.length;
  let i = text.indexOf('<');
  while (i >= 0 && i < n) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      i = end < 0 ? -1 : text.indexOf('<', end + 3);
      continue;
    }
    const nameMatch = /^<([A-Za-z][A-Za-z0-9:._-]*)/.exec(text.slice(i, i + 80));
    if (!nameMatch) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    const name = nameMatch[1]!;
    let j = i + nameMatch[0].length;
    const attrs: BodyTag['attrs'] = [];
    // Attributes until `>` (outside quotes); JSX `{…}` values are skipped as a unit.
    while (j < n) {
      const c = text[j]!;
      if (c === '>') break;
      if (c === '<') break; // Unclosed tag; a browser would treat it as text, but be strict below.
      if (/[\s/]/.test(c)) {
        j++;
        continue;
      }
      const an = /^[^\s"'>/=]+/.exec(text.slice(j, j + 200));
      if (!an) {
        j++;
        continue;
      }
      j += an[0].length;
      let k = j;
      while (k < n && /\s/.test(text[k]!)) k++;
      let value: string | undefined;
      if (text[k] === '=') {
        k++;
        while (k < n && /\s/.test(text[k]!)) k++;
        const q = text[k];
        if (q === '"' || q === "'") {
          const end = text.indexOf(q, k + 1);
          value = text.slice(k + 1, end < 0 ? n : end);
          j = end < 0 ? n : end + 1;
        } else if (q === '{') {
          let depth = 0;
          let e = k;
          for (; e < n; e++) {
            if (text[e] === '{') depth++;
            else if (text[e] === '}' && --depth === 0) break;
          }
          value = text.slice(k, e + 1);
          j = e + 1;
        } else {
          const uq = /^[^\s>]*/.exec(text.slice(k, k + 2000))![0];
          value = uq;
          j = k + uq.length;
        }
      }
      attrs.push({ name: an[0], value });
    }
    tags.push({ name, attrs, line: lineAt(starts, i) });
    i = text.indexOf('<', j);
  }
  return tags;
}
