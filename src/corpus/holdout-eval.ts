/**
 * `npm run search:eval -- --holdout DIR`: convert a folder of Markdown articles into a content
 * folder (holdout.ts), build it with the portal (`node scripts/build.ts`, year shards by
 * default so the first-screen figures cover the layout of large sites), and evaluate the
 * search on it (src/lib/search/eval.ts) with queries drawn from the articles' text
 * (eval-queries.ts: Ⅲ类, 劣Ⅴ类, PM2.5, 2024—2025 … where the text has them, substrings,
 * two-word queries) plus titles' substrings and 索引号 (the `auto` kinds of the query file).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateSearch, type EvalRow, type SearchEvaluation } from '../lib/search/eval.ts';
import type { DrawOptions } from '../lib/search/eval-queries.ts';
import { convertHoldout, DEFAULT_HOLDOUT_AS_OF, type HoldoutStats } from './holdout.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface HoldoutEvalOptions {
  /** Folder of Markdown articles. */
  from: string;
  /** Work folder (content/ and site/ inside); default a temporary folder, removed afterwards. */
  work?: string;
  asOf?: string;
  seed?: number;
  column?: string;
  /** Search index layout of the build (default year). */
  shards?: 'year' | 'quarter' | 'single' | 'auto';
  /** Queries drawn from the text (defaults: eval-queries.ts). */
  draw?: Omit<DrawOptions, 'seed'>;
  /** Queries of your own, evaluated with the drawn ones. */
  queries?: Array<{ q: string; category: string }>;
  /** Titles' substrings and 索引号 derived as in the query file's `auto` (default 10 and 5). */
  titleSubstrings?: number;
  indexNumbers?: number;
  onRow?: (row: EvalRow) => void;
  onProgress?: (message: string) => void;
}

/** The build of a hold-out content folder failed. */
export class HoldoutBuildError extends Error {}

export interface HoldoutEvaluation extends SearchEvaluation {
  conversion: HoldoutStats;
  /** Where the built site is (removed already unless `work` was given). */
  site: string;
}

/** Convert, build and evaluate (see the module comment). */
export async function evaluateHoldout(options: HoldoutEvalOptions): Promise<HoldoutEvaluation> {
  const temp = options.work === undefined;
  const work = temp ? mkdtempSync(path.join(os.tmpdir(), 'portal-holdout-')) : path.resolve(options.work!);
  mkdirSync(work, { recursive: true });
  const content = path.join(work, 'content');
  const site = path.join(work, 'site');
  const seed = options.seed ?? 7;
  const asOf = options.asOf ?? DEFAULT_HOLDOUT_AS_OF;
  try {
    const conversion = convertHoldout({
      from: options.from,
      out: content,
      asOf,
      seed,
      source: path.join(ROOT, 'content'),
      ...(options.column ? { column: options.column } : {}),
    });
    options.onProgress?.(`已转换 ${conversion.items} 篇文章，正在构建…`);
    const args = ['scripts/build.ts', '--as-of', asOf, '--content', content, '--out', site, '--search-shards', options.shards ?? 'year', '--log-level', 'warn'];
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) {
      const all = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n');
      // The content check's errors first (they come before its warnings), else the end of the output.
      const errors = all.filter((l) => l.includes('[错误]'));
      const said = [
        ...errors.slice(0, 30),
        ...(errors.length > 30 ? [`……另有 ${errors.length - 30} 个错误`] : []),
        ...all.slice(errors.length ? -3 : -30),
      ].join('\n');
      throw new HoldoutBuildError(`转换出的内容构建失败（node ${args.join(' ')}）：\n${said}`);
    }
    const evaluation = await evaluateSearch({
      dist: site,
      queryFile: { queries: options.queries ?? [], auto: { titleSubstrings: options.titleSubstrings ?? 10, indexNumbers: options.indexNumbers ?? 5 } },
      textQueries: { seed, ...options.draw },
      comparePlain: false,
      seed,
      ...(options.onRow ? { onRow: options.onRow } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const years = Object.entries(conversion.byYear)
      .map(([y, n]) => `${y} 年 ${n}`)
      .join('，');
    const t = conversion.titles;
    evaluation.lines.splice(
      1,
      0,
      `保留集 hold-out：${options.from} 的 ${conversion.items} 篇文章转为公开信息，截至 ${asOf}（${years}）；标题取自 front matter ${t.frontMatter}、首个标题行 ${t.heading}、文件名 ${t.fileName}`,
    );
    evaluation.figures.holdout = conversion;
    return { ...evaluation, conversion, site };
  } finally {
    if (temp) rmSync(work, { recursive: true, force: true });
  }
}
