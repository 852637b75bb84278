import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildWithContent } from '../support/fixture-site';

/**
 * Astro's incremental build reuses a page whose code and cache key are unchanged
 * (src/lib/page-cache-key.ts). What an author relies on: a rebuild with nothing changed reuses the
 * pages as they were, and a change to a story shows on every page that shows the story (the
 * principle page that lists the stories citing it, even though the principle itself did not change;
 * the stories that list it as related or next to them): no page of the rebuilt site shows the old
 * title. Story pages have keys of their own, so those that do not show the story are reused.
 *
 * The three builds happen in one directory with an Astro cache of their own, so each starts from
 * what the one before it left, and no other test's build can come between.
 */
const STORY = 'stories/en/joining-to-not-build.mdx';
const PRINCIPLE_PAGE = 'dist/en/principles/dont-build-unused/index.html';
const ENV = { LC_ALL: 'en_US.UTF-8', SHISHIN_NOW: '2026-01-01' };

/** Every page and feed of the built site (not the search index), by path under `dist/`. */
function readSite(dist: string): Map<string, string> {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.(html|xml|json)$/.test(f) && !f.startsWith('pagefind'),
  );
  return new Map(files.map((f) => [f.split(path.sep).join('/'), readFileSync(path.join(dist, f), 'utf8')]));
}

const STORY_PAGE = /^(?:en\/)?stories\/(?!page\/|kind\/)[^/]+\/index\.html$/;
/** What Astro's log says of a page: "(+12ms)" when rendered, "(restored)" when reused. */
const restored = (output: string, file: string) => output.includes(`/${file} (restored)`);
const rendered = (output: string, file: string) => output.includes(`/${file} (+`);

function buildTitled(title: string, work: string): { output: string; page: string; site: Map<string, string> } {
  let page = '';
  let site = new Map<string, string>();
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
      inspect: (dir) => {
        page = readFileSync(path.join(dir, PRINCIPLE_PAGE), 'utf8');
        site = readSite(path.join(dir, 'dist'));
      },
    },
  );
  expect(result.status, result.output).toBe(0);
  return { output: result.output, page, site };
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

    // No page or feed of the rebuilt site shows the old title, though several showed it.
    const showing = (site: Map<string, string>, title: string) =>
      [...site].filter(([, text]) => text.includes(title)).map(([file]) => file);
    const before = showing(first.site, 'A first title for the incremental build');
    expect(before).toContain('en/stories/joining-to-not-build/index.html');
    expect(before.filter((f) => STORY_PAGE.test(f)).length).toBeGreaterThan(1);
    expect(showing(changed.site, 'A first title for the incremental build')).toEqual([]);
    for (const file of before.filter((f) => f.endsWith('.html')))
      expect(rendered(changed.output, file), file).toBe(true);

    // Story pages that did not show the story (nor are its translation) were reused, not rendered.
    // (Old addresses that redirect to a story are pages of another route, with the site's key.)
    const others = [...first.site.keys()].filter(
      (f) =>
        STORY_PAGE.test(f) &&
        !first.site.get(f)!.includes('http-equiv="refresh"') &&
        !before.includes(f) &&
        f !== 'stories/joining-to-not-build/index.html' &&
        !first.site.get(f)!.includes('/en/stories/joining-to-not-build/'),
    );
    expect(others.length).toBeGreaterThan(0);
    for (const file of others) expect(restored(changed.output, file), file).toBe(true);

    // The reused pages never went through the renderer: the search index read every searchable
    // page from disk instead, as soon as they were all there, and holds as many as the first build's.
    const indexed = (output: string) => /Indexed (\d+) pages \(([^)]*)\)/.exec(output);
    expect(indexed(changed.output)?.[2]).toMatch(/read from disk while the other pages rendered/);
    expect(indexed(changed.output)?.[1]).toBe(indexed(first.output)?.[1]);
  }, 600_000);
});
