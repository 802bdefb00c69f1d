/**
 * Search (/search/) in Chromium on the built sample portal: Chinese words, company and
 * place names, 文号 and 索引号 find what a citizen expects; filters narrow; the URL
 * round-trips; keyboard-only use; no-results advice; without JavaScript; accessibility.
 * The index is in shards, one per year: the newest year is searched first and the older
 * ones when needed or asked for (src/lib/search/scope.ts).
 * Expectations are hand-written from the sample content (tests/support/sample.ts), not read
 * from the index or computed by the code that builds the pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CONTAINING, HUAXIN_TITLES, kindOfTitle, NEWEST, NEWEST_YEAR, OLDER_YEARS, PAIWU_XUKE_2021, POLICY_DATES, WITH_DOC_NUMBER } from '../support/sample.ts';
import { expectAccessible, MODES, usePrefs } from '../support/axe.ts';
import { normaliseQuery } from '../../src/lib/search/query.ts';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /找到|没有找到|符合筛选/ });
const results = (page: Page) => page.getByRole('region', { name: '搜索结果' }).getByRole('listitem');
/** The title links of the results (the heading also holds tags such as 文号一致). */
const resultTitles = (page: Page) => page.getByRole('region', { name: '搜索结果' }).getByRole('heading', { level: 3 }).getByRole('link');

/** The newest year of the sample (the shard searched first) and the older ones, oldest first. */
const NEWEST_SHARD = NEWEST_YEAR;
const OLDER = OLDER_YEARS;
/**
 * Whether dist/ has the year shards (`npm test` builds the sample with them; a plain
 * `npm run build` of the small sample gives one bundle, where nothing is searched in steps).
 */
const YEAR_SHARDS = (() => {
  try {
    return JSON.parse(readFileSync('dist/pagefind/shards.json', 'utf8')).mode === 'year';
  } catch {
    return false;
  }
})();
const NEEDS_SHARDS = 'dist/ has one search bundle: build it with the search index in year shards, as npm test does';
/** The scope notice and its button (shown while only the newest year is searched). */
const scopeNotice = (page: Page) => page.getByText(/^以下只是 \d{4}(?:—\d{4})? 年发布的信息中的结果，.+的信息尚未检索。$/);
const widenButton = (page: Page) => page.getByRole('button', { name: /^同时检索 .+的信息$/ });

/** Requests for an older year's shard (/pagefind/2024/…), from now on. */
function olderShardRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (/\/pagefind\/\d{4}\//.test(new URL(r.url()).pathname)) seen.push(new URL(r.url()).pathname);
  });
  return seen;
}

/** The year the status says was searched alone (在 2026 年发布的信息中…), or undefined for every year. */
async function searchedYear(page: Page): Promise<string | undefined> {
  return /在 (\d{4}) 年发布的信息中/.exec((await status(page).textContent()) ?? '')?.[1];
}

async function search(page: Page, query: string, extra = '') {
  await page.goto(`/search/?q=${encodeURIComponent(query)}${extra}`);
  await expect(status(page)).toBeVisible({ timeout: 15_000 });
}

/** A further search on the open page, typed into the search box (Pagefind is already loaded). */
async function ask(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: '关键词、文号或索引号' });
  await box.fill(query);
  await box.press('Enter');
  await expect(status(page)).toContainText(`“${normaliseQuery(query)}”`);
}

/** Open the 筛选和排序 disclosure (its data is downloaded when opened). */
async function openFilters(page: Page) {
  const summary = page.locator('summary', { hasText: '筛选和排序' });
  if (!(await page.locator('details[data-search-filters]').evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
  await expect(page.getByLabel('类型').locator('option').nth(1)).toBeAttached();
}

async function countOf(page: Page): Promise<number> {
  const text = (await status(page).textContent()) ?? '';
  const m = /(?:找到|共) (\d+) 条/.exec(text);
  return m ? Number(m[1]) : 0;
}

test('a company name finds exactly the items that contain it', async ({ page }) => {
  const expected = HUAXIN_TITLES;
  await search(page, '华新');
  await expect(status(page)).toContainText(`找到 ${expected.length} 条包含“华新”的信息`);
  const titles = (await resultTitles(page).allTextContents()).map((t) => t.trim());
  expect(titles.sort()).toEqual([...expected].sort());
  // Each result highlights the name in its excerpt.
  for (const item of await results(page).all()) await expect(item.locator('mark').first()).toHaveText('华新');
});

test('four-character words and place names: every result on the first page contains the words', async ({ page }) => {
  await page.goto('/search/');
  for (const q of ['空气质量', '行政处罚', '排污许可', '危险废物', '江州市'] as const) {
    await ask(page, q);
    const n = await countOf(page);
    // The sample's sources are a lower bound: pages also show related items' titles. A
    // common word is searched in the newest year only, and the status says so.
    const year = await searchedYear(page);
    expect(year === undefined || year === NEWEST_SHARD, q).toBe(true);
    expect(n, q).toBeGreaterThanOrEqual(year ? CONTAINING[q][2026] : CONTAINING[q].all);
    expect(n, q).toBeGreaterThan(0);
    const shown = await results(page).count();
    expect(shown, q).toBe(Math.min(10, n));
    for (const item of await results(page).all()) {
      await expect(item.locator('mark').filter({ hasText: q }).first(), `${q}: ${await item.locator('h3').textContent()}`).toBeVisible();
    }
  }
});

test('a table hit reads as 「表头：值」 pairs, with both query words marked', async ({ page }) => {
  // content/releases/2026/air-quality-2026-05.md: its data file's row 江州市,84,58.1,32,69,181,8.
  await search(page, '江州市 PM2.5');
  const may = results(page).filter({ has: page.getByRole('link', { name: '2026年5月全省设区市环境空气质量状况' }) });
  await expect(may).toHaveCount(1);
  await expect(may).toContainText('城市：江州市；AQI：84；达标天数比例（%）：58.1；PM2.5（μg/m3）：32；PM10（μg/m3）：69');
  await expect(may.locator('mark').filter({ hasText: '江州市' }).first()).toBeVisible();
  await expect(
    may
      .locator('mark')
      .filter({ hasText: /^PM2\.5$/ })
      .first(),
  ).toBeVisible();
});

test('a 文号, in any bracket style, puts its document first', async ({ page }) => {
  await page.goto('/search/');
  for (const item of WITH_DOC_NUMBER) {
    const doc = item.docNumber;
    for (const q of [doc, doc.replace('〔', '[').replace('〕', ']'), doc.replace('〔', '（').replace('〕', '）')]) {
      await ask(page, q);
      const first = results(page).first();
      await expect(first.getByRole('heading', { level: 3 }), q).toContainText(item.title);
      await expect(first, q).toContainText('文号一致');
      await expect(first.locator('dd').filter({ hasText: doc }), q).toBeVisible();
    }
  }
});

/**
 * A 文号 that other items cite (grep -rl '江环规〔2022〕1号' content/): its own document
 * (policies/2022/2022-xingzheng-chufa-ziyou-cailiang-jizhun.md) and two 2024 pages that
 * mention it: the 2024 revision that repeals it (body text) and the 清理结果 notice (its table).
 */
const CITED = {
  docNumber: '江环规〔2022〕1号',
  document: '江南省生态环境厅关于印发《江南省生态环境行政处罚自由裁量基准》的通知',
  mentions: ['江南省生态环境厅关于印发《江南省生态环境行政处罚自由裁量基准（2024年版）》的通知', '江南省生态环境厅关于行政规范性文件清理结果的公告'],
} as const;

test('a 文号 found in its table shows its document; 「检索提及它的全部信息」 lists the pages that mention it', async ({ page }) => {
  expect(YEAR_SHARDS, NEEDS_SHARDS).toBe(true);
  const older = olderShardRequests(page);
  await search(page, CITED.docNumber);
  await expect(status(page)).toHaveText(`找到 1 条文号或索引号为“${CITED.docNumber}”的信息，已显示前 1 条；提及它的其他信息尚未检索。`);
  await expect(page.getByText('以下是文号或索引号完全一致的信息，提及它的其他信息尚未检索。')).toBeVisible();
  await expect(resultTitles(page)).toHaveText([CITED.document]);
  await expect(results(page).first()).toContainText('文号一致');
  await page.waitForLoadState('networkidle');
  expect(older, 'the number table answers without searching the year shards').toEqual([]);

  const button = page.getByRole('button', { name: '检索提及它的全部信息' });
  await button.click();
  const all = 1 + CITED.mentions.length;
  await expect(status(page)).toHaveText(`找到 ${all} 条包含“${CITED.docNumber}”的信息，已显示前 ${all} 条。`);
  await expect(button).toBeHidden();
  // The document itself stays first and marked; the pages that cite it follow.
  await expect(resultTitles(page).first()).toHaveText(CITED.document);
  await expect(results(page).first()).toContainText('文号一致');
  await expect(resultTitles(page).first()).toBeFocused();
  const titles = (await resultTitles(page).allTextContents()).map((t) => t.trim());
  expect(titles.slice(1).sort()).toEqual([...CITED.mentions].sort());
  for (const item of (await results(page).all()).slice(1)) {
    await expect(item).not.toContainText('文号一致');
    await expect(item.locator('mark').first()).toBeVisible();
  }
  expect(older.some((p) => p.startsWith('/pagefind/2024/'))).toBe(true);
});

test('an 索引号 puts its document first', async ({ page }) => {
  await page.goto('/search/');
  for (const item of NEWEST) {
    await ask(page, item.indexNumber);
    await expect(resultTitles(page).first()).toContainText(item.title);
    await expect(results(page).first()).toContainText('索引号一致');
  }
});

test('a name that appears nowhere says so, with suggestions and the 公开目录', async ({ page }) => {
  // No file of content/ contains 昆山市.
  expect(CONTAINING.昆山市.all).toBe(0);
  await search(page, '昆山市');
  await expect(status(page)).toHaveText('没有找到包含“昆山市”的信息。');
  const empty = page.getByRole('region', { name: '没有找到包含“昆山市”的信息。' });
  await expect(empty).toBeVisible();
  await expect(empty.getByText('检查文字是否有错别字')).toBeVisible();
  await expect(empty.getByText('减少关键词')).toBeVisible();
  await expect(empty.getByRole('link', { name: '公开目录' })).toHaveAttribute('href', '/xxgk/');
  await expect(page.getByRole('region', { name: '搜索结果' })).toBeHidden();
  // Anything shown below is labelled as merely related.
  const related = empty.getByRole('heading', { name: '相关结果' });
  if (await related.isVisible()) await expect(empty.getByText('仅供参考')).toBeVisible();
});

test('filters narrow the results and every result matches them', async ({ page }) => {
  await search(page, '行政处罚');
  // Search every year first, so the counts shown in the options are those of every year
  // (the page stays widened for the rest of the visit).
  if (await widenButton(page).isVisible()) await widenButton(page).click();
  await expect(widenButton(page)).toBeHidden();
  await expect(status(page)).not.toContainText('发布的信息中');
  const all = await countOf(page);
  expect(all).toBeGreaterThanOrEqual(CONTAINING.行政处罚.all);
  await openFilters(page);
  const kind = page.getByLabel('类型');
  const options = (await kind.locator('option').allTextContents()).filter((o) => /（\d+）$/.test(o));
  expect(options.length).toBeGreaterThan(1);
  // Pick the kind with the fewest results, so the count must go down.
  const fewest = options.map((o) => ({ label: o.replace(/（\d+）$/, ''), n: Number(/（(\d+)）$/.exec(o)![1]) })).sort((a, b) => a.n - b.n)[0]!;
  await kind.selectOption({ label: `${fewest.label}（${fewest.n}）` });
  await expect(page).toHaveURL(new RegExp(`kind=${encodeURIComponent(fewest.label)}`));
  await expect(status(page)).toContainText(`找到 ${fewest.n} 条`);
  expect(fewest.n).toBeLessThan(all);
  for (const t of await resultTitles(page).allTextContents()) expect(kindOfTitle(t.trim()), t).toBe(fewest.label);

  // A second filter combines with the first: every shown result is in that column.
  await page.getByLabel('类型').selectOption('');
  // The options are filled again before the count is said: wait for it, then read them.
  await expect(status(page)).toHaveText(`找到 ${all} 条包含“行政处罚”的信息，已显示前 ${Math.min(10, all)} 条。`);
  const column = page.getByLabel('栏目');
  const firstColumn = (await column.locator('option').nth(1).textContent())!;
  const name = firstColumn.replace(/（\d+）$/, '');
  await column.selectOption({ index: 1 });
  await expect(page).toHaveURL(/column=/);
  await expect(status(page)).toContainText(`筛选：栏目 ${name}`);
  for (const item of await results(page).all()) await expect(item.locator('dd').nth(1)).toHaveText(name);
  await page.getByRole('button', { name: '清除筛选' }).first().click();
  await expect(page).not.toHaveURL(/column=/);
  await expect(status(page)).toContainText(`找到 ${all} 条`);
});

test('the URL round-trips: shared links restore the state, changes update it, Back goes back', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('排污许可')}&kind=${encodeURIComponent('公开信息')}&sort=date`);
  await expect(status(page)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('searchbox', { name: '关键词、文号或索引号' })).toHaveValue('排污许可');
  await expect(page.getByLabel('类型')).toHaveValue('公开信息');
  await expect(page.getByLabel('排序')).toHaveValue('date');
  const dates = await page.locator('.search-result time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(0);
  expect([...dates].sort().reverse()).toEqual(dates);
  const before = await countOf(page);

  const year = page.getByLabel('年份');
  await year.selectOption({ index: 1 });
  const chosen = await year.inputValue();
  await expect(page).toHaveURL(new RegExp(`year=${chosen}`));
  await expect(status(page)).toContainText(`年份 ${chosen}`);
  for (const t of await page.locator('.search-result time').allTextContents()) expect(t.startsWith(chosen)).toBe(true);

  await page.goBack();
  await expect(page).not.toHaveURL(/year=/);
  await expect(page.getByLabel('年份')).toHaveValue('');
  await expect(status(page)).toContainText(`找到 ${before} 条`);
  await page.goForward();
  await expect(page.getByLabel('年份')).toHaveValue(chosen);

  // A new query is a new history entry too.
  await page.getByRole('searchbox', { name: '关键词、文号或索引号' }).fill('华新');
  await page.getByRole('searchbox', { name: '关键词、文号或索引号' }).press('Enter');
  await expect(page).toHaveURL(/q=%E5%8D%8E%E6%96%B0/);
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: '关键词、文号或索引号' })).toHaveValue('排污许可');
});

test('keyboard only: header search box, Enter, Tab to the results, show more', async ({ page }) => {
  await page.goto('/');
  const header = page.getByRole('searchbox', { name: '搜索政府信息' });
  for (let i = 0; i < 40 && !(await header.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(header).toBeFocused();
  await page.keyboard.type('生态环境');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(status(page)).toBeVisible({ timeout: 15_000 });
  const total = await countOf(page);
  expect(total).toBeGreaterThan(10);
  // Tab from the search box through the filters to the first result.
  await page.getByRole('searchbox', { name: '关键词、文号或索引号' }).focus();
  const firstResult = results(page).first().getByRole('link');
  for (let i = 0; i < 20 && !(await firstResult.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(firstResult).toBeFocused();
  // The filter panel opens from the keyboard too.
  const summary = page.locator('summary', { hasText: '筛选和排序' });
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('类型')).toBeVisible();
  await expect(page.getByLabel('类型').locator('option').nth(1)).toBeAttached();
  // "Show more" by keyboard: ten more, focus on the first new one.
  const more = page.getByRole('button', { name: /显示更多结果/ });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(results(page)).toHaveCount(Math.min(20, total));
  await expect(results(page).nth(10).getByRole('link')).toBeFocused();
  await expect(status(page)).toContainText('已显示前');
  // Enter on a focused result opens it.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/items\//);
});

test('without JavaScript the page says so and links the 公开目录', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=%E5%8D%8E%E6%96%B0');
  const note = page.locator('.search-noscript');
  await expect(note).toBeVisible();
  await expect(note).toContainText('搜索需要浏览器启用 JavaScript');
  await expect(note.getByRole('link', { name: '公开目录' })).toHaveAttribute('href', '/xxgk/');
  // A way out: a search engine's search of this site (content/site.yaml url).
  await expect(note.getByRole('link', { name: '在百度中搜索 site:sthjt.jiangnan.example.gov.cn' })).toHaveAttribute(
    'href',
    'https://www.baidu.com/s?wd=site%3Asthjt.jiangnan.example.gov.cn',
  );
  await expect(page.locator('[data-search-filters]')).toBeHidden();
  await expect(page.getByRole('searchbox', { name: '关键词、文号或索引号' })).toBeVisible();
  await context.close();
});

test('works in elderly mode: large text and targets', async ({ page }) => {
  await usePrefs(page, MODES.elderly);
  await search(page, '空气质量');
  await openFilters(page);
  await expect(page.locator('html')).toHaveAttribute('data-elderly', '');
  const sizes = await page.locator('.search-result :is(a, p, dt, dd, time)').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
  for (const control of [page.getByLabel('类型'), page.getByRole('button', { name: '搜索', exact: true }).last()]) {
    const box = (await control.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(60);
  }
  // Result titles are links too: 60 px high in elderly mode (they were 26 px).
  const titles = await page.locator('.search-result h3 a').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(titles.length).toBeGreaterThan(0);
  expect(Math.min(...titles)).toBeGreaterThanOrEqual(60);
});

test('a word found only in older years: the search adds older years by itself until a page is full', async ({ page }) => {
  // 14 files contain 排污权, none of them published in 2026.
  expect(CONTAINING.排污权).toEqual({ all: 14, 2026: 0 });
  await search(page, '排污权');
  // Either every year that can hold it was searched (a plain total), or enough of them for a
  // page of results, and the status names the years searched and those not searched yet.
  await expect(status(page)).toHaveText(
    /^(?:找到 \d+ 条包含“排污权”的信息，已显示前 \d+ 条。|在 \d{4}—\d{4} 年发布的信息中找到 \d+ 条包含“排污权”的信息，已显示前 10 条；.+ 年的信息尚未检索。)$/,
  );
  const text = (await status(page).textContent())!;
  if (/在 \d{4}—/.test(text)) {
    expect(await countOf(page)).toBeGreaterThanOrEqual(10);
    await expect(scopeNotice(page)).toBeVisible();
  } else {
    expect(await countOf(page)).toBeGreaterThanOrEqual(CONTAINING.排污权.all);
    await expect(scopeNotice(page)).toBeHidden();
  }
  await expect(results(page)).toHaveCount(Math.min(10, await countOf(page)));
  for (const t of await page.locator('.search-result time').allTextContents()) expect(t < NEWEST_SHARD, t).toBe(true);
  for (const item of await results(page).all()) await expect(item.locator('mark').filter({ hasText: '排污权' }).first()).toBeVisible();
});

test('a common word: results of the newest year with a notice; the button adds the older years', async ({ page }) => {
  expect(YEAR_SHARDS, NEEDS_SHARDS).toBe(true);
  const word = '危险废物' as const;
  expect(CONTAINING[word][2026]).toBeGreaterThanOrEqual(10);
  const older = olderShardRequests(page);
  await search(page, word);
  await expect(status(page)).toContainText(`在 ${NEWEST_SHARD} 年发布的信息中找到`);
  const first = await countOf(page);
  expect(first).toBeGreaterThanOrEqual(CONTAINING[word][2026]);
  // The count is said to be the newest year's, the other years are named as not searched,
  // and the notice gives no number that could read as the total.
  const others = `${OLDER[0]}—${OLDER.at(-1)} 年`;
  await expect(status(page)).toHaveText(`在 ${NEWEST_SHARD} 年发布的信息中找到 ${first} 条包含“${word}”的信息，已显示前 10 条；${others}的信息尚未检索。`);
  await expect(scopeNotice(page)).toHaveText(`以下只是 ${NEWEST_SHARD} 年发布的信息中的结果，${others}的信息尚未检索。`);
  const button = widenButton(page);
  await expect(button).toHaveText(`同时检索 ${OLDER[0]}—${OLDER.at(-1)} 年的信息`);
  for (const t of await page.locator('.search-result time').allTextContents()) expect(t.startsWith(NEWEST_SHARD), t).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(older, 'no older year is downloaded before it is asked for').toEqual([]);
  await expectAccessible(page, { mode: 'normal' });

  await button.focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText(`找到 `);
  await expect(status(page)).not.toContainText('发布的信息中');
  const all = await countOf(page);
  expect(all).toBeGreaterThan(first);
  expect(all).toBeGreaterThanOrEqual(CONTAINING[word].all);
  await expect(status(page)).toHaveText(`找到 ${all} 条包含“${word}”的信息，已显示前 10 条。`);
  await expect(scopeNotice(page)).toBeHidden();
  await expect(button).toBeHidden();
  // Focus moves to the first result; the new count was announced in the live region.
  await expect(resultTitles(page).first()).toBeFocused();
  expect(older.some((p) => p.startsWith(`/pagefind/${OLDER[0]}/`))).toBe(true);
  await expect(page.getByRole('button', { name: `显示更多结果（还有 ${all - 10} 条）` })).toBeVisible();
  await expectAccessible(page, { mode: 'normal' });
  // The rest of the visit searches every year.
  await ask(page, '空气质量');
  await expect(status(page)).not.toContainText('发布的信息中');
  expect(await countOf(page)).toBeGreaterThanOrEqual(CONTAINING.空气质量.all);
});

test("a 年份 filter for an older year finds that year's items", async ({ page }) => {
  expect(YEAR_SHARDS, NEEDS_SHARDS).toBe(true);
  const word = '排污许可';
  const year = OLDER[0];
  const expected = PAIWU_XUKE_2021;
  const older = olderShardRequests(page);
  await search(page, word);
  await expect(status(page)).toContainText(`在 ${NEWEST_SHARD} 年发布的信息中找到`);
  await openFilters(page);
  // Older years are offered before their shards are searched (without a count).
  const select = page.getByLabel('年份');
  await expect(select.locator('option', { hasText: year })).toHaveText(year);
  expect(older).toEqual([]);
  await select.selectOption(year);
  await expect(page).toHaveURL(new RegExp(`year=${year}`));
  await expect(status(page)).toContainText(`找到 ${expected.length} 条包含“${word}”的信息（筛选：年份 ${year}）`);
  const titles = (await resultTitles(page).allTextContents()).map((t) => t.trim());
  expect(titles.sort()).toEqual([...expected].sort());
  for (const t of await page.locator('.search-result time').allTextContents()) expect(t.startsWith(year), t).toBe(true);
  expect(older.some((p) => p.startsWith(`/pagefind/${year}/`))).toBe(true);
  // The same filter from a shared link.
  await page.goto(`/search/?q=${encodeURIComponent(word)}&year=${year}`);
  await expect(status(page)).toContainText(`找到 ${expected.length} 条`, { timeout: 15_000 });
});

test('date order holds across years (Pagefind alone would interleave the shards)', async ({ page }) => {
  const kind = '政策文件';
  const expected = POLICY_DATES;
  await page.goto(`/search/?kind=${encodeURIComponent(kind)}`);
  await expect(status(page)).toContainText(`共 ${expected.length} 条信息符合筛选条件`, { timeout: 15_000 });
  const more = page.getByRole('button', { name: /显示更多结果/ });
  while (await more.isVisible()) {
    const shown = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(shown);
  }
  const dates = await page.locator('.search-result time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toHaveLength(expected.length);
  expect(dates).toEqual([...expected]);
});

test('without the shard list the newest bundle is searched alone, with no notice', async ({ page }) => {
  expect(YEAR_SHARDS, NEEDS_SHARDS).toBe(true);
  await page.route('**/pagefind/shards.json', (route) => route.fulfill({ status: 404, body: '' }));
  const older = olderShardRequests(page);
  await search(page, '危险废物');
  await expect(status(page)).toContainText('找到 ');
  await expect(status(page)).not.toContainText('发布的信息中');
  expect(await countOf(page)).toBeGreaterThanOrEqual(CONTAINING.危险废物[2026]);
  await expect(scopeNotice(page)).toBeHidden();
  for (const t of await page.locator('.search-result time').allTextContents()) expect(t.startsWith(NEWEST_SHARD), t).toBe(true);
  expect(older).toEqual([]);
});

for (const mode of Object.keys(MODES) as Array<keyof typeof MODES>) {
  test(`axe finds nothing on /search/ with results and with no results (${mode})`, async ({ page }) => {
    await usePrefs(page, MODES[mode]);
    await search(page, '空气质量');
    await expect(results(page).first()).toBeVisible();
    // Only the newest year was searched: the notice and its button are checked too.
    expect(YEAR_SHARDS, NEEDS_SHARDS).toBe(true);
    await expect(scopeNotice(page)).toBeVisible();
    await openFilters(page);
    await expectAccessible(page, { mode });
    await ask(page, '昆山市');
    await expect(page.getByRole('heading', { name: '没有找到包含“昆山市”的信息。' })).toBeVisible();
    await expectAccessible(page, { mode });
  });
}
