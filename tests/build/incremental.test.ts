import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildWithContent } from '../support/fixture-site';

/**
 * Astro's incremental build reuses a page whose code and cache key are unchanged
 * (src/lib/page-cache-key.ts). What an author relies on: a rebuild with nothing changed reuses the
 * pages as they were, and a change to a story shows on every page that shows the story, here the
 * principle page that lists the stories citing it, even though the principle itself did not change.
 *
 * The three builds happen in one directory with an Astro cache of their own, so each starts from
 * what the one before it left, and no other test's build can come between.
 */
const STORY = 'stories/en/joining-to-not-build.mdx';
const PRINCIPLE_PAGE = 'dist/en/principles/dont-build-unused/index.html';
const ENV = { LC_ALL: 'en_US.UTF-8', SHISHIN_NOW: '2026-01-01' };

function buildTitled(title: string, work: string): { output: string; page: string } {
  let page = '';
  const result = buildWithContent(
    (content) => {
      const file = path.join(content, STORY);
      const text = readFileSync(file, 'utf8');
      const next = text.replace(/^title: .*$/m, `title: "${title}"`);
      if (next === text) throw new Error(`fixture: no title line in ${STORY}`);
      writeFileSync(file, next);
    },
    ENV,
    {
      root: path.join(work, 'site'),
      astroCache: path.join(work, 'astro-cache'),
      inspect: (dir) => (page = readFileSync(path.join(dir, PRINCIPLE_PAGE), 'utf8')),
    },
  );
  expect(result.status, result.output).toBe(0);
  return { output: result.output, page };
}

describe('a rebuild', () => {
  it('reuses every page when nothing changed, and renders again the pages a changed story shows on', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'shishin-incremental-'));
    onTestFinished(() => rmSync(work, { recursive: true, force: true }));
    const build = (title: string) => buildTitled(title, work);
    const first = build('A first title for the incremental build');
    expect(first.page).toContain('A first title for the incremental build');

    const same = build('A first title for the incremental build');
    // Astro's log names each page: "(+12ms)" when rendered, "(restored)" when reused.
    expect(same.output).toMatch(/\/en\/principles\/dont-build-unused\/index\.html \(restored\)/);
    expect(same.output).not.toMatch(/\/en\/principles\/dont-build-unused\/index\.html \(\+/);
    expect(same.page).toBe(first.page);

    const changed = build('A second title for the incremental build');
    expect(changed.page).toContain('A second title for the incremental build');
    expect(changed.page).not.toContain('A first title for the incremental build');
  }, 600_000);
});
