import { describe, expect, it } from 'vitest';
import { fakeCard } from './test-utils';
import { cardHash, cardText, titleSize, withoutCharacters, type CardData } from './og-card';

const card = fakeCard({ chips: ['a', 'b', 'c', 'd', 'e'] });

describe('social card', () => {
  it('leaves out the characters the font cannot draw, from every text, phrase by phrase', () => {
    const withEmoji: CardData = {
      ...card,
      title: '祝🎉リリース',
      titlePhrases: ['祝🎉', 'リリース'],
      byline: '田中 葵 👍🏽',
      chips: ['書いて残す🎉'],
    };
    expect(withoutCharacters(withEmoji, ['🎉', '👍🏽'])).toEqual({
      ...card,
      title: '祝リリース',
      titlePhrases: ['祝', 'リリース'],
      byline: '田中 葵 ',
      chips: ['書いて残す'],
    });
    expect(withoutCharacters({ ...card, titlePhrases: ['🎉', '作らない'] }, ['🎉']).titlePhrases).toEqual(['作らない']);
    expect(withoutCharacters(card, [])).toBe(card);
  });

  it('lists every text the card shows', () => {
    expect(cardText(card).split('\n')).toEqual([
      'Shishin 指針',
      '入社エントリ',
      '使われない',
      'ものを',
      '作らない',
      '田中 葵',
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it('draws a card again only when what it shows changes', () => {
    expect(cardHash(card, '1')).toBe(cardHash({ ...card }, '1'));
    expect(cardHash(card, '1')).not.toBe(cardHash({ ...card, byline: '森 遥' }, '1'));
    expect(cardHash(card, '1')).not.toBe(cardHash(card, '2'));
  });

  it('sets long titles smaller', () => {
    expect(titleSize('短い', 'ja')).toBeGreaterThan(titleSize('とても長いタイトル'.repeat(5), 'ja'));
    expect(titleSize('Short', 'en')).toBeGreaterThan(titleSize('A much longer title '.repeat(5), 'en'));
  });
});
