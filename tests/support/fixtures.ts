/**
 * Copy a fixture content folder from tests/fixtures/ into a working folder. Fixtures
 * without a column catalogue of their own (`valid`, `bad/_base`) get the one shared
 * tests/fixtures/shared/columns.yaml, so there is a single copy of it.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve('tests/fixtures');
export const SHARED_COLUMNS = path.join(FIXTURES, 'shared/columns.yaml');

/** Copy tests/fixtures/<name> (e.g. 'valid', 'bad/_base') into `dest`, adding the shared columns.yaml if it has none. */
export function copyFixture(name: string, dest: string): string {
  cpSync(path.join(FIXTURES, name), dest, { recursive: true });
  const columns = path.join(dest, 'columns.yaml');
  if (!existsSync(columns)) copyFileSync(SHARED_COLUMNS, columns);
  return dest;
}

/** A fresh temporary folder holding a copy of the fixture (the caller removes it). */
export function fixtureCopy(name: string, prefix = 'portal-fixture-'): string {
  return copyFixture(name, mkdtempSync(path.join(tmpdir(), prefix)));
}
