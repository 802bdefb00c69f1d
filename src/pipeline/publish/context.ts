/**
 * The publish context: what `npm run publish` hands to the pages of its partial render —
 * the items its content check has just read (so the pages need no content-layer sync) and
 * the freshly rendered Markdown of the items changed since the last sync. Written by the
 * portal integration to the file `config.publishContext` names, read by src/data/portal.ts
 * (Astro's prerender bundle is a module graph of its own, so nothing in memory is shared).
 * Serialised with node:v8, so the items come back exactly as the check made them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Item } from '../../lib/items.ts';

export interface PublishContext {
  items: Item[];
  overlay: Map<string, { html: string; metadata: Record<string, unknown> }>;
}

export function writePublishContext(file: string, context: PublishContext): void {
  writeFileSync(file, serialize(context));
}

export function readPublishContext(file: string): PublishContext {
  return deserialize(readFileSync(file)) as PublishContext;
}
