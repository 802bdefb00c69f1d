/**
 * Phones (issue 18): every template at 320, 390 and 1280 px, in normal and elderly mode,
 * one browser page per width and mode. No sideways scroll of the page; axe clean at the
 * phone widths (1280 px is swept by a11y-templates.spec.ts); in elderly mode the page
 * title and the start of the content on the first screen (390×844 and 320×640); the
 * compact header's 「菜单」 works without JavaScript and keeps 60×60 targets; charts and
 * wide statutory tables fully reachable (cue, keyboard, sticky labels); Chinese text
 * drawn with a real CJK font (one family for Han characters and digits), checked through
 * the DevTools protocol on the pages whose screenshots test-results/screenshots/ keeps.
 */
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { expectAccessible, horizontalOverflow, templateList, templatePages, usePrefs } from '../support/axe.ts';

const pages = templateList();
const T = templatePages();
const OUT = path.resolve('test-results/screenshots');
test.use({ trace: 'off' });

const WIDTHS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const MODES = { normal: {}, elderly: { elderly: true } } as const;

/** Top and bottom of the h1, the window height, and the first content block after the h1. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const h1 = document.querySelector('main h1')!;
    const r = h1.getBoundingClientRect();
    return { top: Math.round(r.top), bottom: Math.round(r.bottom), height: innerHeight };
  });
}

test('every template has a sample page for the phone sweep', () => {
  const labels = pages.map(([label]) => label);
  for (const label of ['home', 'column', 'item', 'repealed', 'release', 'series', 'report', 'audit', 'search', 'notFound']) expect(labels).toContain(label);
});

for (const size of WIDTHS) {
  for (const [mode, prefs] of Object.entries(MODES)) {
    test(`${size.width} px, ${mode} mode: no page scrolls sideways${size.width < 1280 ? ', axe finds nothing' : ''}${mode === 'elderly' && size.width < 1280 ? ', the title is on the first screen' : ''}`, async ({
      page,
    }) => {
      test.setTimeout(30_000 + pages.length * 6_000);
      await page.setViewportSize(size);
      await usePrefs(page, prefs);
      const problems: string[] = [];
      const positions: string[] = [];
      for (const [label, url] of pages) {
        await page.goto(url);
        await page.evaluate(() => document.fonts.ready);
        const { overflow, culprits } = await horizontalOverflow(page);
        if (overflow > 0) problems.push(`${label} ${url} scrolls sideways by ${overflow}px: ${culprits.join('; ')}`);
        if (mode === 'elderly' && size.width < 1280) {
          const s = await firstScreen(page);
          positions.push(`${label} ${s.top}–${s.bottom}`);
          // The first line of the title is on the first screen on every template…
          if (s.top < 0 || s.top > s.height - 60) problems.push(`${label} ${url}: h1 starts at ${s.top}px of ${s.height}px`);
          // …and the whole title with the start of the content below it.
          if (s.bottom > s.height - 40) problems.push(`${label} ${url}: h1 ends at ${s.bottom}px of ${s.height}px`);
        }
        if (size.width < 1280) await expectAccessible(page, { mode: mode as 'normal' | 'elderly' });
      }
      if (positions.length) test.info().annotations.push({ type: 'h1 top–bottom', description: positions.join(', ') });
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
}

test.describe('the compact header on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('in elderly mode 「菜单」 opens the search box and navigation, without JavaScript, with 60×60 targets', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(T.column);
    // Without JavaScript there is no saved mode: switch elderly mode on by hand.
    await page.evaluate(() => document.documentElement.setAttribute('data-elderly', ''));
    const nav = page.getByRole('navigation', { name: '主导航' });
    const menu = page.locator('summary', { hasText: '菜单' });
    await expect(menu).toBeVisible();
    await expect(nav).toBeHidden();
    await expect(page.getByRole('search', { name: '全站搜索' })).toBeHidden();
    const box = (await menu.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(60);
    expect(box.height).toBeGreaterThanOrEqual(60);
    await menu.click();
    await expect(nav).toBeVisible();
    await expect(page.getByRole('searchbox', { name: '搜索' }).first()).toBeVisible();
    for (const link of await nav.getByRole('link').all()) {
      const b = (await link.boundingBox())!;
      expect(b.height, await link.innerText()).toBeGreaterThanOrEqual(59.5);
      expect(b.width, await link.innerText()).toBeGreaterThanOrEqual(59.5);
      expect(b.x + b.width).toBeLessThanOrEqual(390);
    }
    await nav.getByRole('link', { name: '公开目录' }).click();
    await expect(page).toHaveURL(/\/xxgk\/$/);
    await context.close();
  });

  test('on a wide screen there is no menu button: search and navigation always show', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await expect(page.locator('summary', { hasText: '菜单' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await expect(page.getByRole('search', { name: '全站搜索' })).toBeVisible();
  });

  test('keyboard: the menu opens with Enter and its links follow in the tab order', async ({ page }) => {
    await page.goto('/');
    const menu = page.locator('summary', { hasText: '菜单' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('searchbox').first()).toBeFocused();
  });
});

for (const mode of ['normal', 'elderly'] as const) {
  test.describe(`charts and wide tables at 390 px, ${mode} mode`, () => {
    test.use({ viewport: { width: 390, height: 844 } });
    const minLabel = mode === 'elderly' ? 20 : 14;

    for (const which of ['release', 'series'] as const) {
      test(`${which}: the chart scrolls with a cue and the keyboard, labels ≥ ${minLabel} px, every part reachable`, async ({ page }) => {
        const url = T[which];
        expect(url, `no ${which} page in dist/`).toBeTruthy();
        await usePrefs(page, MODES[mode]);
        await page.goto(url!);
        const frame = page.locator('.chart-frame');
        await expect(frame).toHaveAttribute('tabindex', '0');
        await expect(frame).toHaveAccessibleName(/^图：.*（可左右滚动）$/);
        await expect(page.locator('.chart-cue')).toBeVisible();
        await expect(page.locator('.chart-cue')).toHaveText(/左右滑动/);
        const m = await frame.evaluate((el) => {
          const svg = el.querySelector('svg')!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
          return { scroll: el.scrollWidth, client: el.clientWidth, smallest: Math.min(...sizes) };
        });
        expect(m.scroll).toBeGreaterThan(m.client);
        expect(m.smallest).toBeGreaterThanOrEqual(minLabel - 0.5);
        await frame.focus();
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
        // Scrolled to the end, the chart's right edge is inside the frame: nothing is cut off.
        const edge = await frame.evaluate((el) => {
          el.scrollLeft = el.scrollWidth;
          return { svg: el.querySelector('svg')!.getBoundingClientRect().right, frame: el.getBoundingClientRect().right };
        });
        expect(edge.svg).toBeLessThanOrEqual(edge.frame + 0.5);
      });
    }

    test('series: the raw-data links are named from their visible 「CSV」 and are full-size targets', async ({ page }) => {
      await usePrefs(page, MODES[mode]);
      await page.goto(T.series!);
      const links = page.locator('.series-scroll a[download]');
      expect(await links.count()).toBeGreaterThan(1);
      for (const link of await links.all()) {
        await expect(link).toHaveAccessibleName(/^CSV\s?：下载.+原始数据$/);
        const b = (await link.boundingBox())!;
        const min = mode === 'elderly' ? 59.5 : 43.5;
        expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(min);
      }
    });

    test('annual report 表三: a scroll cue, the label column stays in view, the last column reachable', async ({ page }) => {
      expect(T.report, 'no annual report in dist/').toBeTruthy();
      await usePrefs(page, MODES[mode]);
      await page.goto(T.report!);
      const scroll = page.locator('.report-scroll', { has: page.locator('.report-table--applications') });
      await expect(page.locator('.report-tables', { has: scroll }).locator('.scroll-cue')).toBeVisible();
      const r = await scroll.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
        const box = el.getBoundingClientRect();
        const row = el.querySelector('tbody tr:not(.group)')!;
        const label = row.querySelector('th')!.getBoundingClientRect();
        const last = row.querySelector('td:last-child')!.getBoundingClientRect();
        return {
          left: box.left,
          right: box.right,
          labelLeft: label.left,
          labelRight: label.right,
          lastLeft: last.left,
          lastRight: last.right,
          width: box.width,
        };
      });
      // The label column stays at the left edge, and at most half the box wide.
      expect(Math.abs(r.labelLeft - r.left)).toBeLessThanOrEqual(1);
      expect(r.labelRight - r.left).toBeLessThanOrEqual(r.width / 2 + 1);
      // The last number is in view, beside (not under) the label column.
      expect(r.lastRight).toBeLessThanOrEqual(r.right + 0.5);
      expect(r.lastLeft).toBeGreaterThanOrEqual(r.labelRight - 1);
    });
  });
}

test.describe('screenshots at 390 px in elderly mode, with real Chinese glyphs', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const name of ['home', 'item', 'series', 'report'] as const) {
    test(`${name}: the title is drawn in one CJK font family (Han and digits), screenshot kept`, async ({ page }) => {
      const url = T[name];
      expect(url).toBeTruthy();
      await usePrefs(page, { elderly: true });
      await page.goto(url!);
      await page.evaluate(() => document.fonts.ready);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'main h1' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const text = await page.locator('main h1').innerText();
      const glyphs = [...text].filter((c) => /\S/.test(c)).length;
      // Every visible character of the title comes from one CJK family: no tofu boxes, no
      // mix of a Latin fallback for the digits.
      expect(fonts.map((f) => f.familyName)).toHaveLength(1);
      expect(fonts[0]!.familyName).toMatch(/CJK|PingFang|Hiragino|YaHei|Source Han|Noto Sans SC/);
      expect(fonts[0]!.glyphCount).toBe(glyphs);
      const s = await firstScreen(page);
      expect(s.bottom).toBeLessThanOrEqual(844);
      await page.screenshot({ path: path.join(OUT, `phone-${name}-elderly-390.png`) });
    });
  }
});

test('the 404 page has its own visible, named search field; home panel headings hold only the column name', async ({ page }) => {
  await page.goto(T.notFound);
  const form = page.getByRole('search', { name: '查找信息' });
  await expect(form).toBeVisible();
  const input = form.getByRole('searchbox', { name: '搜索关键词' });
  const colours = await input.evaluate((el) => ({ border: getComputedStyle(el).borderTopColor, page: getComputedStyle(document.body).backgroundColor }));
  expect(colours.border).not.toBe(colours.page);
  expect(colours.border).not.toBe('rgb(255, 255, 255)');
  await page.goto('/');
  const heading = page.getByRole('heading', { level: 2, name: '政府信息公开年报', exact: true });
  await expect(heading).toHaveCount(1);
  await expect(page.getByRole('region', { name: '政府信息公开年报', exact: true })).toHaveCount(1);
  await expect(page.getByRole('link', { name: /^更多\s?政府信息公开年报信息$/ })).toBeVisible();
});
