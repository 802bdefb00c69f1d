/**
 * `npm run publish [-- FILE…]`: publish what changed in the content folder since the site
 * was built (or last published) — changed, added or withdrawn items — into the built site
 * without rebuilding it (src/pipeline/publish/publish.ts says how).
 *
 *   npm run publish -- [--site dist] [--as-of DATE] [--content DIR] [--cache DIR]
 *                      [--search delta|shard|full] [--sync] content/articles/2026/x.md …
 *
 * `--site` is the built site (the build's `--out`; either name works). Every shared
 * option and its default: src/config/config.ts.
 */
import { BUILD_OPTIONS, parseCli } from '../src/config/args.ts';
import { PipelineError } from '../src/pipeline/build.ts';
import { publish, type SearchUpdate } from '../src/pipeline/publish/publish.ts';

const usage = 'npm run publish -- [--site dist] [--as-of 2026-11-22] [--content 目录] [--search delta|shard|full] [--sync] [内容文件…]';
const { values, positionals, config } = parseCli(
  // `--site` names the output folder, as `--out` does for the build.
  process.argv.slice(2).map((a) => (a === '--site' ? '--out' : a.startsWith('--site=') ? `--out=${a.slice(7)}` : a)),
  { common: BUILD_OPTIONS, allowPositionals: true, usage, options: { search: { type: 'string' }, sync: { type: 'boolean', default: false } } },
);
const search = values.search ?? 'delta';
if (!['delta', 'shard', 'full'].includes(search)) {
  console.error(`--search「${search}」无效，应为 delta、shard、full 之一。\n用法：${usage}`);
  process.exit(2);
}
try {
  const shown = process.argv.slice(2).find((_, i, a) => a[i - 1] === '--site' || a[i - 1] === '--out') ?? 'dist';
  await publish(config, { files: positionals, search: search as SearchUpdate, sync: values.sync ?? false, siteShownAs: shown });
} catch (error) {
  if (!(error instanceof PipelineError)) throw error;
  console.error(error.message);
  process.exit(error.exitCode);
}
