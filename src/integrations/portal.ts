/**
 * The portal's build steps around Astro:
 * - before anything is built, validate all content and stop with a located, plain
 *   Chinese report if anything is wrong (`astro:config:setup`);
 * - in `astro dev`, serve attachments from content/;
 * - after the pages are written, copy attachments and data files, index the site with
 *   Pagefind and verify the output (`astro:build:done`).
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { checkContent, type CheckResult } from '../lib/content/check.ts';
import { formatReport, isError } from '../lib/content/problems.ts';
import { resolveAsOf } from '../lib/dates.ts';
import { publishFiles, publishedFileMap } from '../build/publish-files.ts';
import { buildSearchIndex } from '../build/search-index.ts';
import { verifyOutput, summariseOutputProblems } from '../build/verify-output.ts';
import { writeHeadersFile } from '../build/headers.ts';
import { attachmentLinkPlugin } from '../lib/content/links.ts';

export class ContentCheckError extends Error {}

export default function portal(): AstroIntegration {
  let result: CheckResult | undefined;
  const root = process.cwd();
  const contentDir = path.resolve(root, process.env.PORTAL_CONTENT_DIR ?? 'content');
  return {
    name: 'portal',
    hooks: {
      'astro:config:setup': ({ command, logger, config, updateConfig }) => {
        // Body links to a file beside the Markdown (`[附件](./files/a.pdf)`) point to where
        // the build publishes it, /files/<slug>/a.pdf (the check makes sure it is an attachment).
        const processor = config.markdown.processor as { name: string; options: { hastPlugins?: unknown[] } } | undefined;
        if (processor?.name === 'satteri') (processor.options.hastPlugins ??= []).push(attachmentLinkPlugin());
        else logger.warn(`Markdown 处理器 ${processor?.name ?? '（未知）'} 不是 satteri，正文中指向附件的相对链接不会被改写`);
        // Syntax highlighting writes style="" attributes, which the CSP (style-src 'self')
        // blocks and verify-output rejects; a disclosure portal shows code as plain text.
        updateConfig({ markdown: { syntaxHighlight: false } });
        const asOf = resolveAsOf();
        // Every later step reads the same as-of date, even across midnight.
        process.env.PORTAL_AS_OF = asOf;
        const started = performance.now();
        result = checkContent({ root, contentDir, asOf });
        const errors = result.problems.filter(isError);
        logger.info(`内容检查：${result.fileCount} 个文件，${errors.length} 个错误，${result.problems.length - errors.length} 个警告（${Math.round(performance.now() - started)} ms，基准日期 ${asOf}）`);
        if (result.problems.length > 0 && (errors.length > 0 || process.env.PORTAL_SHOW_WARNINGS)) {
          console.error(formatReport(result.problems));
        }
        if (errors.length > 0 && command === 'build') {
          throw new ContentCheckError(`内容检查发现 ${errors.length} 个错误，已停止构建，没有发布任何内容。`);
        }
      },
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
        // Each step logs its duration (ms); `npm run bench` reads these lines.
        let t = performance.now();
        const ms = () => `${Math.round(performance.now() - t)} ms`;
        const copied = await publishFiles(result.items, root, outDir, process.env.PORTAL_AS_OF!);
        logger.info(`附件和数据文件：复制 ${copied} 个（${ms()}）`);
        t = performance.now();
        const search = await buildSearchIndex(outDir, logger);
        logger.info(`搜索索引：${search.pages} 个信息页面，${Math.round(search.bytes / 1024)} KB（${ms()}）`);
        t = performance.now();
        await writeHeadersFile(outDir);
        const problems = await verifyOutput(outDir, result);
        if (problems.length > 0) {
          console.error(summariseOutputProblems(problems));
          throw new Error(`输出检查发现 ${problems.length} 个问题（断链或不应公开的内容），已停止发布。`);
        }
        logger.info(`输出检查通过：链接完整，没有未公开内容（${ms()}）`);
      },
    },
  };
}
