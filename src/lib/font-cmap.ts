/**
 * Which characters a font has a glyph for, read from its `cmap` table. Skia draws a character the
 * font lacks from whatever font the machine has (or as a blank box), without telling: the card
 * drawing asks this first, leaves such characters out and says so in the build's log.
 *
 * Written here rather than taken from a font library: the one in node_modules (`fontkitten`) is only
 * Astro's own dependency, and all that is needed is the two common subtable formats, about sixty lines.
 * Spec: https://learn.microsoft.com/en-us/typography/opentype/spec/cmap
 */
import { graphemes } from './graphemes.ts';

/** Whether the font maps the code point to a glyph other than `.notdef`. */
export type Coverage = (codePoint: number) => boolean;

/** (platform, encoding) pairs of the Unicode subtables, best first: full Unicode, then the BMP. */
const UNICODE_FULL = [
  [3, 10],
  [0, 4],
  [0, 6],
];
const UNICODE_BMP = [
  [3, 1],
  [0, 3],
];

export function fontCoverage(font: Uint8Array): Coverage {
  const data = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = tableOffset(data, 'cmap');
  const subtables = new Map<string, number>();
  for (let i = 0, count = data.getUint16(cmap + 2); i < count; i++) {
    const record = cmap + 4 + 8 * i;
    subtables.set(`${data.getUint16(record)},${data.getUint16(record + 2)}`, cmap + data.getUint32(record + 4));
  }
  const find = (pairs: number[][], format: number) =>
    pairs.map((p) => subtables.get(p.join(','))).find((at) => at !== undefined && data.getUint16(at) === format);
  const full = find(UNICODE_FULL, 12);
  if (full !== undefined) return format12(data, full);
  const bmp = find(UNICODE_BMP, 4) ?? find(UNICODE_FULL, 4);
  if (bmp !== undefined) return format4(data, bmp);
  throw new Error('fontCoverage: the font has no Unicode cmap subtable of format 4 or 12');
}

function tableOffset(data: DataView, tag: string): number {
  for (let i = 0, count = data.getUint16(4); i < count; i++) {
    const record = 12 + 16 * i;
    const name = String.fromCharCode(...[0, 1, 2, 3].map((k) => data.getUint8(record + k)));
    if (name === tag) return data.getUint32(record + 8);
  }
  throw new Error(`fontCoverage: the font has no "${tag}" table`);
}

/** Segmented coverage: groups of consecutive code points mapped to consecutive glyphs. */
function format12(data: DataView, at: number): Coverage {
  const groups = data.getUint32(at + 12);
  return (c) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const group = at + 16 + 12 * mid;
      if (c < data.getUint32(group)) hi = mid - 1;
      else if (c > data.getUint32(group + 4)) lo = mid + 1;
      else return data.getUint32(group + 8) + (c - data.getUint32(group)) !== 0;
    }
    return false;
  };
}

/** Segment mapping to delta values: the Basic Multilingual Plane only. */
function format4(data: DataView, at: number): Coverage {
  const segments = data.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (c) => {
    if (c > 0xffff) return false;
    let lo = 0;
    let hi = segments - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (data.getUint16(ends + 2 * mid) < c) lo = mid + 1;
      else hi = mid;
    }
    const start = data.getUint16(starts + 2 * lo);
    if (c < start || c > data.getUint16(ends + 2 * lo)) return false;
    const delta = data.getUint16(deltas + 2 * lo);
    const rangeOffset = data.getUint16(rangeOffsets + 2 * lo);
    if (rangeOffset === 0) return ((c + delta) & 0xffff) !== 0;
    const glyph = data.getUint16(rangeOffsets + 2 * lo + rangeOffset + 2 * (c - start));
    return glyph !== 0 && ((glyph + delta) & 0xffff) !== 0;
  };
}

/** Code points that need no glyph of their own: spaces, joiners and variation selectors. */
const invisible = (c: number) =>
  c <= 0x20 || c === 0x200c || c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xe0100 && c <= 0xe01ef);

/**
 * The characters (grapheme clusters, so "👍🏽" is one) of `text` that the font cannot draw, each
 * once, in order.
 */
export function missingCharacters(text: string, covers: Coverage): string[] {
  const missing = new Set<string>();
  for (const segment of graphemes(text)) {
    const codePoints = [...segment].map((ch) => ch.codePointAt(0)!);
    if (codePoints.some((c) => !invisible(c) && !covers(c))) missing.add(segment);
  }
  return [...missing];
}
