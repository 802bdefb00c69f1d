/**
 * 数据发布 on the built site: a release page shows its data as a table (caption, column
 * and row headers, units) and a build-time SVG chart with an accessible name and a text
 * summary, and the raw CSV downloads; a series page shows the history as a line chart
 * with a table fallback and lists every release; both pass axe.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sample } from '../support/sample.ts';
import type { Item } from '../../src/lib/items.ts';
import { loadSeriesDir } from '../../src/lib/series/load.ts';
import { parseCsvRecords } from '../../src/lib/series/table.ts';
import { periodLabel } from '../../src/lib/series/period.ts';

type Release = Extract<Item, { kind: 'release' }>;
const series = () => loadSeriesDir(process.cwd(), path.resolve('content')).series;
const releasesOf = (id: string) => sample().published.filter((i): i is Release => i.kind === 'release' && i.data.series === id);
const AXE = path.resolve('tests/support/axe.ts');
// Pages are checked in several steps (and axe in three display modes); allow for a busy machine.
test.describe.configure({ timeout: 60_000 });

/** The latest release of the first series that has one, with its CSV records. */
function latest() {
  for (const s of series().values()) {
    const r = releasesOf(s.id)[0];
    if (r && r.data.data.endsWith('.csv')) {
      const csv = readFileSync(path.resolve(path.dirname(r.file), r.data.data), 'utf8');
      return { series: s, release: r, records: parseCsvRecords(csv).map((x) => x.fields) };
    }
  }
  return undefined;
}

test('a release page shows the data as a table with caption, headers and units', async ({ page }) => {
  const l = latest();
  test.skip(!l, 'sample has no CSV release');
  const { series: s, release: r, records } = l!;
  await page.goto(`/items/${r.slug}/`);
  const table = page.getByRole('table', { name: `表：${s.name}（${periodLabel(r.data.period)}）` });
  await expect(table).toBeVisible();
  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveText(s.columns.map((c) => (c.unit ? `${c.label}（${c.unit}）` : c.label)));
  const rows = records.slice(1);
  const categoryIndex = s.columns.findIndex((c) => c.key === s.category);
  await expect(table.getByRole('rowheader')).toHaveText(rows.map((row) => row[categoryIndex]!.trim()));
  // Every cell shows the file's value (numbers keep their decimals).
  const body = table.locator('tbody tr');
  await expect(body).toHaveCount(rows.length);
  const first = await body.first().locator('th, td').allInnerTexts();
  // An empty cell reads “无数据” (the dash is hidden from screen readers).
  expect(first.map((t) => t.replace(/—\s*无数据/, '').trim())).toEqual(rows[0]!.map((c) => c.trim()));
});

test('a release page has an SVG chart with an accessible name, a description and a text summary', async ({ page }) => {
  const l = latest();
  test.skip(!l, 'sample has no CSV release');
  const { series: s, release: r, records } = l!;
  const value = s.columns.find((c) => c.key === s.value)!;
  await page.goto(`/items/${r.slug}/`);
  const chart = page.getByRole('img', { name: new RegExp(`${periodLabel(r.data.period).replace(/[()（）]/g, '.')}各.*${value.label}`) });
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
  await expect(chart.locator('title')).toHaveCount(1);
  // Named by its title only; described by the visible summary, not by a copy of it.
  await expect(chart.locator('desc')).toHaveCount(0);
  await expect(chart).toHaveAttribute('aria-describedby', 'release-chart-summary');
  expect((await chart.getAttribute('aria-label')) ?? '').toBe('');
  // The summary names the highest and the lowest, as the data file has them.
  const header = records[0]!;
  const vi = s.columns.findIndex((c) => c.key === s.value);
  const ci = s.columns.findIndex((c) => c.key === s.category);
  expect(header.length).toBe(s.columns.length);
  const data = records.slice(1).map((row) => ({ name: row[ci]!, v: Number(row[vi]) }));
  const max = data.reduce((a, b) => (b.v > a.v ? b : a));
  const min = data.reduce((a, b) => (b.v < a.v ? b : a));
  const summary = page.locator('#release-chart-summary');
  await expect(summary).toContainText(`${max.name}`);
  await expect(summary).toContainText(`最高（`);
  await expect(summary).toContainText(`${min.name}最低（`);
  await expect(chart).toHaveAccessibleDescription((await summary.innerText()).trim());
  // One bar per row, each labelled with its value; no colour-only encoding.
  await expect(chart.locator('rect.chart-bar')).toHaveCount(data.length);
  await expect(chart.locator('text.chart-label')).toHaveCount(data.length);
  await expect(chart.locator('text.chart-value')).toHaveCount(data.length);
});

test('the raw data file downloads (HTTP 200, CSV)', async ({ page, request }) => {
  const l = latest();
  test.skip(!l, 'sample has no CSV release');
  const { release: r, records } = l!;
  await page.goto(`/items/${r.slug}/`);
  const name = path.basename(r.data.data);
  const link = page.getByRole('link', { name: `下载原始数据：${name}` });
  await expect(link).toHaveAttribute('href', `/files/${r.slug}/${encodeURIComponent(name)}`);
  const res = await request.get((await link.getAttribute('href'))!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/csv');
  const text = (await res.text()).replace(/^\uFEFF/, '');
  expect(text.split(/\r?\n/)[0]).toBe(records[0]!.join(','));
  expect(text).toContain(records[1]!.join(','));
  // A real download in the browser, too.
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(name);
});

test('the series page shows the history chart, its table fallback and every release', async ({ page }) => {
  const s = [...series().values()].find((x) => releasesOf(x.id).length > 1);
  test.skip(!s, 'sample has no series with several releases');
  const releases = releasesOf(s!.id);
  const value = s!.columns.find((c) => c.key === s!.value)!;
  await page.goto(`/series/${s!.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s!.name);
  const chart = page.getByRole('img', { name: new RegExp(`${value.label}.*变化趋势`) });
  await expect(chart).toBeVisible();
  // One line per category, each labelled at its end.
  const categories = new Set<string>();
  for (const r of releases) {
    const csv = readFileSync(path.resolve(path.dirname(r.file), r.data.data), 'utf8');
    const recs = parseCsvRecords(csv);
    const ci = s!.columns.findIndex((c) => c.key === s!.category);
    for (const row of recs.slice(1)) categories.add(row.fields[ci]!);
  }
  await expect(chart.locator('path.chart-line')).toHaveCount(categories.size);
  await expect(chart.locator('text.chart-end-label')).toHaveCount(categories.size);
  await expect(page.locator('#history-chart-summary')).toContainText(`共 ${releases.length} 期`);
  await expect(page.getByRole('list', { name: '图例' }).getByRole('listitem')).toHaveCount(categories.size);

  // The table fallback: periods as rows, categories as columns.
  await page.getByText('查看图表数据（表格）').click();
  const fallback = page.getByRole('table', { name: /变化趋势/ });
  await expect(fallback).toBeVisible();
  await expect(fallback.getByRole('rowheader')).toHaveCount(releases.length);
  await expect(fallback.getByRole('columnheader')).toHaveCount(categories.size + 1);

  // Every release, newest first, with its page and raw file.
  const list = page.getByRole('table', { name: new RegExp(`${s!.name}历次发布`) });
  await expect(list.getByRole('rowheader')).toHaveText(releases.map((r) => periodLabel(r.data.period, false)));
  await list.getByRole('link', { name: releases[0]!.data.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(releases[0]!.data.title);
  await page.getByRole('link', { name: s!.name }).first().click();
  await expect(page).toHaveURL(new RegExp(`/series/${s!.id}/$`));
});

test('the series index lists every series', async ({ page }) => {
  await page.goto('/series/');
  for (const s of series().values()) await expect(page.getByRole('link', { name: s.name, exact: true })).toHaveAttribute('href', `/series/${s.id}/`);
});

test.describe('accessibility (axe)', () => {
  test.skip(!existsSync(AXE), 'tests/support/axe.ts not present');
  test.describe.configure({ timeout: 180_000 });
  test('a release page and a series page, in each display mode', async ({ page }) => {
    const { expectAccessible, headingProblems, MODES, usePrefs } = await import('../support/axe.ts');
    const l = latest();
    test.skip(!l, 'sample has no CSV release');
    for (const mode of Object.keys(MODES) as Array<keyof typeof MODES>) {
      await usePrefs(page, MODES[mode]);
      for (const url of [`/items/${l!.release.slug}/`, `/series/${l!.series.id}/`, '/series/']) {
        await page.goto(url);
        expect(await headingProblems(page), url).toEqual([]);
        await expectAccessible(page, { mode });
      }
    }
  });
});
