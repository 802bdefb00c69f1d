/**
 * A citizen browsing the sample portal: home → column → item → interpretation and
 * back, pagination of a long column, feeds, sitemap, and the 404 page.
 */
import { test, expect } from '@playwright/test';
import { sample } from '../support/sample.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';

test('home page shows the main columns with their latest items and the guide links', async ({ page }) => {
  const s = sample();
  await page.goto('/');
  await expect(page).toHaveTitle(s.site!.name);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政府信息公开');
  for (const label of ['政府信息公开指南', '政府信息公开制度', '政府信息公开年报']) {
    await expect(page.getByRole('main').getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  const home = s.catalogue.columns.filter((c) => c.home && c.depth === 0 && c.status === 'active');
  for (const c of home) {
    const panel = page.getByRole('region', { name: new RegExp(`^${c.name}`) });
    await expect(panel).toBeVisible();
    const latest = s.under(c.id)[0];
    if (latest) {
      await expect(panel.getByText(`最近更新：${latest.data.published}`)).toBeVisible();
      await expect(panel.getByRole('link', { name: latest.data.title })).toBeVisible();
    }
  }
  await expect(page.getByRole('search').getByRole('searchbox', { name: '搜索政府信息' })).toBeVisible();
});

test('home → column → policy → interpretation → back to the policy', async ({ page }) => {
  const s = sample();
  const pair = s.published.find((i) => i.kind === 'interpretation' && s.relations.bySlug.get(i.data.interprets)?.kind === 'policy');
  test.skip(!pair, 'sample has no interpreted policy');
  const interpretation = pair!;
  const policy = s.relations.bySlug.get(interpretation.kind === 'interpretation' ? interpretation.data.interprets : '')!;
  const column = s.catalogue.byId.get(policy.data.column)!;
  const root = s.catalogue.columns.find((c) => c.id === (column.parentId ?? column.id))!;

  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: root.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(root.name);
  if (root.id !== column.id) {
    await page.getByRole('navigation', { name: '下级栏目' }).getByRole('link', { name: column.name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(column.name);
  }
  // The policy may be on a later page of the column.
  for (let guard = 0; guard < 50; guard++) {
    const link = page.getByRole('main').getByRole('link', { name: policy.data.title, exact: false }).first();
    if (await link.count()) {
      await link.click();
      break;
    }
    await page.getByRole('link', { name: '下一页' }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(policy.data.title);
  const meta = page.locator('dl.meta-table');
  await expect(meta).toContainText(policy.data.indexNumber);
  await expect(meta).toContainText(column.name);
  if (policy.data.docNumber) await expect(meta).toContainText(policy.data.docNumber);

  await page.getByRole('link', { name: interpretation.data.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(interpretation.data.title);
  await page.getByRole('link', { name: policy.data.title }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(policy.data.title);
  // Breadcrumbs lead back to the column.
  await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: column.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(column.name);
});

test('a repealed document says so at the top and links its replacement', async ({ page }) => {
  const s = sample();
  const repealed = s.published.find((i) => i.data.validity === '废止' && i.data.replacedBy);
  test.skip(!repealed, 'sample has no repealed document');
  const replacement = s.relations.bySlug.get(repealed!.data.replacedBy!)!;
  await page.goto(`/items/${repealed!.slug}/`);
  const notice = page.locator('#validity-notice');
  await expect(notice).toContainText('本文件已废止');
  // The notice comes before the title, so nobody reads a repealed text unawares.
  const noticeBox = await notice.boundingBox();
  const h1Box = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(noticeBox!.y).toBeLessThan(h1Box!.y);
  await notice.getByRole('link', { name: replacement.data.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(replacement.data.title);
  await expect(page.getByRole('region', { name: '本文件替代了' })).toContainText(repealed!.data.title);
});

test('long columns paginate, newest first, with working previous/next links', async ({ page }) => {
  const s = sample();
  const column = s.catalogue.columns.find((c) => s.under(c.id).length > PAGE_SIZE);
  test.skip(!column, 'no column long enough to paginate');
  const items = s.under(column!.id);
  const pages = Math.ceil(items.length / PAGE_SIZE);
  await page.goto(`/columns/${column!.id}/`);
  const rows = page.locator('.item-list > li');
  await expect(rows).toHaveCount(PAGE_SIZE);
  await expect(rows.first().getByRole('link')).toContainText(items[0]!.data.title);
  const pager = page.getByRole('navigation', { name: '分页' });
  await expect(pager.locator('[aria-current="page"]')).toContainText('1');
  await pager.getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(new RegExp(`/columns/${column!.id}/2/$`));
  await expect(rows.first().getByRole('link')).toContainText(items[PAGE_SIZE]!.data.title);
  await page.goto(`/columns/${column!.id}/${pages}/`);
  await expect(rows).toHaveCount(items.length - (pages - 1) * PAGE_SIZE);
  await expect(page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' })).toHaveCount(0);
  await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '上一页' }).click();
  await expect(page).toHaveURL(pages - 1 === 1 ? new RegExp(`/columns/${column!.id}/$`) : new RegExp(`/columns/${column!.id}/${pages - 1}/$`));
});

test('the catalogue lists every column with information, with counts; empty columns are left out', async ({ page }) => {
  const s = sample();
  await page.goto('/xxgk/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('公开目录');
  const empty = s.catalogue.columns.filter((c) => s.under(c.id).length === 0);
  // The sample has a blank column on purpose (重点排污单位名录), and columns.yaml says emptyColumns: hide.
  expect(empty.map((c) => c.id)).toContain('key-dischargers');
  for (const c of s.catalogue.columns) {
    const link = page.getByRole('main').getByRole('link', { name: c.name, exact: true });
    if (empty.includes(c)) await expect(link).toHaveCount(0);
    else await expect(link.first()).toBeVisible();
  }
  await expect(page.getByRole('main')).not.toContainText('（0 条');
  // The audit still reports it.
  await page.goto('/audit/');
  await expect(page.getByRole('main')).toContainText('重点排污单位名录');
});

test('attachments download', async ({ page, request }) => {
  const s = sample();
  const withFile = s.published.find((i) => i.data.attachments.length > 0);
  test.skip(!withFile, 'no attachments in sample');
  await page.goto(`/items/${withFile!.slug}/`);
  const section = page.getByRole('region', { name: '附件' });
  const link = section.getByRole('link', { name: withFile!.data.attachments[0]!.title, exact: true });
  const href = await link.getAttribute('href');
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  expect((await res.body()).length).toBeGreaterThan(0);
});

test('feeds and sitemap are valid XML listing the latest items', async ({ request }) => {
  const s = sample();
  const feed = await request.get('/feed.xml');
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  expect(xml).toContain('<rss version="2.0"');
  expect(xml).toContain(s.published[0]!.data.title.replace(/&/g, '&amp;'));
  const col = s.catalogue.columns.find((c) => s.under(c.id).length > 0)!;
  const colFeed = await (await request.get(`/columns/${col.id}/feed.xml`)).text();
  expect(colFeed).toContain(`<title>${col.name}`);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`/items/${s.published[0]!.slug}/`);
  expect(sitemap.match(/<url>/g)!.length).toBeGreaterThan(s.published.length);
});

test('unknown addresses get the 404 page with a way on', async ({ page }) => {
  const res = await page.goto('/items/no-such-document/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面未找到');
  await page.getByRole('main').getByRole('link', { name: '公开目录' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('公开目录');
});

test('pages are readable without JavaScript', async ({ browser }) => {
  const s = sample();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/items/${s.published[0]!.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.published[0]!.data.title);
  await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '首页' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政府信息公开');
  await context.close();
});
