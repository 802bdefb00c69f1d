/**
 * Vite plugin: the virtual module `virtual:portal-content-images`, a map from each image
 * under the content folder (key: its path relative to that folder) to a lazy import of
 * it, so astro:assets can process the images an interpretation names (一图读懂) wherever
 * the content folder is. `import.meta.glob` only sees files under the project root, and
 * `npm run build -- --content DIR` may point anywhere (a generated corpus in /tmp, a
 * test fixture).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { IMAGE_FILE } from '../../kinds/interpretation/image-key.ts';

const ID = 'virtual:portal-content-images';
const RESOLVED = `\0${ID}`;

/** Image files under `dir`, as paths relative to it ('/'-separated), sorted. */
export function contentImages(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(r);
      } else if (IMAGE_FILE.test(e.name)) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

export function contentImagesPlugin(contentDir: string): Plugin {
  const dir = path.resolve(contentDir);
  return {
    name: 'portal-content-images',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const entries = contentImages(dir).map((rel) => `  ${JSON.stringify(rel)}: () => import(${JSON.stringify(path.join(dir, rel))}),`);
      return `export default {\n${entries.join('\n')}\n};\n`;
    },
  };
}
