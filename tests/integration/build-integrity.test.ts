/**
 * The build as a whole (slow: each build takes a few seconds, so there are only three):
 * - what must not be published (a draft, a 不予公开 item) appears nowhere in the output,
 *   not in pages, feeds, the sitemap, attachments or the compressed search index;
 * - a build that fails — bad content, or interrupted half-way — leaves the previous
 *   output byte for byte as it was and nothing behind in .staging/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { copyFixture } from '../support/fixtures.ts';

const AS_OF = '2026-11-22';
const ROOT = process.cwd();
const DRAFT = 'DRAFT-SENTINEL-7f3a';
const WITHHELD = 'WITHHELD-SENTINEL-91bc';
const ATTACHMENT = 'ATTACHMENT-SENTINEL-c04e';
/** A sentence of a published item: proves the search index really was read. */
const PUBLIC_TEXT = '为规范排污许可管理';

const work = mkdtempSync(path.join(tmpdir(), 'portal-build-'));
// The output's parent folder does not exist before the first build: the build creates it.
const out = path.join(work, 'site', 'out');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** tests/fixtures/valid plus a draft (with an attachment) and a 不予公开 item, each with a sentinel. */
function goodContent(): string {
  const dir = path.join(work, 'good');
  copyFixture('valid', dir);
  cpSync(path.join(ROOT, 'tests/fixtures/bad/draft'), dir, { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/bad/withheld'), dir, { recursive: true });
  const draft = path.join(dir, 'articles/2024/draft-news.md');
  mkdirSync(path.join(dir, 'articles/2024/files'), { recursive: true });
  writeFileSync(path.join(dir, 'articles/2024/files/draft-secret.txt'), `${ATTACHMENT}\n`);
  writeFileSync(
    draft,
    readFileSync(draft, 'utf8').replace('draft: true\n', 'draft: true\nattachments:\n  - file: ./files/draft-secret.txt\n    title: 内部材料\n'),
  );
  return dir;
}

/** The valid fixture plus one unsafe file: the content check refuses it. */
function badContent(): string {
  const dir = path.join(work, 'bad');
  copyFixture('valid', dir);
  cpSync(path.join(ROOT, 'tests/fixtures/bad/script-injection'), dir, { recursive: true });
  return dir;
}

const buildArgs = (content: string) => ['scripts/build.ts', '--as-of', AS_OF, '--content', content, '--out', out];
const env = { ...process.env, PORTAL_LOG_LEVEL: 'silent' };

function build(content: string) {
  return spawnSync(process.execPath, buildArgs(content), { encoding: 'utf8', env, cwd: ROOT });
}

function files(dir: string): string[] {
  const list: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else list.push(full);
    }
  };
  walk(dir);
  return list.sort();
}

/** One hash over every path and every byte of a tree. */
function treeHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of files(dir)) h.update(path.relative(dir, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

/** Folders a build with process id `pid` left in .staging/. */
function leftovers(pid: number | undefined): string[] {
  const staging = path.join(ROOT, '.staging');
  return existsSync(staging) ? readdirSync(staging).filter((n) => n.endsWith(`-${pid}`)) : [];
}

describe('a successful build', () => {
  let result: ReturnType<typeof build>;
  beforeAll(() => {
    result = build(goodContent());
  }, 180_000);

  it('succeeds and ships the security headers file', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    expect(readFileSync(path.join(out, '_headers'), 'utf8')).toContain('Content-Security-Policy:');
  });

  it('has no page and no attachments for the draft and the 不予公开 item', () => {
    for (const slug of ['draft-news', 'withheld-news']) {
      expect(existsSync(path.join(out, 'items', slug))).toBe(false);
      expect(existsSync(path.join(out, 'files', slug))).toBe(false);
    }
  });

  it('contains their text nowhere: pages, feeds, sitemap, files, and the decompressed search index', () => {
    let searchFiles = 0;
    let publicTextFound = false;
    for (const f of files(out)) {
      const raw = readFileSync(f);
      const texts = [raw.toString('utf8')];
      if (raw[0] === 0x1f && raw[1] === 0x8b) {
        // Pagefind splits Chinese text into words with zero-width spaces: remove them.
        texts.push(
          gunzipSync(raw)
            .toString('utf8')
            .replace(/[\u200b\s]/g, ''),
        );
        searchFiles++;
      }
      for (const text of texts) {
        for (const sentinel of [DRAFT, WITHHELD, ATTACHMENT, 'draft-news', 'withheld-news', '尚未定稿的动态', '不予公开的信息']) {
          expect(text.includes(sentinel), `${sentinel} in ${path.relative(out, f)}`).toBe(false);
        }
        if (f.includes(`${path.sep}pagefind${path.sep}`) && text.includes(PUBLIC_TEXT)) publicTextFound = true;
      }
    }
    expect(searchFiles).toBeGreaterThan(0);
    expect(publicTextFound).toBe(true);
  });
});

describe('a failed build', () => {
  it('leaves the previous output byte for byte unchanged and cleans up .staging/', () => {
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    const before = treeHash(out);
    const r = build(badContent());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('<script>');
    expect(r.stderr).toContain('原有的');
    expect(treeHash(out)).toBe(before);
    expect(leftovers(r.pid)).toEqual([]);
  }, 180_000);

  it('an interrupted build leaves the previous output unchanged and cleans up .staging/', async () => {
    const before = treeHash(out);
    const child = spawn(process.execPath, buildArgs(path.join(work, 'good')), { env, cwd: ROOT, stdio: 'ignore' });
    // Interrupt once Astro has started writing pages into this build's staging folder.
    const staging = () => {
      const root = path.join(ROOT, '.staging');
      const name = existsSync(root) ? readdirSync(root).find((n) => n.startsWith('build-') && n.endsWith(`-${child.pid}`)) : undefined;
      return path.join(root, name ?? 'none');
    };
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let interrupted = false;
    // Polled by the clock, not a count of polls: a loaded machine may take long to start Astro.
    const until = Date.now() + 150_000;
    while (Date.now() < until && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 50));
      if (existsSync(staging()) && readdirSync(staging()).length > 0) {
        child.kill('SIGTERM');
        interrupted = true;
        break;
      }
    }
    const code = await exited;
    expect(interrupted, 'the build finished before it could be interrupted').toBe(true);
    expect(code).not.toBe(0);
    expect(treeHash(out)).toBe(before);
    expect(leftovers(child.pid)).toEqual([]);
  }, 180_000);
});
