/**
 * `npm run build`: build the portal into a staging folder and move it to dist/ only
 * when every step — content check, pages, attachments, search index, output check —
 * has succeeded. A failed build leaves the previous dist/ exactly as it was.
 *
 * Options: --as-of YYYY-MM-DD (sets PORTAL_AS_OF), --content DIR (PORTAL_CONTENT_DIR),
 * --out DIR (default dist).
 */
import { build } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../src/lib/dates.ts';

const { values } = parseArgs({
  options: {
    'as-of': { type: 'string' },
    content: { type: 'string' },
    out: { type: 'string', default: 'dist' },
  },
});

if (values['as-of'] !== undefined) {
  if (!isIsoDate(values['as-of'])) {
    console.error(`--as-of「${values['as-of']}」不是有效日期，应为形如 2026-11-22 的日期。`);
    process.exit(2);
  }
  process.env.PORTAL_AS_OF = values['as-of'];
}
if (values.content) process.env.PORTAL_CONTENT_DIR = path.resolve(values.content);

const root = process.cwd();
const finalDir = path.resolve(root, values.out!);
const stagingRoot = path.join(root, '.staging');
const stamp = `${Date.now()}-${process.pid}`;
const staging = path.join(stagingRoot, `build-${stamp}`);
process.env.PORTAL_OUT_DIR = staging;

const started = performance.now();
await mkdir(stagingRoot, { recursive: true });
try {
  await build({ root, logLevel: process.env.PORTAL_LOG_LEVEL === 'silent' ? 'error' : 'info' });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error('');
  console.error(`构建失败：${(error as Error).message}`);
  console.error(existsSync(finalDir) ? `原有的 ${path.relative(root, finalDir)}/ 保持不变。` : '没有生成任何输出。');
  process.exit(1);
}

// Swap: the old output is moved aside first, then the new one moved in; both are
// renames on one file system, so a reader sees either the old site or the new one.
const old = path.join(stagingRoot, `old-${stamp}`);
if (existsSync(finalDir)) await rename(finalDir, old);
try {
  await rename(staging, finalDir);
} catch (error) {
  if (existsSync(old)) await rename(old, finalDir);
  throw error;
}
await rm(old, { recursive: true, force: true });
console.log(`构建完成：${path.relative(root, finalDir)}/（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
