// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import portal from './src/pipeline/integration.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import path from 'node:path';

const contentDir = process.env.PORTAL_CONTENT_DIR ?? './content';
const site = process.env.PORTAL_SITE_URL ?? parse(readFileSync(`${contentDir}/site.yaml`, 'utf8')).url;

export default defineConfig({
  site,
  // `npm run build` builds into a staging folder and moves it to dist/ only when
  // everything (search index included) succeeded; see scripts/build.ts.
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  // The content layer's cache (data store). scripts/build.ts gives each --content dir its
  // own, so builds of different corpora (benchmarks, tests) never reuse or clobber it.
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // The Content-Security-Policy allows no inline styles or scripts.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  // Astro 7's default Markdown processor (Sätteri) has GitHub-flavoured Markdown built in;
  // see README "Stack decisions".
  integrations: [mdx(), portal()],
  vite: {
    build: { assetsInlineLimit: 0 },
    plugins: [
      // The content folder's images, wherever --content puts it (一图读懂, Explainer.astro).
      (await import('./src/pipeline/vite/content-images.ts')).contentImagesPlugin(contentDir),
      // `npm run publish`: render only the listed pages of the big routes.
      ...(process.env.PORTAL_ONLY_PATHS ? [(await import('./src/pipeline/publish/only-paths.ts')).onlyPathsPlugin(path.resolve('src/pages'))] : []),
    ],
  },
});
