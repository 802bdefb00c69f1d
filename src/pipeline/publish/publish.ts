/**
 * Incremental publishing (`npm run publish`): publish what changed in the content folder
 * since the site was built (or last published) — changed, added or withdrawn items — into
 * the built site without rebuilding it. Changes are found by comparing each item's source
 * and attachments with the site state; files named by the caller are included.
 *
 * 1. Check all content (the same check as the build; nothing is published on an error).
 * 2. Work out which pages change (./affected.ts): the items' pages, the listing pages of
 *    their columns from the first position that moved, the column feeds, related items'
 *    pages; home, catalogue, feeds, sitemap, audit and series pages are always re-rendered.
 * 3. Render only those with a partial Astro build (`config.onlyPaths`, see only-paths.ts)
 *    into a temporary folder, without re-syncing the content layer: item data comes from
 *    the check, the changed items' Markdown is rendered afresh (overlay.ts; both reach the
 *    pages through the publish context file, context.ts), unchanged bodies come from the
 *    full build's data store (`sync` to sync anyway).
 * 4. Check the new pages' links against the site as it will be, then move them into the
 *    site file by file (each a rename), copy the items' attachments, delete pages that
 *    no longer exist.
 * 5. Re-index search (Pagefind has no incremental indexing): by default a small delta
 *    bundle at /pagefind/delta/ with every item published since the last full build,
 *    listed in /pagefind/shards.json with the page ids of the old versions to drop (the
 *    search page asks it together with the newest year); `search: 'shard'` re-indexes the
 *    items' year shards instead, `'full'` the whole index.
 * 6. Save the new site state.
 *
 * Between steps 4 and 5 a reader may briefly see the new page while search still finds
 * the old text. Run a full build regularly (e.g. nightly) all the same.
 */
import { build } from 'astro';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PortalConfig } from '../../config/config.ts';
import { checkContent } from '../../lib/content/check.ts';
import { formatReport, isError } from '../../lib/content/problems.ts';
import { isPublishable } from '../../lib/items.ts';
import { SLUG } from '../../lib/schemas/common.ts';
import { DELTA, groupItems, shardKey, shardModeFrom } from '../../lib/search/shards.ts';
import { itemUrl } from '../../lib/urls.ts';
import { astroConfig, astroLogLevel } from '../astro-config.ts';
import { publishFiles, pruneFiles } from '../attachments.ts';
import { PipelineError } from '../build.ts';
import { buildSearchIndex, indexShards, pageIdsByUrl, readManifest, writeManifest } from '../search-index.ts';
import { removeAbandoned } from '../staging.ts';
import { affectedPaths } from './affected.ts';
import { readState, siteState, statePath, writeState } from './state.ts';
import { verifyPages } from './verify.ts';

export type SearchUpdate = 'delta' | 'shard' | 'full';

export interface PublishOptions {
  /** Content files to publish even if unchanged (paths as given; each must be a .md/.mdx file under the content folder, or a deleted one). */
  files?: readonly string[];
  /** How search is updated. Default: `delta`. */
  search?: SearchUpdate;
  /** Sync the content layer (slower; needed for MDX, done automatically then). Default: off. */
  sync?: boolean;
  /** How the site folder was written on the command line, for messages. */
  siteShownAs?: string;
  /** Where progress lines go as they happen. Default: console.log. */
  print?: (line: string) => void;
}

export interface PublishSummary {
  /** The two lines `npm run publish` prints (what was published; timings). */
  report: string[];
  /** Slugs published or withdrawn. */
  changed: string[];
}

/**
 * Publish into the built site `config.outDir` what changed in `config.contentDir`.
 * @throws PipelineError (plain Chinese, nothing published) on a bad file argument, a site
 *   that was never built, a content error, a failed render or a failed output check.
 */
export async function publish(config: PortalConfig, options: PublishOptions = {}): Promise<PublishSummary> {
  const { root, contentDir, asOf, outDir: siteDir } = config;
  const positionals = options.files ?? [];
  const fail = (msg: string, code = 1): never => {
    throw new PipelineError(msg, code);
  };
  const log: string[] = [];
  const say = (line: string) => {
    log.push(line);
    (options.print ?? console.log)(line);
  };
  // The named files: each must be a Markdown/MDX file under the content folder (it may have
  // been deleted, to withdraw it). Anything else (`.`, `..`, a folder, a file elsewhere) is
  // refused before anything is read, written or deleted.
  const relContent = path.relative(root, contentDir) || '.';
  for (const f of positionals) {
    const abs = path.resolve(root, f);
    const inside = path.relative(contentDir, abs);
    const ext = path.extname(abs);
    const slug = path.basename(abs, ext);
    if (
      inside === '' ||
      inside.startsWith('..') ||
      path.isAbsolute(inside) ||
      !['.md', '.mdx'].includes(ext) ||
      !SLUG.test(slug) ||
      (existsSync(abs) && !statSync(abs).isFile())
    ) {
      fail(
        `参数「${f}」不是 ${relContent}/ 下的信息文件（.md 或 .mdx）。npm run publish 只接受内容文件，如 npm run publish -- ${relContent}/articles/2026/文件名.md；不带参数则发布自上次构建以来的全部改动。没有发布或删除任何内容。`,
        2,
      );
    }
  }
  // The site folder must be a built site, never the project, the content or a parent of them.
  for (const [name, dir] of [
    ['项目目录', root],
    ['内容目录', contentDir],
  ] as const) {
    const r = path.relative(siteDir, dir);
    if (r === '' || !r.startsWith('..'))
      fail(`--site「${options.siteShownAs ?? siteDir}」是${name}或包含${name}，不能作为网站输出目录。没有发布或删除任何内容。`, 2);
  }

  const timings: Record<string, number> = {};
  let t = performance.now();
  const step = (name: string) => {
    timings[name] = Math.round(performance.now() - t);
    t = performance.now();
  };

  const before = readState(siteDir);
  if (!before || !existsSync(path.join(siteDir, 'index.html'))) {
    fail(
      `找不到 ${path.relative(root, siteDir) || '.'}/ 的上次构建记录（${path.relative(root, statePath(siteDir, root))}）：请先完整构建一次（npm run build）。`,
    );
  }

  // 1. Check everything, once; the build below reuses this result.
  const result = checkContent({ root, contentDir, asOf });
  const errors = result.problems.filter(isError);
  if (errors.length > 0) {
    fail(`${formatReport(result.problems)}\n内容检查发现 ${errors.length} 个错误，没有发布任何内容。`);
  }
  step('check');

  // 2. What changes: every item added, changed (source or attachments) or withdrawn since
  // the site was built or last published — the pages all come from the content as it is
  // now, so publishing only some changes would link to pages that do not exist yet — plus
  // the files named on the command line.
  const after = siteState(result.items, result.catalogue, asOf, before!.searchShards, root);
  const oldByslug = new Map(before!.items.map((i) => [i.slug, i]));
  const detected = new Set<string>();
  for (const i of after.items) {
    const o = oldByslug.get(i.slug);
    if (!o || (o.hash !== undefined && o.hash !== i.hash)) detected.add(i.slug);
  }
  const nowSlugs = new Set(after.items.map((i) => i.slug));
  for (const o of before!.items) if (!nowSlugs.has(o.slug)) detected.add(o.slug);
  const named = positionals.map((f) => path.basename(f).replace(/\.mdx?$/i, ''));
  const changed = [...new Set([...named, ...detected])].sort();
  const unnamed = changed.filter((s) => !named.includes(s));
  if (unnamed.length > 0)
    say(`另有 ${unnamed.length} 条信息自上次发布后有变化，一并发布：${unnamed.slice(0, 10).join('、')}${unnamed.length > 10 ? ' 等' : ''}`);
  const affected = affectedPaths(before!, after, changed, result.catalogue);
  step('affected');

  // 3. Partial build into a temporary folder beside the site (same file system: renames).
  const stagingRoot = path.join(path.dirname(siteDir), '.staging');
  // A publish or build killed earlier (even with kill -9) left its folder: remove it.
  await removeAbandoned(stagingRoot);
  const work = path.join(stagingRoot, `publish-${Date.now()}-${process.pid}`);
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(work, { recursive: true, force: true });
    console.error(`发布被中断（${signal}）。`);
    process.exit(130);
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.once(signal, onSignal);
  try {
    const tmpOut = path.join(work, 'out');
    mkdirSync(work, { recursive: true });
    // Without a content-layer sync (which re-reads and re-writes the whole data store, most
    // of a partial build's time at 20,000 items), the pages take item data from the check
    // above and the Markdown of every item changed since the last sync is rendered afresh
    // (src/pipeline/publish/overlay.ts). An MDX file among the changes needs the sync (its
    // module list is written by it), as does `--sync`.
    const needsSync = options.sync || changed.some((slug) => result.items.find((i) => i.slug === slug)?.file.endsWith('.mdx'));
    const overlaySlugs = needsSync ? [] : [...new Set([...(before!.unsynced ?? []), ...changed])];
    // The partial render: only the affected paths, into the temporary folder, with the
    // checked items (and the overlay) handed over in the publish context file.
    const run: PortalConfig = {
      ...config,
      outDir: tmpOut,
      stateFile: undefined,
      onlyPaths: affected.render,
      publishContext: path.join(work, 'publish-context.bin'),
    };
    const astroBuild = build as (config: Parameters<typeof build>[0], options: { sync: boolean }) => Promise<void>;
    try {
      await astroBuild(
        { ...astroConfig(run, { prechecked: result, overlaySlugs }), configFile: false, logLevel: astroLogLevel(config.logLevel, true) },
        { sync: needsSync },
      );
    } catch (error) {
      fail(`局部构建失败：${(error as Error).message}\n网站保持不变。`);
    }
    step('render');

    // 4. Check the new pages, then move them in.
    const newFiles = readdirSync(tmpOut, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(tmpOut, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    const hidden = new Set(result.items.filter((i) => !isPublishable(i, asOf)).map((i) => i.slug));
    for (const i of result.items) if (isPublishable(i, asOf)) hidden.delete(i.slug);
    const removed = new Set(affected.remove);
    const problems = verifyPages(
      tmpOut,
      siteDir,
      newFiles.filter((f) => /\.(html|xml)$/.test(f)),
      hidden,
      removed,
      result.site?.url,
    );
    if (problems.length > 0) {
      fail(
        `${problems
          .slice(0, 20)
          .map((p) => `${p.file}：${p.message}`)
          .join('\n')}\n输出检查发现 ${problems.length} 个问题，没有发布任何内容。`,
      );
    }
    step('verify');
    for (const rel of newFiles) {
      const dest = path.join(siteDir, rel);
      mkdirSync(path.dirname(dest), { recursive: true });
      renameSync(path.join(tmpOut, rel), dest);
    }
    for (const p of affected.remove) rmSync(path.join(siteDir, p), { recursive: true, force: true });
    const changedItems = result.items.filter((i) => affected.files.includes(i.slug));
    const copied = await publishFiles(changedItems, root, siteDir, asOf);
    // Attachments an item no longer lists, and all of a withdrawn item's, go as in a full build.
    pruneFiles(
      result.items,
      changed.filter((slug) => SLUG.test(slug)),
      root,
      siteDir,
      asOf,
    );
    step('install');

    // 5. Search. Default: the delta shard — every item published since the last full build,
    // re-indexed in a second or two, merged by the search page, which drops the year shards'
    // old versions (manifest `supersedes`). `--search shard`: re-index the items' year shards;
    // `--search full`: the whole index.
    const searchMode = options.search ?? 'delta';
    const shardsMode = readManifest(siteDir)?.mode ?? shardModeFrom(before!.searchShards, after.items);
    let searchNote: string;
    let searchDelta = before!.searchDelta;
    let mainPageIds = before!.mainPageIds;
    let scannedShards = before!.scannedShards;
    if (searchMode === 'delta') {
      // The page ids of the changed items' current versions in the year shards: read from the
      // fragments of those years' shards only, once per shard (kept in the site state).
      mainPageIds ??= {};
      const scanned = new Set(before!.scannedShards ?? []);
      const current = readManifest(siteDir);
      for (const slug of changed) {
        const old = oldByslug.get(slug);
        const shard = old && current?.shards.find((s) => s.key === shardKey(shardsMode, old.published));
        if (!shard || scanned.has(shard.key)) continue;
        for (const [url, id] of await pageIdsByUrl(path.join(siteDir, shard.path))) {
          const s = /^\/items\/([^/]+)\/$/.exec(url)?.[1];
          if (s) mainPageIds[s] = id;
        }
        scanned.add(shard.key);
      }
      scannedShards = [...scanned].sort();
      const published = new Set(after.items.map((i) => i.slug));
      const slugs = new Set(searchDelta?.slugs ?? []);
      const supersedes = new Set(searchDelta?.supersedes ?? []);
      // Withdrawn (不予公开, back to draft, deleted): not enough to hide from the search page —
      // its fragments must be gone. Re-index its year shard (the whole index on a site with one
      // bundle) without it, and without the items the delta shard holds.
      const withdrawn = changed.filter((slug) => oldByslug.has(slug) && !published.has(slug));
      for (const slug of changed) {
        const old = mainPageIds[slug];
        if (published.has(slug)) {
          slugs.add(slug);
          if (old) supersedes.add(old);
        } else {
          slugs.delete(slug);
          if (old) supersedes.delete(old);
          delete mainPageIds[slug];
        }
      }
      searchDelta = { slugs: [...slugs].sort(), supersedes: [...supersedes].sort() };
      if (withdrawn.length > 0) {
        const keys = [...new Set(withdrawn.map((slug) => shardKey(shardsMode, oldByslug.get(slug)!.published)))];
        const groups = groupItems(
          after.items.filter((i) => !slugs.has(i.slug)),
          shardsMode,
        );
        await indexShards(siteDir, shardsMode, groups, { keys, supersedes: searchDelta.supersedes });
      }
      let manifest = await indexShards(siteDir, shardsMode, new Map([[DELTA, searchDelta.slugs]]), { keys: [DELTA], supersedes: searchDelta.supersedes });
      // Pagefind names a page by a hash of what it indexed: an item published again with the
      // same text (say, only an attachment changed) has the same id in the delta shard as in
      // its year shard, and must not be dropped there.
      const deltaInfo = manifest.shards.find((s) => s.key === DELTA);
      const deltaByUrl = deltaInfo ? await pageIdsByUrl(path.join(siteDir, deltaInfo.path)) : new Map<string, string>();
      const deltaIds = new Set(deltaByUrl.values());
      searchDelta = { ...searchDelta, supersedes: searchDelta.supersedes.filter((id) => !deltaIds.has(id)) };
      // Which year-shard version each delta page replaces, so the search page can put it in
      // that version's place in date order without reading other results.
      const replaces: Record<string, string> = {};
      for (const slug of searchDelta.slugs) {
        const id = deltaByUrl.get(itemUrl(slug));
        const old = mainPageIds[slug];
        if (id && old && id !== old) replaces[id] = old;
      }
      const { replaces: _old, ...rest } = manifest;
      manifest = writeManifest(siteDir, { ...rest, supersedes: searchDelta.supersedes, ...(Object.keys(replaces).length ? { replaces } : {}) });
      searchNote = `增量分片 ${searchDelta.slugs.length} 页，屏蔽旧版本 ${searchDelta.supersedes.length} 个（共 ${manifest.shards.length} 个分片）`;
    } else if (searchMode === 'shard') {
      // Re-index the shards of the changed items' old and new dates (a year or a quarter each); drop the delta shard's
      // entries for them (a later delta publish starts from this state).
      const groups = groupItems(after.items, shardsMode);
      const keys = [...new Set(affected.dates.map((d) => shardKey(shardsMode, d)))];
      if (searchDelta) {
        searchDelta = { slugs: searchDelta.slugs.filter((s) => !changed.includes(s)), supersedes: searchDelta.supersedes };
        groups.set(DELTA, searchDelta.slugs);
        keys.push(DELTA);
      }
      const manifest = await indexShards(siteDir, shardsMode, groups, { keys, supersedes: searchDelta?.supersedes ?? [] });
      searchNote = `分片 ${keys.join('、')}（共 ${manifest.shards.length} 个分片）`;
      mainPageIds = undefined;
      scannedShards = undefined;
    } else {
      const s = await buildSearchIndex(siteDir, after.items, { info: () => undefined, warn: (m) => console.warn(m) }, shardsMode);
      searchNote = `整站 ${s.pages} 页（Pagefind 只能全部重建）`;
      searchDelta = undefined;
      mainPageIds = undefined;
      scannedShards = undefined;
    }
    step('search');

    // 6. State.
    writeState(statePath(siteDir, root), {
      ...after,
      searchShards: before!.searchShards,
      searchDelta,
      mainPageIds,
      scannedShards,
      unsynced: needsSync ? [] : overlaySlugs,
    });
    step('state');

    const total = Object.values(timings).reduce((a, b) => a + b, 0);
    say(
      `发布完成：${changed.join('、')} → 页面 ${newFiles.filter((f) => f.endsWith('.html')).length} 个（其中按需 ${affected.render.length} 个），删除 ${affected.remove.length} 个，附件 ${copied} 个，搜索：${searchNote}（${(total / 1000).toFixed(1)} 秒）`,
    );
    say(
      `计时（ms）：${Object.entries(timings)
        .map(([k, v]) => `${k} ${v}`)
        .join('，')}`,
    );
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
    rmSync(work, { recursive: true, force: true });
  }
  return { report: log, changed };
}
