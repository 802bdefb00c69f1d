/**
 * For `npm run publish` without a content-layer sync: the Markdown of the changed items,
 * rendered with Astro's configured Markdown processor the way the glob loader renders
 * it (same renderer options, body after the front matter, trimmed; the raw front matter
 * and the file's URL passed along), so the pages come out as a full build makes them.
 * MDX items are not rendered here: their bodies are compiled from the file at bundle time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import type { Item } from '../../lib/items.ts';
import { splitFrontmatter } from '../../lib/content/frontmatter.ts';

export interface Rendered {
  html: string;
  metadata: Record<string, unknown>;
}

interface Processor {
  createRenderer: (options: Record<string, unknown>) => Promise<{
    render: (
      body: string,
      o: { frontmatter: unknown; fileURL?: URL },
    ) => Promise<{ code: string; metadata: Record<string, unknown> & { localImagePaths: string[]; remoteImagePaths: string[] } }>;
  }>;
}

export async function renderOverlay(config: AstroConfig, items: readonly Item[], slugs: ReadonlySet<string>, root: string): Promise<Map<string, Rendered>> {
  const out = new Map<string, Rendered>();
  const markdown = config.markdown as unknown as { processor: Processor } & Record<string, unknown>;
  const processor = await markdown.processor.createRenderer({
    image: config.image,
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
  });
  for (const item of items) {
    if (!slugs.has(item.slug) || !item.file.endsWith('.md')) continue;
    const abs = path.resolve(root, item.file);
    const split = splitFrontmatter(readFileSync(abs, 'utf8'));
    const result = await processor.render(split.body.trim(), { frontmatter: split.data, fileURL: pathToFileURL(abs) });
    out.set(item.slug, {
      html: result.code,
      metadata: { ...result.metadata, imagePaths: result.metadata.localImagePaths.concat(result.metadata.remoteImagePaths) },
    });
  }
  return out;
}
