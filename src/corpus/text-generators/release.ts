/** Corpus item types of kind `release`: 数据发布 (planned entirely in structured.ts). */
import { Doc } from '../text.ts';
import { type TypeSpec, grow } from './common.ts';

// ——— 数据发布 (planned entirely in structured.ts) ———
const release: TypeSpec['write'] = (w) => {
  const pre = w.item.pre!;
  const doc = new Doc().add(...(pre.body ?? [])).fillHere();
  grow(w, doc, w.rng.int(500, 700), 'monitoring');
  return {
    title: pre.title ?? '',
    keywords: pre.keywords ?? [],
    summary: pre.summary,
    fields: pre.fields,
    files: pre.files,
    body: doc,
  };
};

/** Every item type, in the order their items are listed when published the same day. */

export const releaseType: TypeSpec = { key: 'release', kind: 'release', column: '', prefix: 'data', share: 0, min: 0, write: release };
