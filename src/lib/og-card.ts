import { createHash } from 'node:crypto';
import type { Lang } from './i18n';

/**
 * The social card (Open Graph image) of a story, a principle or the site, as a tree of plain
 * elements for satori. Pure: the caller passes the words already translated and the title already
 * split into phrases (`phrases.ts`), so that a Japanese title wraps only between phrases.
 */

/** Open Graph's recommended size: https://developers.facebook.com/docs/sharing/webmasters/images/ */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Bumped whenever the drawing below changes, so cached cards are redrawn. */
export const CARD_VERSION = 1;

/** Principles listed on a card before "+N": more would not fit on one line. */
const MAX_CHIPS = 3;

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

export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

const el = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']) => ({
  type,
  props: { style, ...(children !== undefined && { children }) },
});

/** Longer titles get smaller type so that they fit in three lines. */
export function titleSize(title: string, lang: Lang): number {
  // A Japanese character is about as wide as two Latin ones.
  const width = lang === 'ja' ? [...title].length * 2 : title.length;
  if (width <= 36) return 72;
  if (width <= 64) return 60;
  if (width <= 96) return 50;
  return 42;
}

export function cardTree(card: CardData): CardNode {
  const colours = { bg: '#fbfaf7', fg: '#1d1f24', muted: '#555b66', accent: '#a3321f', soft: '#f6e6e1' };
  const chips = card.chips.slice(0, MAX_CHIPS);
  const rest = card.chips.length - chips.length;
  const body = el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      flexGrow: 1,
      padding: '56px 72px 56px 64px',
    },
    [
      el('div', { display: 'flex', alignItems: 'center', gap: 20 }, [
        el(
          'div',
          {
            display: 'flex',
            width: 64,
            height: 64,
            borderRadius: 32,
            background: colours.accent,
            color: colours.bg,
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: 34,
            fontWeight: 700,
          },
          '指',
        ),
        el('div', { fontSize: 32, fontWeight: 700 }, card.site),
        el(
          'div',
          {
            marginLeft: 'auto',
            fontSize: 28,
            fontWeight: 700,
            color: colours.accent,
            background: colours.soft,
            padding: '6px 24px',
            borderRadius: 40,
          },
          card.eyebrow,
        ),
      ]),
      el(
        'div',
        {
          display: 'flex',
          flexWrap: 'wrap',
          fontSize: titleSize(card.title, card.lang),
          fontWeight: 700,
          lineHeight: 1.3,
          maxHeight: 3 * 1.3 * titleSize(card.title, card.lang) + 8,
          overflow: 'hidden',
        },
        card.titlePhrases.map((p) => el('span', { whiteSpace: 'pre-wrap' }, p)),
      ),
      el('div', { display: 'flex', flexDirection: 'column', gap: 16 }, [
        el('div', { fontSize: 30, color: colours.muted, lineClamp: 2, display: 'block', lineHeight: 1.5 }, card.byline),
        el('div', { display: 'flex', gap: 12, flexWrap: 'nowrap', overflow: 'hidden' }, [
          ...chips.map((c) =>
            el(
              'div',
              { fontSize: 24, border: `2px solid ${colours.accent}`, borderRadius: 8, padding: '2px 14px' },
              `◆ ${c}`,
            ),
          ),
          ...(rest > 0 ? [el('div', { fontSize: 24, color: colours.muted, padding: '4px 0' }, `+${rest}`)] : []),
        ]),
      ]),
    ],
  );
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      background: colours.bg,
      color: colours.fg,
      fontFamily: 'Noto Sans JP',
    },
    [el('div', { width: 24, flexShrink: 0, background: colours.accent }), body],
  );
}

/** The cache key of a card: same words, same drawing, same font → same PNG. */
export function cardHash(card: CardData, fontVersion: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: CARD_VERSION, fontVersion, card }))
    .digest('hex')
    .slice(0, 32);
}
