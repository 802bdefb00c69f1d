/**
 * Index the built site with Pagefind through its Node API, as part of the build, so
 * one `npm run build` produces the site and its search index together.
 */
import * as pagefind from 'pagefind';
import path from 'node:path';

interface Logger {
  info: (msg: string) => void;
  warn: (msg: string) => void;
}

export async function buildSearchIndex(outDir: string, logger: Logger): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind 索引出错：${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind 写入索引出错：${written.errors.join('; ')}`);
    for (const e of added.errors) logger.warn(e);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
