// @ts-check
// `astro dev`, `astro sync` and `astro preview`: the portal's Astro configuration for the
// configuration resolved from the environment and the defaults (src/config/config.ts).
// `npm run build` and `npm run publish` do not read this file: they pass their own
// resolved configuration to the same function (src/pipeline/build.ts).
import { defineConfig } from 'astro/config';
import { resolveConfig } from './src/config/config.ts';
import { astroConfig } from './src/pipeline/astro-config.ts';

export default defineConfig(astroConfig(resolveConfig()));
