import { describe, expect, it } from 'vitest';
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
