/** One glob collection per content folder, permissive schema (any front matter). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const CONTENT_ROOT = process.env.BENCH_CONTENT_DIR ?? '../../content';

const collection = (dir: string) =>
  defineCollection({
    loader: glob({
      pattern: '**/*.{md,mdx}',
      base: `${CONTENT_ROOT}/${dir}`,
      generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx?$/, ''),
    }),
    schema: z.looseObject({ title: z.string() }),
  });

export const collections = {
  plans: collection('plans'),
  policies: collection('policies'),
  interpretations: collection('interpretations'),
  releases: collection('releases'),
  reports: collection('reports'),
  articles: collection('articles'),
};
