/**
 * Content collections: wires each folder under content/ to its schema in
 * src/lib/schemas/. The same schemas run in `npm run check`, which the build runs first
 * so editors get friendly, located errors before Astro sees the files.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SCHEMAS, COLLECTION_DIRS } from './lib/schemas/items.ts';
import type { Kind } from './lib/schemas/common.ts';

const CONTENT_ROOT = process.env.PORTAL_CONTENT_DIR ?? './content';

/** The item's slug is its file name: unique across collections, checked by `npm run check`. */
function collection<K extends Kind>(kind: K) {
  return defineCollection({
    loader: glob({
      pattern: ['**/*.{md,mdx}', '!**/_*', '!**/_*/**'],
      base: `${CONTENT_ROOT}/${COLLECTION_DIRS[kind]}`,
      generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx?$/, ''),
    }),
    schema: SCHEMAS[kind],
  });
}

export const collections = {
  plans: collection('plan'),
  policies: collection('policy'),
  interpretations: collection('interpretation'),
  releases: collection('release'),
  reports: collection('report'),
  articles: collection('article'),
};
