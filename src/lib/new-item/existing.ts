/**
 * What already exists under a content folder, read fast and leniently (no schema
 * validation; broken files count too): slugs, 索引号, 文号 and the items and data series
 * that `npm run new` offers as choices.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readSourceFiles } from '../content/files.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { indexNumbersIn } from '../index-number.ts';
import type { Kind } from '../../kinds/index.ts';

/** What is already there: every file counts, whether or not it is valid or published. */
export interface Existing {
  /** Slug (file name without extension) → project-relative file. */
  slugs: Map<string, string>;
  /** Every 索引号 written in any file. */
  indexNumbers: string[];
  /** 文号, normalised (no leading zeros in the serial) → file. */
  docNumbers: Map<string, string>;
  /** Items whose front matter parses, for the interpretation and release choices. */
  items: Array<{
    slug: string;
    kind: Kind;
    file: string;
    title: string;
    draft: boolean;
    published: string;
    validity: string;
    category?: string | undefined;
    interprets?: string | undefined;
    series?: string | undefined;
    data?: string | undefined;
    period?: string | undefined;
  }>;
}

/** Read what exists under `contentDir` (fast: no schema validation). */
export function scanExisting(root: string, contentDir: string): Existing {
  const existing: Existing = { slugs: new Map(), indexNumbers: [], docNumbers: new Map(), items: [] };
  for (const source of readSourceFiles(root, contentDir)) {
    existing.slugs.set(source.slug, source.file);
    // Read 索引号 and 文号 from the raw text, so files with broken front matter count too.
    existing.indexNumbers.push(...indexNumbersIn(source.text));
    for (const m of source.text.matchAll(/^docNumber:\s*["']?([^"'\s#]+)/gm)) existing.docNumbers.set(normaliseDocNumber(m[1]!), source.file);
    try {
      const d = splitFrontmatter(source.text).data as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
      existing.items.push({
        slug: source.slug,
        kind: source.kind,
        file: source.file,
        title: str(d.title) ?? source.slug,
        draft: d.draft === true || (d.disclosure !== undefined && d.disclosure !== '主动公开'),
        published: str(d.published) ?? '',
        validity: str(d.validity) ?? '有效',
        category: str(d.category),
        interprets: str(d.interprets),
        series: str(d.series),
        data: str(d.data),
        period: str(d.period),
      });
    } catch {
      /* Broken front matter: its slug, 索引号 and 文号 were still counted. */
    }
  }
  return existing;
}

/** 江环规〔2024〕03号 and 江环规〔2024〕3号 are the same 文号. */
export function normaliseDocNumber(docNumber: string): string {
  return docNumber.trim().replace(/〕0+(?=\d)/, '〕');
}

/** A data series as `npm run new` offers it (content/series/<id>.yaml, read leniently). */
export interface SeriesInfo {
  id: string;
  name: string;
  column: string;
  frequency: string;
  columns: Array<{ key: string; label: string; unit?: string }>;
}

/** Every series under `contentDir`/series/; a file that does not parse is left to `npm run check`. */
export function readSeries(contentDir: string): SeriesInfo[] {
  const dir = path.join(contentDir, 'series');
  if (!existsSync(dir)) return [];
  const out: SeriesInfo[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    try {
      const d = parseYaml(readFileSync(path.join(dir, name), 'utf8')) as Partial<SeriesInfo>;
      out.push({ id: name.replace(/\.ya?ml$/, ''), name: d.name ?? name, column: d.column ?? '', frequency: d.frequency ?? '', columns: d.columns ?? [] });
    } catch {
      /* Reported by npm run check. */
    }
  }
  return out;
}
