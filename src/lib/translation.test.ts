import { describe, expect, it } from 'vitest';
import { originalOf, staleOriginal, type Dated } from './translation';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const entry = (lang: 'ja' | 'en', pub: string, updated?: string): Dated => ({
  lang,
  data: { pubDate: day(pub), updatedDate: updated ? day(updated) : undefined },
});

describe('translations', () => {
  it('takes the entry published first as the original, and Japanese on a tie', () => {
    const ja = entry('ja', '2025-01-02');
    const en = entry('en', '2025-01-01');
    expect(originalOf(ja, en)).toBe(en);
    const jaSameDay = entry('ja', '2025-01-01');
    expect(originalOf(en, jaSameDay)).toBe(jaSameDay);
  });

  it('flags a translation last changed before its original was updated', () => {
    const ja = entry('ja', '2025-01-01', '2025-06-01');
    const en = entry('en', '2025-01-03');
    expect(staleOriginal(en, ja)).toBe(ja);
    expect(staleOriginal(ja, en)).toBeUndefined();
  });

  it('does not flag a translation updated with or after its original', () => {
    const ja = entry('ja', '2025-01-01', '2025-06-01');
    expect(staleOriginal(entry('en', '2025-01-03', '2025-06-01'), ja)).toBeUndefined();
    expect(staleOriginal(entry('en', '2025-01-03', '2025-07-01'), ja)).toBeUndefined();
    expect(staleOriginal(entry('en', '2025-01-01'), undefined)).toBeUndefined();
  });
});
