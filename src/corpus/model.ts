/**
 * The generator's view of an item while the corpus is planned: everything that other
 * items depend on (dates, serials, slugs, 文号, titles of policies, relations) is decided
 * before any body is written.
 */
import type { Kind } from '../kinds/index.ts';
import type { City, Topic } from './text.ts';

export type Validity = '有效' | '失效' | '废止';

/** A file an item publishes: a shared blob (hardlinked) or its own text. */
export interface CorpusFile {
  /** Path relative to the item's Markdown file, e.g. `./files/x.pdf`. */
  rel: string;
  /** Name of a blob in blobs.ts, or the text of the file. */
  blob?: string;
  text?: string;
}

export interface PlannedItem {
  /** Key of the item type (see types.ts). */
  type: string;
  kind: Kind;
  column: string;
  published: string;
  written?: string | undefined;
  /** 决定日期 of a 行政许可 / 行政处罚 decision (双公示). */
  decided?: string | undefined;
  /** 索引号 serial within the year of publication; set when serials are assigned. */
  serial: number;
  slug: string;
  ext: '.md' | '.mdx';
  /** Decided early for items others refer to (policies, plans); else set when rendered. */
  title?: string | undefined;
  /** Document name inside 《》 for policies and plans (used by interpretations). */
  docName?: string | undefined;
  docNumber?: string | undefined;
  /** Prefix of the 文号, e.g. 江环规; the number is assigned in date order. */
  docPrefix?: string | undefined;
  category?: string | undefined;
  validity: Validity;
  replacedBy?: PlannedItem | undefined;
  replaces?: PlannedItem | undefined;
  validityChanged?: string | undefined;
  /** 变更日期 and 更新日期 of a page that changed (planChanges). */
  changed?: string | undefined;
  updated?: string | undefined;
  needsInterpretation?: boolean | undefined;
  interprets?: PlannedItem | undefined;
  /** Interpretations pointing at this item. */
  interpretations: PlannedItem[];
  draft?: boolean | undefined;
  disclosure?: '依申请公开' | '不予公开' | undefined;
  topic: Topic;
  city: City;
  /** Type-specific values decided at planning time. */
  extra: Record<string, string | number | boolean>;
  /** Content decided at planning time (data releases, report tables). */
  pre?:
    | {
        title?: string;
        keywords?: string[];
        summary?: string;
        fields?: Array<[string, unknown]>;
        body?: string[];
        files?: Array<{ rel: string; text: string }>;
      }
    | undefined;
  /** Random tie-break for items published on the same day. */
  order: number;
}

export interface RenderedItem {
  /** Front matter, in the order it is written. */
  fields: Array<[string, unknown]>;
  body: string;
  files: CorpusFile[];
}
