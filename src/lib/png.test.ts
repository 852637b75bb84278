import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, pngRowsSize } from './png';

/** Reads a PNG's chunks back, checking each one's CRC as a decoder would. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('ascii');
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)) >>> 0);
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  it('writes the pixels row by row, unfiltered, behind a valid RGBA header', () => {
    const width = 3;
    const height = 2;
    const pixels = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);
    const parts = chunks(encodePng(pixels, width, height));
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = parts[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([3, 2, 8, 6]);
    const raw = inflateSync(parts[1]!.data);
    const rows = [raw.subarray(0, 13), raw.subarray(13, 26)];
    rows.forEach((row, y) => {
      expect(row[0]).toBe(0);
      expect([...row.subarray(1)]).toEqual([...pixels.subarray(y * 12, (y + 1) * 12)]);
    });
  });

  it('refuses pixels that do not fill the picture', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(/not 2×2 RGBA/);
  });

  it('can reuse one buffer for the rows, image after image', () => {
    const rows = Buffer.alloc(pngRowsSize(2, 2), 0xee);
    const first = Uint8Array.from({ length: 16 }, (_, i) => i);
    const second = Uint8Array.from({ length: 16 }, (_, i) => 255 - i);
    expect(encodePng(first, 2, 2, { rows })).toEqual(encodePng(first, 2, 2));
    expect(encodePng(second, 2, 2, { rows })).toEqual(encodePng(second, 2, 2));
    expect(() => encodePng(first, 2, 2, { rows: Buffer.alloc(3) })).toThrow(/rows must be 18 bytes/);
  });
});
