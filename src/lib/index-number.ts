/**
 * 索引号 assignment, shared by `npm run new` and the browser editor (`npm run edit`):
 * the next free serial of the year in the kind's range.
 */
import { type Kind } from '../kinds/index.ts';

/** Every 索引号 written in a file's text, read from the raw text so files with broken front matter count too. */
export function indexNumbersIn(text: string): string[] {
  return [...text.matchAll(/^indexNumber:\s*["']?([^"'\s#]+)/gm)].map((m) => m[1]!);
}

/**
 * 索引号 serial ranges per kind, as the project numbers them (`npm run new`,
 * `npm run new:report`, the editor, the sample releases): data releases 50001–59999,
 * annual reports 60001 and up, everything else 00001–49999.
 */
export const SERIAL_RANGES: Record<'release' | 'report' | 'other', readonly [number, number]> = {
  other: [1, 49999],
  release: [50001, 59999],
  report: [60001, 99999],
};

/**
 * The next free 索引号 of `year` for a kind: one more than the highest serial in the
 * kind's range that any file uses with this organisation's code and year.
 */
export function nextIndexNumber(orgCode: string, year: number, taken: readonly string[], kind: Kind = 'article'): string {
  const [low, high] = serialRange(kind);
  const prefix = `${orgCode}/${year}-`;
  let max = low - 1;
  for (const n of taken) {
    if (!n.startsWith(prefix)) continue;
    const serial = Number(n.slice(prefix.length));
    if (Number.isInteger(serial) && serial >= low && serial <= high && serial > max) max = serial;
  }
  if (max >= high) throw new Error(`${year} 年 ${String(low).padStart(5, '0')}–${high} 段的索引号流水号已用完`);
  return `${prefix}${String(max + 1).padStart(5, '0')}`;
}

/** The range of a kind's serials. */
export function serialRange(kind: Kind): readonly [number, number] {
  return SERIAL_RANGES[kind === 'release' || kind === 'report' ? kind : 'other'];
}

/** A 索引号: organisation code, year and five-digit serial. */
export function formatIndexNumber(orgCode: string, year: number, serial: number): string {
  return `${orgCode}/${year}-${String(serial).padStart(5, '0')}`;
}

/**
 * The lowest free 索引号 of `year` in a kind's range (a gap left by a deleted file is
 * reused): what `npm run new:report` gives a new annual report.
 */
export function firstFreeIndexNumber(orgCode: string, year: number, taken: ReadonlySet<string>, kind: Kind): string {
  const [low, high] = serialRange(kind);
  for (let serial = low; serial <= high; serial++) {
    const n = formatIndexNumber(orgCode, year, serial);
    if (!taken.has(n)) return n;
  }
  throw new Error(`${year} 年 ${String(low).padStart(5, '0')}–${high} 段的索引号流水号已用完`);
}
