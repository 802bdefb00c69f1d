/**
 * What each tool of the 无障碍浏览 toolbar does, and that it persists: 文字大小, 高对比度,
 * 十字光标 (within the Content-Security-Policy), 朗读 (present only with speech synthesis),
 * 全部重置, and following a change made in another tab.
 */
import { expect, test, type Page } from '@playwright/test';
import { colourPairs, contrastRatio, templatePages } from '../support/axe.ts';

const T = templatePages();
const bodySize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));

async function openTools(page: Page) {
  await page.getByRole('button', { name: '无障碍浏览' }).click();
}

test('text size: four steps up to 30 px, announced, kept across reloads, reset by 默认', async ({ page }) => {
  await page.goto(T.item);
  await openTools(page);
  const larger = page.getByRole('button', { name: '放大' });
  expect(await bodySize(page)).toBe(16);
  for (const [px, percent] of [
    [20, 125],
    [24, 150],
    [30, 188],
  ] as const) {
    await larger.click();
    expect(await bodySize(page)).toBe(px);
    await expect(page.getByRole('status')).toHaveText(`文字大小 ${percent}%`);
  }
  // aria-disabled keeps the button focusable (Playwright will not click it): press it by keyboard.
  await expect(larger).toHaveAttribute('aria-disabled', 'true');
  await expect(larger).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('已是最大文字');
  expect(await bodySize(page)).toBe(30);
  // Headings grow with the text.
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize))).toBeGreaterThan(45);
  await page.reload();
  expect(await bodySize(page)).toBe(30);
  await openTools(page);
  await page.getByRole('button', { name: '默认' }).click();
  expect(await bodySize(page)).toBe(16);
  await expect(page.getByRole('button', { name: '缩小' })).toHaveAttribute('aria-disabled', 'true');
});

test('text size multiplies the elderly size', async ({ page }) => {
  await page.goto(T.home);
  await page.getByRole('button', { name: '适老化模式' }).click();
  expect(await bodySize(page)).toBe(20);
  await openTools(page);
  await page.getByRole('button', { name: '放大' }).click();
  expect(await bodySize(page)).toBe(25);
});

test('high contrast: 7:1 for text and links, kept across pages', async ({ page }) => {
  await page.goto(T.home);
  await openTools(page);
  const button = page.getByRole('button', { name: '高对比度' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  for (const url of [T.home, T.item, T.repealed ?? T.item]) {
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    for (const p of await colourPairs(page)) expect(contrastRatio(p.fg, p.bg), `${url} ${p.what} “${p.text}” ${p.fg} on ${p.bg}`).toBeGreaterThanOrEqual(7);
  }
});

test('reading guide follows the pointer and the keyboard focus, within the CSP', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(T.item);
  await openTools(page);
  const button = page.getByRole('button', { name: '十字光标' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const lines = page.locator('.reading-guide > div');
  await expect(lines).toHaveCount(2);
  await expect(page.locator('.reading-guide')).toHaveAttribute('aria-hidden', 'true');

  await page.mouse.move(300, 420);
  await expect.poll(async () => (await lines.first().boundingBox())?.y).toBe(420);
  await expect.poll(async () => (await lines.last().boundingBox())?.x).toBe(300);

  await page.getByRole('link', { name: '跳到主要内容' }).focus();
  await page.keyboard.press('Tab');
  const below = await page.evaluate(() => Math.round(document.activeElement!.getBoundingClientRect().bottom + 2));
  await expect.poll(async () => Math.round((await lines.first().boundingBox())!.y)).toBe(below);

  // The guide never takes the pointer: links under it stay clickable.
  expect(await lines.first().evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);

  await page.reload();
  await expect(page.locator('.reading-guide > div')).toHaveCount(2);
  await openTools(page);
  await page.getByRole('button', { name: '十字光标' }).click();
  await expect(page.locator('.reading-guide')).toHaveCount(0);
});

test.describe('read aloud', () => {
  test('hidden cleanly when the browser has no speech synthesis', async ({ page }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'speechSynthesis');
      Reflect.deleteProperty(Window.prototype, 'speechSynthesis');
    });
    await page.goto(T.item);
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    await openTools(page);
    await expect(page.getByRole('button', { name: '全部重置' })).toBeVisible();
    await expect(page.getByRole('button', { name: '朗读' })).toHaveCount(0);
    await expect(page.locator('[data-a11y="speak"]')).toBeHidden();
  });

  test.describe('with speech synthesis', () => {
    test.beforeEach(async ({ page }) => {
      // Record what would be spoken instead of speaking; `hold` keeps the reading going.
      await page.addInitScript(() => {
        const w = window as unknown as { spoken: Array<{ text: string; lang: string }>; cancelled: number; hold: boolean };
        w.spoken = [];
        w.cancelled = 0;
        w.hold = false;
        speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
          w.spoken.push({ text: u.text, lang: u.lang, rate: u.rate } as { text: string; lang: string });
          if (!w.hold) setTimeout(() => u.onend?.call(u, new Event('end') as SpeechSynthesisEvent), 0);
        };
        speechSynthesis.cancel = () => {
          w.cancelled++;
        };
        // A Chinese voice is installed (a test below takes it away).
        speechSynthesis.getVoices = () => [{ lang: 'zh-CN', name: '普通话', voiceURI: 'zh', default: true, localService: true } as SpeechSynthesisVoice];
      });
    });
    const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: Array<{ text: string; lang: string }> }).spoken);

    test('present, and reads the selected text in Chinese', async ({ page }) => {
      await page.goto(T.item);
      await openTools(page);
      const button = page.getByRole('button', { name: '朗读' });
      await expect(button).toBeVisible();
      const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
      await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('h1')!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await button.click();
      await expect(page.getByRole('status')).toHaveText('开始朗读选中的文字');
      const said = await spoken(page);
      expect(said.map((s) => s.text).join('')).toBe(title);
      expect(said.every((s) => s.lang === 'zh-CN')).toBe(true);
      await expect(button).toHaveAttribute('aria-pressed', 'false');
    });

    test('reads the main content when nothing is selected; Esc stops it', async ({ page }) => {
      await page.goto(T.item);
      await page.evaluate(() => ((window as unknown as { hold: boolean }).hold = true));
      await openTools(page);
      const button = page.getByRole('button', { name: '朗读' });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('status')).toHaveText('开始朗读');
      const text = (await spoken(page)).map((s) => s.text).join('');
      const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
      expect(text).toContain(title);
      expect(text).not.toContain('无障碍说明');
      await page.keyboard.press('Escape');
      // Esc also closed the tools, so the button is now hidden.
      await expect(page.locator('[data-a11y="speak"]')).toHaveAttribute('aria-pressed', 'false');
      expect(await page.evaluate(() => (window as unknown as { cancelled: number }).cancelled)).toBeGreaterThan(1);
    });
  });
});

test.describe('read aloud: no Chinese voice, 指读 and 语速', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { spoken: Array<{ text: string; rate: number }>; voices: Array<{ lang: string }> };
      w.spoken = [];
      w.voices = [{ lang: 'zh-CN' }];
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        w.spoken.push({ text: u.text, rate: u.rate });
        setTimeout(() => u.onend?.call(u, new Event('end') as SpeechSynthesisEvent), 0);
      };
      speechSynthesis.cancel = () => {};
      speechSynthesis.getVoices = () => w.voices as SpeechSynthesisVoice[];
    });
  });
  const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: Array<{ text: string; rate: number }> }).spoken);

  test('with no Chinese voice, 朗读 says so plainly, visibly and aloud, and reads nothing', async ({ page }) => {
    await page.addInitScript(() => ((window as unknown as { voices: Array<{ lang: string }> }).voices = [{ lang: 'en-US' }]));
    await page.goto(T.item);
    await openTools(page);
    const button = page.getByRole('button', { name: '朗读', exact: true });
    await button.click();
    const message = '本设备没有安装中文语音，无法朗读。可在手机或电脑的“文字转语音”设置中添加中文（普通话）语音后再试。';
    await expect(page.getByRole('status')).toHaveText(message);
    await expect(page.getByText(message, { exact: true }).first()).toBeVisible();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(await spoken(page)).toEqual([]);
  });

  test('指读 reads what gets the focus and what the pointer rests on, and stays on in the next page', async ({ page }) => {
    await page.goto(T.item);
    await openTools(page);
    const point = page.getByRole('button', { name: '指读' });
    await point.click();
    await expect(point).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status')).toHaveText('已打开指读：鼠标停留或键盘移到哪里，就读哪里');
    const title = (await page.locator('main h1').innerText()).trim();
    await page.locator('main h1').hover();
    await expect.poll(async () => (await spoken(page)).map((s) => s.text)).toContain(title);
    const link = page.locator('main a[href]').first();
    const linkText = (await link.innerText()).replace(/\s+/g, ' ').trim();
    await link.focus();
    await expect.poll(async () => (await spoken(page)).map((s) => s.text)).toContain(linkText);
    await page.goto(T.home);
    await expect(page.locator('[data-a11y="point"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('语速 sets the rate of what is read, and is remembered', async ({ page }) => {
    await page.goto(T.item);
    await openTools(page);
    await page.getByRole('combobox', { name: '语速' }).selectOption({ label: '快' });
    await expect(page.getByRole('status')).toHaveText('语速：快');
    await page.getByRole('button', { name: '朗读', exact: true }).click();
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
    expect((await spoken(page)).every((s) => s.rate === 1.25)).toBe(true);
    await page.reload();
    await expect(page.locator('[data-a11y-rate]')).toHaveValue('1.25');
  });
});

test('全部重置 turns everything off and forgets the settings', async ({ page }) => {
  await page.goto(T.home);
  await page.getByRole('button', { name: '适老化模式' }).click();
  await openTools(page);
  for (const name of ['放大', '高对比度', '十字光标']) await page.getByRole('button', { name }).click();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('portal-prefs')!))).toEqual({ elderly: true, text: 1, contrast: true, guide: true });
  await page.getByRole('button', { name: '全部重置' }).click();
  await expect(page.getByRole('status')).toHaveText('已恢复默认显示设置');
  expect(await page.evaluate(() => localStorage.getItem('portal-prefs'))).toBeNull();
  for (const attr of ['data-elderly', 'data-contrast', 'data-guide', 'data-text']) await expect(page.locator('html')).not.toHaveAttribute(attr);
  await expect(page.locator('.reading-guide')).toHaveCount(0);
  for (const name of ['适老化模式', '高对比度', '十字光标']) await expect(page.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
});

test('a change in one tab is followed by the other tabs', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(T.home);
  await b.goto(T.item);
  await a.getByRole('button', { name: '适老化模式' }).click();
  await expect(b.locator('html')).toHaveAttribute('data-elderly', '');
  await expect(b.getByRole('button', { name: '适老化模式' })).toHaveAttribute('aria-pressed', 'true');
});

test('unreadable saved settings are ignored', async ({ page }) => {
  await page.goto(T.home);
  await page.evaluate(() => localStorage.setItem('portal-prefs', '{"elderly":"yes","text":9,"contrast":1'));
  await page.reload();
  for (const attr of ['data-elderly', 'data-contrast', 'data-text']) await expect(page.locator('html')).not.toHaveAttribute(attr);
  await page.getByRole('button', { name: '适老化模式' }).click();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('portal-prefs')!))).toEqual({ elderly: true });
});
