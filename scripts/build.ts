/**
 * `npm run build`: build the portal into a staging folder and move it to dist/ only
 * when every step — content check, pages, attachments, search index, output check —
 * has succeeded. A failed build leaves the previous dist/ exactly as it was.
 *
 * Options: --as-of YYYY-MM-DD (sets PORTAL_AS_OF), --content DIR (PORTAL_CONTENT_DIR),
 * --out DIR (default dist).
 */
import { build } from 'astro';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../src/lib/dates.ts';
import { statePath } from '../src/pipeline/publish/state.ts';
import { removeAbandoned } from '../src/pipeline/staging.ts';

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
if (values.content) {
  process.env.PORTAL_CONTENT_DIR = path.resolve(values.content);
  // One content-layer cache per content dir (see astro.config.mjs `cacheDir`).
  const key = createHash('sha256').update(process.env.PORTAL_CONTENT_DIR).digest('hex').slice(0, 10);
  process.env.PORTAL_CACHE_DIR ??= path.resolve('.cache/astro', `${path.basename(process.env.PORTAL_CONTENT_DIR)}-${key}`);
}

const root = process.cwd();
const finalDir = path.resolve(root, values.out!);
const contentDir = path.resolve(root, process.env.PORTAL_CONTENT_DIR ?? 'content');

/** Why `--out` cannot be used, in Chinese, or undefined. The output folder is replaced whole. */
function outProblem(): string | undefined {
  const shown = `--out「${values.out}」`;
  for (const [name, dir] of [['项目目录', root], ['内容目录', contentDir]] as const) {
    const r = path.relative(finalDir, dir);
    if (r === '' || (!r.startsWith('..') && !path.isAbsolute(r))) return `${shown}是${name}或包含${name}，生成网站时会被整个替换`;
  }
  const inContent = path.relative(contentDir, finalDir);
  if (!inContent.startsWith('..') && !path.isAbsolute(inContent)) return `${shown}在内容目录里面`;
  if (existsSync(finalDir)) {
    if (!statSync(finalDir).isDirectory()) return `${shown}是一个文件，不是文件夹`;
    if (readdirSync(finalDir).length > 0 && !existsSync(path.join(finalDir, 'index.html')) && !existsSync(path.join(finalDir, '_headers'))) {
      return `${shown}已有其他内容，不像是生成的网站（没有 index.html），生成网站时会被整个替换`;
    }
  }
  try {
    // `--out` may name a folder whose parent does not exist yet (a fresh checkout's .cache/…).
    mkdirSync(path.dirname(finalDir), { recursive: true });
    accessSync(path.dirname(finalDir), constants.W_OK);
  } catch (error) {
    return `无法写入 ${shown}所在的文件夹 ${path.dirname(finalDir)}（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}：没有写入权限、只读或路径中有同名文件）`;
  }
  return undefined;
}
const outError = outProblem();
if (outError) {
  console.error(`${outError}。请换一个可以写入的输出文件夹，如 --out dist。没有生成任何输出。`);
  process.exit(2);
}
// The staging folder must be on the same file system as the output, so the final
// swap is a rename (never a copy that could be interrupted half-way).
const stagingRoot = sameDevice(root, path.dirname(finalDir)) ? path.join(root, '.staging') : path.join(path.dirname(finalDir), '.staging');
const stamp = `${Date.now()}-${process.pid}`;
const staging = path.join(stagingRoot, `build-${stamp}`);
const old = path.join(stagingRoot, `old-${stamp}`);
process.env.PORTAL_OUT_DIR = staging;
// What the built site contains, for `npm run publish` (src/pipeline/publish/state.ts);
// moved into place with the site.
const stateFile = statePath(finalDir);
process.env.PORTAL_STATE_FILE = `${stateFile}.next-${process.pid}`;

/** Whether two existing folders are on one file system (so rename works between them). */
function sameDevice(a: string, b: string): boolean {
  try {
    return statSync(a).dev === statSync(b).dev;
  } catch {
    return true;
  }
}

/** Stop without touching the output: remove this build's staging folder. */
async function abandon(message: string, code: number): Promise<never> {
  // When interrupted, Astro may still have file writes in flight in libuv's thread pool,
  // which could recreate part of the staging folder after it was removed. Remove it, block
  // this thread a moment (the in-flight writes land; no new ones can start), remove again.
  rmSync(staging, { recursive: true, force: true });
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  rmSync(staging, { recursive: true, force: true });
  await rm(process.env.PORTAL_STATE_FILE!, { force: true });
  console.error('');
  console.error(message);
  console.error(existsSync(finalDir) ? `原有的 ${path.relative(root, finalDir) || '.'}/ 保持不变。` : '没有生成任何输出。');
  process.exit(code);
}

// Ctrl-C or a CI timeout during the build: clean up, keep the old output.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => void abandon(`构建被中断（${signal}）。`, 130));
}

const started = performance.now();
try {
  await mkdir(stagingRoot, { recursive: true });
  accessSync(stagingRoot, constants.W_OK);
} catch (error) {
  console.error(`无法创建临时文件夹 ${stagingRoot}（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）：输出文件夹所在的磁盘只读或没有写入权限。请换一个可以写入的输出文件夹，如 --out dist。没有生成任何输出。`);
  process.exit(2);
}
await removeAbandoned(stagingRoot);
try {
  await build({ root, logLevel: process.env.PORTAL_LOG_LEVEL === 'silent' ? 'error' : 'info' });
} catch (error) {
  await abandon(`构建失败：${(error as Error).message}`, 1);
}
// Never swap in an empty or partial site, whatever Astro reported.
if (!existsSync(path.join(staging, 'index.html')) || !existsSync(path.join(staging, '_headers'))) {
  await abandon('构建失败：输出不完整（缺少 index.html 或 _headers）。', 1);
}

// Swap: the old output is moved aside first, then the new one moved in; both are
// renames on one file system, so a reader sees either the old site or the new one.
try {
  if (existsSync(finalDir)) await rename(finalDir, old);
  await rename(staging, finalDir);
} catch (error) {
  if (!existsSync(finalDir) && existsSync(old)) await rename(old, finalDir);
  await abandon(`构建失败：无法替换输出目录：${(error as Error).message}`, 1);
}
await rm(old, { recursive: true, force: true });
if (existsSync(process.env.PORTAL_STATE_FILE)) await rename(process.env.PORTAL_STATE_FILE, stateFile);
console.log(`构建完成：${path.relative(root, finalDir)}/（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
