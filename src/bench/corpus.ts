/**
 * The benchmark's corpora and working folders: generated corpora cached in .cache/bench/
 * (regenerated when the generator or the catalogue changes), working copies the rebuild
 * tests may edit, and the project root each build runs from.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../corpus/generate.ts';
import { log, type BenchContext } from './context.ts';

/** Files under `dir` (recursively), sorted, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Hash of what a corpus depends on: the generator's code and the copied catalogue files. */
function corpusKey(c: BenchContext, n: number): string {
  const h = createHash('sha256').update(`${n}|${c.seed}|${c.asOf}`);
  const dir = path.join(c.root, 'src/corpus');
  for (const f of filesUnder(dir)) h.update(readFileSync(path.join(dir, f)));
  const content = path.join(c.root, 'content');
  for (const f of ['site.yaml', 'columns.yaml']) if (existsSync(path.join(content, f))) h.update(readFileSync(path.join(content, f)));
  const series = path.join(content, 'series');
  if (existsSync(series)) for (const f of readdirSync(series).sort()) h.update(readFileSync(path.join(series, f)));
  return h.digest('hex').slice(0, 16);
}

/** The cached corpus of `n` items, generated when missing or out of date. */
export function ensureCorpus(c: BenchContext, n: number): string {
  const dir = path.join(c.cache, `corpus-${n}-s${c.seed}`);
  const key = corpusKey(c, n);
  const keyFile = path.join(dir, '.bench-key');
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) return dir;
  log(`生成语料 n=${n} seed=${c.seed} …`);
  generateCorpus({ n, seed: c.seed, out: dir, asOf: c.asOf, source: path.join(c.root, 'content') });
  writeFileSync(keyFile, key);
  return dir;
}

/** A working copy of the corpus (hardlinks): rebuild tests edit files here, never the cache. */
export function workingCopy(c: BenchContext, corpus: string, n: number): string {
  const work = path.join(c.cache, `work-${n}`);
  rmSync(work, { recursive: true, force: true });
  execFileSync('cp', ['-al', corpus, work]);
  return work;
}

/**
 * A project root whose content/ is `content`: the site's source (config, src/, public/) is
 * copied — with a symlinked src/ Vite resolves modules to their real paths and Astro then
 * emits no page CSS at all — while node_modules/ and scripts/ are symlinks.
 */
export function benchRoot(c: BenchContext, n: number, content: string): string {
  const dir = path.join(c.cache, `root-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['astro.config.mjs', 'src', 'public', 'package.json', 'tsconfig.json']) cpSync(path.join(c.root, f), path.join(dir, f), { recursive: true });
  for (const f of ['node_modules', 'scripts']) symlinkSync(path.join(c.root, f), path.join(dir, f));
  symlinkSync(content, path.join(dir, 'content'));
  return dir;
}

/** Replace a file without writing through its hardlink into the cached corpus. */
function replaceFile(file: string, text: string): void {
  if (existsSync(file)) unlinkSync(file);
  writeFileSync(file, text);
}

/** A news item of the latest year to change, and the text of a new item to add. */
export function edits(c: BenchContext, work: string, tag: string) {
  const year = c.asOf.slice(0, 4);
  const dir = path.join(work, 'articles', year);
  const news = readdirSync(dir)
    .filter((f) => f.startsWith('news-'))
    .sort();
  const target = path.join(dir, news[Math.floor(news.length / 2)]!);
  const serial = 99990 + ['rebuild', 'publish-year', 'publish-hot'].indexOf(tag) + 1;
  const added = path.join(dir, `news-${year}-bench-${tag}.md`);
  const addedText = `---\ntitle: 省生态环境厅召开基准测试专题会议（${tag}）\nindexNumber: 11990000MB1234560X/${year}-${serial}\ncolumn: news\npublished: ${c.asOf}\nkeywords: [基准测试, 工作动态]\n---\n${'会议强调，要坚持精准治污、科学治污、依法治污，持续改善全省生态环境质量。'.repeat(20)}\n`;
  return {
    change: () => replaceFile(target, `${readFileSync(target, 'utf8')}\n会议还对下一阶段${tag === 'rebuild' ? '重点' : '专项'}工作作了部署。\n`),
    add: () => writeFileSync(added, addedText),
    target,
    added,
  };
}

/** Relative paths of pages and files that differ between two sites (Pagefind bundles excluded). */
export function diffSites(a: string, b: string): string[] {
  const out: string[] = [];
  const list = (dir: string) => new Set(filesUnder(dir).filter((r) => !r.startsWith('pagefind')));
  const la = list(a);
  const lb = list(b);
  for (const r of new Set([...la, ...lb])) {
    if (!la.has(r) || !lb.has(r)) out.push(r);
    else if (!readFileSync(path.join(a, r)).equals(readFileSync(path.join(b, r)))) out.push(r);
  }
  return out.sort();
}
