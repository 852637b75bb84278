import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import type { PagefindIndex } from 'pagefind';
import { indexKey, LiveIndex, searchablePagesFirst } from './pagefind';

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
    /** What the index held each time it was written. */
    const writes: { outputPath: string; files: string[] }[] = [];
    const index = {
      addHTMLFile: ({ sourcePath }: { sourcePath: string }) => {
        files.push(sourcePath);
        return Promise.resolve({ errors, file: { url: sourcePath, uniqueWords: 1, meta: {}, filters: {} } });
      },
      writeFiles: ({ outputPath }: { outputPath: string }) => {
        writes.push({ outputPath, files: [...files].sort() });
        return Promise.resolve({ errors: [], outputPath });
      },
      deleteIndex: () => Promise.resolve(),
    } as unknown as PagefindIndex;
    return { index, files, writes };
  };
  /** Lets the promises queued so far run. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
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

  it('writes the index as soon as the last expected page is in, and the build then uses that write', async () => {
    const { index, writes } = fakeIndex();
    const live = new LiveIndex(() => Promise.resolve(index));
    live.expect(['stories/a/index.html', 'en/principles/p/index.html'], '/site/pagefind/');
    live.add('/stories/a/', story);
    live.add('/tags/ux/', '<ul></ul>');
    await settle();
    expect(writes).toEqual([]);
    live.add('/en/principles/p/', principle);
    await settle();
    expect(writes).toEqual([
      { outputPath: '/site/pagefind/', files: ['en/principles/p/index.html', 'stories/a/index.html'] },
    ]);
    expect(live.writtenEarly).toBe(true);
    const onDisk = new Map([
      ['stories/a/index.html', sha1(story)],
      ['en/principles/p/index.html', sha1(principle)],
    ]);
    expect(await live.ifComplete(onDisk)).toBe(index);
    expect((await live.write('/site/pagefind/')).outputPath).toBe('/site/pagefind/');
    expect(writes).toHaveLength(1);
  });

  it('is not used when a page came in after the early write, which may lack it', async () => {
    const { index } = fakeIndex();
    const live = new LiveIndex(() => Promise.resolve(index));
    live.expect(['stories/a/index.html'], '/site/pagefind/');
    live.add('/stories/a/', story);
    live.add('/stories/b/', story);
    const onDisk = new Map([
      ['stories/a/index.html', sha1(story)],
      ['stories/b/index.html', sha1(story)],
    ]);
    expect(await live.ifComplete(onDisk)).toBeUndefined();
  });

  it('writes early only once Pagefind has answered every page', async () => {
    const { index, writes } = fakeIndex();
    let answer: () => void = () => undefined;
    const slow = {
      ...index,
      addHTMLFile: (file: Parameters<PagefindIndex['addHTMLFile']>[0]) =>
        new Promise((resolve) => (answer = () => resolve(index.addHTMLFile(file)))),
      writeFiles: index.writeFiles,
    } as unknown as PagefindIndex;
    const live = new LiveIndex(() => Promise.resolve(slow));
    live.expect(['stories/a/index.html'], '/site/pagefind/');
    live.add('/stories/a/', story);
    await settle();
    expect(writes).toEqual([]);
    answer();
    await settle();
    expect(writes).toHaveLength(1);
  });

  it('does not write early when some expected page never renders (the incremental build reused it)', async () => {
    const { index, writes } = fakeIndex();
    const live = new LiveIndex(() => Promise.resolve(index));
    live.expect(['stories/a/index.html', 'stories/b/index.html'], '/site/pagefind/');
    live.add('/stories/a/', story);
    await settle();
    expect(writes).toEqual([]);
    expect(live.writtenEarly).toBe(false);
  });
});

/**
 * A rebuild after a story changed renders only the story pages that show it and reuses the rest: the
 * index is then read from disk, as soon as every searchable page is there, while the others render.
 */
describe('LiveIndex, when the build reused searchable pages', () => {
  const story = '<article data-pagefind-body><h1>A</h1></article>';
  const dist = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shishin-reused-'));
    for (const slug of ['a', 'b']) {
      mkdirSync(path.join(dir, 'stories', slug), { recursive: true });
      writeFileSync(path.join(dir, 'stories', slug, 'index.html'), story);
    }
    return dir;
  };
  const searchable = new Map([
    ['stories/a/index.html', 'hash'],
    ['stories/b/index.html', 'hash'],
  ]);
  const diskIndex = () => {
    const calls: string[] = [];
    const index = {
      addHTMLFile: () => Promise.resolve({ errors: [], file: {} }),
      addDirectory: ({ path: dir }: { path: string }) => {
        calls.push(`read ${dir}`);
        return Promise.resolve({ errors: [], page_count: 2 });
      },
      writeFiles: ({ outputPath }: { outputPath: string }) => {
        calls.push(`write ${outputPath}`);
        return Promise.resolve({ errors: [], outputPath });
      },
      deleteIndex: () => Promise.resolve(),
    } as unknown as PagefindIndex;
    return { index, calls };
  };

  /** A live index expecting stories a and b in a built site, given those of `rendered`. */
  const rebuild = (rendered: string[]) => {
    const dir = dist();
    const out = path.join(dir, 'pagefind');
    const { index, calls } = diskIndex();
    const live = new LiveIndex(() => Promise.resolve(index));
    live.expect(searchable.keys(), out);
    for (const slug of rendered) live.add(`/stories/${slug}/`, story);
    return { dir, out, calls, live };
  };

  it('reads the pages from disk when some never rendered, and uses that index if none changed since', async () => {
    const { dir, out, calls, live } = rebuild(['a']);
    live.readReusedPages(dir);
    const read = await live.readFromDiskIfCurrent(dir, searchable, out);
    expect(read?.pageCount).toBe(2);
    expect(read?.written.outputPath).toBe(out);
    expect(calls).toEqual([`read ${dir}`, `write ${out}`]);
    // Asked again, for a place it did not write to: not that index.
    expect(await live.readFromDiskIfCurrent(dir, searchable, path.join(dir, 'elsewhere'))).toBeUndefined();
  });

  it('is not used when a searchable page was written again after it was read, or is new', async () => {
    const { dir, out, calls, live } = rebuild(['a']);
    live.readReusedPages(dir);
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(path.join(dir, 'stories', 'b', 'index.html'), `${story}<p>changed</p>`);
    expect(await live.readFromDiskIfCurrent(dir, searchable, out)).toBeUndefined();
    const more = new Map([...searchable, ['stories/c/index.html', 'hash']]);
    expect(await live.readFromDiskIfCurrent(dir, more, out)).toBeUndefined();
    // It was read; only not used.
    expect(calls).toEqual([`read ${dir}`, `write ${out}`]);
  });

  it('does not read from disk when no searchable page rendered (nothing changed: the last index is reused)', async () => {
    const { dir, out, calls, live } = rebuild([]);
    live.readReusedPages(dir);
    expect(await live.readFromDiskIfCurrent(dir, searchable, out)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('does not read from disk when every searchable page rendered (the index is written from them)', async () => {
    const { dir, out, calls, live } = rebuild(['a', 'b']);
    live.readReusedPages(dir);
    expect(await live.readFromDiskIfCurrent(dir, searchable, out)).toBeUndefined();
    expect(calls.filter((c) => c.startsWith('read'))).toEqual([]);
  });
});

/** The searchable pages render first, so that the index is written while the others render. */
describe('searchablePagesFirst', () => {
  const route = (type: 'page' | 'fallback', component: string) =>
    ({ type, component }) as unknown as Parameters<AstroPrerenderer['render']>[1]['routeData'];
  const paths = [
    { pathname: '/tags/ux/', route: route('page', 'tags') },
    { pathname: '/stories/a/', route: route('page', 'story') },
    { pathname: '/', route: route('page', 'home') },
    { pathname: '/en/principles/p/', route: route('page', 'principle') },
    { pathname: '/stories/a/', route: route('page', 'other') },
    { pathname: '/en/stories/b/', route: route('fallback', 'story') },
  ];
  const base: AstroPrerenderer = {
    name: 'base',
    getStaticPaths: () => Promise.resolve(paths),
    render: (request) => Promise.resolve(new Response(`rendered ${new URL(request.url).pathname}`)),
  };

  it('puts the searchable pages first, keeps every path and the order within each group', async () => {
    let expected: string[] = [];
    const ordered = await searchablePagesFirst(base, (files) => (expected = files)).getStaticPaths();
    expect(ordered.map((p) => `${p.pathname} ${p.route.component}`)).toEqual([
      '/stories/a/ story',
      '/en/principles/p/ principle',
      '/stories/a/ other',
      '/tags/ux/ tags',
      '/ home',
      '/en/stories/b/ story',
    ]);
    expect(expected).toEqual(['stories/a/index.html', 'en/principles/p/index.html']);
  });

  it('says when the first page that is not searchable is about to render, and only then', async () => {
    const calls: string[] = [];
    const wrapped = searchablePagesFirst(
      { ...base, render: (request) => (calls.push(new URL(request.url).pathname), base.render(request, {} as never)) },
      () => undefined,
      () => calls.push('searchable done'),
    );
    const render = (pathname: string) =>
      wrapped.render(new Request(`https://example.com${pathname}`), { routeData: paths[0]!.route });
    await render('/stories/a/');
    await render('/en/principles/p/');
    await render('/tags/ux/');
    await render('/');
    expect(calls).toEqual(['/stories/a/', '/en/principles/p/', 'searchable done', '/tags/ux/', '/']);
  });

  it('renders each page with the prerenderer it wraps', async () => {
    const wrapped = searchablePagesFirst(base, () => undefined);
    const response = await wrapped.render(new Request('https://example.com/stories/a/'), {
      routeData: paths[1]!.route,
    });
    expect(await (response as Response).text()).toBe('rendered /stories/a/');
  });
});
