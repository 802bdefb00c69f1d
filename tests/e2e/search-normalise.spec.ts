/**
 * The search finds text however it is written (src/lib/search/normalise.ts): water-quality
 * classes with Roman numerals (Ⅲ类, 劣Ⅴ类) or Latin letters, PM2.5 in full width, year
 * spans with any dash. Typed in one form, every page with any form is found, the box keeps
 * what was typed, and each result highlights the match as the page writes it.
 * Expected counts are the published sample files that contain any of the forms, counted by
 * hand with `grep -l` over content/ (a lower bound: pages also show related items' titles).
 */
import { expect, test, type Page } from '@playwright/test';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /找到|没有找到/ });
const results = (page: Page) => page.getByRole('region', { name: '搜索结果' }).getByRole('listitem');
const box = (page: Page) => page.getByRole('searchbox', { name: '关键词、文号或索引号' });

/** Search, widening to every year when the page offers it; returns the stated count. */
async function searchAll(page: Page, q: string): Promise<number> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await expect(status(page)).toBeVisible({ timeout: 15_000 });
  const widen = page.getByRole('button', { name: /^同时检索 .+的信息$/ });
  if (await widen.isVisible()) {
    await widen.click();
    await expect(status(page)).not.toContainText('发布的信息中');
  }
  await expect(status(page)).not.toContainText('没有找到');
  const m = /找到 (\d+) 条/.exec((await status(page).textContent()) ?? '');
  return m ? Number(m[1]) : 0;
}

/** `expected`: published files of content/ containing any of `forms` (mostly the weekly water and monthly air releases). */
const CASES: Array<{ queries: string[]; forms: string[]; expected: number; marks: RegExp }> = [
  { queries: ['Ⅲ类', 'III类', 'ⅲ类'], forms: ['Ⅲ类', 'III类', 'ⅲ类'], expected: 58, marks: /^(Ⅲ|III|ⅲ)类$/ },
  { queries: ['劣Ⅴ类', '劣V类'], forms: ['劣Ⅴ类', '劣V类'], expected: 57, marks: /^劣(Ⅴ|V)类$/ },
  { queries: ['PM2.5', 'ＰＭ２.５', 'PM₂.₅'], forms: ['PM2.5', 'PM₂.₅', 'ＰＭ２．５'], expected: 18, marks: /^(PM2\.5|PM₂\.₅)$/i },
  { queries: ['2024—2025', '2024-2025'], forms: ['2024—2025', '2024-2025', '2024–2025'], expected: 3, marks: /^2024[—–-]2025$/ },
];

for (const { queries, expected, marks } of CASES) {
  test(`${queries.join(' / ')}: every form finds every page, the box keeps what was typed`, async ({ page }) => {
    // Up to three searches, each widened to every year.
    test.setTimeout(30_000 * queries.length);
    for (const q of queries) {
      const n = await searchAll(page, q);
      expect(n, q).toBeGreaterThanOrEqual(expected);
      await expect(box(page)).toHaveValue(q);
      const shown = results(page);
      await expect(shown).toHaveCount(Math.min(10, n));
      for (const item of await shown.all()) {
        const texts = (await item.locator('mark').allTextContents()).map((t) => t.trim());
        expect(
          texts.some((t) => marks.test(t)),
          `${q}: ${texts.join('|')}`,
        ).toBe(true);
      }
    }
  });
}

test('a Latin word that no page has says so (not the pages with a V in 劣V类)', async ({ page }) => {
  // No file of content/ contains VOCs in any case.
  await page.goto('/search/?q=VOCs');
  await expect(status(page)).toContainText('没有找到', { timeout: 15_000 });
});

test('on a 390 px phone the first result is on the first screen, under one search box', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/search/?q=${encodeURIComponent('劣Ⅴ类')}`);
  await expect(status(page)).toBeVisible({ timeout: 15_000 });
  // One search box on this page: the header's is left out, the page's holds the query.
  await expect(page.locator('#site-search-q')).toBeHidden();
  await expect(box(page)).toHaveValue('劣Ⅴ类');
  const title = results(page).first().getByRole('link').first();
  await expect(title).toBeVisible();
  const r = (await title.boundingBox())!;
  expect(r.y + r.height, 'bottom of the first result title').toBeLessThanOrEqual(844);
});
