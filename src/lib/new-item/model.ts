/** What `npm run new` creates: the kinds it offers and everything a new file says. */
import type { Column } from '../columns.ts';
import type { Kind } from '../../kinds/index.ts';

/** Kinds `npm run new` creates. Annual reports have their own command: `npm run new:report`. */
export const NEW_KINDS = ['policy', 'interpretation', 'plan', 'article', 'release'] as const satisfies readonly Kind[];
export type NewKind = (typeof NEW_KINDS)[number];

/** Everything the new file says. */
export interface NewItem {
  kind: NewKind;
  slug: string;
  title: string;
  indexNumber: string;
  column: Column;
  date: string;
  draft: boolean;
  /** Why the item is created as a draft, written as a comment above `draft`. */
  draftReason?: string | undefined;
  docNumber?: string | undefined;
  category?: string | undefined;
  keywords: string[];
  interprets?: { slug: string; title: string } | undefined;
  form?: string | undefined;
  series?: { id: string; name: string } | undefined;
  period?: string | undefined;
  /** Data file, relative to the new Markdown file. */
  data?: string | undefined;
}

/** A value that cannot be used; the command prints it and exits 2 without creating anything. */
export class UsageError extends Error {}

/**
 * A YAML scalar for a value typed by an editor: plain when that reads back as the same
 * string, double-quoted otherwise (a title with “: ” or “ #”, or one that YAML would
 * read as a number, date or boolean).
 */
export function yamlString(value: string): string {
  const plainSafe =
    value.length > 0 &&
    value === value.trim() &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/: |\s#|:$/.test(value) &&
    !/[\n\r\t]/.test(value) &&
    !/^(?:true|false|null|yes|no|on|off|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan|\d{4}-\d\d-\d\d.*)$/i.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

/** A slug from kind, date and the first free serial: `policy-2026-11-22-1`. */
export function generateSlug(kind: NewKind, date: string, slugs: ReadonlyMap<string, string>): string {
  for (let n = 1; ; n++) {
    const slug = `${kind}-${date}-${n}`;
    if (!slugs.has(slug)) return slug;
  }
}
