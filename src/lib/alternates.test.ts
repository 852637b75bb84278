import { describe, expect, it } from 'vitest';
import { alternateLinks } from './alternates';

describe('alternateLinks', () => {
  it('lists both languages and points x-default at the Japanese page, from either side', () => {
    const expected = [
      { hreflang: 'ja', href: 'https://x/stories/a/' },
      { hreflang: 'en', href: 'https://x/en/stories/a/' },
      { hreflang: 'x-default', href: 'https://x/stories/a/' },
    ];
    expect(alternateLinks('ja', 'https://x/stories/a/', 'https://x/en/stories/a/')).toEqual(expected);
    expect(alternateLinks('en', 'https://x/en/stories/a/', 'https://x/stories/a/')).toEqual(expected);
  });

  it('gives nothing for a page without a translation', () => {
    expect(alternateLinks('ja', 'https://x/stories/a/', undefined)).toEqual([]);
  });
});
