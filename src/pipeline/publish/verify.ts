/**
 * The output check for the pages a publish replaces: the same per-page check as the full
 * build (src/pipeline/verify-output.ts `pageProblems`), with links resolved in the site as it
 * will be after the publish (the new pages over the old site, minus removed pages).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pageProblems, safeOrigin, type OutputProblem } from '../../../src/pipeline/verify-output.ts';

function exists(dir: string, clean: string): boolean {
  const target = path.join(dir, clean);
  if (path.relative(dir, target).startsWith('..')) return false;
  if (existsSync(target)) return statSync(target).isDirectory() ? existsSync(path.join(target, 'index.html')) : true;
  return !path.extname(clean) && existsSync(`${target}.html`);
}

export function verifyPages(
  newDir: string,
  siteDir: string,
  files: readonly string[],
  hiddenSlugs: ReadonlySet<string>,
  removed: ReadonlySet<string>,
  siteUrl?: string,
): OutputProblem[] {
  const problems: OutputProblem[] = [];
  const siteOrigin = siteUrl ? safeOrigin(siteUrl) : undefined;
  const cache = new Map<string, boolean>();
  const resolves = (p: string) => {
    let clean: string;
    try {
      clean = decodeURIComponent(p.split(/[?#]/)[0] ?? '');
    } catch {
      return false;
    }
    let ok = cache.get(clean);
    if (ok === undefined) {
      const asPage = clean.endsWith('/') ? clean : `${clean}/`;
      ok = exists(newDir, clean) || (!removed.has(asPage) && exists(siteDir, clean));
      cache.set(clean, ok);
    }
    return ok;
  };
  for (const rel of files) problems.push(...pageProblems(readFileSync(path.join(newDir, rel), 'utf8'), rel, { siteOrigin, hiddenSlugs, resolves }));
  return problems;
}
