// @ts-check
/**
 * The benchmark baseline: a minimal Astro site over the same generated content — one
 * glob collection per content folder, a permissive schema, one plain page per item
 * rendering its Markdown body, nothing else. See bench/README.md.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // MDX only so the generated .mdx interpretations render, as in the portal.
  integrations: [mdx()],
});
