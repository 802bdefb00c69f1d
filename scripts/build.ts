/**
 * `npm run build`: build the portal into a staging folder and move it to the output only
 * when every step — content check, pages, attachments, search index, output check — has
 * succeeded (src/pipeline/build.ts). A failed build leaves the previous output as it was.
 *
 *   npm run build -- [--as-of YYYY-MM-DD] [--content DIR] [--out DIR (default dist)]
 *                    [--search-shards auto|year|quarter|single] [--log-level info|warn|silent …]
 *                    [--timings] [--show-warnings] [--bundle-data-store] [--cache DIR]
 *
 * Every option and its default: src/config/config.ts.
 */
import path from 'node:path';
import { BUILD_OPTIONS, parseCli } from '../src/config/args.ts';
import { build, PipelineError } from '../src/pipeline/build.ts';

const { config, overrides } = parseCli(process.argv.slice(2), {
  common: BUILD_OPTIONS,
  usage: 'npm run build -- [--as-of 2026-11-22] [--content 目录] [--out 目录] [--search-shards auto|year|quarter|single]',
});
try {
  const seconds = await build(config, { outShownAs: overrides.outDir ?? 'dist' });
  console.log(`构建完成：${path.relative(config.root, config.outDir)}/（${seconds.toFixed(1)} 秒）`);
} catch (error) {
  if (!(error instanceof PipelineError)) throw error;
  console.error(error.message);
  process.exit(error.exitCode);
}
