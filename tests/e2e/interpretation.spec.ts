/**
 * 政策 + 解读 + 办事 on the built site: the trio block in both directions, the 一图读懂
 * picture (responsive AVIF/WebP sources, alt text, link to its text version), and the
 * 简明问答 as a list of question headings with answers.
 */
import { expect, test, type Page } from '@playwright/test';
import { EXPLAINER, INTERPRETATIONS, INTERPRETED_POLICY, QA } from '../support/sample.ts';

const trio = (page: Page) => page.getByRole('region', { name: '政策 · 解读 · 办事' });
// Pages are checked in several steps (and axe in three display modes); allow for a busy machine.
test.describe.configure({ timeout: 60_000 });

test('the policy page shows its interpretations and services in one 政策 · 解读 · 办事 block, and each interpretation links back', async ({ page }) => {
  const { policy, interpretations: list } = INTERPRETED_POLICY;

  await page.goto(`/items/${policy.slug}/`);
  const block = trio(page);
  await expect(block).toBeVisible();
  await expect(block.getByRole('heading', { level: 3 })).toHaveText(['政策文件', '政策解读', '相关办事']);
  // The policy itself is marked as the current page, not linked.
  await expect(block.locator('[aria-current="page"]')).toContainText(policy.title);
  for (const i of list) await expect(block.getByRole('link', { name: i.title })).toBeVisible();
  // The policy lists no services.
  await expect(block).toContainText('暂无相关办事事项');

  // …and back: the interpretation's block links to the policy and marks itself.
  await block.getByRole('link', { name: list[0].title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(list[0].title);
  const back = trio(page);
  await expect(back.locator('[aria-current="page"]')).toContainText(list[0].title);
  await expect(back.locator('li', { has: page.locator('[aria-current="page"]') })).toContainText(`（${list[0].form}）`);
  await back.getByRole('link', { name: policy.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(policy.title);
});

test('every interpretation page names the document it interprets', async ({ page }) => {
  for (const i of INTERPRETATIONS) {
    await page.goto(`/items/${i.slug}/`);
    await expect(trio(page).getByRole('link', { name: i.of.title })).toHaveAttribute('href', `/items/${i.of.slug}/`);
  }
});

test('一图读懂: a responsive picture (AVIF, WebP) with alt text, and a link to its text version', async ({ page, request }) => {
  await page.goto(`/items/${EXPLAINER.slug}/`);
  const figure = page.locator('figure.explainer').first();
  const img = figure.getByRole('img', { name: EXPLAINER.alt });
  await expect(img).toBeVisible();
  // The browser chose one of the processed sources and loaded it.
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  for (const type of ['image/avif', 'image/webp']) {
    const source = figure.locator(`picture source[type="${type}"]`);
    await expect(source).toHaveCount(1);
    const srcset = (await source.getAttribute('srcset'))!;
    const candidates = srcset.split(',').map((c) => c.trim().split(/\s+/));
    expect(candidates.length, `${type} srcset: ${srcset}`).toBeGreaterThan(1);
    for (const [url, width] of candidates) {
      expect(width).toMatch(/^\d+w$/);
      const res = await request.get(url!);
      expect(res.status(), url).toBe(200);
      expect(res.headers()['content-type']).toBe(type);
    }
  }
  await expect(img).toHaveAttribute('width', /\d+/);
  await expect(img).toHaveAttribute('height', /\d+/);

  // The text version: linked from the figure, a labelled section holding the body.
  await figure.getByRole('link', { name: '查看图解文字版' }).click();
  await expect(page).toHaveURL(/#text-version$/);
  const text = page.getByRole('region', { name: '图解文字版' });
  await expect(text).toBeVisible();
  await expect(text.getByRole('heading', { level: 2, name: '图解文字版' })).toBeVisible();
  expect((await text.innerText()).length).toBeGreaterThan(100);
  // A larger rendition can be opened on its own.
  const big = await figure.getByRole('link', { name: /查看大图/ }).getAttribute('href');
  expect((await request.get(big!)).status()).toBe(200);
});

test('简明问答: each question is a heading with its answer below, and a list of questions links to them', async ({ page }) => {
  await page.goto(`/items/${QA.slug}/`);
  const section = page.getByRole('region', { name: /^问答/ });
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('问答（共 4 问）');
  const questions = section.getByRole('heading', { level: 3 });
  await expect(questions).toHaveCount(4);
  const items = section.locator('.qa-list > li');
  for (const [i, pair] of QA.qa.entries()) {
    await expect(questions.nth(i)).toHaveText(`问${i + 1}${pair.question}`);
    await expect(items.nth(i).locator('.qa-answer')).toContainText(pair.answer);
  }
  // More than three questions: a list of them links to each.
  const toc = section.getByRole('navigation', { name: '问题目录' });
  await toc.getByRole('link', { name: QA.qa[1].question }).click();
  await expect(page).toHaveURL(/#qa-2$/);
});
