import { graphemes } from './graphemes.ts';
import { CARD_HEIGHT, CARD_WIDTH, titleSize, type CardData } from './og-card.ts';

/**
 * Where everything on a social card goes: which phrases of the title go on which line, where the
 * byline is cut with "…", how many principle chips fit before "+N", and the boxes around them. Pure:
 * the caller passes `measure`, the width of a text in the card's font (Skia's, in `og-draw.ts`), and
 * gets back a list of shapes to paint in order. The design is the one the card had when satori laid
 * it out as CSS flexbox (an accent bar on the left; logo, site name and kind at the top; the title in
 * the middle; authors and principles at the bottom), with its numbers kept.
 */

export interface CardFont {
  size: number;
  weight: 400 | 700;
}

/** The advance width of `text` set in Noto Sans JP at `font`, in pixels. */
export type Measure = (text: string, font: CardFont) => number;

export type CardShape =
  | { type: 'rect'; x: number; y: number; width: number; height: number; radius: number; fill: string }
  | {
      type: 'outline';
      x: number;
      y: number;
      width: number;
      height: number;
      radius: number;
      stroke: string;
      lineWidth: number;
    }
  /** `baseline` is the y of the text's alphabetic baseline. */
  | { type: 'text'; text: string; x: number; baseline: number; font: CardFont; fill: string };

export interface CardLayout {
  shapes: CardShape[];
  /** The title's lines; the last ends in "…" when the title needed more than `TITLE_LINES`. */
  title: string[];
  /** The byline's lines; the last ends in "…" when it needed more than `BYLINE_LINES`. */
  byline: string[];
  /** The chips shown, as printed ("◆ 書いて残す"). */
  chips: string[];
  /** How many principles did not fit: printed as "+N" after the chips. */
  more: number;
}

export const COLOURS = { bg: '#fbfaf7', fg: '#1d1f24', muted: '#555b66', accent: '#a3321f', soft: '#f6e6e1' };

/**
 * CSS's `line-height: normal` for Noto Sans JP: its hhea ascender + descender (1160 + 288 units of
 * 1000), read from the TTF. Text sits in a line box as CSS puts it: the ascender-to-descender box
 * centred in the line's height.
 */
const ASCENT = 1.16;
const DESCENT = 0.288;
const NORMAL_LINE_HEIGHT = ASCENT + DESCENT;

const ACCENT_BAR = 24;
const PAD = { top: 56, right: 72, bottom: 56, left: 64 };
const LEFT = ACCENT_BAR + PAD.left;
const RIGHT = CARD_WIDTH - PAD.right;
const WIDTH = RIGHT - LEFT;

const LOGO = { size: 64, font: { size: 34, weight: 700 }, text: '指', gap: 20 } as const;
const SITE_FONT: CardFont = { size: 32, weight: 700 };
const PILL = { font: { size: 28, weight: 700 }, padX: 24, padY: 6 } as const;
const TITLE_LINE_HEIGHT = 1.3;
const TITLE_LINES = 3;
const BYLINE = { font: { size: 30, weight: 400 }, lineHeight: 1.5, lines: 2 } as const;
const BOTTOM_GAP = 16;
/** Principles listed before "+N": more would not fit on one line. */
const MAX_CHIPS = 3;
const CHIP = {
  font: { size: 24, weight: 400 },
  padX: 14,
  padY: 2,
  border: 2,
  radius: 8,
  gap: 12,
  marker: '◆ ',
} as const;
const ELLIPSIS = '…';

/** Where the baseline of a line of `size` text falls in a line box of `lineHeight` starting at `top`. */
const baseline = (top: number, lineHeight: number, size: number) =>
  top + (lineHeight - NORMAL_LINE_HEIGHT * size) / 2 + ASCENT * size;

/**
 * Pieces of text a line may not break inside, for text with no phrases given (the byline): a Latin
 * word with its trailing spaces, or one CJK character. Closing punctuation and small kana stay with
 * the character before them and opening brackets with the one after (the basic Japanese line-breaking
 * rules, 禁則処理, of JIS X 4051), as a browser's `line-break: normal` does.
 */
const NO_BREAK_BEFORE =
  /^[、。，．,.:;!?！？）」』】〕〉》ー…‥ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・：；]/u;
const NO_BREAK_AFTER = /[（「『【〔〈《]$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

export function breakableText(text: string): string[] {
  const pieces: string[] = [];
  let word = '';
  const push = (piece: string) => {
    const last = pieces.at(-1);
    if (last !== undefined && (NO_BREAK_BEFORE.test(piece) || NO_BREAK_AFTER.test(last))) {
      pieces[pieces.length - 1] = last + piece;
    } else pieces.push(piece);
  };
  for (const g of graphemes(text)) {
    if (CJK.test(g)) {
      if (word) push(word);
      word = '';
      push(g);
    } else if (/\s/u.test(g)) {
      word += g;
      push(word);
      word = '';
    } else {
      // Part of a Latin word: a line breaks only at its spaces.
      word += g;
    }
  }
  if (word) push(word);
  // Join spaces that followed a CJK character or another space onto the piece before them.
  return pieces.reduce<string[]>((out, piece) => {
    if (out.length > 0 && /^\s+$/u.test(piece)) out[out.length - 1] += piece;
    else out.push(piece);
    return out;
  }, []);
}

/**
 * Pieces of the title a line may break between: its phrases (BudouX's, so that Japanese never
 * breaks inside a word), each split after its spaces (an English title is one "phrase" of words).
 */
export function titlePieces(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => p.split(/(?<=\s)(?=\S)/u));
}

/**
 * Fills at most `maxLines` lines of `width` with `pieces`, greedily; a piece wider than a whole line
 * is broken between its characters. When the text needs more lines, the last one ends in "…".
 */
export function wrap(
  pieces: readonly string[],
  width: number,
  maxLines: number,
  font: CardFont,
  measure: Measure,
): string[] {
  const fits = (text: string) => measure(text.trimEnd(), font) <= width;
  const lines: string[] = [];
  let line = '';
  const queue = [...pieces];
  while (queue.length > 0) {
    const piece = queue.shift()!;
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line === '') {
      // Wider than a line on its own: take as many characters as fit, the rest goes on.
      const chars = graphemes(piece);
      let n = 1;
      while (n < chars.length && fits(chars.slice(0, n + 1).join(''))) n++;
      line = chars.slice(0, n).join('');
      queue.unshift(chars.slice(n).join(''));
    } else {
      queue.unshift(piece);
    }
    lines.push(line.trimEnd());
    line = '';
    if (lines.length === maxLines) {
      lines[maxLines - 1] = ellipsize(lines[maxLines - 1]!, width, font, measure);
      return lines;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Letters and digits of words that a cut should not split ("bein…"). */
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]/u;

/**
 * `text` cut so that it ends in "…" within `width`: between two words when the cut would fall inside
 * a Latin word and the line has a space to cut at instead; anywhere in Japanese.
 */
function ellipsize(text: string, width: number, font: CardFont, measure: Measure): string {
  const chars = graphemes(text);
  let n = chars.length;
  const cut = (k: number) => chars.slice(0, k).join('').trimEnd() + ELLIPSIS;
  while (n > 0 && measure(cut(n), font) > width) n--;
  if (n < chars.length && WORD_CHAR.test(chars[n]!) && n > 0 && WORD_CHAR.test(chars[n - 1]!)) {
    const space = chars.slice(0, n).findLastIndex((c) => /\s/u.test(c));
    if (space > 0) n = space;
  }
  return cut(n);
}

export function layoutCard(card: CardData, measure: Measure): CardLayout {
  const shapes: CardShape[] = [
    { type: 'rect', x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, radius: 0, fill: COLOURS.bg },
    { type: 'rect', x: 0, y: 0, width: ACCENT_BAR, height: CARD_HEIGHT, radius: 0, fill: COLOURS.accent },
  ];
  const text = (value: string, x: number, top: number, lineHeight: number, font: CardFont, fill: string) =>
    shapes.push({ type: 'text', text: value, x, baseline: baseline(top, lineHeight, font.size), font, fill });

  // Header: the round logo, the site's name, and the kind of page in a pill at the right.
  const headerTop = PAD.top;
  const headerMiddle = headerTop + LOGO.size / 2;
  shapes.push({
    type: 'rect',
    x: LEFT,
    y: headerTop,
    width: LOGO.size,
    height: LOGO.size,
    radius: LOGO.size / 2,
    fill: COLOURS.accent,
  });
  text(LOGO.text, LEFT + (LOGO.size - measure(LOGO.text, LOGO.font)) / 2, headerTop, LOGO.size, LOGO.font, COLOURS.bg);
  const pillHeight = NORMAL_LINE_HEIGHT * PILL.font.size + 2 * PILL.padY;
  const siteX = LEFT + LOGO.size + LOGO.gap;
  const eyebrowMax = WIDTH / 2;
  const eyebrow = wrap([card.eyebrow], eyebrowMax - 2 * PILL.padX, 1, PILL.font, measure)[0] ?? '';
  const pillWidth = measure(eyebrow, PILL.font) + 2 * PILL.padX;
  const site = wrap([card.site], RIGHT - pillWidth - LOGO.gap - siteX, 1, SITE_FONT, measure)[0] ?? '';
  const siteLineHeight = NORMAL_LINE_HEIGHT * SITE_FONT.size;
  text(site, siteX, headerMiddle - siteLineHeight / 2, siteLineHeight, SITE_FONT, COLOURS.fg);
  shapes.push({
    type: 'rect',
    x: RIGHT - pillWidth,
    y: headerMiddle - pillHeight / 2,
    width: pillWidth,
    height: pillHeight,
    radius: pillHeight / 2,
    fill: COLOURS.soft,
  });
  text(
    eyebrow,
    RIGHT - pillWidth + PILL.padX,
    headerMiddle - pillHeight / 2 + PILL.padY,
    NORMAL_LINE_HEIGHT * PILL.font.size,
    PILL.font,
    COLOURS.accent,
  );

  // Bottom: the byline, and the principles as chips on one line.
  const bylineLineHeight = BYLINE.lineHeight * BYLINE.font.size;
  const byline = wrap(breakableText(card.byline), WIDTH, BYLINE.lines, BYLINE.font, measure);
  const chipHeight = NORMAL_LINE_HEIGHT * CHIP.font.size + 2 * (CHIP.padY + CHIP.border);
  const { chips, more } = fitChips(card.chips, measure);
  const chipsHeight = card.chips.length > 0 ? chipHeight : 0;
  const bottomTop = CARD_HEIGHT - PAD.bottom - chipsHeight - BOTTOM_GAP - byline.length * bylineLineHeight;
  byline.forEach((line, i) =>
    text(line, LEFT, bottomTop + i * bylineLineHeight, bylineLineHeight, BYLINE.font, COLOURS.muted),
  );
  const chipsTop = CARD_HEIGHT - PAD.bottom - chipHeight;
  let x = LEFT;
  for (const chip of chips) {
    const width = measure(chip, CHIP.font) + 2 * (CHIP.padX + CHIP.border);
    // The stroke is centred on its path: inset by half its width so it stays inside the box.
    const half = CHIP.border / 2;
    shapes.push({
      type: 'outline',
      x: x + half,
      y: chipsTop + half,
      width: width - CHIP.border,
      height: chipHeight - CHIP.border,
      radius: CHIP.radius - half,
      stroke: COLOURS.accent,
      lineWidth: CHIP.border,
    });
    text(
      chip,
      x + CHIP.border + CHIP.padX,
      chipsTop + CHIP.border + CHIP.padY,
      NORMAL_LINE_HEIGHT * CHIP.font.size,
      CHIP.font,
      COLOURS.fg,
    );
    x += width + CHIP.gap;
  }
  if (more > 0) {
    text(`+${more}`, x, chipsTop, chipHeight, CHIP.font, COLOURS.muted);
  }

  // The title, in the middle of the space left between the header and the bottom.
  const size = titleSize(card.title, card.lang);
  const titleFont: CardFont = { size, weight: 700 };
  const title = wrap(titlePieces(card.titlePhrases), WIDTH, TITLE_LINES, titleFont, measure);
  const titleLineHeight = TITLE_LINE_HEIGHT * size;
  const free = bottomTop - (headerTop + LOGO.size) - title.length * titleLineHeight;
  const titleTop = headerTop + LOGO.size + free / 2;
  title.forEach((line, i) => text(line, LEFT, titleTop + i * titleLineHeight, titleLineHeight, titleFont, COLOURS.fg));

  return { shapes, title, byline, chips, more };
}

/**
 * Up to `MAX_CHIPS` chips and "+N" for the rest, as many as fit on one line: a chip that does not fit
 * goes into "+N", and a single chip too wide for the line on its own is cut with "…".
 */
function fitChips(principles: readonly string[], measure: Measure): { chips: string[]; more: number } {
  const chipWidth = (label: string) => measure(label, CHIP.font) + 2 * (CHIP.padX + CHIP.border);
  let shown = principles.slice(0, MAX_CHIPS).map((p) => CHIP.marker + p);
  const total = (labels: string[]) => {
    const more = principles.length - labels.length;
    const widths = labels.map(chipWidth);
    if (more > 0) widths.push(measure(`+${more}`, CHIP.font));
    return widths.reduce((a, b) => a + b, 0) + CHIP.gap * (widths.length - 1);
  };
  while (shown.length > 1 && total(shown) > WIDTH) shown = shown.slice(0, -1);
  if (shown.length === 1 && total(shown) > WIDTH) {
    const moreWidth = principles.length > 1 ? measure(`+${principles.length - 1}`, CHIP.font) + CHIP.gap : 0;
    shown = [ellipsize(shown[0]!, WIDTH - moreWidth - 2 * (CHIP.padX + CHIP.border), CHIP.font, measure)];
  }
  return { chips: shown, more: principles.length - shown.length };
}
