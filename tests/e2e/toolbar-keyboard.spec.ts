/**
 * The 无障碍浏览 toolbar with the keyboard only (Tab, Shift+Tab, Enter, Space, Esc), with
 * the focus visible at every step and every change announced; and without JavaScript,
 * where it must show no control that does nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { templatePages } from '../support/axe.ts';

const T = templatePages();

/** The focused element shows a focus indicator (outline, as in base.css :focus-visible). */
async function expectFocusVisible(page: Page, name: string | RegExp) {
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(name);
  const ring = await focused.evaluate((el) => {
    const cs = getComputedStyle(el);
    return { visible: el.matches(':focus-visible'), style: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
  });
  expect(ring.visible, `focus on “${name}” is :focus-visible`).toBe(true);
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

test('the toolbar can be used with the keyboard alone', async ({ page }) => {
  await page.goto(T.item);
  const html = page.locator('html');
  const status = page.getByRole('status');
  const tools = page.getByRole('button', { name: '无障碍浏览' });

  await page.keyboard.press('Tab');
  await expectFocusVisible(page, '跳到主要内容');
  await page.keyboard.press('Tab');
  await expectFocusVisible(page, '无障碍浏览');
  await expect(tools).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(tools).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#a11y-panel')).toBeVisible();

  await page.keyboard.press('Tab');
  await expectFocusVisible(page, '适老化模式');
  await page.keyboard.press('Space');
  await expect(html).toHaveAttribute('data-elderly', '');
  await expect(status).toHaveText('已打开适老化模式');
  // The focus stays visible after the page changed size around it.
  await expectFocusVisible(page, '适老化模式');

  await page.keyboard.press('Tab');
  await expectFocusVisible(page, '无障碍说明');

  await page.keyboard.press('Tab');
  await expectFocusVisible(page, '缩小');
  await expect(page.locator(':focus')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('已是默认文字大小');
  await expectFocusVisible(page, '缩小');

  await page.keyboard.press('Tab');
  await expectFocusVisible(page, '放大');
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('data-text', '1');
  await expect(status).toHaveText('文字大小 125%');
  await expect(page.getByRole('group', { name: '文字大小 125%' })).toBeVisible();

  await page.keyboard.press('Tab');
  await expectFocusVisible(page, '默认');
  await page.keyboard.press('Space');
  await expect(html).not.toHaveAttribute('data-text');

  await page.keyboard.press('Tab');
  await expectFocusVisible(page, '高对比度');
  await page.keyboard.press('Space');
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await expect(page.locator(':focus')).toHaveAttribute('aria-pressed', 'true');
  await expect(status).toHaveText('已打开高对比度');

  await page.keyboard.press('Tab');
  await expectFocusVisible(page, '十字光标');
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('data-guide', '');
  await expect(page.locator('.reading-guide')).toHaveCount(1);

  await page.keyboard.press('Tab');
  await expectFocusVisible(page, '朗读');
  await page.keyboard.press('Tab');
  await expectFocusVisible(page, '指读');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: '语速' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expectFocusVisible(page, '全部重置');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('已恢复默认显示设置');
  for (const attr of ['data-elderly', 'data-contrast', 'data-guide', 'data-text']) await expect(html).not.toHaveAttribute(attr);

  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('combobox', { name: '语速' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expectFocusVisible(page, '指读');
  await page.keyboard.press('Shift+Tab');
  await expectFocusVisible(page, '朗读');
  await page.keyboard.press('Shift+Tab');
  await expectFocusVisible(page, '十字光标');

  // Esc closes the tools and puts the focus back on the button that opened them.
  await page.keyboard.press('Escape');
  await expect(tools).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#a11y-panel')).toBeHidden();
  await expectFocusVisible(page, '无障碍浏览');
});

test('toggles are buttons with aria-pressed and names in Chinese', async ({ page }) => {
  await page.goto(T.home);
  await page.getByRole('button', { name: '无障碍浏览' }).click();
  for (const name of ['适老化模式', '高对比度', '十字光标', '朗读', '指读']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'false');
  }
  for (const name of ['缩小', '放大', '默认', '全部重置']) {
    await expect(page.getByRole('button', { name, exact: true })).not.toHaveAttribute('aria-pressed');
  }
  await expect(page.getByRole('region', { name: '无障碍工具' })).toBeVisible();
  await expect(page.getByRole('region', { name: '无障碍工具' }).getByRole('link', { name: '无障碍说明' })).toHaveAttribute('href', '/accessibility/');
});

test('the skip link moves the focus to the main content', async ({ page }) => {
  await page.goto(T.item);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the main content, not the header again.
  expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the toolbar shows no dead controls, only the explanation and the link', async ({ page }) => {
    await page.goto(T.home);
    const bar = page.getByRole('region', { name: '无障碍工具' });
    await expect(bar.getByRole('button')).toHaveCount(0);
    await expect(bar.locator('button:visible')).toHaveCount(0);
    // (Playwright's text search skips <noscript>, so find the note by its class.)
    await expect(bar.locator('.a11y-toolbar__note')).toBeVisible();
    await expect(bar.locator('.a11y-toolbar__note')).toContainText('启用 JavaScript 后可使用');
    await expect(bar.getByRole('link', { name: '无障碍说明' })).toBeVisible();
  });

  test('pages still work: navigation, skip link and content', async ({ page }) => {
    await page.goto(T.home);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '公开目录' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('公开目录');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();
  });
});
