/**
 * One page of every template, in each display mode (normal, 适老化, 高对比度): axe finds
 * nothing at WCAG 2.2 AA (7:1 contrast in the two assistive modes), with the toolbar's
 * tools open so its controls are checked too.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible, headingProblems, MODES, templateList, usePrefs, type Mode } from '../support/axe.ts';

const pages = templateList();
// axe's report names the page, rule and elements; a trace would only slow the suite.
test.use({ trace: 'off' });

test('every template has a sample page in the build', () => {
  const labels = pages.map(([label]) => label);
  for (const label of [
    'home',
    'catalogue',
    'column',
    'item',
    'interpretation',
    'repealed',
    'release',
    'series',
    'report',
    'audit',
    'search',
    'accessibility',
    'notFound',
  ]) {
    expect(labels, `no ${label} page found in dist/`).toContain(label);
  }
});

for (const mode of Object.keys(MODES) as Mode[]) {
  test.describe(`axe in ${mode} mode`, () => {
    for (const [label, url] of pages) {
      test(`${label} ${url}`, async ({ page }) => {
        await usePrefs(page, MODES[mode]);
        await page.goto(url);
        if (mode === 'elderly') await expect(page.locator('html')).toHaveAttribute('data-elderly', '');
        if (mode === 'high-contrast') await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
        const tools = page.getByRole('button', { name: '无障碍浏览' });
        await tools.click();
        await expect(tools).toHaveAttribute('aria-expanded', 'true');
        expect(await headingProblems(page)).toEqual([]);
        await expectAccessible(page, { mode });
      });
    }
  });
}
