/**
 * 环评 projects on the sample built with --as-of 2026-11-22: each project page shows the
 * right status and its stages in process order, every stage page names its project and
 * its status, one can go from a notice to the project and on to another notice, the
 * 建设项目环评 column lists the projects grouped by status, the search link filters by
 * city, and the pages are axe clean in normal and elderly mode. Expectations are written
 * by hand from the sample content (content/projects/2026/, content/eia/2026/).
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, horizontalOverflow, MODES, usePrefs, type Mode } from '../support/axe.ts';

test.describe.configure({ timeout: 60_000 });

const processBlock = (page: Page, name = '审批进程') => page.getByRole('region', { name });

/** Each sample project on 2026-11-22: status, and its steps as listed (heading, then the text of the step). */
const PROJECTS = [
  {
    slug: 'dongyang-fenshao-fadian-erqi',
    title: '东阳市生活垃圾焚烧发电二期工程',
    status: '受理公示中',
    sentence: '受理公示期至 2026-11-27',
    steps: [
      ['受理公示', '公示期 2026-11-16 至 2026-11-27：公示中'],
      ['拟审批公示', '尚未发布'],
      ['审批决定', '尚未作出'],
    ],
  },
  {
    slug: 'baisha-xingang-bowei',
    title: '白沙港新港作业区5号至7号泊位工程',
    status: '拟审批公示中',
    sentence: '拟审批公示期至 2026-11-24',
    steps: [
      ['受理公示', '公示期 2026-09-07 至 2026-09-18：公示期满'],
      ['拟审批公示', '公示期 2026-11-18 至 2026-11-24：公示中'],
      ['审批决定', '尚未作出'],
    ],
  },
  {
    slug: 'shimen-meiling-shubiandian',
    title: '石门梅岭220千伏输变电工程',
    status: '已批复',
    sentence: '已于 2026-10-16 作出批复（江环审〔2026〕27号）',
    steps: [
      ['受理公示', '公示期 2026-08-10 至 2026-08-21：公示期满'],
      ['拟审批公示', '公示期 2026-09-29 至 2026-10-12：公示期满'],
      ['审批决定', '决定日期 2026-10-16，江环审〔2026〕27号：已批复'],
    ],
  },
  {
    slug: 'linan-tianmu-shiliaokuang',
    title: '临安天目建材矿业年产100万吨建筑用石料矿开采项目',
    status: '不予批准',
    sentence: '已于 2026-08-14 决定不予批准（江环审〔2026〕24号）',
    steps: [
      ['受理公示', '公示期 2026-07-06 至 2026-07-17：公示期满'],
      ['审批决定', '决定日期 2026-08-14，江环审〔2026〕24号：不予批准'],
    ],
  },
] as const;

/** Every stage page of the sample, with its project. */
const STAGES = [
  ['dongyang-fenshao-fadian-erqi-shouli', 'dongyang-fenshao-fadian-erqi'],
  ['baisha-xingang-bowei-shouli', 'baisha-xingang-bowei'],
  ['baisha-xingang-bowei-nishenpi', 'baisha-xingang-bowei'],
  ['shimen-meiling-shubiandian-shouli', 'shimen-meiling-shubiandian'],
  ['shimen-meiling-shubiandian-nishenpi', 'shimen-meiling-shubiandian'],
  ['shimen-meiling-shubiandian-pifu', 'shimen-meiling-shubiandian'],
  ['linan-tianmu-shiliaokuang-shouli', 'linan-tianmu-shiliaokuang'],
  ['linan-tianmu-shiliaokuang-buyu-pizhun', 'linan-tianmu-shiliaokuang'],
] as const;

for (const p of PROJECTS) {
  test(`project page: ${p.title} is “${p.status}” as of 2026-11-22, with its stages in order`, async ({ page }) => {
    await page.goto(`/items/${p.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.title);
    const block = processBlock(page);
    await expect(block.locator('.eia-process__status')).toContainText(`截至 2026-11-22，办理状态：${p.status}`);
    await expect(block.locator('.eia-process__status')).toContainText(p.sentence);
    const steps = block.getByRole('listitem');
    await expect(steps).toHaveCount(p.steps.length);
    await expect(block.getByRole('heading', { level: 3 })).toHaveText(p.steps.map((s) => s[0]));
    for (const [i, [, text]] of p.steps.entries()) await expect(steps.nth(i)).toContainText(text);
  });
}

test('every stage page names its project with the project’s status and links to it', async ({ page }) => {
  for (const [stage, slug] of STAGES) {
    const p = PROJECTS.find((x) => x.slug === slug)!;
    await page.goto(`/items/${stage}/`);
    const line = page.locator('.eia-project-line');
    await expect(line).toHaveText(`所属项目：${p.title}（办理状态：${p.status}）`);
    await expect(line.getByRole('link', { name: p.title })).toHaveAttribute('href', `/items/${slug}/`);
    // The whole process below the notice, this notice marked as the current page.
    const block = processBlock(page, '所属项目与审批进程');
    await expect(block.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(block.locator('.eia-process__status')).toContainText(`办理状态：${p.status}`);
  }
});

test('stage → project → stage: from the acceptance notice to the project page and on to the decision', async ({ page }) => {
  await page.goto('/items/shimen-meiling-shubiandian-shouli/');
  await page.locator('.eia-project-line').getByRole('link', { name: '石门梅岭220千伏输变电工程' }).click();
  await expect(page).toHaveURL(/\/items\/shimen-meiling-shubiandian\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('石门梅岭220千伏输变电工程');
  await processBlock(page).getByRole('link', { name: '关于石门梅岭220千伏输变电工程环境影响报告表的批复' }).click();
  await expect(page).toHaveURL(/\/items\/shimen-meiling-shubiandian-pifu\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于石门梅岭220千伏输变电工程环境影响报告表的批复');
  const block = processBlock(page, '所属项目与审批进程');
  await expect(block.locator('[aria-current="page"]')).toHaveText('关于石门梅岭220千伏输变电工程环境影响报告表的批复（本页）');
  // … and back to the other notices of the same project.
  await block.getByRole('link', { name: '石门梅岭220千伏输变电工程环境影响报告表拟审批公示' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('石门梅岭220千伏输变电工程环境影响报告表拟审批公示');
});

test('the 建设项目环评 column lists the projects grouped by status, 受理公示中 first, each with its status tag', async ({ page }) => {
  await page.goto('/columns/eia-projects/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('建设项目环评');
  const list = page.getByRole('region', { name: '信息列表' });
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(['受理公示中', '拟审批公示中', '已批复', '不予批准']);
  const rows = list.getByRole('listitem');
  await expect(rows).toHaveCount(4);
  for (const [i, p] of PROJECTS.entries()) {
    await expect(rows.nth(i).getByRole('link')).toHaveText(p.title);
    await expect(rows.nth(i).locator('.tag--status')).toHaveText(p.status);
  }
  // The parent column lists the projects and the notices among its sub-columns.
  await page.goto('/columns/eia/');
  const sub = page.getByRole('navigation', { name: '下级栏目' });
  await expect(sub.getByRole('link', { name: '建设项目环评' })).toHaveAttribute('href', '/columns/eia-projects/');
  await expect(sub.getByRole('link', { name: '环评公示' })).toHaveAttribute('href', '/columns/eia-notices/');
});

test('the project page’s search link lists the city’s projects (search filters 城市 and 状态)', async ({ page }) => {
  await page.goto('/items/baisha-xingang-bowei/');
  await processBlock(page).getByRole('link', { name: '白沙市的全部环评项目' }).click();
  await expect(page).toHaveURL(/\/search\/\?kind=%E7%8E%AF%E8%AF%84%E9%A1%B9%E7%9B%AE&city=%E7%99%BD%E6%B2%99%E5%B8%82$/);
  const results = page.getByRole('region', { name: '搜索结果' }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('白沙港新港作业区5号至7号泊位工程');
  await page.goto(`/search/?kind=${encodeURIComponent('环评项目')}&status=${encodeURIComponent('已批复')}`);
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('石门梅岭220千伏输变电工程');
});

for (const mode of ['normal', 'elderly'] as Mode[]) {
  test(`axe: project page, stage pages and the column in ${mode} mode`, async ({ page }) => {
    await usePrefs(page, MODES[mode]);
    for (const path of [
      '/items/baisha-xingang-bowei/',
      '/items/linan-tianmu-shiliaokuang/',
      '/items/baisha-xingang-bowei-nishenpi/',
      '/items/shimen-meiling-shubiandian-pifu/',
      '/columns/eia-projects/',
      '/columns/eia-notices/',
    ]) {
      await page.goto(path);
      await expectAccessible(page, { mode });
    }
  });
}

test('phones at 320 px in elderly mode: the process block, the notice and the column never scroll sideways', async ({ page }) => {
  await usePrefs(page, MODES.elderly);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/items/shimen-meiling-shubiandian/', '/items/shimen-meiling-shubiandian-pifu/', '/columns/eia-projects/']) {
    await page.goto(path);
    expect(await horizontalOverflow(page), path).toEqual({ overflow: 0, culprits: [] });
  }
});
