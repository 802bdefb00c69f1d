/**
 * Queries drawn from the text of the pages themselves (`search:eval --holdout`, or
 * `--text-queries N` on any site), deterministic for a seed:
 *   - the forms citizens type that the search must not split or miss, wherever the text has
 *     them at the start of a word (the index holds words: 0.92% in sec0.92% is not a query a
 *     citizen types, and is not found): water-quality classes (Ⅲ类, 劣Ⅴ类, IV类), pollutants with digits (PM2.5, PM₂.₅,
 *     PM10, O₃, NO₂), year ranges (2024—2025), decimals with a unit (1.5万吨, 92.8%);
 *   - substrings of two to six Han characters of a page's text;
 *   - two-word queries: two substrings of the same page far apart, and a pattern above with a
 *     Han word of its page (「PM2.5 宿迁」);
 *   - a few queries that should find nothing.
 * The truth of every query is computed from the pages (eval.ts), never here.
 */
import { mulberry32 } from '../mulberry32.ts';

export interface TextPage {
  /** Indexed text as written (not normalised): bodyText of the page. */
  raw: string;
}

export interface DrawnQuery {
  q: string;
  category: string;
}

/** The forms a query must find as written (see the module comment), by category. */
export const PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['water-class', /劣?[ⅠⅡⅢⅣⅤⅰⅱⅲⅳⅴ]+类|劣?(?<![A-Za-z])(?:I{1,3}|IV|V)类/gu],
  ['pollutant', /PM\s?(?:2\.5|₂\.₅|10|₁₀)(?![\d.])|(?<![A-Za-z])(?:O₃|O3|NO₂|NO2|SO₂|SO2|CO₂|CO2)(?![A-Za-z\d])/gu],
  ['year-range', /(?<![A-Za-z\d.])(?:19|20)\d{2}\s?[—–\-－~～]\s?(?:19|20)\d{2}(?!\d)/gu],
  ['decimal-unit', /(?<![A-Za-z\d.])\d+\.\d+(?:万吨|万元|亿元|万亩|万人|公里|%|％)/gu],
];

/** Queries that should find nothing on an environment bureau's site. */
export const NONE_QUERIES = ['量子计算机', '航天发射场', '华为技术有限公司'];

export interface DrawOptions {
  seed: number;
  /** Han substrings to draw (default 40). */
  substrings?: number;
  /** Two-word queries of two substrings (default 12). */
  pairs?: number;
  /** Two-word queries of a pattern and a Han word (default 8). */
  mixed?: number;
  /** Distinct matches of each pattern at most (default 6). */
  perPattern?: number;
}

/** Draw queries from the pages' text (see the module comment); each query once. */
export function drawTextQueries(pages: readonly TextPage[], options: DrawOptions): DrawnQuery[] {
  const rand = mulberry32(options.seed);
  const int = (n: number) => Math.floor(rand() * n);
  const out: DrawnQuery[] = [];
  const seen = new Set<string>();
  const add = (q: string, category: string) => {
    const t = q.trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push({ q: t, category });
    }
  };
  // Patterns: distinct matches in page order, then a seeded choice among them.
  const found = new Map<string, Array<{ q: string; page: number; at: number }>>();
  pages.forEach((p, i) => {
    for (const [category, re] of PATTERNS) {
      for (const m of p.raw.matchAll(re)) {
        const list = found.get(category) ?? [];
        if (!list.some((x) => x.q === m[0])) list.push({ q: m[0], page: i, at: m.index });
        found.set(category, list);
      }
    }
  });
  for (const [category] of PATTERNS) {
    const list = [...(found.get(category) ?? [])];
    for (let k = 0; k < (options.perPattern ?? 6) && list.length; k++) add(list.splice(int(list.length), 1)[0]!.q, category);
  }
  // Han runs of each page (two characters or more), where substrings are drawn from.
  const runs = pages.map((p) => [...p.raw.matchAll(/\p{Script=Han}{2,}/gu)].map((m) => ({ text: m[0], at: m.index })));
  const withRuns = runs.map((r, i) => i).filter((i) => runs[i]!.length > 0);
  const substring = (page: number, max = 6) => {
    const list = runs[page]!;
    const run = list[int(list.length)]!;
    const len = Math.min(run.text.length, 2 + int(max - 1));
    const start = int(run.text.length - len + 1);
    return { q: run.text.slice(start, start + len), at: run.at + start };
  };
  if (withRuns.length) {
    for (let k = 0; k < (options.substrings ?? 40); k++) add(substring(withRuns[int(withRuns.length)]!).q, 'text-substring');
    for (let k = 0; k < (options.pairs ?? 12); k++) {
      const page = withRuns[int(withRuns.length)]!;
      const a = substring(page, 4);
      const b = substring(page, 4);
      if (a.q !== b.q && !a.q.includes(b.q) && !b.q.includes(a.q)) add(`${a.q} ${b.q}`, 'text-multi');
    }
    const all = [...found.values()].flat().filter((x) => runs[x.page]!.length > 0);
    for (let k = 0; k < (options.mixed ?? 8) && all.length; k++) {
      const x = all[int(all.length)]!;
      add(`${x.q} ${substring(x.page, 3).q}`, 'mixed-multi');
    }
  }
  for (const q of NONE_QUERIES) add(q, 'none');
  return out;
}
