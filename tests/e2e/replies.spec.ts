/**
 * 建议提案答复 on the built sample (as of 2026-11-22): the column groups the twelve replies
 * by meeting, newest year first, 建议 before 提案, each by number; a reply page carries its
 * meeting, number and 办理方式 in the metadata table; search filters by type and meeting.
 * Expected values are written by hand from content/replies/.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible, MODES, usePrefs } from '../support/axe.ts';

test.describe.configure({ timeout: 60_000 });

/** content/replies/: group headings and the numbers under each, in page order. */
const GROUPS: Array<[string, string[]]> = [
  ['省十四届人大四次会议代表建议', ['0012', '0089', '0156', '0301']],
  ['省政协十三届四次会议委员提案', ['0077', '0233', '0402']],
  ['省十四届人大三次会议代表建议', ['0045', '0123', '0210']],
  ['省政协十三届三次会议委员提案', ['0188', '0456']],
];

test('the 建议提案办理 column groups replies by meeting and lists each group by number', async ({ page }) => {
  await page.goto('/columns/proposals/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('建议提案办理');
  const list = page.getByRole('region', { name: /信息列表/ });
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(GROUPS.map(([g]) => g));
  for (const [heading, numbers] of GROUPS) {
    const items = list.locator(`h3:text-is("${heading}") + ul > li > a`);
    await expect(items).toHaveText(numbers.map((n) => new RegExp(`第${n}号`)));
  }
});

test('a reply page shows its meeting, number, 办理方式, 提出者 and 答复日期', async ({ page }) => {
  await page.goto('/items/tian-2025-0456-wufei-chengshi/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('对省政协十三届三次会议第0456号提案的答复');
  const meta = page.locator('.meta-table');
  const row = (label: string) => meta.locator('div', { has: page.locator(`dt:text-is("${label}")`) }).locator('dd');
  await expect(row('会议')).toHaveText('省政协十三届三次会议');
  await expect(row('编号')).toHaveText('第0456号委员提案');
  await expect(row('办理方式')).toHaveText('主办');
  await expect(row('提出者')).toHaveText('民盟江南省委员会');
  await expect(row('答复日期')).toHaveText('2025-07-30');
  // A 会办 reply without a name shows no 提出者 row.
  await page.goto('/items/tian-2026-0402-huanjing-jiaoyu/');
  await expect(row('办理方式')).toHaveText('会办');
  await expect(meta.locator('dt:text-is("提出者")')).toHaveCount(0);
});

test('search filters replies by type and by meeting', async ({ page }) => {
  await page.goto('/search/?q=答复&proposal=委员提案');
  const results = page.locator('[data-search-list] > li');
  // content/replies/: five 政协 提案 replies, all with 答复 in the title.
  await expect(results).toHaveCount(5);
  await page.goto('/search/?q=答复&meeting=省十四届人大四次会议');
  await expect(results).toHaveCount(4);
  await expect(page.getByLabel('会议')).toHaveValue('省十四届人大四次会议');
});

for (const mode of ['normal', 'elderly'] as const) {
  test(`axe finds nothing on the column and a reply page (${mode})`, async ({ page }) => {
    await usePrefs(page, MODES[mode]);
    for (const url of ['/columns/proposals/', '/items/jianyi-2026-0089-xin-wuranwu/']) {
      await page.goto(url);
      await expectAccessible(page, { mode });
    }
  });
}
