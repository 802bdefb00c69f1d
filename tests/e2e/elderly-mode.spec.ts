/**
 * 适老化模式 against the MIIT elderly-friendly rules (工信厅信管函〔2021〕67号), measured on
 * the rendered pages: text size, line and paragraph spacing, target size, contrast,
 * cursor, simplified layout, and that the mode persists without a flash.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { colourPairs, contrastRatio, DIST, templatePages, usePrefs } from '../support/axe.ts';

const T = templatePages();
const ELDERLY = { elderly: true };

/** Visible elements that directly hold text, with their font size and line height in px. */
function textMetrics(page: Page, scope = 'body') {
  return page.evaluate((scope) => {
    const out: Array<{ text: string; fontSize: number; lineHeight: number }> = [];
    const walker = document.createTreeWalker(document.querySelector(scope)!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (!n.textContent!.trim() || el.closest('.visually-hidden, noscript, [hidden], script')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const cs = getComputedStyle(el);
      out.push({ text: n.textContent!.trim().slice(0, 20), fontSize: parseFloat(cs.fontSize), lineHeight: parseFloat(cs.lineHeight) });
    }
    return out;
  }, scope);
}

test.describe('elderly mode', () => {
  test.beforeEach(async ({ page }) => usePrefs(page, ELDERLY));

  for (const url of [T.home, T.item, T.accessibility]) {
    test(`text is ≥ 20 px everywhere, lines ≥ 1.5, paragraphs spaced ≥ 1.3 × line height: ${url}`, async ({ page }) => {
      await page.goto(url);
      const body = await page.evaluate(() => {
        const cs = getComputedStyle(document.body);
        return { fontSize: parseFloat(cs.fontSize), lineHeight: parseFloat(cs.lineHeight) };
      });
      expect(body.fontSize).toBeGreaterThanOrEqual(20);
      expect(body.lineHeight / body.fontSize).toBeGreaterThanOrEqual(1.5);
      const small = (await textMetrics(page)).filter((m) => m.fontSize < 20);
      expect(small, 'text smaller than 20 px').toEqual([]);
      // Headings scale with the body text.
      const h1 = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize));
      expect(h1).toBeGreaterThan(body.fontSize * 1.5);
      // Paragraphs of running text: in the document body, or followed by more text.
      const paragraphs = await page.evaluate(() =>
        [...document.querySelectorAll('main :is(.prose p, p:has(+ :is(p, ul, ol, dl, table)))')].map((p) => {
          const cs = getComputedStyle(p);
          return {
            text: p.textContent!.slice(0, 20),
            lineHeight: parseFloat(cs.lineHeight),
            fontSize: parseFloat(cs.fontSize),
            gap: parseFloat(cs.marginBlockEnd),
          };
        }),
      );
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const p of paragraphs) {
        expect(p.lineHeight / p.fontSize, p.text).toBeGreaterThanOrEqual(1.5);
        expect(p.gap, `paragraph spacing after “${p.text}”`).toBeGreaterThanOrEqual(1.3 * p.lineHeight - 0.5);
      }
    });
  }

  test('the space between a paragraph and the text after it is ≥ 1.3 × line height', async ({ page }) => {
    await page.goto(T.accessibility);
    const gaps = await page.evaluate(() =>
      [...document.querySelectorAll('main p:has(+ :is(p, ul, ol, dl, table))')].map((p) => {
        const next = p.nextElementSibling!.getBoundingClientRect();
        return { gap: next.top - p.getBoundingClientRect().bottom, lineHeight: parseFloat(getComputedStyle(p).lineHeight) };
      }),
    );
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) expect(g.gap).toBeGreaterThanOrEqual(1.3 * g.lineHeight - 0.5);
  });

  for (const url of [T.column, T.home, T.item]) {
    test(`controls in the toolbar, header, navigation and pagination are ≥ 60 × 60 px: ${url}`, async ({ page }) => {
      await page.goto(url);
      await page.getByRole('button', { name: '无障碍浏览' }).click();
      const small = await page.evaluate(() => {
        const out: string[] = [];
        const controls = document.querySelectorAll(
          ':is(.a11y-toolbar, header, nav, .pagination, .panel__head, .series-scroll) :is(a[href], button, input, select, textarea, summary)',
        );
        for (const el of controls) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.width < 59.5 || r.height < 59.5)
            out.push(
              `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || '').trim()}” ${Math.round(r.width)}×${Math.round(r.height)}`,
            );
        }
        return { out, count: controls.length };
      });
      expect(small.count).toBeGreaterThan(10);
      expect(small.out).toEqual([]);
      // templatePages() picks a column with several pages when the site has one.
      if (url === T.column && existsSync(path.join(DIST, T.column, '2'))) {
        expect(await page.locator('.pagination a').count()).toBeGreaterThan(1);
      }
      // The skip link, once it appears on focus.
      const skip = page.getByRole('link', { name: '跳到主要内容' });
      await skip.focus();
      const box = (await skip.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(59.5);
    });
  }

  test('body text and links reach 7:1 contrast', async ({ page }) => {
    for (const url of [T.home, T.item, T.repealed ?? T.item]) {
      await page.goto(url);
      const pairs = await colourPairs(page);
      expect(pairs.length).toBeGreaterThan(5);
      for (const p of pairs) expect(contrastRatio(p.fg, p.bg), `${url} ${p.what} “${p.text}” ${p.fg} on ${p.bg}`).toBeGreaterThanOrEqual(7);
    }
  });

  test('uses a large cursor from an SVG file', async ({ page, request }) => {
    await page.goto(T.home);
    const cursors = await page.evaluate(() => ({
      body: getComputedStyle(document.body).cursor,
      link: getComputedStyle(document.querySelector('main a')!).cursor,
      button: getComputedStyle(document.querySelector('.a11y-toolbar button')!).cursor,
    }));
    expect(cursors.body).toContain('/cursor-arrow.svg');
    expect(cursors.link).toContain('/cursor-hand.svg');
    expect(cursors.button).toContain('/cursor-hand.svg');
    for (const file of ['/cursor-arrow.svg', '/cursor-hand.svg']) {
      const res = await request.get(file);
      expect(res.status()).toBe(200);
      expect(await res.text()).toMatch(/<svg[^>]*width="(6[4-9]|[7-9]\d|1[01]\d|12[0-8])"/);
    }
  });

  test('simplified layout: one column, underlined thick links, no animation', async ({ page }) => {
    await page.goto(T.home);
    const layout = await page.evaluate(() => ({
      gridColumns: getComputedStyle(document.querySelector('.grid')!).gridTemplateColumns.split(' ').length,
      nav: (() => {
        const cs = getComputedStyle(document.querySelector('.site-nav a')!);
        return { line: cs.textDecorationLine, thickness: parseFloat(cs.textDecorationThickness) };
      })(),
      mainLink: parseFloat(getComputedStyle(document.querySelector('main a')!).textDecorationThickness),
      animations: document.getAnimations().length,
    }));
    expect(layout.gridColumns).toBe(1);
    expect(layout.nav.line).toContain('underline');
    expect(layout.nav.thickness).toBeGreaterThanOrEqual(3);
    expect(layout.mainLink).toBeGreaterThanOrEqual(3);
    expect(layout.animations).toBe(0);
    await page.goto(T.item);
    const metaColumns = await page.evaluate(() => getComputedStyle(document.querySelector('.meta-table')!).gridTemplateColumns.split(' ').length);
    expect(metaColumns).toBe(2);
  });
});

test.describe('elderly mode switch', () => {
  test('one button in the toolbar; the choice persists across pages and reloads', async ({ page }) => {
    await page.goto(T.home);
    const html = page.locator('html');
    const button = page.getByRole('button', { name: '适老化模式' });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(html).not.toHaveAttribute('data-elderly');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(html).toHaveAttribute('data-elderly', '');
    await expect(page.getByRole('status')).toHaveText('已打开适老化模式');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('portal-prefs')!))).toEqual({ elderly: true });
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('20px');

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '公开目录' }).click();
    await expect(page).toHaveURL(/\/xxgk\/$/);
    await expect(html).toHaveAttribute('data-elderly', '');
    await expect(page.getByRole('button', { name: '适老化模式' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(html).toHaveAttribute('data-elderly', '');

    await page.getByRole('button', { name: '适老化模式' }).click();
    await expect(html).not.toHaveAttribute('data-elderly');
    await expect(page.getByRole('status')).toHaveText('已关闭适老化模式');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('16px');
    await page.reload();
    await expect(html).not.toHaveAttribute('data-elderly');
  });

  test('no flash: the first rendered frame already has the mode, from prefs-boot.js alone', async ({ page }) => {
    // Block the bundled scripts: only the blocking boot script in <head> can apply the mode.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(T.home);
    await page.evaluate(() => localStorage.setItem('portal-prefs', JSON.stringify({ elderly: true })));
    await page.addInitScript(() => {
      // The first animation frame runs just before the first paint.
      requestAnimationFrame(() => {
        const root = document.documentElement;
        (window as unknown as { firstFrame: object }).firstFrame = {
          elderly: root.hasAttribute('data-elderly'),
          scale: getComputedStyle(root).getPropertyValue('--portal-mode-scale').trim(),
        };
      });
    });
    await page.goto(T.item);
    await page.waitForFunction(() => 'firstFrame' in window);
    expect(await page.evaluate(() => (window as unknown as { firstFrame: object }).firstFrame)).toEqual({ elderly: true, scale: '1.25' });
  });

  test('prefs-boot.js is a blocking script in <head>, before the stylesheets and the body', () => {
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const boot = html.match(/<script[^>]*src="\/prefs-boot\.js"[^>]*>/);
    expect(boot).not.toBeNull();
    expect(boot![0]).not.toMatch(/\s(async|defer|type="module")/);
    expect(html.indexOf(boot![0])).toBeLessThan(html.indexOf('</head>'));
    expect(html.indexOf(boot![0])).toBeLessThan(html.indexOf('rel="stylesheet"'));
  });
});
