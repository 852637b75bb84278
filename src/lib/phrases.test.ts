import { describe, expect, it } from 'vitest';
import { phrases } from './phrases';

describe('phrases', () => {
  it('splits a Japanese heading between phrases, never inside a word, losing no character', () => {
    const text = '使われないものを作らない';
    const parts = phrases(text, 'ja');
    expect(parts.join('')).toBe(text);
    expect(parts.length).toBeGreaterThan(1);
    // 「作らない」 is one word: no break between 作 and らない.
    expect(parts.some((p) => p.endsWith('作'))).toBe(false);
  });

  it('leaves English and Latin-only text whole', () => {
    expect(phrases("Don't build what won't be used", 'en')).toEqual(["Don't build what won't be used"]);
    expect(phrases('Feature flags', 'ja')).toEqual(['Feature flags']);
  });
});
