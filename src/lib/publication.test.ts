import { describe, expect, it } from 'vitest';
import { buildOptions, isVisible, PREVIEW, PRODUCTION, publicationState } from './publication';

const now = new Date('2026-06-01T00:00:00Z');

describe('publication', () => {
  it('tells drafts, scheduled and published stories apart, as of the moment given', () => {
    expect(publicationState({ draft: true, pubDate: new Date('2020-01-01') }, now)).toBe('draft');
    expect(publicationState({ draft: false, pubDate: new Date('2026-06-02') }, now)).toBe('scheduled');
    expect(publicationState({ draft: false, pubDate: new Date('2026-06-01') }, now)).toBe('published');
    expect(publicationState({ draft: false, pubDate: new Date('2026-06-02') }, new Date('2026-06-02'))).toBe(
      'published',
    );
  });

  it('shows drafts and scheduled stories in previews only', () => {
    for (const state of ['draft', 'scheduled'] as const) {
      expect(isVisible(state, PRODUCTION)).toBe(false);
      expect(isVisible(state, PREVIEW)).toBe(true);
    }
    expect(isVisible('published', PRODUCTION)).toBe(true);
  });
});

describe('buildOptions', () => {
  it('publishes only what is out now, unless previewing or in the dev server', () => {
    expect(buildOptions({}, false).visibility).toEqual(PRODUCTION);
    expect(buildOptions({ SHISHIN_PREVIEW: '1' }, false).visibility).toEqual(PREVIEW);
    expect(buildOptions({}, true).visibility).toEqual(PREVIEW);
  });

  it('builds as of SHISHIN_NOW, and says what a wrong date looks like', () => {
    expect(buildOptions({ SHISHIN_NOW: '2026-01-31' }, false).now.toISOString()).toBe('2026-01-31T00:00:00.000Z');
    expect(() => buildOptions({ SHISHIN_NOW: 'yesterday' }, false)).toThrow(/2026-01-31.*"yesterday"/);
  });
});
