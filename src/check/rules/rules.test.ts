import { describe, expect, it } from 'vitest';
import { checkContent } from '../check';
import { parseDoc } from '../document';
import { dateProblem } from './dates';
import { misplaced, suggestSlug } from './files';
import { headingIds, resolvePath } from './links';

describe('dates', () => {
  it('accepts real days and ISO date-times, and refuses the rest', () => {
    expect(dateProblem('2024-02-29')).toBeUndefined();
    expect(dateProblem('2025-04-01T09:00:00+09:00')).toBeUndefined();
    expect(dateProblem('2025-02-29')).toBe('no-such-day');
    expect(dateProblem('2025-13-01')).toBe('no-such-day');
    expect(dateProblem('2025/04/01')).toBe('format');
    expect(dateProblem(20250401)).toBe('format');
  });
});

describe('files', () => {
  it('says where a stray file should go', () => {
    expect(misplaced('content/stories/ja/a.md')?.hint.en).toBe('name it a.mdx');
    expect(misplaced('content/storys/ja/a.mdx')?.hint.en).toBe('Did you mean "content/stories/"?');
    expect(misplaced('content/stories/ja/chart.png')).toBeUndefined();
    expect(misplaced('content/README.md')).toBeUndefined();
    expect(suggestSlug('My First_Month')).toBe('my-first-month');
  });
});

describe('links', () => {
  it('makes heading ids as Astro does, with github-slugger', () => {
    const doc = parseDoc({
      path: 'content/guide/ja/a.mdx',
      text: '---\ntitle: a\n---\n\n## 入社の理由\n\n## Why `npm`?\n\n## 入社の理由\n',
    });
    expect(headingIds(doc)).toEqual(['入社の理由', 'why-npm', '入社の理由-1']);
  });

  it('resolves relative paths and refuses to climb out of the repository', () => {
    expect(resolvePath('content/stories/ja/a.mdx', '../en/b.mdx')).toBe('content/stories/en/b.mdx');
    expect(resolvePath('content/a.mdx', '../../../x')).toBeUndefined();
  });
});

describe('translations', () => {
  const author = { path: 'content/authors/aoi.yaml', text: 'name: 葵\nrole: SRE\njoined: "2025-04"\nbio: b\n' };
  const story = (lang: string, slug: string, day: string) => ({
    path: `content/stories/${lang}/${slug}.mdx`,
    text: `---\ntitle: t\ndescription: d\npubDate: ${day}\nkind: essay\nauthors: [aoi]\n---\n\n本文\n`,
  });
  const twinWarnings = (files: { path: string; text: string }[]) =>
    checkContent({ files: [author, ...files], now: new Date('2026-01-01'), exists: () => true, storiesPerPage: 10 })
      .filter((p) => p.rule === 'translations')
      .map((p) => [p.file, p.message.en]);

  it('suggests a misnamed twin published the same day', () => {
    expect(twinWarnings([story('ja', 'first-month', '2025-05-01'), story('en', 'first-mnth', '2025-05-01')])).toEqual([
      [
        'content/stories/ja/first-month.mdx',
        'This file has no translation twin. Is content/stories/en/first-mnth.mdx meant to be it?',
      ],
    ]);
  });

  it('does not pair stories that only have similar names, such as numbered ones', () => {
    expect(twinWarnings([story('ja', 'post-0981', '2025-05-01'), story('en', 'post-0989', '2025-06-01')])).toEqual([]);
  });
});
