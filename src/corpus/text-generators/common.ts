/**
 * What every item type's writer shares: the shape of a type (TypeSpec), what its writer
 * gets (WriteContext) and returns (Written), and small helpers for bodies.
 */
import type { Kind } from '../../kinds/index.ts';
import { pdfBlob } from '../blobs.ts';
import type { PlannedItem } from '../model.ts';
import type { Rng } from '../rng.ts';
import { type Theme } from '../bank.ts';
import { Doc, Filler, cnDate } from '../text.ts';

export interface Written {
  title: string;
  keywords: string[];
  summary?: string | undefined;
  category?: string | undefined;
  publisher?: string | undefined;
  /** Kind-specific front matter (interprets, form, qa, images, services, year …). */
  fields?: Array<[string, unknown]>;
  attachments?: Array<{ rel: string; title: string; blob: string }>;
  /** Files with their own text (a release's data file). */
  files?: Array<{ rel: string; text: string }>;
  body: Doc;
}

export interface WriteContext {
  rng: Rng;
  f: Filler;
  item: PlannedItem;
  /** Published plans and policies before this item, newest last (for links in the text). */
  earlierPolicies: () => PlannedItem[];
  /** The item a link should point at, formatted as Markdown. */
  link: (target: PlannedItem, text?: string) => string;
}

export interface TypeSpec {
  key: string;
  kind: Kind;
  column: string;
  /** Slug prefix. */
  prefix: string;
  /** Share of a corpus's items (before the minimum); 0 for derived or yearly types. */
  share: number;
  min: number;
  /** One per year, published in this window (month 1–12, days). */
  yearly?: { month: number; days: [number, number] } | undefined;
  /** Only published between these dates (archived topics). */
  range?: [string, string] | undefined;
  /** 文号 prefix, when the type carries one. */
  docPrefix?: ((item: PlannedItem, rng: Rng) => string | undefined) | undefined;
  write: (w: WriteContext) => Written;
}

export const ym = (item: PlannedItem) => ({ y: Number(item.published.slice(0, 4)), m: Number(item.published.slice(5, 7)) });
export const pdf = (w: WriteContext, name: string, title: string) => ({ rel: `./files/${w.item.slug}-${name}.pdf`, title, blob: pdfBlob(w.rng.next()) });
export const closing = (item: PlannedItem, who = '江南省生态环境厅') => [who, cnDate(item.written ?? item.published)];

/** Filler paragraphs on the item's theme until the body reaches its target length. */
export function grow(w: WriteContext, doc: Doc, target: number, theme: Theme | 'general' = w.item.topic.theme): Doc {
  return doc.grow(target, () => w.f.paragraph(theme));
}

/** A sentence linking to a policy published earlier (none yet: undefined). */
export function mentionPolicy(w: WriteContext): string | undefined {
  const earlier = w.earlierPolicies();
  if (earlier.length === 0) return undefined;
  const p = earlier[Math.max(0, earlier.length - 1 - w.rng.int(0, Math.min(40, earlier.length - 1)))]!;
  return `工作中要认真落实${w.link(p)}${p.docNumber ? `（${p.docNumber}）` : ''}的有关要求，确保各项措施落地见效。`;
}

/** 1 → 一, 12 → 十二, 23 → 二十三 (chapter and article numbers). */
export function toCn(n: number): string {
  if (n <= 10) return ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n]!;
  if (n < 20) return `十${toCn(n - 10)}`;
  return `${toCn(Math.floor(n / 10))}十${n % 10 ? toCn(n % 10) : ''}`;
}
