/**
 * The one configuration (src/config/config.ts) and the one CLI parser (src/config/args.ts):
 * sources in order (option over environment over default), one default per setting, the
 * same checks and messages for every CLI.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/config.ts';
import { parseArgsOrThrow, UsageError } from '../../src/config/args.ts';
import { todayInChina } from '../../src/lib/dates.ts';

const ROOT = path.resolve('.');

describe('resolveConfig', () => {
  it('gives the documented defaults with no options and an empty environment', () => {
    const c = resolveConfig({}, {});
    expect(c).toMatchObject({
      root: ROOT,
      contentDir: path.join(ROOT, 'content'),
      outDir: path.join(ROOT, 'dist'),
      asOf: todayInChina(),
      asOfFixed: false,
      searchShards: 'auto',
      logLevel: 'info',
      timings: false,
      showWarnings: false,
      bundleDataStore: false,
      cacheDir: path.join(ROOT, 'node_modules', '.astro'),
      chromium: '/usr/bin/chromium',
      testPort: 4329,
    });
    expect(c.siteUrl).toMatch(/^https?:\/\//);
    expect(c.onlyPaths).toBeUndefined();
    expect(c.publishContext).toBeUndefined();
  });

  it('takes an option over the environment, the environment over the default', () => {
    const env = { PORTAL_AS_OF: '2026-01-05', PORTAL_SEARCH_SHARDS: 'single', PORTAL_TIMINGS: '1', PORTAL_LOG_LEVEL: 'silent' };
    expect(resolveConfig({}, env)).toMatchObject({ asOf: '2026-01-05', asOfFixed: true, searchShards: 'single', timings: true, logLevel: 'silent' });
    expect(resolveConfig({ asOf: '2026-11-22', searchShards: 'year' }, env)).toMatchObject({ asOf: '2026-11-22', searchShards: 'year' });
    expect(resolveConfig({}, { PORTAL_TIMINGS: '0', PORTAL_AS_OF: '' })).toMatchObject({ timings: false, asOfFixed: false });
  });

  it('gives another content folder its own cache', () => {
    const c = resolveConfig({ contentDir: 'tests/fixtures/valid' }, {});
    expect(c.contentDir).toBe(path.join(ROOT, 'tests/fixtures/valid'));
    expect(path.relative(ROOT, c.cacheDir)).toMatch(/^\.cache\/astro\/valid-[0-9a-f]{10}$/);
  });

  it('refuses a bad date, layout or log level in plain Chinese', () => {
    expect(() => resolveConfig({ asOf: '2026-02-30' }, {})).toThrow('--as-of「2026-02-30」不是有效日期，应为形如 2026-11-22 的日期。');
    expect(() => resolveConfig({}, { PORTAL_AS_OF: 'tomorrow' })).toThrow('PORTAL_AS_OF「tomorrow」不是有效日期');
    expect(() => resolveConfig({ searchShards: 'month' }, {})).toThrow('--search-shards「month」无效');
    expect(() => resolveConfig({ logLevel: 'loud' }, {})).toThrow('--log-level「loud」无效');
  });
});

describe('parseArgsOrThrow', () => {
  it('parses the shared options the same way and keeps a CLI its own', () => {
    const cli = parseArgsOrThrow(
      ['--as-of', '2026-11-22', '--content', 'tests/fixtures/valid', '--json'],
      { common: ['as-of', 'content'], options: { json: { type: 'boolean' } } },
      {},
    );
    expect(cli.values).toEqual({ json: true });
    expect(cli.config.asOf).toBe('2026-11-22');
    expect(cli.config.contentDir).toBe(path.join(ROOT, 'tests/fixtures/valid'));
  });

  it('refuses an option the CLI does not take, and a bad value', () => {
    expect(() => parseArgsOrThrow(['--out', 'x'], { common: ['as-of'] }, {})).toThrow(UsageError);
    expect(() => parseArgsOrThrow(['--as-of', '2026-13-01'], { common: ['as-of'] }, {})).toThrow('--as-of「2026-13-01」不是有效日期');
  });
});
