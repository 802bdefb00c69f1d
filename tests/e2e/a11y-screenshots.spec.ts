/**
 * Full-page screenshots of the home page and an item page in each display mode, for a
 * person to look at: test-results/screenshots/<page>-<mode>[-<width>].png. They assert
 * nothing beyond the mode being on; the other a11y specs do the checking.
 */
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { MODES, templatePages, usePrefs, type Mode } from '../support/axe.ts';

const OUT = path.resolve('test-results/screenshots');
const { home, item } = templatePages();
const shots: Array<{ name: string; url: string; mode: Mode; width?: number; prefs?: object }> = [];
for (const mode of Object.keys(MODES) as Mode[]) {
  shots.push({ name: 'home', url: home, mode }, { name: 'item', url: item, mode });
}
// The hardest case for reflow: elderly mode with the largest text on a phone.
shots.push({ name: 'item', url: item, mode: 'elderly', width: 320, prefs: { elderly: true, text: 3 } });

test.use({ trace: 'off' });

for (const s of shots) {
  const file = `${s.name}-${s.mode}${s.width ? `-${s.width}` : ''}${s.prefs ? '-max-text' : ''}.png`;
  test(`screenshot ${file}`, async ({ page }) => {
    if (s.width) await page.setViewportSize({ width: s.width, height: 800 });
    await usePrefs(page, s.prefs ?? MODES[s.mode]);
    await page.goto(s.url);
    if (s.mode === 'elderly') await expect(page.locator('html')).toHaveAttribute('data-elderly', '');
    if (s.mode === 'high-contrast') await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(OUT, file), fullPage: true });
  });
}
