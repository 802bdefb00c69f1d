/**
 * The full build (`npm run build`): build the portal into a staging folder and move it to
 * `config.outDir` only when every step — content check, pages, attachments, search index,
 * output check — has succeeded. A failed build leaves the previous output exactly as it was.
 */
import { build as astroBuild } from 'astro';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PortalConfig } from '../config/config.ts';
import { astroConfig, astroLogLevel } from './astro-config.ts';
import { statePath } from './publish/state.ts';
import { removeAbandoned } from './staging.ts';

/** A build or publish that stopped: the plain-Chinese message and the exit code for a CLI (2: bad option, 1: failed, 130: interrupted). */
export class PipelineError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Why `outDir` cannot be used, in Chinese, or undefined. The output folder is replaced whole. */
export function outProblem(config: Pick<PortalConfig, 'root' | 'contentDir' | 'outDir'>, shownAs = config.outDir): string | undefined {
  const { root, contentDir, outDir: finalDir } = config;
  const shown = `--out「${shownAs}」`;
  for (const [name, dir] of [
    ['项目目录', root],
    ['内容目录', contentDir],
  ] as const) {
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
    // The output may be a folder whose parent does not exist yet (a fresh checkout's .cache/…).
    mkdirSync(path.dirname(finalDir), { recursive: true });
    accessSync(path.dirname(finalDir), constants.W_OK);
  } catch (error) {
    return `无法写入 ${shown}所在的文件夹 ${path.dirname(finalDir)}（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}：没有写入权限、只读或路径中有同名文件）`;
  }
  return undefined;
}

/** Whether two existing folders are on one file system (so rename works between them). */
function sameDevice(a: string, b: string): boolean {
  try {
    return statSync(a).dev === statSync(b).dev;
  } catch {
    return true;
  }
}

export interface BuildOptions {
  /** How `outDir` was written on the command line, for messages. Default: the absolute path. */
  outShownAs?: string;
}

/**
 * Build the site of `config` into `config.outDir`. Returns the seconds it took.
 * @throws PipelineError when the output cannot be used or the build failed (the old output is kept).
 */
export async function build(config: PortalConfig, options: BuildOptions = {}): Promise<number> {
  const { root, outDir: finalDir } = config;
  const outError = outProblem(config, options.outShownAs);
  if (outError) throw new PipelineError(`${outError}。请换一个可以写入的输出文件夹，如 --out dist。没有生成任何输出。`, 2);
  // The staging folder must be on the same file system as the output, so the final
  // swap is a rename (never a copy that could be interrupted half-way).
  const stagingRoot = sameDevice(root, path.dirname(finalDir)) ? path.join(root, '.staging') : path.join(path.dirname(finalDir), '.staging');
  const stamp = `${Date.now()}-${process.pid}`;
  const staging = path.join(stagingRoot, `build-${stamp}`);
  const old = path.join(stagingRoot, `old-${stamp}`);
  // What the built site contains, for `npm run publish` (src/pipeline/publish/state.ts);
  // moved into place with the site.
  const stateFile = statePath(finalDir, root);
  const nextState = `${stateFile}.next-${process.pid}`;

  /** Stop without touching the output: remove this build's staging folder. */
  const abandon = async (message: string, code: number): Promise<never> => {
    // When interrupted, Astro may still have file writes in flight in libuv's thread pool,
    // which could recreate part of the staging folder after it was removed. Remove it, block
    // this thread a moment (the in-flight writes land; no new ones can start), remove again.
    rmSync(staging, { recursive: true, force: true });
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    rmSync(staging, { recursive: true, force: true });
    await rm(nextState, { force: true });
    const kept = existsSync(finalDir) ? `原有的 ${path.relative(root, finalDir) || '.'}/ 保持不变。` : '没有生成任何输出。';
    throw new PipelineError(`\n${message}\n${kept}`, code);
  };

  // Ctrl-C or a CI timeout during the build: clean up, keep the old output.
  const onSignal = (signal: NodeJS.Signals) => {
    abandon(`构建被中断（${signal}）。`, 130).catch((error: PipelineError) => {
      console.error(error.message);
      process.exit(error.exitCode);
    });
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.once(signal, onSignal);
  try {
    const started = performance.now();
    try {
      await mkdir(stagingRoot, { recursive: true });
      accessSync(stagingRoot, constants.W_OK);
    } catch (error) {
      throw new PipelineError(
        `无法创建临时文件夹 ${stagingRoot}（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）：输出文件夹所在的磁盘只读或没有写入权限。请换一个可以写入的输出文件夹，如 --out dist。没有生成任何输出。`,
        2,
      );
    }
    await removeAbandoned(stagingRoot);
    const run: PortalConfig = { ...config, outDir: staging, stateFile: nextState };
    try {
      await astroBuild({ ...astroConfig(run), configFile: false, logLevel: astroLogLevel(config.logLevel) });
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
    if (existsSync(nextState)) await rename(nextState, stateFile);
    return (performance.now() - started) / 1000;
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
  }
}
