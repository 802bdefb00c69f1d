/**
 * A citizen browsing the sample portal: home → column → item → interpretation and
 * back, pagination of a long column, feeds, sitemap, and the 404 page.
 */
import { test, expect } from '@playwright/test';
import {
  COLUMNS_WITH_ITEMS,
  EMPTY_COLUMN,
  FIRST_COLUMN,
  HOME_COLUMNS,
  INTERPRETED_POLICY,
  NEWEST,
  PAGINATED,
  PUBLISHED_COUNT,
  REPEALED,
  SITE_NAME,
  WITH_ATTACHMENT,
} from '../support/sample.ts';

/** Items a column page lists (src/lib/pagination.ts PAGE_SIZE). */
const PAGE_SIZE = 20;

test('home page shows the main columns with their latest items and the guide links', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(SITE_NAME);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政府信息公开');
  for (const label of ['政府信息公开指南', '政府信息公开制度', '政府信息公开年报']) {
    await expect(page.getByRole('main').getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  for (const c of HOME_COLUMNS) {
    const panel = page.getByRole('region', { name: new RegExp(`^${c.name}`) });
    await expect(panel).toBeVisible();
    await expect(panel.getByText(`最近更新：${c.latest.published}`)).toBeVisible();
    await expect(panel.getByRole('link', { name: c.latest.title })).toBeVisible();
  }
  await expect(page.getByRole('search').getByRole('searchbox', { name: '搜索政府信息' })).toBeVisible();
});

test('home → column → policy → interpretation → back to the policy', async ({ page }) => {
  const { policy, interpretations } = INTERPRETED_POLICY;
  const interpretation = interpretations[0];
  const { column, root } = policy;

  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: root.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(root.name);
  // The policy is filed in a sub-column.
  await page.getByRole('navigation', { name: '下级栏目' }).getByRole('link', { name: column.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(column.name);
  // The policy may be on a later page of the column.
  for (let guard = 0; guard < 50; guard++) {
    const link = page.getByRole('main').getByRole('link', { name: policy.title, exact: false }).first();
    if (await link.count()) {
      await link.click();
      break;
    }
    await page.getByRole('link', { name: '下一页' }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(policy.title);
  const meta = page.locator('dl.meta-table');
  await expect(meta).toContainText(policy.indexNumber);
  await expect(meta).toContainText(column.name);
  await expect(meta).toContainText(policy.docNumber);

  await page.getByRole('link', { name: interpretation.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(interpretation.title);
  await page.getByRole('link', { name: policy.title }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(policy.title);
  // Breadcrumbs lead back to the column.
  await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: column.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(column.name);
});

test('a repealed document says so at the top and links its replacement', async ({ page }) => {
  await page.goto(`/items/${REPEALED.slug}/`);
  const notice = page.locator('#validity-notice');
  await expect(notice).toContainText('本文件已废止');
  // The notice comes before the title, so nobody reads a repealed text unawares.
  const noticeBox = await notice.boundingBox();
  const h1Box = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(noticeBox!.y).toBeLessThan(h1Box!.y);
  await notice.getByRole('link', { name: REPEALED.replacement }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REPEALED.replacement);
  await expect(page.getByRole('region', { name: '本文件替代了' })).toContainText(REPEALED.title);
});

test('long columns paginate, newest first, with working previous/next links', async ({ page }) => {
  const column = PAGINATED;
  const pages = 4;
  expect(Math.ceil(column.count / PAGE_SIZE)).toBe(pages);
  await page.goto(`/columns/${column.id}/`);
  const rows = page.locator('.item-list > li');
  await expect(rows).toHaveCount(PAGE_SIZE);
  await expect(rows.first().getByRole('link')).toContainText(column.first);
  const pager = page.getByRole('navigation', { name: '分页' });
  await expect(pager.locator('[aria-current="page"]')).toContainText('1');
  await pager.getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(new RegExp(`/columns/${column.id}/2/$`));
  await expect(rows.first().getByRole('link')).toContainText(column.twentyFirst);
  await page.goto(`/columns/${column.id}/${pages}/`);
  await expect(rows).toHaveCount(9);
  await expect(page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' })).toHaveCount(0);
  await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '上一页' }).click();
  await expect(page).toHaveURL(pages - 1 === 1 ? new RegExp(`/columns/${column.id}/$`) : new RegExp(`/columns/${column.id}/${pages - 1}/$`));
});

test('the catalogue lists every column with information, with counts; empty columns are left out', async ({ page }) => {
  await page.goto('/xxgk/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('公开目录');
  // The sample has a blank column on purpose (重点排污单位名录), and columns.yaml says emptyColumns: hide.
  await expect(page.getByRole('main').getByRole('link', { name: EMPTY_COLUMN.name, exact: true })).toHaveCount(0);
  for (const name of COLUMNS_WITH_ITEMS) await expect(page.getByRole('main').getByRole('link', { name, exact: true }).first()).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('（0 条');
  // The audit still reports it.
  await page.goto('/audit/');
  await expect(page.getByRole('main')).toContainText('重点排污单位名录');
});

test('attachments download', async ({ page, request }) => {
  await page.goto(`/items/${WITH_ATTACHMENT.slug}/`);
  const section = page.getByRole('region', { name: '附件' });
  const link = section.getByRole('link', { name: WITH_ATTACHMENT.attachment, exact: true });
  const href = await link.getAttribute('href');
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  expect((await res.body()).length).toBeGreaterThan(0);
});

test('feeds and sitemap are valid XML listing the latest items', async ({ request }) => {
  const feed = await request.get('/feed.xml');
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  expect(xml).toContain('<rss version="2.0"');
  expect(xml).toContain(NEWEST[0].title);
  const col = FIRST_COLUMN;
  const colFeed = await (await request.get(`/columns/${col.id}/feed.xml`)).text();
  expect(colFeed).toContain(`<title>${col.name}`);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`/items/${NEWEST[0].slug}/`);
  expect(sitemap.match(/<url>/g)!.length).toBeGreaterThan(PUBLISHED_COUNT);
});

test('unknown addresses get the 404 page with a way on', async ({ page }) => {
  const res = await page.goto('/items/no-such-document/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面未找到');
  await page.getByRole('main').getByRole('link', { name: '公开目录' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('公开目录');
});

test('pages are readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/items/${NEWEST[0].slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEWEST[0].title);
  await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '首页' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政府信息公开');
  await context.close();
});
