import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, entryPath, readEntries, readPage } from '../support/dist';
import { servedFile } from '../support/site-files';

/**
 * The page-weight budget of issue 5: a story page loads at most 3 KB of gzipped JavaScript before
 * search opens (theme and copy-button scripts; search loads its own code when opened) and at most
 * 15 KB of gzipped CSS. Sizes, not timings: each resource is gzipped as a server would send it.
 * The benchmark reports the same figures with Lighthouse's; this test keeps a change from
 * silently breaking the budget.
 */
beforeAll(assertBuilt);

const JS_BUDGET = 3 * 1024;
const CSS_BUDGET = 15 * 1024;
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function weights(page: string): { js: number; css: number } {
  const root = readPage(page);
  const scripts = root.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
  const js = scripts.reduce((sum, s) => {
    const src = s.getAttribute('src');
    return sum + gz(src ? readFileSync(servedFile(src)!) : s.text);
  }, 0);
  const css =
    root
      .querySelectorAll('link[rel="stylesheet"]')
      .reduce((sum, l) => sum + gz(readFileSync(servedFile(l.getAttribute('href')!)!)), 0) +
    root.querySelectorAll('style').reduce((sum, s) => sum + gz(s.text), 0);
  return { js, css };
}

describe('page weight', () => {
  // The published story with the most code blocks, so the copy button's script is counted.
  const fences = (body: string) => body.split('```').length;
  const story = readEntries('stories')
    .filter((e) => e.data.draft !== true && new Date(String(e.data.pubDate)) <= new Date())
    .sort((a, b) => fences(b.body) - fences(a.body))[0]!;
  const page = entryPath('stories', story);

  it(`keeps a story page within ${JS_BUDGET} bytes of gzipped JavaScript and ${CSS_BUDGET} of CSS`, () => {
    const { js, css } = weights(page);
    console.info(`[page weight] ${page}: JS ${js} B gzip, CSS ${css} B gzip`);
    expect(js).toBeGreaterThan(0);
    expect(js).toBeLessThanOrEqual(JS_BUDGET);
    expect(css).toBeLessThanOrEqual(CSS_BUDGET);
  });
});
