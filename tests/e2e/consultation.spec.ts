/**
 * Consultations (征求意见) and their feedback (意见采纳情况) on the sample built with
 * `--as-of 2026-11-22`: the home page block, each consultation's status, the chain of pages
 * 征求意见 → 采纳情况 → 正式文件 → 解读, the column 意见征集, the audit finding, and axe in
 * normal and elderly mode. Slugs, titles and numbers are written here by hand from the
 * sample files in content/consultations/, content/feedback/ and content/policies/2026/.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, MODES, usePrefs, type Mode } from '../support/axe.ts';

const OPEN = {
  url: '/items/2026-zhengqiu-yijian-ruhe-paiwukou-banfa/',
  title: '关于公开征求《江南省入河排污口监督管理办法（征求意见稿）》意见的公告',
};
const CLOSED = {
  url: '/items/2026-zhengqiu-yijian-sunhai-peichang-cuoshang-banfa/',
  title: '关于公开征求《江南省生态环境损害赔偿磋商办法（征求意见稿）》意见的公告',
};
const ANSWERED = {
  url: '/items/2026-zhengqiu-yijian-nongcun-wushui-sheshi-yunwei-banfa/',
  title: '关于公开征求《江南省农村生活污水处理设施运行维护管理办法（征求意见稿）》意见的公告',
};
const FEEDBACK = {
  url: '/items/2026-nongcun-wushui-sheshi-yunwei-banfa-yijian-caina/',
  title: '《江南省农村生活污水处理设施运行维护管理办法（征求意见稿）》公开征求意见采纳情况',
};
const POLICY = {
  url: '/items/2026-nongcun-wushui-sheshi-yunwei-banfa/',
  title: '江南省生态环境厅关于印发《江南省农村生活污水处理设施运行维护管理办法》的通知',
};
const INTERPRETATION = {
  url: '/items/jiedu-nongcun-wushui-sheshi-yunwei-banfa/',
  title: '《江南省农村生活污水处理设施运行维护管理办法》政策解读',
};

const status = (page: Page) => page.getByRole('region', { name: '征求意见状态' });
const chain = (page: Page) => page.getByRole('region', { name: '决策过程' });
test.describe.configure({ timeout: 60_000 });

test('the home page lists the open consultation with the days left', async ({ page }) => {
  await page.goto('/');
  const block = page.getByRole('region', { name: '正在征求意见' });
  await expect(block.getByRole('listitem')).toHaveCount(1);
  await expect(block.getByRole('link', { name: OPEN.title })).toHaveAttribute('href', OPEN.url);
  // 22 November to 5 December, both days counted: 9 days of November (22–30) and 5 of December.
  await expect(block).toContainText('还剩 14 天');
  await expect(block).toContainText('截止 2026-12-05');
  await expect(block.getByRole('link', { name: /更多/ })).toHaveAttribute('href', '/columns/consultations/');
});

test('on a 390 px phone in elderly mode the days left are on the first screen, under the title', async ({ page }) => {
  await usePrefs(page, MODES.elderly);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(OPEN.url);
  const line = page.locator('.item-status');
  await expect(line).toHaveText('当前状态：征求意见中（还剩 14 天）');
  const box = (await line.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  // Right under the title, before the metadata table.
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  const table = (await page.locator('.meta-table').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(title.y + title.height - 1);
  expect(box.y + box.height).toBeLessThanOrEqual(table.y + 1);
});

test('the open consultation says how many days are left and how to respond', async ({ page }) => {
  await page.goto(OPEN.url);
  await expect(status(page)).toContainText('征求意见中（还剩 14 天）');
  await expect(status(page)).toContainText('征求意见时间：2026-11-06 至 2026-12-05');
  const respond = page.getByRole('region', { name: '如何提出意见' });
  await expect(respond.getByRole('link', { name: 'shj@sthjt.jiangnan.example.gov.cn' })).toHaveAttribute(
    'href',
    /^mailto:shj@sthjt\.jiangnan\.example\.gov\.cn\?subject=/,
  );
  await expect(respond).toContainText('江南省江州市环湖路 88 号江南省生态环境厅水生态环境处（邮编 990001）');
  await expect(respond.getByRole('link', { name: /意见征集表单/ })).toHaveAttribute('href', 'https://zmhd.jiangnan.example.gov.cn/yjzj/2026-ruhe-paiwukou');
  await expect(respond).toContainText('水生态环境处 李工，0990-12345635');
  const attachments = page.getByRole('region', { name: '附件' });
  await expect(attachments.getByRole('link')).toHaveText([
    '江南省入河排污口监督管理办法（征求意见稿）',
    '《江南省入河排污口监督管理办法（征求意见稿）》起草说明',
  ]);
  // The process so far: only the first step has been published.
  await expect(chain(page).getByRole('listitem').filter({ hasText: '采纳情况' })).toContainText('尚未公布意见采纳情况。');
  await expect(chain(page).getByRole('listitem').filter({ hasText: '正式文件' })).toContainText('尚未印发正式文件。');
});

test('a consultation closed without feedback says so', async ({ page }) => {
  await page.goto(CLOSED.url);
  await expect(status(page)).toContainText('已截止');
  await expect(status(page)).toContainText('征求意见已截止，意见采纳情况尚未公布。');
  await expect(page.getByRole('region', { name: '意见反馈方式（已截止）' })).toContainText('征求意见已于 2026-09-01 截止');
});

test('the chain 征求意见 → 采纳情况 → 正式文件 → 解读 links every page, from the consultation to the interpretation and back', async ({ page }) => {
  await page.goto(ANSWERED.url);
  await expect(status(page)).toContainText('已公布采纳情况');
  await status(page).getByRole('link', { name: FEEDBACK.title }).click();
  await expect(page).toHaveURL(FEEDBACK.url);

  // The feedback: the consultation it answers, the counts, each opinion with its decision and reason.
  const summary = page.getByRole('region', { name: '意见收集和采纳情况' });
  await expect(summary.getByRole('link', { name: ANSWERED.title })).toHaveAttribute('href', ANSWERED.url);
  for (const [term, value] of [
    ['收到意见', '17 条'],
    ['提出意见的个人', '11 人'],
    ['提出意见的单位', '4 个'],
    ['采纳', '9 条'],
    ['部分采纳', '3 条'],
    ['不采纳', '5 条'],
  ]) {
    await expect(summary.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) })).toHaveCount(1);
    await expect(
      summary
        .getByRole('definition')
        .filter({ hasText: new RegExp(`^${value}$`) })
        .first(),
    ).toBeVisible();
  }
  const opinions = page.getByRole('region', { name: '意见及采纳情况（共 6 项）' }).getByRole('list').first();
  await expect(opinions.locator(':scope > li')).toHaveCount(6);
  const refused = opinions.locator(':scope > li').filter({ hasText: '建议由省级财政全额承担运维经费。' });
  await expect(refused).toContainText('不采纳');
  await expect(refused).toContainText('理由根据《江南省农村生活污水治理条例》');

  // On the policy adopted after it, the whole chain with the current page marked.
  await page.goto(POLICY.url);
  await expect(chain(page).getByRole('heading', { level: 3 })).toHaveText(['征求意见', '采纳情况', '正式文件', '解读']);
  await expect(chain(page).getByRole('link', { name: ANSWERED.title })).toHaveAttribute('href', ANSWERED.url);
  await expect(chain(page).getByRole('link', { name: FEEDBACK.title })).toHaveAttribute('href', FEEDBACK.url);
  await expect(chain(page).getByRole('link', { name: INTERPRETATION.title })).toHaveAttribute('href', INTERPRETATION.url);
  await expect(chain(page).locator('[aria-current="page"]')).toContainText(POLICY.title);
  await expect(chain(page)).toContainText('已公布采纳情况');
  // The 政策 · 解读 · 办事 block is still there beside it.
  await expect(page.getByRole('region', { name: '政策 · 解读 · 办事' }).getByRole('link', { name: INTERPRETATION.title })).toBeVisible();

  // The interpretation shows the same chain, linking back to the policy.
  await page.goto(INTERPRETATION.url);
  await expect(chain(page).getByRole('link', { name: POLICY.title })).toHaveAttribute('href', POLICY.url);
  await expect(chain(page).locator('[aria-current="page"]')).toContainText(INTERPRETATION.title);
});

test('the column 意见征集 lists consultations first, the open one on top, then the feedback', async ({ page }) => {
  await page.goto('/columns/consultations/');
  const groups = page.locator('main').getByRole('heading', { level: 3 });
  await expect(groups).toHaveText(['征求意见', '意见采纳情况']);
  const titles = page.locator('main .item-list > li > a');
  await expect(titles).toHaveText([OPEN.title, CLOSED.title, ANSWERED.title, FEEDBACK.title]);
  const tags = page.locator('main .item-list .tag--status');
  await expect(tags).toHaveText(['征求意见中（还剩 14 天）', '已截止', '已公布采纳情况']);
});

test('the audit lists the consultation closed 82 days ago without feedback, with its dates', async ({ page }) => {
  await page.goto('/audit/');
  const list = page.getByRole('region', { name: '征求意见截止后未公布意见采纳情况（1 项）' });
  await expect(list.getByRole('link', { name: CLOSED.title })).toHaveAttribute('href', CLOSED.url);
  // 1 September to 22 November: 29 + 31 + 22 days.
  await expect(list).toContainText('征求意见期为 2026-08-03 至 2026-09-01，截止已 82 天（超过 30 天），仍未公布意见采纳情况');
  await expect(page.getByRole('region', { name: '文件已印发但征求意见未公布采纳情况（0 项）' })).toContainText('没有发现此类问题');
});

for (const mode of ['normal', 'elderly'] as Mode[]) {
  for (const url of ['/', OPEN.url, CLOSED.url, FEEDBACK.url, POLICY.url, '/columns/consultations/']) {
    test(`axe: ${url} in ${mode} mode`, async ({ page }) => {
      await usePrefs(page, MODES[mode]);
      await page.goto(url);
      await expectAccessible(page, { mode });
    });
  }
}

test('the pages fit a 390 px phone in elderly mode without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await usePrefs(page, MODES.elderly);
  for (const url of ['/', OPEN.url, FEEDBACK.url, POLICY.url]) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
});

test('search finds the consultations with the 类型 filter 征求意见, and their feedback with 意见采纳情况', async ({ page }) => {
  const titles = () => page.getByRole('region', { name: '搜索结果' }).getByRole('heading', { level: 3 }).getByRole('link');
  await page.goto(`/search/?q=${encodeURIComponent('征求意见稿')}&kind=${encodeURIComponent('征求意见')}&sort=date`);
  await expect(titles()).toHaveText([OPEN.title, CLOSED.title, ANSWERED.title]);
  await page.goto(`/search/?q=${encodeURIComponent('农村生活污水')}&kind=${encodeURIComponent('意见采纳情况')}`);
  await expect(titles()).toHaveText([FEEDBACK.title]);
});
