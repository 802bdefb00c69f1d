/**
 * Reflow (WCAG 1.4.10, 1.4.4): no page template scrolls sideways at 320 px, or at 200 %
 * zoom (a 1280 px window zoomed to 200 % lays out at 640 CSS px; emulated with a 640 px
 * viewport at device scale factor 2), in normal and elderly mode — nor with the largest
 * 文字大小 step (≥ 30 px body text) at 1280 px and at 320 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { horizontalOverflow, templateList, usePrefs } from '../support/axe.ts';

const pages = templateList();
test.use({ trace: 'off' });

async function expectNoSideways(page: Page, url: string, label: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  const { overflow, culprits } = await horizontalOverflow(page);
  expect(overflow, `${label} ${url} scrolls sideways by ${overflow}px: ${culprits.join('; ')}`).toBeLessThanOrEqual(0);
}

const cases = [
  { name: '320 px', viewport: { width: 320, height: 720 }, scale: 1 },
  { name: '200 % zoom', viewport: { width: 640, height: 400 }, scale: 2 },
];

for (const c of cases) {
  for (const [mode, prefs] of [
    ['normal', {}],
    ['elderly', { elderly: true }],
  ] as const) {
    test.describe(`${c.name}, ${mode} mode`, () => {
      test.use({ viewport: c.viewport, deviceScaleFactor: c.scale });
      test('no template scrolls sideways', async ({ page }) => {
        await usePrefs(page, prefs);
        for (const [label, url] of pages) await expectNoSideways(page, url, label);
      });
    });
  }
}

for (const width of [1280, 320]) {
  for (const [mode, prefs, minBody] of [
    ['normal', { text: 3 }, 30],
    ['elderly', { elderly: true, text: 3 }, 37.5],
  ] as const) {
    test.describe(`largest text at ${width} px, ${mode} mode`, () => {
      test.use({ viewport: { width, height: 800 } });
      test(`body text ≥ ${minBody} px and no template scrolls sideways`, async ({ page }) => {
        await usePrefs(page, prefs);
        await page.goto('/');
        const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
        expect(size).toBeGreaterThanOrEqual(minBody);
        for (const [label, url] of pages) await expectNoSideways(page, url, label);
      });
    });
  }
}
