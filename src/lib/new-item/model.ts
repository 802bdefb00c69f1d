/** What `npm run new` creates: the kinds it offers and everything a new file says. */
import type { Column } from '../columns.ts';
import { KIND_DEFINITIONS, type Kind } from '../../kinds/index.ts';

/** Kinds `npm run new` creates: those whose declaration has a `scaffold` (annual reports have `npm run new:report`). */
export const NEW_KINDS: readonly Kind[] = KIND_DEFINITIONS.filter((k) => k.scaffold).map((k) => k.id as Kind);
export type NewKind = Kind;

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
  /** Values given for a kind's own fields (`--set field=value`), for its scaffold. */
  answers?: Readonly<Record<string, string | undefined>> | undefined;
}

/** A value that cannot be used; the command prints it and exits 2 without creating anything. */
export class UsageError extends Error {}

export { yamlString } from '../yaml-string.ts';

/** A slug from kind, date and the first free serial: `policy-2026-11-22-1`. */
export function generateSlug(kind: NewKind, date: string, slugs: ReadonlyMap<string, string>): string {
  for (let n = 1; ; n++) {
    const slug = `${kind}-${date}-${n}`;
    if (!slugs.has(slug)) return slug;
  }
}
