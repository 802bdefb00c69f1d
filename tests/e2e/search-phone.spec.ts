/**
 * The search page on a phone (issue 19): at 390×844, in the default and the elderly mode,
 * the first result is on the first screen, under the header and the page's search box.
 */
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { MODES, usePrefs } from '../support/axe.ts';

const OUT = path.resolve('test-results/screenshots');
const VIEWPORT = { width: 390, height: 844 } as const;
test.use({ viewport: VIEWPORT, trace: 'off' });

for (const mode of ['normal', 'elderly'] as const) {
  test(`390 px, ${mode} mode: the first result starts on the first screen`, async ({ page }) => {
    await usePrefs(page, MODES[mode]);
    await page.goto(`/search/?q=${encodeURIComponent('空气质量')}`);
    const first = page.getByRole('region', { name: '搜索结果' }).getByRole('listitem').first();
    await expect(first).toBeVisible({ timeout: 15_000 });
    await page.evaluate(() => document.fonts.ready);
    const title = (await first.getByRole('heading', { level: 3 }).boundingBox())!;
    await page.screenshot({ path: path.join(OUT, `phone-search-${mode}-390.png`) });
    // The title flows as one text: the link is a flex box for its target size, and a bare
    // highlighted word in it would be a flex item, a narrow column of its own.
    for (const link of await page.locator('.search-result h3 a').all()) {
      expect(await link.evaluate((a) => [...a.childNodes].filter((n) => n.nodeType !== Node.TEXT_NODE || n.textContent!.trim()).length)).toBe(1);
    }
    // Without scrolling: the title of the first result, not only its top edge.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(title.y).toBeGreaterThan(0);
    expect(title.y + Math.min(title.height, 60)).toBeLessThan(VIEWPORT.height);
  });
}
