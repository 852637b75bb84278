import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, hrefs, pageFile, readEntries, readPage } from '../support/dist';

/** What the production build promises authors: drafts stay out, the guide is a page, every page can be edited. */
beforeAll(() => assertBuilt());

function allHtml(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allHtml(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : [],
  );
}

describe('drafts and scheduled stories in production', () => {
  const hidden = readEntries('stories').filter(
    (e) => e.data.draft === true || new Date(String(e.data.pubDate)) > new Date(),
  );

  it('the sample content has a draft to leave out', () => {
    expect(hidden.map((e) => e.slug)).toContain('llm-eval-harness-wip');
  });

  it.each(hidden.map((e) => [e.file, e] as const))('%s has no page and no link or mention anywhere', (_, e) => {
    const url = `${e.lang === 'ja' ? '' : '/en'}/stories/${e.slug}/`;
    expect(existsSync(pageFile(url))).toBe(false);
    const title = String(e.data.title);
    for (const file of allHtml()) {
      const html = readFileSync(file, 'utf8');
      expect(html.includes(`/stories/${e.slug}/`), `${file} links to ${url}`).toBe(false);
      expect(html.includes(title), `${file} shows the title of ${e.file}`).toBe(false);
    }
  });
});

describe('the authoring guide', () => {
  it.each(['/guide/authoring/', '/en/guide/authoring/'])('%s is a page that shows a principle inline', (url) => {
    const page = readPage(url);
    expect(page.querySelector('h1')?.text.length).toBeGreaterThan(0);
    expect(page.querySelector('.principle-inline a')?.getAttribute('href')).toMatch(
      /\/principles\/dont-build-unused\/$/,
    );
    expect(page.querySelector('pre[data-language="ts"]')).not.toBeNull();
  });

  it('is linked from the footer of every page', () => {
    expect(hrefs(readPage('/').querySelector('.site-footer'))).toContain('/guide/authoring/');
    expect(hrefs(readPage('/en/').querySelector('.site-footer'))).toContain('/en/guide/authoring/');
  });
});

describe('edit this page', () => {
  it.each(
    readEntries('stories')
      .filter((e) => e.data.draft !== true)
      .map((e) => [e.file, e] as const),
  )('%s links to its own file in the repository', (file, e) => {
    const page = readPage(`${e.lang === 'ja' ? '' : '/en'}/stories/${e.slug}/`);
    const href = page.querySelector('[data-edit-meta] a')?.getAttribute('href');
    expect(href).toMatch(new RegExp(`/edit/[^/]+/${file.replace(/[.]/g, '\\.')}$`));
  });
});
