/**
 * Build throwaway content directories for tests: a copy of tests/fixtures/valid plus
 * the files a test adds or replaces.
 */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyFixture, FIXTURES } from './fixtures.ts';

export const VALID_FIXTURE = path.join(FIXTURES, 'valid');

export interface TempContent {
  /** Project-like root: contains `content/`. */
  root: string;
  contentDir: string;
  write: (rel: string, text: string) => void;
  remove: (rel: string) => void;
  cleanup: () => void;
}

export function tempContent(files: Record<string, string> = {}): TempContent {
  const root = mkdtempSync(path.join(tmpdir(), 'portal-content-'));
  const contentDir = path.join(root, 'content');
  copyFixture('valid', contentDir);
  const write = (rel: string, text: string) => {
    const abs = path.join(contentDir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  };
  for (const [rel, text] of Object.entries(files)) write(rel, text);
  return {
    root,
    contentDir,
    write,
    remove: (rel) => rmSync(path.join(contentDir, rel), { force: true }),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A valid front matter for an article, with overrides (null removes a key). */
export function article(overrides: Record<string, string | null> = {}, body = '正文。'): string {
  const fields: Record<string, string | null> = {
    title: '测试信息',
    indexNumber: '11990000MB1234560X/2026-00901',
    column: 'news',
    published: '2026-05-01',
    keywords: '[测试]',
    ...overrides,
  };
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}
