/**
 * The home page and an item page in each display mode, checked for what a person looking
 * at the screenshot would check: the mode is on, the Chinese title is drawn whole (not
 * clipped, inside the window), nothing scrolls sideways, the accessibility toolbar shows,
 * and the body text is at least the mode's size. The full-page screenshot is kept for a
 * person to look at: test-results/screenshots/<page>-<mode>[-<width>].png.
 */
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { MODES, usePrefs, type Mode } from '../support/axe.ts';
import { NEWEST } from '../support/sample.ts';

const OUT = path.resolve('test-results/screenshots');
/** The pages and their h1 (src/pages/index.astro; content/articles/2026/2026-lijian-dianxing-anli-tongbao-disipi.md). */
const PAGES = {
  home: { url: '/', h1: '政府信息公开' },
  item: { url: `/items/${NEWEST[0].slug}/`, h1: NEWEST[0].title },
} as const;
/**
 * Smallest body text, in CSS px: 16 px normally; 20 px in elderly mode (工信厅信管函〔2021〕67号);
 * elderly mode with the largest text setting (text: 3) 20 × 1.875 = 37.5 px.
 */
const MIN_BODY_PX: Record<Mode | 'max-text', number> = { normal: 16, 'high-contrast': 16, elderly: 20, 'max-text': 37.5 };

const shots: Array<{ name: keyof typeof PAGES; mode: Mode; width?: number; prefs?: object }> = [];
for (const mode of Object.keys(MODES) as Mode[]) shots.push({ name: 'home', mode }, { name: 'item', mode });
// The hardest case for reflow: elderly mode with the largest text on a phone.
shots.push({ name: 'item', mode: 'elderly', width: 320, prefs: { elderly: true, text: 3 } });

test.use({ trace: 'off' });

for (const s of shots) {
  const file = `${s.name}-${s.mode}${s.width ? `-${s.width}` : ''}${s.prefs ? '-max-text' : ''}.png`;
  const { url, h1 } = PAGES[s.name];
  test(`${s.name}, ${s.mode}${s.width ? `, ${s.width} px` : ''}${s.prefs ? ', largest text' : ''}: title whole, no sideways scroll, toolbar shown, body ≥ ${MIN_BODY_PX[s.prefs ? 'max-text' : s.mode]} px (${file})`, async ({
    page,
  }) => {
    if (s.width) await page.setViewportSize({ width: s.width, height: 800 });
    await usePrefs(page, s.prefs ?? MODES[s.mode]);
    await page.goto(url);
    if (s.mode === 'elderly') await expect(page.locator('html')).toHaveAttribute('data-elderly', '');
    if (s.mode === 'high-contrast') await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    if (s.prefs) await expect(page.locator('html')).toHaveAttribute('data-text', '3');
    await page.evaluate(() => document.fonts.ready);

    // The Chinese title is visible, whole, and inside the window.
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText(h1);
    await expect(title).toBeVisible();
    const t = await title.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return {
        left: r.left,
        right: r.right,
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
        scrollHeight: el.scrollHeight,
        clientHeight: el.clientHeight,
        window: document.documentElement.clientWidth,
      };
    });
    expect(t.scrollWidth, 'title text cut off at the side').toBeLessThanOrEqual(t.clientWidth + 1);
    expect(t.scrollHeight, 'title text cut off below').toBeLessThanOrEqual(t.clientHeight + 1);
    expect(t.left).toBeGreaterThanOrEqual(0);
    expect(t.right).toBeLessThanOrEqual(t.window + 1);

    // No sideways scrolling.
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(widths.client);

    // The accessibility toolbar is there to switch the mode back.
    await expect(page.locator('.a11y-toolbar')).toBeVisible();

    // Body text at least the mode's size.
    const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(body).toBeGreaterThanOrEqual(MIN_BODY_PX[s.prefs ? 'max-text' : s.mode]);

    await page.screenshot({ path: path.join(OUT, file), fullPage: true });
  });
}
