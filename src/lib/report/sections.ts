/**
 * Split a report's rendered body (HTML) at its `<h2>` headings and tell which of the six
 * parts each section is, so the page can place each standard table at the end of its
 * own part (二 → 表二, 三 → 表三, 四 → 表四), as the national format prints them.
 */
import { REPORT_PARTS } from './format.ts';

export interface HtmlSection {
  /** Index in REPORT_PARTS, or -1 for the preamble and unrecognised sections. */
  part: number;
  html: string;
}

const norm = (s: string) =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z]+;|&#\d+;/g, '')
    .replace(/\s+/g, '');

export function splitSections(html: string): HtmlSection[] {
  const starts = [...html.matchAll(/<h2[\s>]/g)].map((m) => m.index!);
  const bounds = [0, ...starts.filter((s) => s > 0), html.length];
  const sections: HtmlSection[] = [];
  for (let k = 0; k < bounds.length - 1; k++) {
    const chunk = html.slice(bounds[k], bounds[k + 1]);
    if (!chunk) continue;
    const heading = /^<h2[^>]*>([\s\S]*?)<\/h2>/.exec(chunk)?.[1];
    const part = heading === undefined ? -1 : REPORT_PARTS.findIndex((p) => norm(heading).startsWith(norm(p)));
    sections.push({ part, html: chunk });
  }
  return sections;
}
