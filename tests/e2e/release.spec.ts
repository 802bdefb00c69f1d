/**
 * 数据发布 on the built site: a release page shows its data as a table (caption, column
 * and row headers, units) and a build-time SVG chart with an accessible name and a text
 * summary, and the raw CSV downloads; a series page shows the history as a line chart
 * with a table fallback and lists every release; both pass axe.
 */
import { expect, test } from '@playwright/test';
import { AIR_SERIES, SERIES } from '../support/sample.ts';

// Pages are checked in several steps (and axe in three display modes); allow for a busy machine.
test.describe.configure({ timeout: 60_000 });

test('a release page shows the data as a table with caption, headers and units', async ({ page }) => {
  const { name, headers: headerTexts, latest: r } = AIR_SERIES;
  await page.goto(`/items/${r.slug}/`);
  const table = page.getByRole('table', { name: `表：${name}（${r.period}）` });
  await expect(table).toBeVisible();
  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveText([...headerTexts]);
  const rows = r.rows;
  // The category (city) is the row header.
  await expect(table.getByRole('rowheader')).toHaveText(rows.map((row) => row[0]));
  // Every cell shows the file's value (numbers keep their decimals).
  const body = table.locator('tbody tr');
  await expect(body).toHaveCount(rows.length);
  const first = await body.first().locator('th, td').allInnerTexts();
  // An empty cell reads “无数据” (the dash is hidden from screen readers).
  expect(first.map((t) => t.replace(/—\s*无数据/, '').trim())).toEqual([...rows[0]]);
});

test('a release page has an SVG chart with an accessible name, a description and a text summary', async ({ page }) => {
  const { latest: r, valueLabel } = AIR_SERIES;
  await page.goto(`/items/${r.slug}/`);
  const chart = page.getByRole('img', { name: new RegExp(`${r.period}各.*${valueLabel}`) });
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
  await expect(chart.locator('title')).toHaveCount(1);
  // Named by its title only; described by the visible summary, not by a copy of it.
  await expect(chart.locator('desc')).toHaveCount(0);
  await expect(chart).toHaveAttribute('aria-describedby', 'release-chart-summary');
  expect((await chart.getAttribute('aria-label')) ?? '').toBe('');
  // The summary names the highest and the lowest AQI, as the data file has them (江州市 68, 石门市 53).
  const summary = page.locator('#release-chart-summary');
  await expect(summary).toContainText(r.highest);
  await expect(summary).toContainText(`最高（`);
  await expect(summary).toContainText(`${r.lowest}最低（`);
  await expect(chart).toHaveAccessibleDescription((await summary.innerText()).trim());
  // One bar per row, each labelled with its value; no colour-only encoding.
  await expect(chart.locator('rect.chart-bar')).toHaveCount(r.rows.length);
  await expect(chart.locator('text.chart-label')).toHaveCount(r.rows.length);
  await expect(chart.locator('text.chart-value')).toHaveCount(r.rows.length);
});

test('the raw data file downloads (HTTP 200, CSV)', async ({ page, request }) => {
  const r = AIR_SERIES.latest;
  await page.goto(`/items/${r.slug}/`);
  const name = r.file;
  const link = page.getByRole('link', { name: `下载原始数据：${name}` });
  await expect(link).toHaveAttribute('href', `/files/${r.slug}/${encodeURIComponent(name)}`);
  const res = await request.get((await link.getAttribute('href'))!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/csv');
  const text = (await res.text()).replace(/^\uFEFF/, '');
  expect(text.split(/\r?\n/)[0]).toBe(r.csvHeader);
  expect(text).toContain(r.rows[0].join(','));
  // A real download in the browser, too.
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(name);
});

test('the series page shows the history chart, its table fallback and every release', async ({ page }) => {
  const s = AIR_SERIES;
  const releases = s.releases;
  await page.goto(`/series/${s.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.name);
  const chart = page.getByRole('img', { name: new RegExp(`${s.valueLabel}.*变化趋势`) });
  await expect(chart).toBeVisible();
  // One line per category (the 8 cities), each labelled at its end.
  await expect(chart.locator('path.chart-line')).toHaveCount(s.cities);
  await expect(chart.locator('text.chart-end-label')).toHaveCount(s.cities);
  await expect(page.locator('#history-chart-summary')).toContainText(`共 ${releases.length} 期`);
  await expect(page.getByRole('list', { name: '图例' }).getByRole('listitem')).toHaveCount(s.cities);

  // The table fallback: periods as rows, categories as columns.
  await page.getByText('查看图表数据（表格）').click();
  const fallback = page.getByRole('table', { name: /变化趋势/ });
  await expect(fallback).toBeVisible();
  await expect(fallback.getByRole('rowheader')).toHaveCount(releases.length);
  await expect(fallback.getByRole('columnheader')).toHaveCount(s.cities + 1);

  // Every release, newest first, with its page and raw file.
  const list = page.getByRole('table', { name: new RegExp(`${s.name}历次发布`) });
  await expect(list.getByRole('rowheader')).toHaveText(releases.map((r) => r.period));
  await list.getByRole('link', { name: releases[0].title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(releases[0].title);
  await page.getByRole('link', { name: s.name }).first().click();
  await expect(page).toHaveURL(new RegExp(`/series/${s.id}/$`));
});

test('the series index lists every series', async ({ page }) => {
  await page.goto('/series/');
  for (const s of SERIES) await expect(page.getByRole('link', { name: s.name, exact: true })).toHaveAttribute('href', `/series/${s.id}/`);
});

test.describe('accessibility (axe)', () => {
  test.describe.configure({ timeout: 180_000 });
  test('a release page and a series page, in each display mode', async ({ page }) => {
    const { expectAccessible, headingProblems, MODES, usePrefs } = await import('../support/axe.ts');
    for (const mode of Object.keys(MODES) as Array<keyof typeof MODES>) {
      await usePrefs(page, MODES[mode]);
      for (const url of [`/items/${AIR_SERIES.latest.slug}/`, `/series/${AIR_SERIES.id}/`, '/series/']) {
        await page.goto(url);
        expect(await headingProblems(page), url).toEqual([]);
        await expectAccessible(page, { mode });
      }
    }
  });
});
