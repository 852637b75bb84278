import { describe, expect, it } from 'vitest';
import { cardHash, cardTree, titleSize, type CardData, type CardNode } from './og-card';

const card: CardData = {
  lang: 'ja',
  site: 'Shishin 指針',
  eyebrow: '入社エントリ',
  title: '使われないものを作らない',
  titlePhrases: ['使われない', 'ものを', '作らない'],
  byline: '田中 葵',
  chips: ['a', 'b', 'c', 'd', 'e'],
};

function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const c = node.props.children;
  if (c === undefined) return [];
  return (Array.isArray(c) ? c : [c]).flatMap(texts);
}

describe('social card', () => {
  it('shows the site, kind, title phrase by phrase, authors and at most three principles', () => {
    const words = texts(cardTree(card));
    expect(words).toEqual(
      expect.arrayContaining([
        'Shishin 指針',
        '入社エントリ',
        '使われない',
        'ものを',
        '作らない',
        '田中 葵',
        '◆ a',
        '+2',
      ]),
    );
    expect(words).not.toContain('◆ d');
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
