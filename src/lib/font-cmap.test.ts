import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontCoverage, missingCharacters } from './font-cmap';

const require = createRequire(import.meta.url);
const notoSansJp = readFileSync(
  require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
);

/**
 * A font with only a `cmap` table holding one format 4 subtable (Windows, BMP): A–C by a delta,
 * あ–ぃ through the glyph array (あ → glyph 5, ぃ → glyph 0, i.e. none).
 */
function format4Font(): Uint8Array {
  const segments = [
    { start: 0x41, end: 0x43, delta: 1, glyphs: undefined },
    { start: 0x3042, end: 0x3043, delta: 0, glyphs: [5, 0] },
    { start: 0xffff, end: 0xffff, delta: 1, glyphs: undefined },
  ];
  const n = segments.length;
  const glyphArray = segments.flatMap((s) => s.glyphs ?? []);
  const subtable = Buffer.alloc(16 + 8 * n + 2 * glyphArray.length);
  subtable.writeUInt16BE(4, 0);
  subtable.writeUInt16BE(subtable.length, 2);
  subtable.writeUInt16BE(2 * n, 6);
  const ends = 14;
  const starts = ends + 2 * n + 2;
  const deltas = starts + 2 * n;
  const offsets = deltas + 2 * n;
  let glyphIndex = 0;
  segments.forEach((s, i) => {
    subtable.writeUInt16BE(s.end, ends + 2 * i);
    subtable.writeUInt16BE(s.start, starts + 2 * i);
    subtable.writeUInt16BE(s.delta, deltas + 2 * i);
    // idRangeOffset counts bytes from where it is stored to the segment's first glyph.
    const offset = s.glyphs ? offsets + 2 * n + 2 * glyphIndex - (offsets + 2 * i) : 0;
    subtable.writeUInt16BE(offset, offsets + 2 * i);
    glyphIndex += s.glyphs?.length ?? 0;
  });
  glyphArray.forEach((g, i) => subtable.writeUInt16BE(g, offsets + 2 * n + 2 * i));
  const cmap = Buffer.concat([Buffer.from([0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12]), subtable]);
  const directory = Buffer.alloc(12 + 16);
  directory.writeUInt32BE(0x00010000, 0);
  directory.writeUInt16BE(1, 4);
  directory.write('cmap', 12, 'ascii');
  directory.writeUInt32BE(28, 20);
  directory.writeUInt32BE(cmap.length, 24);
  return Buffer.concat([directory, cmap]);
}

describe('font coverage', () => {
  it('knows the characters of Noto Sans JP (format 12) and not those it lacks', () => {
    const covers = fontCoverage(notoSansJp);
    for (const ch of 'Aあア指針◆…、') expect(covers(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of ['🎉', '\u{20000}', 'ก']) expect(covers(ch.codePointAt(0)!), ch).toBe(false);
  });

  it('reads a format 4 subtable, through deltas and through its glyph array', () => {
    const covers = fontCoverage(format4Font());
    expect([0x40, 0x41, 0x43, 0x44].map(covers)).toEqual([false, true, true, false]);
    expect([0x3042, 0x3043, 0x1f389].map(covers)).toEqual([true, false, false]);
  });

  it('says what is wrong with a font without a cmap', () => {
    const font = format4Font();
    Buffer.from(font.buffer, font.byteOffset).write('xxxx', 12, 'ascii');
    expect(() => fontCoverage(font)).toThrow(/no "cmap" table/);
  });
});

describe('missing characters', () => {
  it('names each character the font lacks once, an emoji with its skin tone as one', () => {
    const covers = fontCoverage(notoSansJp);
    expect(missingCharacters('リリース🎉 おめでとう 👍🏽🎉 ©️', covers)).toEqual(['🎉', '👍🏽']);
    expect(missingCharacters('使われないものを作らない Write it down', covers)).toEqual([]);
  });
});
