/**
 * Shared accessibility checks for the end-to-end tests: axe-core with the pinned WCAG 2.2
 * AA tags, the display modes of the 无障碍浏览 toolbar, the built sitemap and a finder
 * for one page of each template.
 *
 * Reuse for a new page type (audit, data release, series, annual report …):
 *
 *   import { expectAccessible, MODES, usePrefs } from '../support/axe.ts';
 *   for (const mode of Object.keys(MODES) as Mode[]) {
 *     test(`/audit/ in ${mode} mode`, async ({ page }) => {
 *       await usePrefs(page, MODES[mode]);
 *       await page.goto('/audit/');
 *       await expectAccessible(page, { mode });
 *     });
 *   }
 *
 * Pages listed in dist/sitemap.xml are already swept in normal mode by
 * tests/e2e/a11y-sitemap.spec.ts.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * axe-core itself (the engine of @axe-core/playwright), evaluated in the page. AxeBuilder
 * opens an extra page per run and took 3–5 times as long here; the sitemap sweep has to
 * fit in CI's time budget, and the portal has no iframes for AxeBuilder to reach.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 level A and AA, the portal's baseline (with GB/T 37668-2019). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe "best practice" rules we also require, because GB/T 37668 and the portal's baseline
 * ask for landmarks, exactly one h1, ordered headings and a skip link on every page.
 */
export const EXTRA_RULES = [
  'landmark-one-main',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
  'landmark-unique',
  'region',
  'page-has-heading-one',
  'heading-order',
  'empty-heading',
  'skip-link',
];

/**
 * Rules switched off, each with the reason. Add one only with a reason a reviewer can
 * check; an empty list is the goal.
 */
export const DISABLED_RULES: Readonly<Record<string, string>> = {};

/** Display modes, as the toolbar saves them under localStorage 'portal-prefs'. */
export const MODES = {
  normal: {},
  elderly: { elderly: true },
  'high-contrast': { contrast: true },
} as const;
export type Mode = keyof typeof MODES;

/** Where the built site is; the tests run against it. */
export const DIST = path.resolve(process.env.PORTAL_DIST ?? 'dist');

/**
 * Saves display preferences before any script of each page runs, as for a returning
 * visitor. Note it applies again on every navigation of `target`.
 */
export async function usePrefs(target: Page | BrowserContext, prefs: object): Promise<void> {
  await target.addInitScript((p) => {
    try {
      localStorage.setItem('portal-prefs', JSON.stringify(p));
    } catch {
      /* about:blank has no storage */
    }
  }, prefs);
}

export interface AuditOptions {
  /** In elderly and high-contrast modes text must reach 7:1 (axe color-contrast-enhanced). */
  mode?: Mode;
  /** Parts of the page to leave out, as CSS selectors (say why where you use it). */
  exclude?: string[];
}

/** Runs axe on the current page; returns the violations, formatted, one string each. */
export async function audit(page: Page, options: AuditOptions = {}): Promise<string[]> {
  const rules: Record<string, { enabled: boolean }> = {};
  for (const id of EXTRA_RULES) rules[id] = { enabled: true };
  if (options.mode && options.mode !== 'normal') rules['color-contrast-enhanced'] = { enabled: true };
  for (const id of Object.keys(DISABLED_RULES)) rules[id] = { enabled: false };
  const run: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, rules, resultTypes: ['violations'] };
  // Evaluated through the DevTools protocol, so the page's CSP does not apply to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results: AxeResults = await page.evaluate(
    ([context, opts]) => (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(context, opts),
    [{ include: [['html']], exclude: (options.exclude ?? []).map((s) => [s]) }, run] as const,
  );
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
        .join('\n') +
      (v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : ''),
  );
}

/** Fails the test with a readable list if axe finds anything on the current page. */
export async function expectAccessible(page: Page, options: AuditOptions = {}): Promise<void> {
  const violations = await audit(page, options);
  expect(violations, `axe on ${new URL(page.url()).pathname}${options.mode ? ` (${options.mode})` : ''}:\n${violations.join('\n')}`).toEqual([]);
}

/** Every page path listed in the built sitemap, e.g. "/items/x/". */
export function sitemapPaths(dist = DIST): string[] {
  const xml = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.trim()).pathname);
}

/** Headings problems the eye misses: not exactly one h1, or a level skipped going down. */
export async function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    const problems: string[] = [];
    const h1s = levels.filter((l) => l === 1).length;
    if (h1s !== 1) problems.push(`${h1s} 个 h1`);
    levels.forEach((l, i) => {
      if (i > 0 && l > levels[i - 1]! + 1) problems.push(`h${levels[i - 1]} 之后直接是 h${l}`);
    });
    return problems;
  });
}

/** Whether the page scrolls sideways (WCAG 1.4.10 reflow), with the widest culprits. */
export async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const overflow = doc.scrollWidth - doc.clientWidth;
    const culprits: string[] = [];
    if (overflow > 0) {
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > doc.clientWidth + 1 && r.width > 0) {
          culprits.push(
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} → ${Math.round(r.right)}px`,
          );
        }
        if (culprits.length >= 5) break;
      }
    }
    return { overflow, culprits };
  });
}

export interface TemplatePages {
  home: string;
  catalogue: string;
  /** A column list, with pagination when the site has one. */
  column: string;
  /** An item in force; one with a table in its text when there is one. */
  item: string;
  /** A 政策解读 page. */
  interpretation?: string | undefined;
  /** A repealed (废止) or expired (失效) document. */
  repealed?: string | undefined;
  /** A data release (数据发布) with its chart, a data series page, an annual report (年报). */
  release?: string | undefined;
  series?: string | undefined;
  report?: string | undefined;
  audit: string;
  search: string;
  accessibility: string;
  notFound: string;
}

/** One page of each template, found by looking at the built pages (content varies). */
export function templatePages(dist = DIST): TemplatePages {
  const read = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');
  const columns = readdirSync(path.join(dist, 'columns'));
  const paged = columns.find((c) => existsSync(path.join(dist, 'columns', c, '2', 'index.html')));
  const column = `/columns/${paged ?? columns.find((c) => read(`columns/${c}`).includes('class="item-list"')) ?? columns[0]}/`;
  let item: string | undefined;
  let withTable: string | undefined;
  let interpretation: string | undefined;
  let repealed: string | undefined;
  let release: string | undefined;
  let report: string | undefined;
  for (const slug of readdirSync(path.join(dist, 'items')).sort()) {
    const html = read(`items/${slug}`);
    const url = `/items/${slug}/`;
    if (html.includes('id="release-chart-summary"')) release ??= url;
    if (html.includes('report-table--applications')) report ??= url;
    if (html.includes('id="validity-notice"')) repealed ??= url;
    else if (html.includes('id="trio-policy"')) interpretation ??= url;
    else {
      item ??= url;
      if (/class="prose"[\s\S]*<table/.test(html)) withTable ??= url;
    }
  }
  return {
    home: '/',
    catalogue: '/xxgk/',
    column,
    item: withTable ?? item ?? '/',
    interpretation,
    repealed,
    release,
    series: readdirSync(path.join(dist, 'series'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/series/${d.name}/`)[0],
    report,
    audit: '/audit/',
    search: '/search/',
    accessibility: '/accessibility/',
    notFound: '/this-page-does-not-exist/',
  };
}

/** The template pages as [label, path] pairs, leaving out any the content lacks. */
export function templateList(dist = DIST): Array<[string, string]> {
  return Object.entries(templatePages(dist)).filter((e): e is [string, string] => typeof e[1] === 'string');
}

/** WCAG contrast ratio of two CSS colours given as rgb()/rgba() strings (alpha ignored). */
export function contrastRatio(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * Text colour and effective background (first opaque ancestor) of body text, links,
 * controls and secondary text on the current page, for contrast checks.
 */
export async function colourPairs(page: Page): Promise<Array<{ what: string; text: string; fg: string; bg: string }>> {
  return page.evaluate(() => {
    const background = (el: Element | null): string => {
      for (; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if (bg && !/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const pick = [
      ['body text', 'main p, main li, main dd, main td'],
      ['link', 'main a, nav a, .site-footer a, .a11y-toolbar a, .site-title a'],
      ['control', '.a11y-toolbar button:not([hidden]), .site-search button'],
      ['muted', '.meta, .updated, .count, .site-footer p'],
    ] as const;
    const out: Array<{ what: string; text: string; fg: string; bg: string }> = [];
    for (const [what, selector] of pick) {
      for (const el of [...document.querySelectorAll(selector)].slice(0, 25)) {
        if (!el.getClientRects().length || !el.textContent!.trim()) continue;
        out.push({ what, text: el.textContent!.trim().slice(0, 16), fg: getComputedStyle(el).color, bg: background(el) });
      }
    }
    return out;
  });
}
