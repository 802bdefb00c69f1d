/**
 * The portal's build steps around Astro:
 * - before anything is built, validate all content and stop with a located, plain
 *   Chinese report if anything is wrong (`astro:config:setup`);
 * - in `astro dev`, serve attachments from content/;
 * - after the pages are written, copy attachments and data files, index the site with
 *   Pagefind and verify the output (`astro:build:done`).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { checkContent, type CheckResult } from '../lib/content/check.ts';
import { formatReport, isError } from '../lib/content/problems.ts';
import { publishFiles, publishedFileMap } from './attachments.ts';
import { buildSearchIndex } from './search-index.ts';
import { verifyOutput, summariseOutputProblems } from './verify-output.ts';
import { writeHeadersFile } from './headers.ts';
import { attachmentLinkPlugin } from '../lib/content/links.ts';
import { guardProcessor, type SatteriProcessor } from '../lib/content/body-sanitize.ts';
import { writePublishState } from './publish/integration.ts';
import { isPublishable } from '../lib/items.ts';
import { dataStoreFromDisk } from './vite/data-store.ts';
import { renderOverlay } from './publish/overlay.ts';
import { writePublishContext } from './publish/context.ts';
import { shardModeFrom } from '../lib/search/shards.ts';
import type { PortalConfig } from '../config/config.ts';

export class ContentCheckError extends Error {}

/**
 * With `timings` set, one line per build phase with this process's CPU and wall
 * time since the previous mark (`npm run bench` reads them; Pagefind's own process is
 * not included).
 */
function phaseTimer(on: boolean): (logger: { info: (m: string) => void }, phase: string) => void {
  let cpu = process.cpuUsage();
  let wall = performance.now();
  return (logger, phase) => {
    if (!on) return;
    const c = process.cpuUsage(cpu);
    const mem = process.memoryUsage();
    logger.info(
      `计时 ${phase}：CPU ${Math.round((c.user + c.system) / 1000)} ms，墙钟 ${Math.round(performance.now() - wall)} ms，RSS ${Math.round(mem.rss / 2 ** 20)} MB，堆 ${Math.round(mem.heapUsed / 2 ** 20)} MB`,
    );
    cpu = process.cpuUsage();
    wall = performance.now();
  };
}

/** What `npm run publish` hands to its partial render in the same process. */
export interface PublishRun {
  /** The content check it has just run (the same content, so the build does not check again). */
  prechecked: CheckResult;
  /** Items whose Markdown is rendered afresh (changed since the content layer last synced). */
  overlaySlugs: readonly string[];
}

export default function portal(config: PortalConfig, publish?: PublishRun): AstroIntegration {
  let result: CheckResult | undefined;
  const mark = phaseTimer(config.timings);
  const { root, contentDir, asOf } = config;
  return {
    name: 'portal',
    hooks: {
      'astro:config:setup': ({ command, logger, config: astro, updateConfig }) => {
        // Body links to a file beside the Markdown (`[附件](./files/a.pdf)`) point to where
        // the build publishes it, /files/<slug>/a.pdf (the check makes sure it is an attachment).
        const processor = astro.markdown.processor as unknown as SatteriProcessor | undefined;
        // Safety by construction (README "Security"): every body, Markdown or MDX, is
        // rendered through the guard (MDX code refused, table alignment as a class) and
        // every Markdown body's HTML through the allow-list, whether or not the check ran.
        if (processor?.name !== 'satteri') throw new Error(`Markdown 处理器 ${processor?.name ?? '（未知）'} 不是 satteri：正文安全检查无法接入，拒绝构建`);
        guardProcessor(processor);
        processor.options.hastPlugins!.push(attachmentLinkPlugin());
        // Syntax highlighting writes style="" attributes, which the CSP (style-src 'self')
        // blocks and verify-output rejects; a disclosure portal shows code as plain text.
        updateConfig({ markdown: { syntaxHighlight: false } });
        // The build reads the content data store from disk instead of bundling it whole
        // (src/pipeline/vite/data-store.ts): at 20,000 items ~10 s and ~1 GB less.
        if (command === 'build' && astro.output === 'static' && !config.bundleDataStore)
          updateConfig({ vite: { plugins: [dataStoreFromDisk(astro.cacheDir)] } });
        const started = performance.now();
        // `npm run publish` has just checked the same content in this process.
        result = publish?.prechecked ?? checkContent({ root, contentDir, asOf });
        const errors = result.problems.filter(isError);
        logger.info(
          `内容检查：${result.fileCount} 个文件，${errors.length} 个错误，${result.problems.length - errors.length} 个警告（${Math.round(performance.now() - started)} ms，其中公开时限 ${Math.round(result.deadlineMs)} ms，信息类型规则 ${Math.round(result.kindCheckMs)} ms，基准日期 ${asOf}）`,
        );
        if (result.problems.length > 0 && (errors.length > 0 || config.showWarnings)) {
          console.error(formatReport(result.problems));
        }
        if (errors.length > 0 && command === 'build') {
          throw new ContentCheckError(`内容检查发现 ${errors.length} 个错误，已停止构建，没有发布任何内容。`);
        }
      },
      'astro:config:done': async ({ config: astro, logger }) => {
        // `npm run publish` skips the content-layer sync; it asks for the Markdown of the
        // items changed since the last sync, rendered here exactly as the sync would, and
        // hands it with the checked items to the pages (src/data/portal.ts) in the file
        // named by `config.publishContext` (the pages run in Astro's prerender bundle,
        // a module graph of its own).
        if (publish && config.publishContext) {
          const overlay = publish.overlaySlugs.length ? await renderOverlay(astro, publish.prechecked.items, new Set(publish.overlaySlugs), root) : new Map();
          writePublishContext(config.publishContext, { items: publish.prechecked.items, overlay });
        }
        mark(logger, 'startup+check');
      },
      // Between config:done and build:start Astro syncs the content layer.
      'astro:build:start': ({ logger }) => mark(logger, 'contentSync'),
      'astro:build:generated': ({ logger }) => mark(logger, 'bundle+render'),
      'astro:server:setup': ({ server }) => {
        // Serve /files/<slug>/<name> from the item's folder while editing.
        server.middlewares.use((req, res, next) => {
          const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          if (!url.startsWith('/files/') || !result) return next();
          const abs = publishedFileMap(result.items, root).get(url);
          if (!abs || !existsSync(abs)) return next();
          res.setHeader('Content-Length', statSync(abs).size);
          createReadStream(abs).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!result) throw new Error('content check did not run');
        const outDir = fileURLToPath(dir);
        // `npm run publish` renders only some pages into a temporary folder
        // (`config.onlyPaths`) and does the site-wide steps itself (state included).
        if (config.onlyPaths) return;
        // The search index runs in Pagefind's own process, so it overlaps with copying
        // attachments and then checking the output (which needs the attachments) in this
        // one: on two cores that takes the check off the critical path. Each step logs
        // its own duration (ms); `npm run bench` reads these lines.
        const timed = async <T>(work: () => Promise<T>): Promise<[T, string]> => {
          const t0 = performance.now();
          const value = await work();
          return [value, `${Math.round(performance.now() - t0)} ms`];
        };
        const check = result;
        const published = check.items.filter((i) => isPublishable(i, asOf)).map((i) => ({ slug: i.slug, published: i.data.published }));
        const searchDone = timed(() => buildSearchIndex(outDir, published, logger, shardModeFrom(config.searchShards, published)));
        const verified = (async () => {
          const [copied, copyMs] = await timed(() => publishFiles(check.items, root, outDir, asOf));
          logger.info(`附件和数据文件：复制 ${copied} 个（${copyMs}）`);
          return timed(async () => {
            await writeHeadersFile(outDir);
            return verifyOutput(outDir, check, asOf);
          });
        })();
        // Both settle before anything is reported, so a failure never leaves the other running.
        const [searchResult, verifyResult] = await Promise.allSettled([searchDone, verified]);
        if (searchResult.status === 'rejected') throw searchResult.reason;
        if (verifyResult.status === 'rejected') throw verifyResult.reason;
        const [search, searchMs] = searchResult.value;
        logger.info(
          `搜索索引：${search.pages} 个信息页面，${search.manifest?.shards.length ?? 1} 个分片，${Math.round(search.bytes / 1024)} KB（${searchMs}）`,
        );
        const [problems, verifyMs] = verifyResult.value;
        if (problems.length > 0) {
          console.error(summariseOutputProblems(problems));
          throw new Error(`输出检查发现 ${problems.length} 个问题（断链或不应公开的内容），已停止发布。`);
        }
        logger.info(`输出检查通过：链接完整，没有未公开内容（${verifyMs}）`);
        if (config.stateFile) writePublishState(config.stateFile, result, asOf, config.searchShards);
        mark(logger, 'afterBuild');
      },
    },
  };
}
