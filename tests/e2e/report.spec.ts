/**
 * 政府信息公开工作年度报告 on the built site: the six parts in order, the standard
 * tables (二, 三, 四) inside their parts with captions and multi-level headers, every
 * data cell tied to its headers, totals that add up, and the carry-over between years.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { REPORTS } from '../support/sample.ts';

/** The six part headings of the national annual-report format, written out here (not imported from the page code). */
const REPORT_PARTS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
/** Columns of 表三 after the row headers. */
const APPLICANT_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
// Pages are checked in several steps (and axe in three display modes); allow for a busy machine.
test.describe.configure({ timeout: 60_000 });

/** Numbers of a table row, by the row header's text. */
async function rowValues(table: Locator, label: string): Promise<number[]> {
  const row = table
    .locator('tbody tr')
    .filter({ has: table.page().locator('th', { hasText: label }) })
    .first();
  return (await row.locator('td').allInnerTexts()).map((t) => Number(t.trim()));
}

/** Every data cell's `headers` names existing header cells; returns the header texts of one cell. */
async function headerTexts(page: Page, cell: Locator): Promise<string[]> {
  const ids = ((await cell.getAttribute('headers')) ?? '').split(/\s+/).filter(Boolean);
  return Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
}

test('an annual report shows the six parts, with tables 二, 三 and 四 in their parts', async ({ page }) => {
  const r = REPORTS.latest;
  await page.goto(`/items/${r.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.title);
  const parts = page.locator('.report-body > h2');
  await expect(parts).toHaveText(REPORT_PARTS);
  // Each table sits between its part's heading and the next one.
  const order = await page.evaluate(() =>
    [...document.querySelectorAll('.report-body > h2, .report-body caption, .report-body .report-table-title')].map((e) => e.textContent!.trim()),
  );
  const at = (text: string) => order.findIndex((t) => t.startsWith(text));
  expect(at('表二')).toBeGreaterThan(at('二、'));
  expect(at('表二')).toBeLessThan(at('三、'));
  expect(at('表三')).toBeGreaterThan(at('三、'));
  expect(at('表三')).toBeLessThan(at('四、'));
  expect(at('表四')).toBeGreaterThan(at('四、'));
  expect(at('表四')).toBeLessThan(at('五、'));
});

test('table 二 (Article 20) shows the counts of the front matter', async ({ page }) => {
  const r = REPORTS.latest;
  await page.goto(`/items/${r.slug}/`);
  const t1 = page.getByRole('table', { name: '第二十条第（一）项' });
  await expect(t1.getByRole('columnheader')).toHaveText(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
  expect(await rowValues(t1, '行政规范性文件')).toEqual(r.normativeDocuments);
  expect(await rowValues(page.getByRole('table', { name: '第二十条第（五）项' }), '行政许可')).toEqual([r.licensing]);
  expect(await rowValues(page.getByRole('table', { name: '第二十条第（六）项' }), '行政处罚')).toEqual([r.penalties]);
  expect(await rowValues(page.getByRole('table', { name: '第二十条第（八）项' }), '行政事业性收费')).toEqual([r.fees]);
});

test('table 三 has the national headers, every cell tied to them, and totals that add up', async ({ page }) => {
  const r = REPORTS.latest;
  await page.goto(`/items/${r.slug}/`);
  const table = page.getByRole('table', { name: '表三　收到和处理政府信息公开申请情况' });
  await expect(table).toBeVisible();
  await expect(table.locator('thead th')).toHaveText([
    '申请人情况',
    '自然人',
    '法人或其他组织',
    '总计',
    '商业企业',
    '科研机构',
    '社会公益组织',
    '法律服务机构',
    '其他',
  ]);

  // A cell deep in the table announces its row group, row, column group and column.
  const cell = table
    .locator('tbody tr', { has: page.locator('th', { hasText: '4.保护第三方合法权益' }) })
    .locator('td')
    .nth(1);
  expect(await headerTexts(page, cell)).toEqual(['三、本年度办理结果', '（三）不予公开', '4.保护第三方合法权益', '申请人情况', '法人或其他组织', '商业企业']);
  // Every headers attribute points at existing header cells.
  const broken = await page.evaluate(() =>
    [...document.querySelectorAll('td[headers], th[headers]')].flatMap((c) =>
      c
        .getAttribute('headers')!
        .split(/\s+/)
        .filter((id) => !document.getElementById(id) || document.getElementById(id)!.tagName !== 'TH'),
    ),
  );
  expect(broken).toEqual([]);

  // Totals: each row's 总计 is the sum of the six applicant types…
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs
        .filter((tr) => tr.querySelectorAll('td').length === 7)
        .map((tr) => ({ label: tr.querySelector('th')!.textContent!.trim(), v: [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)) })),
    );
  expect(rows.length).toBe(2 + 2 + 8 + 3 + 5 + 3 + 1 + 1);
  for (const row of rows) expect(row.v[6], row.label).toBe(row.v.slice(0, 6).reduce((x, y) => x + y, 0));
  // …（七）总计 is the sum of （一）…（六） in every column…
  const results = rows.slice(2, -2);
  const total = rows.at(-2)!;
  expect(total.label).toBe('（七）总计');
  for (let j = 0; j < 7; j++) expect(total.v[j], APPLICANT_COLUMNS[j]).toBe(results.reduce((s, row) => s + row.v[j]!, 0));
  // …and 一 + 二 = 三（七）+ 四, as the table's note says.
  const [received, carried] = [rows[0]!, rows[1]!];
  const forward = rows.at(-1)!;
  for (let j = 0; j < 7; j++) expect(received.v[j]! + carried.v[j]!).toBe(total.v[j]! + forward.v[j]!);
  expect(total.v).toEqual(r.resultsTotal);
  await expect(page.locator('#t3-check')).toContainText(
    `一、本年新收 ${received.v[6]} 件 + 二、上年结转 ${carried.v[6]} 件 = ${received.v[6]! + carried.v[6]!} 件`,
  );
  await expect(page.locator('#t3-check')).toContainText('两者相等');
});

test('table 四 has 行政复议 and both kinds of 行政诉讼 with totals that add up', async ({ page }) => {
  const r = REPORTS.latest;
  await page.goto(`/items/${r.slug}/`);
  const table = page.getByRole('table', { name: '表四　政府信息公开行政复议、行政诉讼情况' });
  const cells = table.locator('tbody td');
  await expect(cells).toHaveCount(15);
  const v = (await cells.allInnerTexts()).map(Number);
  for (let g = 0; g < 3; g++) expect(v[g * 5 + 4]).toBe(v.slice(g * 5, g * 5 + 4).reduce((x, y) => x + y, 0));
  expect(v).toEqual(r.review);
  expect(await headerTexts(page, cells.nth(8))).toEqual(['行政诉讼', '未经复议直接起诉', '尚未审结']);
  expect(await headerTexts(page, cells.nth(0))).toEqual(['行政复议', '结果维持']);
});

test('上年结转 of a report equals 结转下年度 of the year before', async ({ page }) => {
  await page.goto(`/items/${REPORTS.previous.slug}/`);
  const forward = await rowValues(page.getByRole('table', { name: /表三/ }), '四、结转下年度继续办理');
  await page.goto(`/items/${REPORTS.latest.slug}/`);
  expect(await rowValues(page.getByRole('table', { name: /表三/ }), '二、上年结转政府信息公开申请数量')).toEqual(forward);
});

test.describe('accessibility (axe)', () => {
  test.describe.configure({ timeout: 180_000 });
  test('an annual report page, in each display mode', async ({ page }) => {
    const { expectAccessible, headingProblems, MODES, usePrefs } = await import('../support/axe.ts');
    const r = REPORTS.latest;
    for (const mode of Object.keys(MODES) as Array<keyof typeof MODES>) {
      await usePrefs(page, MODES[mode]);
      await page.goto(`/items/${r.slug}/`);
      expect(await headingProblems(page)).toEqual([]);
      await expectAccessible(page, { mode });
    }
  });
});
