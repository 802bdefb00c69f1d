/**
 * System settings the portal follows (prefers-contrast, forced colours, reduced motion)
 * and the print stylesheet of item pages.
 */
import { expect, test } from '@playwright/test';
import { colourPairs, contrastRatio, templatePages, usePrefs } from '../support/axe.ts';

const T = templatePages();

test('prefers-contrast: more darkens secondary text and borders', async ({ page }) => {
  await page.emulateMedia({ contrast: 'more' });
  await page.goto(T.column);
  const muted = await page.evaluate(() => getComputedStyle(document.querySelector('.item-list .meta')!).color);
  expect(muted).toBe('rgb(31, 31, 31)');
  for (const p of await colourPairs(page)) expect(contrastRatio(p.fg, p.bg), `${p.what} “${p.text}”`).toBeGreaterThanOrEqual(7);
});

test('forced colours (Windows high contrast): focus outline and control borders remain', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(T.home);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focus = await page.evaluate(() => {
    const cs = getComputedStyle(document.activeElement!);
    return { name: document.activeElement!.textContent, outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth), border: cs.borderTopStyle };
  });
  expect(focus).toMatchObject({ name: '无障碍浏览', outline: 'solid', border: 'solid' });
  expect(focus.width).toBeGreaterThanOrEqual(2);
  // A pressed toggle is marked by a tick, not only by colour, which forced colours replace.
  const toggle = page.getByRole('button', { name: '适老化模式' });
  await toggle.click();
  expect(await toggle.evaluate((el) => getComputedStyle(el, '::before').content)).toContain('✓');
  // (No axe run here: under emulated forced colours it reads the author colours against
  // the system's, which is not what a reader sees.)
});

test('prefers-reduced-motion: no animation or smooth scrolling', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(T.home);
  const motion = await page.evaluate(() => ({
    animations: document.getAnimations().length,
    scroll: getComputedStyle(document.documentElement).scrollBehavior,
    transition: getComputedStyle(document.querySelector('a')!).transitionDuration,
  }));
  expect(motion).toEqual({ animations: 0, scroll: 'auto', transition: '0s' });
});

test.describe('printing an item page', () => {
  for (const [mode, prefs] of [
    ['normal', {}],
    ['elderly + high contrast', { elderly: true, contrast: true, text: 3 }],
  ] as const) {
    test(`prints the document in black on white at normal size (${mode})`, async ({ page }) => {
      await usePrefs(page, prefs);
      await page.goto(T.item);
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.a11y-toolbar', '.site-nav', '.site-search', '.breadcrumbs', '.skip-link', '.site-footer nav']) {
        await expect(page.locator(hidden).first()).toBeHidden();
      }
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.meta-table')).toBeVisible();
      await expect(page.locator('.site-title')).toBeVisible();
      const look = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        return { color: body.color, bg: getComputedStyle(document.documentElement).backgroundColor, size: body.fontSize };
      });
      expect(look).toEqual({ color: 'rgb(0, 0, 0)', bg: 'rgb(255, 255, 255)', size: '16px' });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(1000);
    });
  }
});
