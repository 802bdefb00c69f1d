/**
 * Build the baseline site over a content dir, then index it with Pagefind's plain Node
 * API (addDirectory). Usage (from the repo root):
 *   node bench/baseline/build.ts --content DIR --out DIR [--cache DIR]
 * Prints one JSON line with the phase timings.
 */
import { build } from 'astro';
import * as pagefind from 'pagefind';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' } } });
if (!values.content || !values.out) {
  console.error('usage: node bench/baseline/build.ts --content DIR --out DIR [--cache DIR]');
  process.exit(2);
}
const root = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(values.out);
process.env.BENCH_CONTENT_DIR = path.resolve(values.content);
process.env.BENCH_OUT_DIR = out;
if (values.cache) process.env.BENCH_CACHE_DIR = path.resolve(values.cache);

const t0 = performance.now();
await rm(out, { recursive: true, force: true });
await build({ root, logLevel: 'warn' });
const t1 = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(errors.join('; '));
const added = await index.addDirectory({ path: out });
if (added.errors.length) throw new Error(added.errors.join('; '));
await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
await pagefind.close();
const t2 = performance.now();
console.log(JSON.stringify({ phases: { astro: Math.round(t1 - t0), pagefind: Math.round(t2 - t1) }, pages: added.page_count }));
