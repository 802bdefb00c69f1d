/**
 * 公开时限 on /audit/ in Chromium: the section lists every finding of audit.json with its
 * rule, legal source and dates, complete without JavaScript; the rule and year filters
 * (revealed by the script) work from the keyboard and announce the rows shown; the CSV
 * carries the same records; axe finds nothing; and item pages show 决定日期 / 批复日期
 * without ever calling an item late. Expectations come from the built audit.json, except
 * the sample's deliberately late penalty, checked by name.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEADLINE_CSV_HEADERS } from '../../src/lib/audit/export.ts';
import { expectAccessible, MODES, usePrefs, type Mode } from '../support/axe.ts';

interface Finding {
  rule: string;
  ruleName: string;
  basis: string;
  severity: 'error' | 'warning';
  slug: string | null;
  title: string;
  start: string | null;
  due: string | null;
  published: string | null;
  late: number | null;
  unit: string | null;
  year: number;
}
interface Deadlines {
  passed: boolean;
  errors: number;
  warnings: number;
  counts: Record<string, number>;
  findings: Finding[];
}

async function deadlines(page: Page): Promise<Deadlines> {
  const res = await page.request.get('/audit.json');
  expect(res.status()).toBe(200);
  return ((await res.json()) as { deadlines: Deadlines }).deadlines;
}
const table = (page: Page) => page.getByRole('table', { name: /公开时限问题/ });
const shownTitles = (page: Page) =>
  table(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset.title!));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the 公开时限 section lists every finding with rule, source and dates; no dead filter', async ({ page }) => {
    const d = await deadlines(page);
    expect(d.findings.length).toBeGreaterThan(0);
    await page.goto('/audit/');
    const section = page.getByRole('region', { name: '公开时限', exact: true });
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('公开时限');
    await expect(section).toContainText(`${d.passed ? '通过' : '不通过'}：${d.errors} 项错误，${d.warnings} 项警告。`);
    await expect(table(page).getByRole('columnheader')).toHaveText(['信息', '规则和依据', '起算日期', '应发布日期', '实际发布日期', '超出', '情况']);
    const rows = table(page).locator('tbody tr');
    await expect(rows).toHaveCount(d.findings.length);
    expect(await shownTitles(page)).toEqual(d.findings.map((f) => f.title));
    for (const [i, f] of d.findings.entries()) {
      const cells = rows.nth(i).getByRole('cell');
      await expect(cells.nth(0)).toContainText(f.ruleName);
      await expect(cells.nth(0)).toContainText(f.basis);
      if (f.start) await expect(cells.nth(1)).toHaveText(f.start);
      if (f.due) await expect(cells.nth(2)).toHaveText(f.due);
      await expect(cells.nth(3)).toHaveText(f.published ?? '未发布');
      if (f.late !== null) await expect(cells.nth(4)).toHaveText(`${f.late} ${f.unit === '工作日' ? '个工作日' : '日'}`);
      await expect(cells.nth(5)).toContainText(f.severity === 'error' ? '错误' : '警告');
    }
    await expect(page.getByRole('combobox', { name: '按规则' })).toBeHidden();
    await expect(page.getByRole('combobox', { name: '按年度' })).toBeHidden();
    await expect(page.locator('[data-deadline-count]')).toHaveText(`共 ${d.findings.length} 项。`);
  });
});

test('the sample’s late penalty: decided 2026-07-03, due 2026-07-14, published 2026-07-15, 1 working day late', async ({ page }) => {
  await page.goto('/audit/');
  const row = table(page).getByRole('row').filter({ hasText: '白沙金源建材有限公司行政处罚决定书' });
  await expect(row.getByRole('cell')).toHaveText([
    /双公示\s*发改办财金〔2018〕424号/,
    '2026-07-03',
    '2026-07-14',
    '2026-07-15',
    '1 个工作日',
    /错误\s*超过时限/,
  ]);
  await expect(row.getByRole('link')).toHaveAttribute('href', '/items/penalty-2026-14-baisha-jinyuan/');
  const missing = table(page).getByRole('row').filter({ hasText: '设区市环境空气质量月报 2026年4月' });
  await expect(missing.getByRole('cell').nth(3)).toHaveText('未发布');
});

test('the rule and year filters work from the keyboard and announce the rows shown', async ({ page }) => {
  const d = await deadlines(page);
  await page.goto('/audit/');
  const rule = page.getByRole('combobox', { name: '按规则' });
  const year = page.getByRole('combobox', { name: '按年度' });
  await expect(page.getByRole('group', { name: '筛选公开时限问题' })).toBeVisible();
  const live = page.locator('[data-deadline-count]');
  await expect(live).toHaveAttribute('role', 'status');

  // First rule in the list (rules with findings, in rule order), chosen with the arrow key.
  await rule.focus();
  await page.keyboard.press('ArrowDown');
  const chosen = await rule.inputValue();
  const first = d.findings.filter((f) => f.rule === chosen);
  expect(first.length).toBeGreaterThan(0);
  await expect.poll(() => shownTitles(page)).toEqual(first.map((f) => f.title));
  await expect(live).toHaveText(`显示 ${first.length} 项“${first[0]!.ruleName}”的问题，共 ${d.findings.length} 项。`);

  // Rule and year together; then the year alone.
  const y = first[0]!.year;
  await year.selectOption(String(y));
  await expect.poll(() => shownTitles(page)).toEqual(first.filter((f) => f.year === y).map((f) => f.title));
  await rule.selectOption('');
  const inYear = d.findings.filter((f) => f.year === y);
  await expect.poll(() => shownTitles(page)).toEqual(inYear.map((f) => f.title));
  await expect(live).toHaveText(`显示 ${inYear.length} 项“${y} 年”的问题，共 ${d.findings.length} 项。`);
  await year.selectOption('');
  await expect(live).toHaveText(`显示全部 ${d.findings.length} 项。`);
  expect(await shownTitles(page)).toEqual(d.findings.map((f) => f.title));
});

test('audit.csv carries the same 公开时限 records after the column table', async ({ page }) => {
  const d = await deadlines(page);
  const text = (await (await page.request.get('/audit.csv')).body()).subarray(3).toString('utf8');
  const lines = text.split('\r\n');
  const at = lines.indexOf(`公开时限（${d.findings.length} 项）`);
  expect(at).toBeGreaterThan(1);
  expect(lines[at - 1]).toBe('');
  expect(lines[at + 1]).toBe(DEADLINE_CSV_HEADERS.join(','));
  const records = lines.slice(at + 2).filter((l) => l !== '');
  expect(records).toHaveLength(d.findings.length);
  for (const [i, f] of d.findings.entries()) expect(records[i]!.startsWith(`${f.ruleName},${f.basis},${f.severity === 'error' ? '错误' : '警告'},`)).toBe(true);
});

test('item pages show 决定日期 and 批复日期 in the metadata and never call an item late', async ({ page }) => {
  await page.goto('/items/penalty-2026-14-baisha-jinyuan/');
  const meta = page.locator('.meta-table');
  await expect(meta.locator('div').filter({ hasText: '决定日期' }).locator('dd')).toHaveText('2026-07-03');
  await expect(meta.locator('div').filter({ hasText: '发布日期' }).locator('dd')).toHaveText('2026-07-15');
  const main = await page.getByRole('main').innerText();
  // (逾期 itself may appear in a decision's own text: 逾期不缴纳罚款 …)
  for (const word of ['超过时限', '超过公开时限', '个工作日', '公开时限', '晚 1']) expect(main).not.toContain(word);
  await page.goto('/items/2026-bumen-yusuan/');
  await expect(meta.locator('div').filter({ hasText: '批复日期' }).locator('dd')).toHaveText('2026-01-30');
  // A kind without such a date has no such row.
  await page.goto('/items/air-quality-2026-10/');
  await expect(meta).not.toContainText('决定日期');
  await expect(meta).not.toContainText('批复日期');
});

test('a changed page shows 变更日期 and 更新日期; changed on time, it is not in the 公开时限 list', async ({ page }) => {
  await page.goto('/items/jigou-zhineng/');
  const meta = page.locator('.meta-table');
  await expect(meta.locator('div').filter({ hasText: '变更日期' }).locator('dd')).toHaveText('2026-03-16');
  await expect(meta.locator('div').filter({ hasText: '更新日期' }).locator('dd')).toHaveText('2026-04-01');
  await page.goto('/audit/');
  await expect(page.getByRole('region', { name: '公开时限', exact: true })).not.toContainText('江南省生态环境厅机构职能');
});

for (const mode of ['normal', 'elderly'] as Mode[]) {
  test(`axe finds nothing on the 公开时限 section in ${mode} mode, filters in use`, async ({ page }) => {
    test.slow();
    await usePrefs(page, MODES[mode]);
    await page.goto('/audit/');
    await page.getByRole('combobox', { name: '按规则' }).selectOption('dual-publicity');
    await page.getByRole('combobox', { name: '按年度' }).selectOption('2026');
    await expectAccessible(page, { mode });
  });
}
