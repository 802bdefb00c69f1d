/**
 * Vite plugin: the virtual module `virtual:portal/config`, whose default export is the
 * PortalConfig of this build (src/config/config.ts), the way Starlight hands its user
 * config to its pages (`virtual:starlight/user-config`). Pages, components and the
 * content config read the content folder, the as-of date and the publish context from it;
 * nothing inside Astro reads the environment. Types: src/config/virtual-config.d.ts.
 */
import type { Plugin } from 'vite';
import type { PortalConfig } from '../../config/config.ts';

export const CONFIG_MODULE = 'virtual:portal/config';
const RESOLVED = `\0${CONFIG_MODULE}`;

export function configModulePlugin(config: PortalConfig): Plugin {
  return {
    name: 'portal-config',
    resolveId: (id) => (id === CONFIG_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(config)};\n` : undefined),
  };
}
