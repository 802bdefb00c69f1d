/**
 * The /audit/ page (栏目更新监测) in Chromium: the table is complete without JavaScript,
 * overdue columns come first, the status filter and sortable headers work from the
 * keyboard and announce the result, audit.json and audit.csv agree with the page, and
 * axe finds nothing in any display mode. Content-agnostic: expectations come from the
 * built audit.json, whatever sample content the build used.
 */
import { expect, test, type Page } from '@playwright/test';
import { FRESHNESS_STATUSES } from '../../src/lib/freshness.ts';
import { STATUS_LABELS } from '../../src/lib/audit/strings.ts';
import { CSV_HEADERS } from '../../src/lib/audit/export.ts';
import { expectAccessible, headingProblems, MODES, usePrefs, type Mode } from '../support/axe.ts';

interface AuditColumn {
  id: string;
  name: string;
  depth: number;
  home: boolean;
  columnStatus: 'active' | 'archived';
  status: (typeof FRESHNESS_STATUSES)[number];
  lastPublished: string | null;
}
interface AuditJson {
  asOf: string;
  passed: boolean;
  catalogue: { passed: boolean; counts: Record<string, number> };
  national: { passed: boolean; checks: Array<{ id: string; title: string; passed: boolean }> };
  columns: AuditColumn[];
}

const HEADERS = ['栏目', '上级栏目', '更新要求', '最近更新', '信息条数', '下次应更新', '状态', '国家指标'];

async function auditJson(page: Page): Promise<AuditJson> {
  const res = await page.request.get('/audit.json');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/json');
  return (await res.json()) as AuditJson;
}

/** Minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const rowsOf = (page: Page) => page.getByRole('table', { name: /各栏目更新情况/ }).locator('tbody tr');
const visibleIds = (page: Page) =>
  rowsOf(page).evaluateAll((rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset.columnId));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole table is there, in order, with no dead filter control', async ({ page }) => {
    const json = await auditJson(page);
    await page.goto('/audit/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('栏目更新监测');
    const table = page.getByRole('table', { name: /各栏目更新情况/ });
    await expect(table.getByRole('columnheader')).toHaveText(HEADERS);
    await expect(rowsOf(page)).toHaveCount(json.columns.length);
    expect(await visibleIds(page)).toEqual(json.columns.map((c) => c.id));
    await expect(page.getByRole('combobox', { name: '按状态' })).toBeHidden();
    await expect(page.locator('[data-audit-count]')).toHaveText(`共 ${json.columns.length} 个栏目。`);
  });
});

test('the table lists every column with its status in words, overdue first', async ({ page }) => {
  const json = await auditJson(page);
  await page.goto('/audit/');
  const rows = rowsOf(page);
  await expect(rows).toHaveCount(json.columns.length);
  const statuses = await rows.evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.status!));
  const rank = statuses.map((s) => FRESHNESS_STATUSES.indexOf(s as (typeof FRESHNESS_STATUSES)[number]));
  expect(rank, 'rows sorted worst first').toEqual([...rank].sort((a, b) => a - b));
  expect(statuses).toEqual(json.columns.map((c) => c.status));
  // Each row says its status in text (icon hidden from screen readers), not by colour alone.
  for (const [i, c] of json.columns.entries()) {
    const row = rows.nth(i);
    await expect(row.getByRole('rowheader')).toHaveText(c.name);
    await expect(row.getByRole('cell').nth(5)).toContainText(STATUS_LABELS[c.status]);
    if (c.lastPublished) await expect(row.getByRole('cell').nth(2)).toHaveText(c.lastPublished);
  }
  if (json.catalogue.counts.overdue! > 0) await expect(rows.first()).toHaveAttribute('data-status', 'overdue');
  // Both verdicts side by side, with the national rule set named.
  await expect(page.getByRole('region', { name: '栏目更新要求（公开目录）' })).toContainText(json.catalogue.passed ? '通过' : '不通过');
  const national = page.getByRole('region', { name: '国家检查指标', exact: true });
  await expect(national).toContainText('国办秘函〔2019〕19号');
  await expect(national).toContainText(json.national.passed ? '通过' : '单项否决');
  expect(await headingProblems(page)).toEqual([]);
});

test('the status filter works from the keyboard and announces how many columns are shown', async ({ page }) => {
  const json = await auditJson(page);
  const total = json.columns.length;
  const present = FRESHNESS_STATUSES.filter((s) => json.catalogue.counts[s]! > 0 && json.catalogue.counts[s]! < total);
  // The sample has columns of several statuses (an empty one, key-dischargers; overdue and on-time ones):
  // if every column had the same status there would be nothing to filter, and that is a failure, not a skip.
  expect(present.length, 'every column of the sample has the same status: nothing to filter').toBeGreaterThan(0);
  await page.goto('/audit/');
  const select = page.getByRole('combobox', { name: '按状态' });
  await expect(select).toBeVisible();
  await expect(page.getByRole('group', { name: '筛选栏目' })).toBeVisible();
  const live = page.locator('[data-audit-count]');
  await expect(live).toHaveAttribute('role', 'status');

  // Tab onto the select from the link before it, then change it with the arrow keys.
  await page.getByRole('region', { name: '国家检查指标', exact: true }).getByRole('link').last().focus();
  await page.keyboard.press('Tab');
  await expect(select).toBeFocused();
  const target = present[0]!;
  const steps = FRESHNESS_STATUSES.indexOf(target) + 1;
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(target);

  const expected = json.columns.filter((c) => c.status === target).map((c) => c.id);
  await expect.poll(() => visibleIds(page)).toEqual(expected);
  await expect(live).toHaveText(`显示 ${expected.length} 个状态为“${STATUS_LABELS[target]}”的栏目，共 ${total} 个栏目。`);

  // Back to all.
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowUp');
  await expect(select).toHaveValue('');
  await expect.poll(() => visibleIds(page)).toEqual(json.columns.map((c) => c.id));
  await expect(live).toHaveText(`显示全部 ${total} 个栏目。`);
});

test('column headers sort the table from the keyboard', async ({ page }) => {
  const json = await auditJson(page);
  await page.goto('/audit/');
  const header = page.getByRole('columnheader', { name: '最近更新' });
  const button = header.getByRole('button', { name: '最近更新' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('columnheader', { name: '状态' })).not.toHaveAttribute('aria-sort', /.+/);
  const dated = json.columns.filter((c) => c.lastPublished);
  const ascending = [...dated].sort((a, b) => (a.lastPublished! < b.lastPublished! ? -1 : a.lastPublished! > b.lastPublished! ? 1 : 0));
  const shown = await visibleIds(page);
  // Dated columns first in ascending date order, undated ones last.
  const dates = shown.slice(0, dated.length).map((id) => json.columns.find((c) => c.id === id)!.lastPublished);
  expect(dates).toEqual(ascending.map((c) => c.lastPublished));
  await expect(page.locator('[data-audit-count]')).toContainText('已按“最近更新”升序排列。');

  await page.keyboard.press('Space');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page.locator('[data-audit-count]')).toContainText('已按“最近更新”降序排列。');

  // Sorting by status again restores the built order.
  await page.getByRole('button', { name: '状态' }).press('Enter');
  await expect(page.getByRole('columnheader', { name: '状态' })).toHaveAttribute('aria-sort', 'ascending');
  expect(await visibleIds(page)).toEqual(json.columns.map((c) => c.id));
});

test('audit.json and audit.csv are served and agree with the page', async ({ page }) => {
  const json = await auditJson(page);
  const res = await page.request.get('/audit.csv');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/csv');
  const bytes = await res.body();
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  const rows = parseCsv(text);
  // The column table, then after one empty line the 公开时限 table (tests/e2e/deadlines.spec.ts).
  const blank = rows.findIndex((r) => r.length === 1 && r[0] === '');
  expect(blank).toBeGreaterThan(0);
  const [header, ...csvRows] = rows.slice(0, blank);
  expect(header).toEqual([...CSV_HEADERS]);
  expect(csvRows).toHaveLength(json.columns.length);
  expect(csvRows.map((r) => r[0])).toEqual(json.columns.map((c) => c.id));
  expect(csvRows.map((r) => r[1])).toEqual(json.columns.map((c) => c.name));
  const statusIndex = CSV_HEADERS.indexOf('状态代码');
  expect(csvRows.map((r) => r[statusIndex])).toEqual(json.columns.map((c) => c.status));

  await page.goto('/audit/');
  expect(await visibleIds(page)).toEqual(json.columns.map((c) => c.id));
  await expect(page.locator('.lede time')).toHaveAttribute('datetime', json.asOf);
  for (const s of FRESHNESS_STATUSES) {
    await expect(page.getByRole('region', { name: '栏目更新要求（公开目录）' })).toContainText(`${STATUS_LABELS[s]}：${json.catalogue.counts[s]} 个`);
  }
  for (const check of json.national.checks) {
    await expect(page.locator(`#national-${check.id}`)).toContainText(check.passed ? '通过' : '单项否决');
  }
  await expect(page.getByRole('link', { name: /CSV/ })).toHaveAttribute('href', '/audit.csv');
  await expect(page.getByRole('link', { name: /JSON/ })).toHaveAttribute('href', '/audit.json');
});

test('the footer links to the audit and the sitemap lists it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: '栏目更新监测' }).click();
  await expect(page).toHaveURL(/\/audit\/$/);
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(sitemap).toMatch(/<loc>[^<]+\/audit\/<\/loc>/);
});

test('home-page panels show the same last-updated date as the audit', async ({ page }) => {
  const json = await auditJson(page);
  const home = json.columns.filter((c) => c.home && c.depth === 0 && c.columnStatus === 'active');
  expect(home.length).toBeGreaterThan(0);
  await page.goto('/');
  for (const c of home) {
    const panel = page.getByRole('region', { name: new RegExp(`^${c.name}`) });
    await expect(panel).toContainText(c.lastPublished ? `最近更新：${c.lastPublished}` : '尚无信息');
  }
});

test('history charts have a text alternative', async ({ page }) => {
  await page.goto('/audit/');
  const charts = page.getByRole('region', { name: '近 12 个月更新情况' }).getByRole('img');
  expect(await charts.count()).toBeGreaterThan(0);
  await expect(charts.first()).toHaveAccessibleName(/近 12 个月每月更新条数：\d{4}年\d{1,2}月 \d+ 条/);
});

for (const mode of Object.keys(MODES) as Mode[]) {
  test(`axe finds nothing on /audit/ in ${mode} mode, filter in use`, async ({ page }) => {
    // Two axe runs over a page with a long table: allow more than the default 30 s.
    test.slow();
    await usePrefs(page, MODES[mode]);
    await page.goto('/audit/');
    await expectAccessible(page, { mode });
    await page.getByRole('combobox', { name: '按状态' }).selectOption('overdue');
    await expectAccessible(page, { mode });
  });
}
