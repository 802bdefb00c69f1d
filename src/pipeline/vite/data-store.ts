/**
 * Build speed-up: Astro bundles the whole content-layer data store into the build as one
 * module, `export default JSON.parse("<the entire data-store.json>")` — at 20,000 items a
 * ~100 MB string literal that Rolldown parses, writes into the prerender chunk and Node
 * then compiles. For a static build the prerender chunk runs on the build machine while
 * data-store.json sits in the cache folder, so the module can read the file instead: same
 * value (the JSON-parsed devalue array Astro's DataStore expects), a tiny module.
 *
 * Only for `astro build` with static output (prerendered pages never run anywhere else).
 * Depends on Astro's internal module id `astro:data-layer-content` (Astro 7.3, pinned);
 * if Astro renames it the plugin does nothing and builds are as before.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const RESOLVED_ID = '\0astro:data-layer-content';

export function dataStoreFromDisk(cacheDir: URL): Plugin {
  const file = fileURLToPath(new URL('data-store.json', cacheDir));
  return {
    name: 'portal-data-store-from-disk',
    enforce: 'pre',
    apply: 'build',
    // Astro's own plugin loads the module first (also `pre`, registered earlier); replacing
    // its code here still spares Rolldown from parsing and emitting the big literal.
    transform(code, id) {
      if (id !== RESOLVED_ID || !existsSync(file) || !code.startsWith('export default JSON.parse(')) return undefined;
      return {
        code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`,
        map: { mappings: '' },
      };
    },
  };
}
