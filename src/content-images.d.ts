/** See src/pipeline/vite/content-images.ts. */
declare module 'virtual:portal-content-images' {
  const images: Record<string, () => Promise<{ default: import('astro').ImageMetadata }>>;
  export default images;
}
