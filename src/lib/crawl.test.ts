import { describe, expect, it } from 'vitest';
import { pageLinks } from './crawl';

describe('pageLinks', () => {
  it('keeps same-site page paths, once each, without query or hash', () => {
    const html = `<a href="/principles/">P</a> <a class="x" href='/en/stories/a/#top'>A</a>
      <a href="/principles/?q=1">again</a> <a href="stories/b/">relative</a>`;
    expect(pageLinks(html, 'http://localhost:4321/en/')).toEqual(['/principles/', '/en/stories/a/', '/en/stories/b/']);
  });

  it('skips other sites, assets, dev-server internals and the search index', () => {
    const html = `<a href="https://example.com/">x</a><a href="/favicon.svg">i</a><a href="/@vite/client">v</a>
      <a href="/_astro/a.js">a</a><a href="/pagefind/pagefind.js">p</a><a href="mailto:a@b.c">m</a>`;
    expect(pageLinks(html, 'http://localhost:4321/')).toEqual([]);
  });
});
