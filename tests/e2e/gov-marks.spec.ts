/**
 * The marks of a Chinese government website: the site identity (logo from site.yaml) in
 * the masthead; in the footer the 党政机关 identifier, 网站标识码, ICP and 公安备案 and the
 * 「我为政府网站找错」 link; and the page metadata the national monitoring tools read.
 */
import { expect, test, type Page } from '@playwright/test';
test.use({ trace: 'off' });

const metas = (page: Page) =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[name]')].map((m) => [m.getAttribute('name'), m.getAttribute('content')])));

test('masthead logo and footer identifiers, with the national error-report link', async ({ page }) => {
  await page.goto('/');
  const logo = page.locator('.site-title img');
  await expect(logo).toHaveAttribute('src', '/logo.svg');
  await expect(logo).toHaveAttribute('alt', '');
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const footer = page.getByRole('contentinfo');
  const mark = footer.getByRole('link', { name: '党政机关网站标识' });
  await expect(mark).toHaveAttribute('href', 'https://bszs.conac.cn/sitename?method=show&id=9900000012');
  expect(await mark.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(footer.getByRole('link', { name: '我为政府网站找错' })).toHaveAttribute(
    'href',
    'https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?sitecode=9900000012',
  );
  await expect(footer).toContainText('网站标识码：9900000012');
  await expect(footer).toContainText('江ICP备 12345678 号');
  await expect(footer).toContainText('江公网安备 99010002000123 号');
});

test('item pages carry the article metadata, column pages the column metadata', async ({ page }) => {
  await page.goto('/items/2021-zhongwuran-tianqi-yingji-yuan/');
  expect(await metas(page)).toMatchObject({
    SiteName: '江南省生态环境厅',
    SiteDomain: 'sthjt.jiangnan.example.gov.cn',
    SiteIDCode: '9900000012',
    ColumnName: '行政规范性文件',
    ColumnType: '政策文件',
    ColumnKeywords: '政策文件,行政规范性文件',
    ArticleTitle: '江南省生态环境厅关于印发《江南省重污染天气应急预案》的通知',
    PubDate: '2021-10-20',
    ContentSource: '江南省生态环境厅',
    Author: '江南省生态环境厅',
    Keywords: '重污染天气,应急预案,预警',
    Url: 'https://sthjt.jiangnan.example.gov.cn/items/2021-zhongwuran-tianqi-yingji-yuan/',
  });
  expect((await metas(page)).Description).toMatch(/^规定全省重污染天气预警分级/);
  await page.goto('/columns/policies/');
  const m = await metas(page);
  expect(m).toMatchObject({
    SiteIDCode: '9900000012',
    ColumnName: '政策文件',
    ColumnType: '政策文件',
    ColumnDescription: '本机关制发的行政规范性文件和其他主动公开文件。',
  });
  expect(m.ArticleTitle).toBeUndefined();
});
