/** The PortalConfig of the running build, inside Astro: see src/pipeline/vite/config-module.ts. */
declare module 'virtual:portal/config' {
  const config: import('./config.ts').PortalConfig;
  export default config;
}
