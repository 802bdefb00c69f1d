/**
 * Hold-out articles: any folder of Markdown files (`.md`, `.markdown`; nested folders; with
 * or without front matter) turned into a portal content folder, so `npm run search:eval --
 * --holdout DIR` measures the search on text its tuning never saw.
 *
 * Each file becomes one 公开信息 (kind `article`) in a column that accepts it (default 工作动态,
 * `news`):
 *   - title: the front matter's `title`, else the text of the first heading (which is then
 *     dropped from the body, the page shows the title above it), else the file name;
 *   - 发布日期: spread over the years before the as-of date, plus a thin newest year (as in
 *     January: the newest year holds its share of the days elapsed, at least one item), in a
 *     seeded order, so the figures cover the month when the search is hardest; dates in the
 *     files are not used;
 *   - 索引号: the site's orgCode (site.yaml), the year and a serial in date order;
 *   - 主题词: the front matter's `keywords` when it is a list of words;
 *   - body: the Markdown as written, except images (Markdown or <img>: their alt text stays),
 *     links that are not https:// (their text stays), which would point at pages and files
 *     the portal does not have (inline or by reference), HTML comments and <script>/<style>/
 *     <iframe> elements (dropped) and other HTML tags (their text stays: the portal refuses
 *     most attributes), also inside code blocks. When the content check still refuses
 *     something, the build's message names the file and line.
 * site.yaml, columns.yaml and the working-day calendar are copied from a source content folder.
 * Deterministic: the same files, seed and as-of date give the same content folder.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { isIsoDate } from '../lib/dates.ts';
import { Rng } from './rng.ts';
import { frontMatter } from './yaml.ts';

export interface HoldoutArticle {
  /** Path relative to the hold-out folder, with `/`. */
  file: string;
  title: string;
  /** Where the title was found. */
  titleFrom: 'frontMatter' | 'heading' | 'fileName';
  keywords?: string[];
  /** Markdown body without front matter (and without the heading taken as title). */
  body: string;
}

export interface HoldoutOptions {
  /** Folder of Markdown articles. */
  from: string;
  /** Content folder to write (replaced when it holds an earlier hold-out conversion). */
  out: string;
  /** Newest publication date (the build's as-of date); default 2026-01-20 (a thin newest year). */
  asOf?: string;
  seed?: number;
  /** Column the items are filed under (must accept `article`); default `news`. */
  column?: string;
  /** Content folder to copy site.yaml, columns.yaml and calendar/ from (default ./content). */
  source?: string;
  /** Years before the newest one that the other items spread over (default 4). */
  years?: number;
}

export interface HoldoutStats {
  items: number;
  asOf: string;
  /** Items per publication year. */
  byYear: Record<string, number>;
  /** How each title was found. */
  titles: { frontMatter: number; heading: number; fileName: number };
}

/** A hold-out folder or option that cannot be converted (message in Chinese, for the command line). */
export class HoldoutInputError extends Error {}

export const HOLDOUT_MARKER = '.holdout.json';
export const DEFAULT_HOLDOUT_AS_OF = '2026-01-20';
const DAY = 86_400_000;

/** Every Markdown file under `dir`, sorted by relative path. */
export function listMarkdown(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath: string; isFile(): boolean }>)
    .filter((e) => e.isFile() && /\.(?:md|markdown)$/i.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$/m;

/** One Markdown file as a hold-out article (see the module comment). */
export function readArticle(file: string, text: string): HoldoutArticle {
  let body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let data: Record<string, unknown> = {};
  const fm = /^---\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(body);
  if (fm) {
    try {
      const parsed = yaml.load(fm[1]!);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
    } catch {
      // Front matter that is not YAML is left out; the body is still used.
    }
    body = body.slice(fm[0].length);
  }
  const article: HoldoutArticle = { file, title: '', titleFrom: 'fileName', body: '' };
  const given = typeof data.title === 'string' ? data.title.trim() : '';
  const heading = HEADING.exec(body);
  if (given) {
    article.title = given;
    article.titleFrom = 'frontMatter';
  } else if (heading) {
    article.title = heading[2]!.replace(/[*_`]/g, '').trim();
    article.titleFrom = 'heading';
    body = body.slice(0, heading.index) + body.slice(heading.index + heading[0].length);
  } else {
    article.title = path.posix
      .basename(file)
      .replace(/\.(?:md|markdown)$/i, '')
      .replace(/[-_]+/g, ' ')
      .trim();
  }
  article.title = article.title.replace(/\s+/g, ' ').slice(0, 200) || '无标题';
  if (Array.isArray(data.keywords) && data.keywords.every((k) => typeof k === 'string')) {
    const words = (data.keywords as string[]).map((k) => k.trim()).filter((k) => k && k.length <= 30);
    if (words.length) article.keywords = words.slice(0, 20);
  }
  // Reference definitions to files the portal does not have: dropped, their uses become text.
  const unresolved = new Set<string>();
  body = body.replace(/^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?.*$/gm, (line, label: string, url: string) => {
    if (/^https:\/\//.test(url)) return line;
    unresolved.add(label.toLowerCase());
    return '';
  });
  if (unresolved.size) {
    body = body.replace(/(!?)\[([^\]]*)\](?:\[([^\]]*)\])?/g, (whole, _bang: string, text: string, ref: string | undefined) =>
      unresolved.has((ref || text).toLowerCase()) ? text : whole,
    );
  }
  article.body = `${body
    // HTML comments: not shown, but published in the page source (the content check refuses them).
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    // Scripts, styles and embedded frames: nothing; images (Markdown or HTML): their alt text.
    .replace(/<(script|style|iframe|object|embed)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi, (tag) => /\salt\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '')
    .replace(/!\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
    // Other HTML tags: their text (the portal refuses most attributes; a page's links must exist).
    .replace(/<\/?[a-zA-Z][\w-]*(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?\/?>/g, '')
    // Links to files the portal does not have: their text.
    .replace(/\[((?:[^[\]]|\[[^[\]]*\])+)\]\((?!https:\/\/)[^)]*\)/g, '$1')
    .trim()}\n`;
  return article;
}

/** Publication dates for `n` items: `years` full years before the as-of year, and a thin share of the as-of year. */
export function spreadDates(n: number, asOf: string, years: number): string[] {
  const end = Date.parse(`${asOf}T00:00:00Z`);
  const year = Number(asOf.slice(0, 4));
  const newYear = Date.parse(`${year}-01-01T00:00:00Z`);
  const start = Date.parse(`${year - years}-01-01T00:00:00Z`);
  const elapsed = (end - newYear) / DAY + 1;
  const span = (newYear - start) / DAY;
  const newest = n <= 1 ? n : Math.min(n - 1, Math.max(1, Math.round((n * elapsed) / (span + elapsed))));
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  const older = Array.from({ length: n - newest }, (_, k) => iso(start + Math.floor(((k + 0.5) * span) / (n - newest)) * DAY));
  const recent = Array.from({ length: newest }, (_, k) => iso(newYear + Math.floor(((k + 0.5) * elapsed) / newest) * DAY));
  return [...older, ...recent];
}

/** Write the content folder for the articles in `options.from` (see the module comment). */
export function convertHoldout(options: HoldoutOptions): HoldoutStats {
  const from = path.resolve(options.from);
  const out = path.resolve(options.out);
  const source = path.resolve(options.source ?? 'content');
  const asOf = options.asOf ?? DEFAULT_HOLDOUT_AS_OF;
  if (!isIsoDate(asOf)) throw new HoldoutInputError(`--as-of 应为 YYYY-MM-DD 形式的日期（收到 ${asOf}）`);
  if (!existsSync(from)) throw new HoldoutInputError(`找不到文章目录 ${options.from}`);
  const files = listMarkdown(from);
  if (files.length === 0) throw new HoldoutInputError(`${options.from} 下没有 Markdown 文件（.md）`);
  const articles = files.map((f) => readArticle(f, readFileSync(path.join(from, f), 'utf8')));

  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(path.join(out, HOLDOUT_MARKER)))
      throw new HoldoutInputError(`${options.out} 已存在且不是转换出的内容目录（没有 ${HOLDOUT_MARKER}），不会覆盖`);
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
  for (const f of ['site.yaml', 'columns.yaml']) copyFileSync(path.join(source, f), path.join(out, f));
  if (existsSync(path.join(source, 'calendar'))) cpSync(path.join(source, 'calendar'), path.join(out, 'calendar'), { recursive: true });
  const site = yaml.load(readFileSync(path.join(source, 'site.yaml'), 'utf8')) as { orgCode?: string } | null;
  const orgCode = site?.orgCode ?? '11990000MB1234560X';

  // Dates in a seeded order of the articles; serials per year in date order.
  const order = new Rng(options.seed ?? 7).fork('holdout-dates').shuffle(articles.map((_, i) => i));
  const dates = spreadDates(articles.length, asOf, options.years ?? 4);
  const published: string[] = [];
  order.forEach((a, k) => (published[a] = dates[k]!));
  const byDate = articles.map((_, i) => i).sort((a, b) => published[a]!.localeCompare(published[b]!) || a - b);
  const serial: number[] = [];
  const perYear: Record<string, number> = {};
  for (const i of byDate) {
    const y = published[i]!.slice(0, 4);
    serial[i] = perYear[y] = (perYear[y] ?? 0) + 1;
  }
  const titles = { frontMatter: 0, heading: 0, fileName: 0 };
  articles.forEach((a, i) => {
    const y = published[i]!.slice(0, 4);
    const slug = `holdout-${String(i + 1).padStart(5, '0')}`;
    const dir = path.join(out, 'articles', y);
    mkdirSync(dir, { recursive: true });
    const fields: Array<[string, unknown]> = [
      ['title', a.title],
      ['indexNumber', `${orgCode}/${y}-${String(serial[i]).padStart(5, '0')}`],
      ['column', options.column ?? 'news'],
      ['published', published[i]],
      ['keywords', a.keywords],
    ];
    writeFileSync(path.join(dir, `${slug}.md`), `${frontMatter(fields)}${a.body}`);
  });
  for (const a of articles) titles[a.titleFrom]++;
  const stats: HoldoutStats = { items: articles.length, asOf, byYear: Object.fromEntries(Object.entries(perYear).sort()), titles };
  writeFileSync(
    path.join(out, HOLDOUT_MARKER),
    `${JSON.stringify({ generator: 'npm run search:eval -- --holdout', from: options.from, ...stats }, null, 2)}\n`,
  );
  return stats;
}
