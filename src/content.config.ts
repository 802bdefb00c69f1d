/**
 * Content collections: one per content kind, derived from the kind declarations
 * (src/kinds/). The same schemas run in `npm run check`, which the build runs first
 * so editors get friendly, located errors before Astro sees the files.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { KIND_DEFINITIONS, type KindDefinition } from './kinds/index.ts';

import config from 'virtual:portal/config';

const CONTENT_ROOT = config.contentDir;

/** The item's slug is its file name: unique across collections, checked by `npm run check`. */
function collection(kind: KindDefinition) {
  return defineCollection({
    loader: glob({
      pattern: ['**/*.{md,mdx}', '!**/_*', '!**/_*/**'],
      base: `${CONTENT_ROOT}/${kind.dir}`,
      generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx?$/, ''),
      // Pages use the rendered HTML, never the raw Markdown: not keeping it makes the
      // content-layer data store (which the build bundles whole) ~40% smaller.
      retainBody: false,
    }),
    schema: kind.schema,
  });
}

export const collections = Object.fromEntries(KIND_DEFINITIONS.map((k) => [k.dir, collection(k)]));
