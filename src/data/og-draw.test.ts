import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeCard } from '../lib/test-utils';

/** Social cards are drawn once and then served from the cache while what they show is unchanged. */
const cacheDir = mkdtempSync(path.join(tmpdir(), 'shishin-og-'));
process.env.SHISHIN_OG_CACHE = cacheDir;
const { cachedCard, cardPng, missingGlyphsWarning } = await import('./og-draw.ts');

const card = fakeCard();

describe('social card cache', () => {
  it('draws a 1200×630 PNG once, then reads it from the cache; a changed card is drawn anew', async () => {
    const png = await cardPng(card);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

    const [file] = readdirSync(cacheDir);
    expect(file).toMatch(/^[0-9a-f]{32}\.png$/);
    // Replace the cached picture: if the next call returns it, it did not draw again.
    writeFileSync(path.join(cacheDir, file!), 'cached');
    expect((await cardPng({ ...card })).toString()).toBe('cached');

    const changed = await cardPng({ ...card, title: '書いて残す', titlePhrases: ['書いて', '残す'] });
    expect(changed.subarray(1, 4).toString()).toBe('PNG');
    expect(readdirSync(cacheDir)).toHaveLength(2);
  }, 30_000);

  it('reports the characters Noto Sans JP lacks, and leaves them out rather than draw a box', async () => {
    const celebrated = { ...card, title: '祝🎉', titlePhrases: ['祝🎉'], chips: [] };
    const drawn = await cachedCard(celebrated);
    expect(drawn).toMatchObject({ drawn: true, missing: ['🎉'] });
    expect(missingGlyphsWarning(celebrated, drawn.missing)).toBe(
      'social card "祝🎉": Noto Sans JP has no glyph for "🎉"; they are left out.',
    );
    // The same card without the emoji comes out pixel for pixel the same.
    const plain = await cachedCard({ ...celebrated, title: '祝', titlePhrases: ['祝'] });
    expect(plain).toMatchObject({ drawn: true, missing: [] });
    expect(readFileSync(drawn.file).equals(readFileSync(plain.file))).toBe(true);
  }, 30_000);
});
