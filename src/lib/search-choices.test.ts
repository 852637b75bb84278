import { describe, expect, it } from 'vitest';
import { facetChoices } from './search-choices';

describe('facetChoices', () => {
  it('labels kinds and languages in the page language, sorts tags and puts recent years first', () => {
    const c = facetChoices('en', {
      principles: [{ id: 'write-it-down', title: 'Write it down' }],
      authors: [{ id: 'aoi', name: 'Aoi' }],
      tags: ['ml', 'documentation', 'ml'],
      years: [2024, 2026, 2024],
    });
    expect(c.kind.map((k) => k.label)).toEqual(['Principle', 'Onboarding', 'Essay', 'Practice', 'Retrospective']);
    expect(c.tag.map((x) => x.value)).toEqual(['documentation', 'ml']);
    expect(c.year.map((x) => x.value)).toEqual(['2026', '2024']);
    expect(c.lang).toEqual([
      { value: 'ja', label: '日本語' },
      { value: 'en', label: 'English' },
    ]);
  });
});
