import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexKey } from './pagefind';

/** A rebuild reuses the last search index only when every page came out the same. */
describe('indexKey', () => {
  const site = (pages: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shishin-index-key-'));
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), html);
    }
    return dir;
  };
  const pages = {
    'index.html': '<h1>指針</h1>',
    'stories/a/index.html': '<article data-pagefind-body><h1>A</h1></article>',
    'tags/x/index.html': '<ul><li>A</li></ul>',
  };

  it('is the same for the same pages, whatever else is beside them', async () => {
    const again = site({ ...pages, 'og/site.png': 'png', 'pagefind/pagefind-entry.json': '{}' });
    expect(await indexKey(again)).toBe(await indexKey(site(pages)));
  });

  it('changes when any page changes, is added or is renamed, indexed or not', async () => {
    const key = await indexKey(site(pages));
    expect(
      await indexKey(site({ ...pages, 'stories/a/index.html': '<article data-pagefind-body><h1>B</h1></article>' })),
    ).not.toBe(key);
    expect(await indexKey(site({ ...pages, 'tags/x/index.html': '<ul><li>B</li></ul>' }))).not.toBe(key);
    expect(await indexKey(site({ ...pages, 'stories/b/index.html': '<p>new</p>' }))).not.toBe(key);
    const { 'stories/a/index.html': a, ...rest } = pages;
    expect(await indexKey(site({ ...rest, 'stories/c/index.html': a }))).not.toBe(key);
  });
});
