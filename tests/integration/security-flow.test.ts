/**
 * Safety by construction, end to end (slow: three builds and two publishes, shared by
 * every case): content written by an editor never runs code on the build machine and
 * nothing of a withdrawn item or a removed attachment stays in the site, after a full
 * build and after `npm run publish` — pages, feeds, sitemap, audit files, attachments,
 * and the gunzipped Pagefind index — and the published site equals a full rebuild.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { checkPage } from '../../src/pipeline/check-page.ts';
import { copyFixture } from '../support/fixtures.ts';

const AS_OF = '2026-11-22';
const ROOT = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), 'portal-security-'));
const content = path.join(work, 'content');
const site = path.join(work, 'site');
const rebuilt = path.join(work, 'rebuilt');
/** Where the MDX payloads would write if they ran. */
const PWNED = path.join(work, 'pwned.txt');
/** The builds' home folder: whatever they write outside the project and `work` lands here. */
const home = path.join(work, 'home');
mkdirSync(home);
const { XDG_CONFIG_HOME: _x, XDG_CACHE_HOME: _y, XDG_DATA_HOME: _z, ...inherited } = process.env;
const env = { ...inherited, HOME: home, PORTAL_LOG_LEVEL: 'silent', PORTAL_CACHE_DIR: path.join(work, 'astro-cache'), PORTAL_SEARCH_SHARDS: 'year' };
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Markers: ASCII, so the search index (one word per Han character) keeps them whole.
const M = {
  withdrawnTitle: 'wdtitlemark',
  withdrawnBody: 'wdbodymark',
  withdrawnAttachment: 'wdattmark',
  redraftedBody: 'rdbodymark',
  removedFile: 'rmfilemark',
  summary: 'newsummarymark',
};

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env, cwd: ROOT });
}
function ok(script: string, args: string[]) {
  const r = run(script, args);
  if (r.status !== 0) throw new Error(`${script} 退出码 ${r.status}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return r.stdout;
}
function write(rel: string, text: string | Buffer) {
  const abs = path.join(content, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}
const fm = (fields: string, body: string) => `---\n${fields}\n---\n${body}\n`;

/** Every file of a site, as text; gzip files (Pagefind's index and fragments) unpacked. */
function siteTexts(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    let bytes = readFileSync(abs);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    out.set(path.relative(dir, abs), bytes.toString('utf8'));
  }
  return out;
}
function filesWith(dir: string, marker: string): string[] {
  return [...siteTexts(dir)].filter(([, t]) => t.toLowerCase().includes(marker)).map(([f]) => f);
}
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

let mdxBuild: ReturnType<typeof run>;
let siteBeforeMdx: string[] = [];
let siteAfterMdx: string[] = [];
const fullBuildMarkers: Record<string, string[]> = {};
let publishOut = '';
const argRuns: Array<{ arg: string; status: number | null; stderr: string; listingSame: boolean }> = [];

beforeAll(() => {
  copyFixture('valid', content);
  // Safe content that used to fail the build: a right-aligned table, escaped markup in a title.
  write(
    'articles/2026/sec-table.md',
    fm(
      'title: "关于 <script>alert(1)</script> 字样的说明"\nindexNumber: 11990000MB1234560X/2026-00801\ncolumn: news\npublished: 2026-06-01\nkeywords: [测试]',
      '| 城市 | 数值 |\n| --- | ---: |\n| 江州 | 62 |',
    ),
  );
  write(
    'articles/2026/sec-withdraw.md',
    fm(
      `title: 将被撤回的信息 ${M.withdrawnTitle}\nindexNumber: 11990000MB1234560X/2026-00802\ncolumn: news\npublished: 2026-06-02\nkeywords: [测试]\nattachments:\n  - file: ./files/sec-withdraw.pdf\n    title: 附件 ${M.withdrawnAttachment}`,
      `正文 ${M.withdrawnBody}。`,
    ),
  );
  write('articles/2026/files/sec-withdraw.pdf', '%PDF-1.4\n% withdrawn\n');
  write(
    'articles/2026/sec-redraft.md',
    fm(
      'title: 将退回草稿的信息\nindexNumber: 11990000MB1234560X/2026-00803\ncolumn: news\npublished: 2026-06-03\nkeywords: [测试]',
      `正文 ${M.redraftedBody}。`,
    ),
  );
  write(
    'articles/2026/sec-attach.md',
    fm(
      'title: 附件将被删去一个的信息\nindexNumber: 11990000MB1234560X/2026-00804\ncolumn: news\npublished: 2026-06-04\nkeywords: [测试]\nattachments:\n  - file: ./files/sec-keep.pdf\n    title: 保留的附件\n  - file: ./files/sec-removed.pdf\n    title: 将删去的附件',
      '正文。',
    ),
  );
  write('articles/2026/files/sec-keep.pdf', '%PDF-1.4\n% kept\n');
  write('articles/2026/files/sec-removed.pdf', `%PDF-1.4\n% ${M.removedFile}\n`);
  ok('scripts/build.ts', ['--as-of', AS_OF, '--content', content, '--out', site]);
  siteBeforeMdx = listing(site);

  // MDX payloads (the three, and more of the family): the build must refuse them
  // before anything runs, and leave the site as it was.
  const payload = `globalThis.process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(PWNED)}, globalThis.process.env.HOME ?? 'x')`;
  const mdxDir = path.join(work, 'mdx-content');
  cpSync(content, mdxDir, { recursive: true });
  const mdx = (slug: string, n: number, body: string) =>
    writeFileSync(
      path.join(mdxDir, `articles/2026/${slug}.mdx`),
      fm(`title: MDX ${slug}\nindexNumber: 11990000MB1234560X/2026-0090${n}\ncolumn: news\npublished: 2026-06-05\nkeywords: [测试]`, body),
    );
  mdx('mdx-backslash', 1, `路径 \\\\{${payload}}`);
  mdx('mdx-backticks', 2, `<Callout x="\`" title={${payload}} y="\`">提示</Callout>`);
  mdx('mdx-fake-fence', 3, `正文。\n\n\`\`\`js\`\n\nexport const leak = ${payload}\n\n\`\`\``);
  mdx('mdx-spread', 4, `<Callout {...(${payload})}>提示</Callout>`);
  mdxBuild = run('scripts/build.ts', ['--as-of', AS_OF, '--content', mdxDir, '--out', site]);
  siteAfterMdx = listing(site);

  for (const [k, marker] of Object.entries(M)) fullBuildMarkers[k] = filesWith(site, marker);

  // Publish: withdrawn (不予公开), back to draft, one attachment removed, a summary changed.
  const edit = (rel: string, from: string | RegExp, to: string) => {
    const abs = path.join(content, rel);
    writeFileSync(abs, readFileSync(abs, 'utf8').replace(from, to));
  };
  edit('articles/2026/sec-withdraw.md', 'keywords: [测试]', 'keywords: [测试]\ndisclosure: 不予公开');
  edit('articles/2026/sec-redraft.md', 'keywords: [测试]', 'keywords: [测试]\ndraft: true');
  edit('articles/2026/sec-attach.md', /\n {2}- file: \.\/files\/sec-removed\.pdf\n {4}title: 将删去的附件/, '');
  edit('articles/2026/fixture-news-1.md', 'keywords: [工作动态]', `keywords: [工作动态]\nsummary: 摘要 ${M.summary}`);
  // A publish killed with kill -9 earlier left its staging folder (its process is gone).
  mkdirSync(path.join(work, '.staging', 'publish-1-999999999', 'out'), { recursive: true });

  // Arguments that are not content files are refused before anything is touched.
  for (const arg of ['.', '..', content, path.join(site, 'index.html'), 'content/../package.json']) {
    const before = listing(site);
    const r = run('scripts/publish.ts', ['--site', site, '--content', content, '--as-of', AS_OF, arg]);
    argRuns.push({ arg, status: r.status, stderr: r.stderr, listingSame: JSON.stringify(listing(site)) === JSON.stringify(before) });
  }
  publishOut = ok('scripts/publish.ts', ['--site', site, '--content', content, '--as-of', AS_OF]);
  ok('scripts/build.ts', ['--as-of', AS_OF, '--content', content, '--out', rebuilt]);
}, 420_000);

describe('a full build', () => {
  it('builds right-aligned tables (a class, no style) and escaped markup in a title', () => {
    const page = readFileSync(path.join(site, 'items/sec-table/index.html'), 'utf8');
    expect(page).toContain('<td class="align-right">62</td>');
    expect(page).toMatch(/<h1[^>]*>关于 &lt;script&gt;alert\(1\)&lt;\/script&gt; 字样的说明<\/h1>/);
    // Elsewhere it is an attribute value (data-title="关于 <script>…"), which is text too.
    expect(checkPage(page, { siteOrigin: 'https://sthjt.jiangnan.example.gov.cn' }).problems).toEqual([]);
  });

  it('refuses the MDX payloads before anything runs, and leaves the site as it was', () => {
    expect(mdxBuild.status).toBe(1);
    const out = mdxBuild.stdout + mdxBuild.stderr;
    expect(out).toContain('MDX 正文中含有 { } 表达式');
    expect(out).toContain('<Callout> 的属性 title 的值是 { } 表达式');
    expect(out).toContain('MDX 文件中不允许 import 或 export 语句');
    expect(out).toContain('<Callout> 含有 { } 展开表达式');
    expect(existsSync(PWNED)).toBe(false);
    // Nothing in the home folder but Astro's own telemetry settings.
    expect(listing(home).filter((f) => f !== path.join('.config', 'astro', 'config.json'))).toEqual([]);
    expect(siteAfterMdx).toEqual(siteBeforeMdx);
  });

  it('publishes the items that will later be withdrawn (so the markers are really there first)', () => {
    expect(fullBuildMarkers.withdrawnTitle).toContain(path.join('items', 'sec-withdraw', 'index.html'));
    expect(fullBuildMarkers.withdrawnBody!.some((f) => f.startsWith('pagefind'))).toBe(true);
    expect(fullBuildMarkers.redraftedBody!.some((f) => f.startsWith('pagefind'))).toBe(true);
    expect(fullBuildMarkers.removedFile).toEqual([path.join('files', 'sec-attach', 'sec-removed.pdf')]);
  });
});

describe('npm run publish', () => {
  it('refuses arguments that are not content files, in Chinese, without touching the site', () => {
    for (const r of argRuns) {
      expect(r.status, r.arg).toBe(2);
      expect(r.stderr, r.arg).toContain('不是');
      expect(r.stderr, r.arg).toContain('没有发布或删除任何内容');
      expect(r.listingSame, r.arg).toBe(true);
    }
  });

  it('leaves nothing of a withdrawn or re-drafted item, nor a removed attachment, anywhere in the site', () => {
    expect(publishOut).toMatch(/发布完成：/);
    for (const marker of [M.withdrawnTitle, M.withdrawnBody, M.withdrawnAttachment, M.redraftedBody, M.removedFile]) {
      expect(filesWith(site, marker), marker).toEqual([]);
    }
    expect(existsSync(path.join(site, 'files/sec-withdraw'))).toBe(false);
    expect(existsSync(path.join(site, 'files/sec-attach/sec-keep.pdf'))).toBe(true);
  });

  it('re-renders the feeds with the new summary', () => {
    expect(readFileSync(path.join(site, 'columns/news/feed.xml'), 'utf8')).toContain(M.summary);
    expect(readFileSync(path.join(site, 'feed.xml'), 'utf8')).toContain(M.summary);
  });

  it('removes the staging folder a killed publish left', () => {
    expect(existsSync(path.join(work, '.staging', 'publish-1-999999999'))).toBe(false);
  });

  it('gives the same site as a full rebuild (search index aside: there the delta shard holds the changes)', () => {
    const a = listing(site).filter((f) => !f.startsWith('pagefind'));
    expect(a).toEqual(listing(rebuilt).filter((f) => !f.startsWith('pagefind')));
    expect(a.filter((r) => !readFileSync(path.join(site, r)).equals(readFileSync(path.join(rebuilt, r))))).toEqual([]);
    for (const marker of Object.values(M).filter((m) => m !== M.summary)) expect(filesWith(rebuilt, marker), marker).toEqual([]);
  });
});
