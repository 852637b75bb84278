import { describe, expect, it } from 'vitest';
import { modulePreloadLinks, moduleScripts, searchPagePreloads, staticImports, withPreloads } from './search-preloads';

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
});

describe('searchPagePreloads', () => {
  it("hints the page scripts' imports, each once", () => {
    expect(searchPagePreloads(['/_astro/search-view.js', '/_astro/search-view.js'])).toEqual([
      '/_astro/search-view.js',
    ]);
  });

  it('writes a modulepreload per module', () => {
    expect(modulePreloadLinks(['/_astro/a.js', '/pagefind/pagefind.js'])).toBe(
      '<link rel="modulepreload" href="/_astro/a.js"><link rel="modulepreload" href="/pagefind/pagefind.js">',
    );
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
