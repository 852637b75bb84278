import { createHash } from 'node:crypto';
import { graphemes } from './graphemes.ts';
import type { Lang } from './i18n';

/**
 * What the social card (Open Graph image) of a story, a principle or the site shows. Pure: the caller
 * passes the words already translated and the title already split into phrases (`phrases.ts`), so
 * that a Japanese title wraps only between phrases. Where it all goes is `card-layout.ts`; the
 * drawing is `src/data/og-draw.ts`.
 */

/** Open Graph's recommended size: https://developers.facebook.com/docs/sharing/webmasters/images/ */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Bumped whenever the drawing changes (`card-layout.ts`, `og-draw.ts`), so cached cards are redrawn. 2: Skia. */
export const CARD_VERSION = 2;

export interface CardData {
  lang: Lang;
  site: string;
  /** "入社エントリ", "Principle"… */
  eyebrow: string;
  title: string;
  /** The title in phrases; their concatenation is `title`. */
  titlePhrases: string[];
  /** Authors of a story, or the summary of a principle. */
  byline: string;
  /** Titles of the principles a story cites. */
  chips: string[];
}

/** Longer titles get smaller type so that they fit in three lines. */
export function titleSize(title: string, lang: Lang): number {
  // A Japanese character is about as wide as two Latin ones.
  const width = lang === 'ja' ? [...title].length * 2 : title.length;
  if (width <= 36) return 72;
  if (width <= 64) return 60;
  if (width <= 96) return 50;
  return 42;
}

/**
 * The card without the characters it cannot draw (`missingCharacters`), so that a card never shows a
 * blank box or a glyph from whatever font the machine happens to have.
 */
export function withoutCharacters(card: CardData, missing: readonly string[]): CardData {
  if (missing.length === 0) return card;
  const drop = (text: string) =>
    graphemes(text)
      .filter((g) => !missing.includes(g))
      .join('');
  const titlePhrases = card.titlePhrases.map(drop).filter((p) => p !== '');
  return {
    ...card,
    site: drop(card.site),
    eyebrow: drop(card.eyebrow),
    title: titlePhrases.join(''),
    titlePhrases,
    byline: drop(card.byline),
    chips: card.chips.map(drop),
  };
}

/** Every text the card shows, for `missingCharacters`. */
export const cardText = (card: CardData) =>
  [card.site, card.eyebrow, ...card.titlePhrases, card.byline, ...card.chips].join('\n');

/** The cache key of a card: same words, same drawing, same font → same PNG. */
export function cardHash(card: CardData, fontVersion: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: CARD_VERSION, fontVersion, card }))
    .digest('hex')
    .slice(0, 32);
}
