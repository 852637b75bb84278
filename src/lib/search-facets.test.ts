import { describe, expect, it } from 'vitest';
import { pageFacets, pageMeta, parseAliases } from './search-facets';

describe('pageFacets', () => {
  it('gives a story every facet, by id, with the year of its date', () => {
    expect(
      pageFacets({
        lang: 'en',
        kind: 'essay',
        date: new Date('2024-06-20T00:00:00Z'),
        principles: ['write-it-down'],
        tags: ['documentation'],
        authors: ['kenta-ishii'],
      }),
    ).toEqual({
      kind: ['essay'],
      principle: ['write-it-down'],
      tag: ['documentation'],
      author: ['kenta-ishii'],
      lang: ['en'],
      year: ['2024'],
    });
  });

  it('gives a principle page its kind, its own id and its language', () => {
    expect(pageFacets({ lang: 'ja', kind: 'principle', principles: ['dont-build-unused'] })).toMatchObject({
      kind: ['principle'],
      principle: ['dont-build-unused'],
      lang: ['ja'],
      year: [],
    });
  });
});

describe('pageMeta and parseAliases', () => {
  it('round-trips aliases, commas and all', () => {
    const meta = pageMeta({ lang: 'ja', kind: 'principle', aliases: ['YAGNI', '作らない, 勇気'] });
    expect(meta.kind).toBe('principle');
    expect(parseAliases(meta.aliases)).toEqual(['YAGNI', '作らない, 勇気']);
  });

  it('dates stories as YYYY-MM-DD', () => {
    expect(pageMeta({ lang: 'ja', kind: 'practice', date: new Date('2025-10-08T00:00:00Z') }).date).toBe('2025-10-08');
  });

  it('reads missing or broken aliases as none', () => {
    expect(parseAliases(undefined)).toEqual([]);
    expect(parseAliases('not json')).toEqual([]);
  });
});
