import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PagefindIndex } from 'pagefind';
import { indexKey, LiveIndex } from './pagefind';

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

/** The index built while pages render is used only when it holds exactly the pages on disk. */
describe('LiveIndex', () => {
  const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
  const fakeIndex = (errors: string[] = []) => {
    const files: string[] = [];
    const index = {
      addHTMLFile: ({ sourcePath }: { sourcePath: string }) => {
        files.push(sourcePath);
        return Promise.resolve({ errors, file: { url: sourcePath, uniqueWords: 1, meta: {}, filters: {} } });
      },
      deleteIndex: () => Promise.resolve(),
    } as unknown as PagefindIndex;
    return { index, files };
  };
  const story = '<article data-pagefind-body><h1>A</h1></article>';
  const principle = '<article data-pagefind-body><h1>P</h1></article>';

  it('takes only the searchable pages, by the file each path is written to', async () => {
    const { index, files } = fakeIndex();
    const live = new LiveIndex(() => Promise.resolve(index));
    live.add('/stories/a/', story);
    live.add('/en/principles/p/', principle);
    live.add('/tags/ux/', '<ul></ul>');
    live.add('/', '<h1>指針</h1>');
    const onDisk = new Map([
      ['stories/a/index.html', sha1(story)],
      ['en/principles/p/index.html', sha1(principle)],
    ]);
    expect(await live.ifComplete(onDisk)).toBe(index);
    expect(files.sort()).toEqual(['en/principles/p/index.html', 'stories/a/index.html']);
  });

  it('is not used when a page on disk was not given to it, or differs from what it was given', async () => {
    const { index } = fakeIndex();
    const live = new LiveIndex(() => Promise.resolve(index));
    live.add('/stories/a/', story);
    expect(await live.ifComplete(new Map([['stories/a/index.html', sha1('<p>changed</p>')]]))).toBeUndefined();
    expect(
      await live.ifComplete(
        new Map([
          ['stories/a/index.html', sha1(story)],
          ['stories/b/index.html', sha1(story)],
        ]),
      ),
    ).toBeUndefined();
    expect(await new LiveIndex(() => Promise.resolve(index)).ifComplete(new Map())).toBeUndefined();
  });

  it("fails with Pagefind's errors rather than publish an index that lacks a page", async () => {
    const { index } = fakeIndex(['could not parse']);
    const live = new LiveIndex(() => Promise.resolve(index));
    live.add('/stories/a/', story);
    await expect(live.ifComplete(new Map([['stories/a/index.html', sha1(story)]]))).rejects.toThrow('could not parse');
  });
});
