/**
 * Content collections: wires each folder under content/ to its schema in
 * src/lib/schemas/. The same schemas run in `npm run check`, which the build runs first
 * so editors get friendly, located errors before Astro sees the files.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SCHEMAS, COLLECTION_DIRS } from './lib/schemas/items.ts';
import type { Kind } from './lib/schemas/common.ts';

import config from 'virtual:portal/config';

const CONTENT_ROOT = config.contentDir;

/** The item's slug is its file name: unique across collections, checked by `npm run check`. */
function collection<K extends Kind>(kind: K, schema: (typeof SCHEMAS)[K]) {
  return defineCollection({
    loader: glob({
      pattern: ['**/*.{md,mdx}', '!**/_*', '!**/_*/**'],
      base: `${CONTENT_ROOT}/${COLLECTION_DIRS[kind]}`,
      generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx?$/, ''),
      // Pages use the rendered HTML, never the raw Markdown: not keeping it makes the
      // content-layer data store (which the build bundles whole) ~40% smaller.
      retainBody: false,
    }),
    schema,
  });
}

export const collections = {
  plans: collection('plan', SCHEMAS.plan),
  policies: collection('policy', SCHEMAS.policy),
  interpretations: collection('interpretation', SCHEMAS.interpretation),
  releases: collection('release', SCHEMAS.release),
  reports: collection('report', SCHEMAS.report),
  articles: collection('article', SCHEMAS.article),
};
