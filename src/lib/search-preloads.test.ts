import { describe, expect, it } from 'vitest';
import {
  CACHE_TAG_ATTR,
  ENTRY_HINT_ATTR,
  modulePreloadLinks,
  moduleScripts,
  searchPreloadLinks,
  staticImports,
  withPreloads,
} from './search-preloads';

const entry = JSON.stringify({
  version: '1.6.0',
  languages: {
    en: { hash: 'en_small', wasm: 'en', page_count: 3 },
    ja: { hash: 'ja_c4ce50c0a9', wasm: null, page_count: 1032 },
  },
});

describe('searchPreloadLinks', () => {
  const links = searchPreloadLinks(entry, '/pagefind/');
  const hrefs = [...links.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

  it('hints every file a first query needs, for the index Pagefind picks (the largest)', () => {
    expect(hrefs).toEqual([
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json?ts=ja_c4ce50c0a9',
      '/pagefind/pagefind.ja_c4ce50c0a9.pf_meta',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/principles.json',
    ]);
  });

  it('preloads data in the mode of fetch(), and names the cache tag the client must use', () => {
    expect(links).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js">');
    expect(links.match(/rel="preload"[^>]*as="fetch" crossorigin/g)).toHaveLength(4);
    expect(links).toContain(`${ENTRY_HINT_ATTR} ${CACHE_TAG_ATTR}="ja_c4ce50c0a9"`);
  });

  it('uses the language WebAssembly an index names', () => {
    const en = JSON.stringify({ languages: { en: { hash: 'en_1', wasm: 'en', page_count: 1 } } });
    expect(searchPreloadLinks(en, '/pagefind/')).toContain('href="/pagefind/wasm.en.pagefind"');
  });

  it('fails with the entry shown when it lists no index', () => {
    expect(() => searchPreloadLinks('{"languages":{}}', '/pagefind/')).toThrow(/lists no index: \{"languages":\{\}\}/);
  });
});

describe('withPreloads', () => {
  it('adds the links at the end of the head, after the stylesheets', () => {
    const html = '<html><head><link rel="stylesheet" href="/a.css"></head><body></body></html>';
    expect(withPreloads(html, '<link rel="x">')).toBe(
      '<html><head><link rel="stylesheet" href="/a.css"><link rel="x"></head><body></body></html>',
    );
  });

  it('refuses a page without a head', () => {
    expect(() => withPreloads('<p>hi</p>', '<link>')).toThrow(/no <\/head>/);
  });
});

describe('moduleScripts and staticImports', () => {
  it('finds the module scripts of a page, not inline or data scripts', () => {
    const html =
      '<script type="application/ld+json">{}</script><script>1</script>' +
      '<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/search.B1.js"></script>';
    expect(moduleScripts(html)).toEqual(['/_astro/a.js', '/_astro/search.B1.js']);
  });

  it("reads a bundle's static imports, resolved against its path, and not its dynamic ones", () => {
    const code =
      'import{i as e,t}from"./search-view.Caa1DViy.js";import"./side.js";import * as ns from "../x/ns.js";' +
      'var n=[`kind`];function r(){return import("./lazy.js")}const s="import x from \'./no.js\'";';
    expect(staticImports(code, '/_astro/search.B1.js')).toEqual([
      '/_astro/search-view.Caa1DViy.js',
      '/_astro/side.js',
      '/x/ns.js',
    ]);
  });

  it('writes a modulepreload per module', () => {
    expect(modulePreloadLinks(['/_astro/a.js', '/_astro/b.js'])).toBe(
      '<link rel="modulepreload" href="/_astro/a.js"><link rel="modulepreload" href="/_astro/b.js">',
    );
  });
});
