import { describe, expect, it } from 'vitest';
import { absoluteUrl, isSearchablePageFile, langFromPath, langParam, pageFile, urls } from './urls';

describe('urls', () => {
  it('serves Japanese at the root and English under /en/, every path ending in /', () => {
    expect(urls.home('ja')).toBe('/');
    expect(urls.home('en')).toBe('/en/');
    expect(urls.principle('ja', 'dont-build-unused')).toBe('/principles/dont-build-unused/');
    expect(urls.principle('en', 'dont-build-unused')).toBe('/en/principles/dont-build-unused/');
    expect(urls.story('en', 'joining')).toBe('/en/stories/joining/');
    expect(urls.kind('ja', 'onboarding')).toBe('/stories/kind/onboarding/');
    expect(urls.author('ja', 'aoi')).toBe('/authors/aoi/');
    expect(urls.tag('en', 'llm')).toBe('/en/tags/llm/');
  });

  it('puts page 1 of the story list at /stories/ and later pages under /stories/page/', () => {
    expect(urls.stories('ja')).toBe('/stories/');
    expect(urls.stories('ja', 1)).toBe('/stories/');
    expect(urls.stories('en', 3)).toBe('/en/stories/page/3/');
  });

  it('escapes what is not safe in a path segment', () => {
    expect(urls.tag('ja', 'a/b c')).toBe('/tags/a%2Fb%20c/');
  });

  it('keeps a search query in the URL', () => {
    expect(urls.search('ja', 'AI-OCR 精度')).toBe('/search/?q=AI-OCR%20%E7%B2%BE%E5%BA%A6');
  });

  it('maps languages to the [...lang] route parameter and back', () => {
    expect(langParam('ja')).toBeUndefined();
    expect(langParam('en')).toBe('en');
    expect(langFromPath('/en/stories/x/')).toBe('en');
    expect(langFromPath('/en')).toBe('en');
    expect(langFromPath('/english-stories/')).toBe('ja');
    expect(langFromPath('/')).toBe('ja');
  });

  it('makes absolute URLs on the site', () => {
    expect(absoluteUrl('/en/', 'https://example.com')).toBe('https://example.com/en/');
  });

  it('tells the pages with a searchable body from the rest by their built file', () => {
    for (const file of [
      'stories/joining/index.html',
      'en/stories/joining/index.html',
      'principles/dont-build-unused/index.html',
      'en/guide/writing/index.html',
    ])
      expect(isSearchablePageFile(file), file).toBe(true);
    for (const file of [
      'index.html',
      'stories/index.html',
      'stories/page/2/index.html',
      'tags/ux/index.html',
      'principles/index.html',
      'stories/joining/extra/index.html',
      'xstories/joining/index.html',
    ])
      expect(isSearchablePageFile(file), file).toBe(false);
  });

  it("names the file a page's path is written to", () => {
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/en/stories/joining/')).toBe('en/stories/joining/index.html');
  });
});
