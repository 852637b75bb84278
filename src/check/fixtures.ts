import { readContentFiles } from './workspace';
import type { ContentFile } from './document';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Loads a bad-input fixture for tests: the valid base site of `tests/fixtures/base/`, overlaid
 * with the fixture's own files (`tests/fixtures/bad/<name>/`). A file named `<x>.deleted` removes
 * `<x>` from the base.
 */
export const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures');

export function fixtureNames(): string[] {
  return readdirSync(path.join(FIXTURES, 'bad')).sort();
}

export function loadFixture(name: string): { files: ContentFile[]; exists: (p: string) => boolean } {
  const base = path.join(FIXTURES, 'base');
  const over = path.join(FIXTURES, 'bad', name);
  const byPath = new Map(readContentFiles(base).map((f) => [f.path, f]));
  for (const f of readContentFiles(over)) {
    if (f.path.endsWith('.deleted')) byPath.delete(f.path.slice(0, -'.deleted'.length));
    else byPath.set(f.path, f);
  }
  const exists = (p: string) =>
    (existsSync(path.join(over, p)) && statSync(path.join(over, p)).isFile()) ||
    byPath.has(p) ||
    existsSync(path.join(base, p));
  return { files: [...byPath.values()], exists };
}
