/**
 * The search page on a site split by quarter (src/lib/search/shards.ts: `auto` does it when a
 * year holds more than 1,200 items), in Chromium: tests/fixtures/valid plus twelve items of
 * September 2026, built here with --search-shards quarter and served on its own port. The
 * newest quarter is searched first and the page names the time searched in quarters; the
 * button adds the older quarters; a 年份 filter offers a partly searched year without a count.
 * Expected texts are written by hand from the fixture's dates.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyFixture } from '../support/fixtures.ts';
import { startServer } from '../support/static-server.ts';
import { expectAccessible } from '../support/axe.ts';

const PORT = Number(process.env.PORTAL_TEST_PORT ?? 4329) + 20;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const WORD = '秋季巡查';
const work = mkdtempSync(path.join(tmpdir(), 'portal-quarter-e2e-'));
let server: Server | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const content = path.join(work, 'content');
  copyFixture('valid', content);
  // Twelve items in September 2026 (2026q3, the newest quarter) with the word…
  for (let i = 1; i <= 12; i++) {
    const day = String(i).padStart(2, '0');
    writeFileSync(
      path.join(content, `articles/2026/autumn-${i}.md`),
      `---\ntitle: 秋季巡查第 ${i} 组工作情况\nindexNumber: 11990000MB1234560X/2026-00${700 + i}\ncolumn: news\npublished: 2026-09-${day}\nkeywords: [工作动态]\n---\n${WORD}第 ${i} 组完成现场检查。\n`,
    );
  }
  // …and the word in one item of 2026q1 (2026-01-04) and the one of 2025q1 (2025-03-10).
  const add = (rel: string) => {
    const file = path.join(content, rel);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n此前开展${WORD}。\n`);
  };
  add('articles/2026/fixture-news-1.md');
  add('plans/2025/fixture-plan.md');
  const site = path.join(work, 'site');
  const built = spawnSync(
    process.execPath,
    ['scripts/build.ts', '--as-of', '2026-11-22', '--content', content, '--out', site, '--search-shards', 'quarter', '--log-level', 'warn'],
    {
      encoding: 'utf8',
      env: { ...process.env, PORTAL_CACHE_DIR: path.join(work, 'astro-cache') },
    },
  );
  if (built.status !== 0) throw new Error(`build failed:\n${built.stdout.slice(-2000)}\n${built.stderr.slice(-2000)}`);
  server = await startServer(site, PORT);
});

test.afterAll(() => {
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

const status = (page: Page) => page.getByRole('status').filter({ hasText: /找到|没有找到|符合筛选/ });

test('a common word: the newest quarter first, said as a quarter; the button adds the older quarters', async ({ page }) => {
  const older: string[] = [];
  page.on('request', (r) => {
    if (/\/pagefind\/\d{4}q\d\//.test(new URL(r.url()).pathname)) older.push(new URL(r.url()).pathname);
  });
  await page.goto(`${ORIGIN}/search/?q=${encodeURIComponent(WORD)}`);
  await expect(status(page)).toHaveText(
    `在 2026 年第三季度发布的信息中找到 12 条包含“${WORD}”的信息，已显示前 10 条；2025 年至 2026 年第一季度的信息尚未检索。`,
    {
      timeout: 15_000,
    },
  );
  await expect(page.getByText(`以下只是 2026 年第三季度发布的信息中的结果，2025 年至 2026 年第一季度的信息尚未检索。`)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(older, 'no older quarter is downloaded before it is asked for').toEqual([]);
  await expectAccessible(page, { mode: 'normal' });

  // The button names what can still hold results (the gram table rules out 2026q2 and 2024q1).
  await page.getByRole('button', { name: '同时检索 2025 年至 2026 年第一季度的信息' }).click();
  await expect(status(page)).toHaveText(`找到 14 条包含“${WORD}”的信息，已显示前 10 条。`);
  expect(older.some((p) => p.startsWith('/pagefind/2026q1/'))).toBe(true);
  expect(older.some((p) => p.startsWith('/pagefind/2025q1/'))).toBe(true);
});

test('the 年份 filter offers a partly searched year without a count; choosing it searches its quarters only', async ({ page }) => {
  const older: string[] = [];
  page.on('request', (r) => {
    const m = /^\/pagefind\/(\d{4}q\d)\//.exec(new URL(r.url()).pathname);
    if (m) older.push(m[1]!);
  });
  await page.goto(`${ORIGIN}/search/?q=${encodeURIComponent(WORD)}`);
  await expect(status(page)).toContainText('在 2026 年第三季度发布的信息中找到 12 条', { timeout: 15_000 });
  await page.locator('summary', { hasText: '筛选和排序' }).click();
  const year = page.getByLabel('年份');
  await expect(year.locator('option')).toHaveText(['全部年份', '2026', '2025', '2024']);
  await year.selectOption('2026');
  await expect(status(page)).toContainText(`找到 13 条包含“${WORD}”的信息（筛选：年份 2026）`);
  await expect(status(page)).not.toContainText('尚未检索');
  // Only the quarter of 2026 that can hold the word (2026q2 cannot); nothing of 2025.
  expect([...new Set(older)]).toEqual(['2026q1']);
});
