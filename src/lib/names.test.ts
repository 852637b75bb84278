import { describe, expect, it } from 'vitest';
import { authorName, authorNameLang } from './names';

describe('author names', () => {
  it('uses name_en on English pages when there is one', () => {
    expect(authorName({ name: '田中 葵', name_en: 'Aoi Tanaka' }, 'en')).toBe('Aoi Tanaka');
    expect(authorName({ name: '田中 葵', name_en: 'Aoi Tanaka' }, 'ja')).toBe('田中 葵');
    expect(authorName({ name: '田中 葵' }, 'en')).toBe('田中 葵');
  });

  it('marks a Japanese name shown on an English page as Japanese', () => {
    expect(authorNameLang({ name: '田中 葵' }, 'en')).toBe('ja');
    expect(authorNameLang({ name: '田中 葵', name_en: 'Aoi Tanaka' }, 'en')).toBe('en');
    expect(authorNameLang({ name: 'Sam Lee' }, 'en')).toBe('en');
  });
});
