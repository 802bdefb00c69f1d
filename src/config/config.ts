/**
 * The portal's configuration: every setting of a build, a publish, a check or an audit,
 * resolved once into one typed `PortalConfig` and then passed on as an argument (to the
 * pipeline, the CLIs' functions) or, inside Astro, read from the virtual module
 * `virtual:portal/config` (src/pipeline/vite/config-module.ts).
 *
 * Sources, strongest first: the command-line options (src/config/args.ts), the few
 * environment variables listed in `ENVIRONMENT` (for `astro dev`, CI and the test harness,
 * which start processes without options), `content/site.yaml` (the site's address), and
 * the one default of each setting (`DEFAULTS`). This is the only module that reads
 * `process.env`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { resolveAsOf, type IsoDate } from '../lib/dates.ts';

/** Search index layout: `auto` is one bundle below 2,000 published items, one per year from there (src/lib/search/shards.ts). */
export type SearchShards = 'auto' | 'year' | 'quarter' | 'single';
/** How much the build prints: Astro's levels; `silent` still shows errors. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface PortalConfig {
  /** The project folder (where src/pages and astro.config.mjs are). Default: the working directory. */
  root: string;
  /** The content folder, absolute. Default: `<root>/content`. */
  contentDir: string;
  /** The built site, absolute. Default: `<root>/dist`. */
  outDir: string;
  /** The day every date rule is judged against. Default: today in China (UTC+8), taken once when the config is resolved. */
  asOf: IsoDate;
  /** Whether the as-of date was given (option or PORTAL_AS_OF); when not, a long-running process (the editor) follows the calendar. */
  asOfFixed: boolean;
  /** The site's address, from `url` in `<contentDir>/site.yaml` (undefined when it cannot be read: the content check reports why). */
  siteUrl: string | undefined;
  /** Search index layout. Default: `auto`. */
  searchShards: SearchShards;
  /** Default: `info`. */
  logLevel: LogLevel;
  /** One line per build phase with CPU, wall time and memory (`npm run bench` reads them). Default: off. */
  timings: boolean;
  /** Print the content check's warnings too, not only its errors. Default: off. */
  showWarnings: boolean;
  /** Let Astro bundle the content data store instead of reading it from disk (src/pipeline/vite/data-store.ts). Default: off. */
  bundleDataStore: boolean;
  /**
   * Astro's cache (the content layer's data store). Default: `<root>/node_modules/.astro` for
   * `<root>/content`; for any other content folder its own `<root>/.cache/astro/<name>-<hash>`,
   * so builds of different corpora never reuse or clobber each other's.
   */
  cacheDir: string;
  /** Chromium for the end-to-end tests and the bench. Default: `/usr/bin/chromium`. */
  chromium: string;
  /** Port of the preview server the end-to-end tests start. Default: 4329. */
  testPort: number;
  /**
   * Set by the pipeline for one run, never by an option:
   * - `stateFile`: where the build writes the site state for `npm run publish`;
   * - `onlyPaths`: `npm run publish` renders only these URL paths of the big routes;
   * - `publishContext`: the file with the items `npm run publish` has checked and the
   *   freshly rendered Markdown of the changed ones, which src/data/portal.ts reads.
   */
  stateFile?: string | undefined;
  onlyPaths?: readonly string[] | undefined;
  publishContext?: string | undefined;
}

/** What the command line (or a caller such as a test) may set; anything left out comes from the environment, site.yaml or the default. */
export interface ConfigOverrides {
  root?: string | undefined;
  contentDir?: string | undefined;
  outDir?: string | undefined;
  asOf?: string | undefined;
  searchShards?: string | undefined;
  logLevel?: string | undefined;
  timings?: boolean | undefined;
  showWarnings?: boolean | undefined;
  bundleDataStore?: boolean | undefined;
  cacheDir?: string | undefined;
}

/** The one default of each setting that has a fixed one (the as-of date's is today in China; the cache's depends on the content folder). */
export const DEFAULTS = {
  contentDir: 'content',
  outDir: 'dist',
  searchShards: 'auto',
  logLevel: 'info',
  timings: false,
  showWarnings: false,
  bundleDataStore: false,
  chromium: '/usr/bin/chromium',
  testPort: 4329,
} as const satisfies Partial<Record<keyof PortalConfig, unknown>>;

/**
 * The environment variables the portal reads (here and nowhere else), each the same as an
 * option. Set them for processes started without options (`astro dev`, CI, tests).
 */
export const ENVIRONMENT = {
  PORTAL_AS_OF: '--as-of',
  PORTAL_CONTENT_DIR: '--content',
  PORTAL_SEARCH_SHARDS: '--search-shards',
  PORTAL_LOG_LEVEL: '--log-level',
  PORTAL_TIMINGS: '--timings',
  PORTAL_SHOW_WARNINGS: '--show-warnings',
  PORTAL_BUNDLE_DATA_STORE: '--bundle-data-store',
  PORTAL_CACHE_DIR: '--cache',
  PORTAL_CHROMIUM: '(Chromium for tests and bench)',
  PORTAL_TEST_PORT: '(port of the end-to-end tests)',
} as const;

export class ConfigError extends Error {}

const SHARDS: readonly SearchShards[] = ['auto', 'year', 'quarter', 'single'];
const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** A set flag in the environment: anything but empty, `0` or `false`. */
const flag = (v: string | undefined) => (v === undefined || v === '' || v === '0' || v === 'false' ? undefined : true);
const str = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());

/** The cache folder of a content folder (see `PortalConfig.cacheDir`). */
export function defaultCacheDir(root: string, contentDir: string): string {
  if (path.resolve(contentDir) === path.resolve(root, DEFAULTS.contentDir)) return path.join(root, 'node_modules', '.astro');
  const key = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 10);
  return path.join(root, '.cache', 'astro', `${path.basename(contentDir)}-${key}`);
}

function readSiteUrl(contentDir: string): string | undefined {
  try {
    const url = (parse(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as { url?: unknown } | null)?.url;
    return typeof url === 'string' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Resolve the configuration once: options over environment over site.yaml over defaults.
 * @throws ConfigError (plain Chinese) for a value that is not allowed.
 */
export function resolveConfig(options: ConfigOverrides = {}, env: Record<string, string | undefined> = process.env): PortalConfig {
  const root = path.resolve(options.root ?? process.cwd());
  const contentDir = path.resolve(root, options.contentDir ?? str(env.PORTAL_CONTENT_DIR) ?? DEFAULTS.contentDir);
  const outDir = path.resolve(root, options.outDir ?? DEFAULTS.outDir);

  const asOfGiven = options.asOf ?? str(env.PORTAL_AS_OF);
  let asOf: IsoDate;
  try {
    asOf = resolveAsOf(asOfGiven, options.asOf !== undefined ? '--as-of' : 'PORTAL_AS_OF');
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }

  const shards = options.searchShards ?? str(env.PORTAL_SEARCH_SHARDS) ?? DEFAULTS.searchShards;
  if (!SHARDS.includes(shards as SearchShards)) throw new ConfigError(`--search-shards「${shards}」无效，应为 ${SHARDS.join('、')} 之一。`);
  const level = options.logLevel ?? str(env.PORTAL_LOG_LEVEL) ?? DEFAULTS.logLevel;
  if (!LEVELS.includes(level as LogLevel)) throw new ConfigError(`--log-level「${level}」无效，应为 ${LEVELS.join('、')} 之一。`);
  const testPort = Number(str(env.PORTAL_TEST_PORT) ?? DEFAULTS.testPort);
  if (!Number.isInteger(testPort) || testPort <= 0 || testPort > 65535) throw new ConfigError(`PORTAL_TEST_PORT「${env.PORTAL_TEST_PORT}」不是有效的端口号。`);

  const cacheGiven = options.cacheDir ?? str(env.PORTAL_CACHE_DIR);
  return {
    root,
    contentDir,
    outDir,
    asOf,
    asOfFixed: asOfGiven !== undefined,
    siteUrl: readSiteUrl(contentDir),
    searchShards: shards as SearchShards,
    logLevel: level as LogLevel,
    timings: options.timings ?? flag(env.PORTAL_TIMINGS) ?? DEFAULTS.timings,
    showWarnings: options.showWarnings ?? flag(env.PORTAL_SHOW_WARNINGS) ?? DEFAULTS.showWarnings,
    bundleDataStore: options.bundleDataStore ?? flag(env.PORTAL_BUNDLE_DATA_STORE) ?? DEFAULTS.bundleDataStore,
    cacheDir: cacheGiven ? path.resolve(root, cacheGiven) : defaultCacheDir(root, contentDir),
    chromium: str(env.PORTAL_CHROMIUM) ?? DEFAULTS.chromium,
    testPort,
  };
}

/**
 * Pagefind's indexing service reads its chunk size from its environment when it starts:
 * set it for the services started until the returned function restores the previous value.
 */
export function withPagefindChunkSize(size: number | undefined): () => void {
  const name = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
  const previous = process.env[name];
  if (size === undefined) delete process.env[name];
  else process.env[name] = String(size);
  return () => {
    if (previous === undefined) delete process.env[name];
    else process.env[name] = previous;
  };
}
