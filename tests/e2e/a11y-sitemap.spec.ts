/**
 * Every page in dist/sitemap.xml, in normal mode: axe (WCAG 2.2 AA plus the landmark and
 * heading rules of tests/support/axe.ts) and heading order. Split into shards so the
 * sweep spreads over the workers; each shard reuses one browser page.
 */
import { expect, test } from '@playwright/test';
import { audit, headingProblems, sitemapPaths } from '../support/axe.ts';

const paths = sitemapPaths();
const SHARDS = 4;
// A trace of a hundred page loads costs more than it helps; failures list the page and rule.
test.use({ trace: 'off' });

test('the sitemap lists the site', () => {
  expect(paths).toContain('/');
  expect(paths.length).toBeGreaterThan(3);
});

for (let shard = 0; shard < SHARDS; shard++) {
  test(`sitemap sweep ${shard + 1}/${SHARDS}`, async ({ page }) => {
    const mine = paths.filter((_, i) => i % SHARDS === shard);
    // Generous per page: on a loaded 2-core machine a page plus axe can take several seconds.
    test.setTimeout(60_000 + mine.length * 6_000);
    const failures: string[] = [];
    for (const url of mine) {
      const response = await page.goto(url);
      if (response?.status() !== 200) failures.push(`${url}: HTTP ${response?.status()}`);
      const problems = [...(await headingProblems(page)), ...(await audit(page))];
      if (problems.length) failures.push(`${url}\n  ${problems.join('\n  ')}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
}
