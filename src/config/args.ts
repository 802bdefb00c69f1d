/**
 * The one command-line parser of the portal's CLIs: the options every CLI shares
 * (`--as-of`, `--content`, `--out`, and the build settings) are declared and checked here
 * once, so they mean the same thing and fail with the same Chinese message everywhere.
 *
 *   const { values, positionals, config } = parseCli(process.argv.slice(2), {
 *     common: ['as-of', 'content'],            // which shared options this CLI takes
 *     options: { json: { type: 'boolean' } },  // its own options (node:util parseArgs syntax)
 *     usage: 'npm run audit -- [--as-of 2026-11-22] [--content 目录] [--json]',
 *   });
 *
 * `config` is the resolved PortalConfig (src/config/config.ts). On a bad option or value it
 * prints the message (and the usage line) and exits with code 2; `parseArgsOrThrow` is the
 * same without exiting, for tests and callers that handle the error.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { ConfigError, resolveConfig, type ConfigOverrides, type PortalConfig } from './config.ts';

/** The shared options, by name, with the PortalConfig field each sets. */
export const COMMON_OPTIONS = {
  'as-of': { type: 'string' },
  content: { type: 'string' },
  out: { type: 'string' },
  'search-shards': { type: 'string' },
  'log-level': { type: 'string' },
  timings: { type: 'boolean' },
  'show-warnings': { type: 'boolean' },
  'bundle-data-store': { type: 'boolean' },
  cache: { type: 'string' },
} as const satisfies ParseArgsOptionsConfig;

export type CommonOption = keyof typeof COMMON_OPTIONS;
/** The options of `npm run build` (and `npm run publish`, with its own `--site` for `--out`). */
export const BUILD_OPTIONS: readonly CommonOption[] = [
  'as-of',
  'content',
  'out',
  'search-shards',
  'log-level',
  'timings',
  'show-warnings',
  'bundle-data-store',
  'cache',
];

export interface CliSpec<O extends ParseArgsOptionsConfig> {
  common: readonly CommonOption[];
  options?: O;
  allowPositionals?: boolean;
  /** One line shown after an error, e.g. `npm run check -- [--as-of 日期] [--content 目录]`. */
  usage?: string;
}

type Values<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>['values'];

export interface Cli<O extends ParseArgsOptionsConfig> {
  /** The CLI's own options. */
  values: Values<O>;
  positionals: string[];
  /** What the shared options set. */
  overrides: ConfigOverrides;
  config: PortalConfig;
}

export class UsageError extends Error {}

/** The overrides the shared options give. */
export function overridesFrom(values: Record<string, unknown>): ConfigOverrides {
  const s = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const b = (k: string) => (values[k] === true ? true : undefined);
  return {
    asOf: s('as-of'),
    contentDir: s('content'),
    outDir: s('out'),
    searchShards: s('search-shards'),
    logLevel: s('log-level'),
    timings: b('timings'),
    showWarnings: b('show-warnings'),
    bundleDataStore: b('bundle-data-store'),
    cacheDir: s('cache'),
  };
}

/** Parse and resolve; throws UsageError (plain Chinese) on an unknown option or a bad value. */
export function parseArgsOrThrow<O extends ParseArgsOptionsConfig = Record<never, never>>(
  argv: readonly string[],
  spec: CliSpec<O>,
  env?: Record<string, string | undefined>,
): Cli<O> {
  const shared = Object.fromEntries(spec.common.map((name) => [name, COMMON_OPTIONS[name]]));
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...shared, ...(spec.options ?? {}) }, allowPositionals: spec.allowPositionals ?? false, strict: true });
  } catch (error) {
    throw new UsageError(`参数有误：${(error as Error).message}`);
  }
  const values = parsed.values as Record<string, unknown>;
  const overrides = overridesFrom(values);
  let config: PortalConfig;
  try {
    config = resolveConfig(overrides, env);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const own = Object.fromEntries(Object.entries(values).filter(([k]) => !(k in shared)));
  return { values: own as Values<O>, positionals: parsed.positionals, overrides, config };
}

/** `parseArgsOrThrow` for a CLI's main module: prints the error and the usage line, exits 2. */
export function parseCli<O extends ParseArgsOptionsConfig = Record<never, never>>(argv: readonly string[], spec: CliSpec<O>): Cli<O> {
  try {
    return parseArgsOrThrow(argv, spec);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    if (spec.usage) console.error(`用法：${spec.usage}`);
    process.exit(2);
  }
}
