/**
 * The sample portal's content as the e2e tests see it: read from content/ with the
 * same loader the build uses, at the same as-of date as `npm test` builds with.
 */
import { checkContent } from '../../src/lib/content/check.ts';
import { isPublishable, relate, byNewest, type Item } from '../../src/lib/items.ts';
import { subtreeIds } from '../../src/lib/columns.ts';

export const TEST_AS_OF = process.env.PORTAL_AS_OF ?? '2026-11-22';

let cached: ReturnType<typeof load> | undefined;
function load() {
  const r = checkContent({ root: process.cwd(), asOf: TEST_AS_OF });
  const items = r.items.filter((i) => isPublishable(i, TEST_AS_OF)).sort(byNewest);
  const relations = relate(items);
  const under = (id: string): Item[] => {
    const ids = new Set(subtreeIds(r.catalogue, id));
    return items.filter((i) => ids.has(i.data.column));
  };
  return { ...r, published: items, relations, under };
}

export function sample() {
  cached ??= load();
  return cached;
}
