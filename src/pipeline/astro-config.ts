/**
 * The Astro configuration of a PortalConfig: one definition for `astro dev`/`astro sync`
 * (astro.config.mjs, with the default-resolved config) and for the build and publish
 * (src/pipeline/build.ts, src/pipeline/publish/publish.ts, which pass their own resolved
 * config to Astro's `build()` with `configFile: false`).
 */
import type { AstroInlineConfig, AstroUserConfig } from 'astro';
import mdx from '@astrojs/mdx';
import path from 'node:path';
import type { LogLevel, PortalConfig } from '../config/config.ts';
import portal, { type PublishRun } from './integration.ts';
import { configModulePlugin } from './vite/config-module.ts';
import { contentImagesPlugin } from './vite/content-images.ts';
import { onlyPathsPlugin } from './publish/only-paths.ts';

export function astroConfig(config: PortalConfig, publish?: PublishRun): AstroUserConfig {
  return {
    root: config.root,
    ...(config.siteUrl ? { site: config.siteUrl } : {}),
    // `npm run build` builds into a staging folder and moves it to dist/ only when
    // everything (search index included) succeeded; see src/pipeline/build.ts.
    outDir: config.outDir,
    // The content layer's cache (data store): one per content folder (PortalConfig.cacheDir).
    cacheDir: config.cacheDir,
    trailingSlash: 'ignore',
    build: {
      format: 'directory',
      // The Content-Security-Policy allows no inline styles or scripts.
      inlineStylesheets: 'never',
    },
    devToolbar: { enabled: false },
    // Astro 7's default Markdown processor (Sätteri) has GitHub-flavoured Markdown built in;
    // see README "Stack decisions".
    integrations: [mdx(), portal(config, publish)],
    vite: {
      build: { assetsInlineLimit: 0 },
      plugins: [
        // The PortalConfig, as `virtual:portal/config`.
        configModulePlugin(config),
        // The content folder's images, wherever --content puts it (一图读懂, Explainer.astro).
        contentImagesPlugin(config.contentDir),
        // `npm run publish`: render only the listed pages of the big routes.
        ...(config.onlyPaths ? [onlyPathsPlugin(path.join(config.root, 'src', 'pages'), config.onlyPaths)] : []),
      ],
    },
  };
}

/** Astro's log level for a PortalConfig's (`silent` still shows errors); `quieter` one step less (publish's partial render). */
export function astroLogLevel(level: LogLevel, quieter = false): NonNullable<AstroInlineConfig['logLevel']> {
  const order = ['debug', 'info', 'warn', 'error'] as const;
  const i = level === 'silent' ? 3 : order.indexOf(level);
  return order[Math.min(3, i + (quieter ? 1 : 0))]!;
}
