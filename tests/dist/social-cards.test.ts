import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, entryPath, readEntries, readPage } from '../support/dist';
import { servedFile } from '../support/site-files';

/** Every story and principle page names a social card, and the card is a 1200×630 PNG. */
beforeAll(assertBuilt);

const PNG_SIGNATURE = '89504e470d0a1a0a';

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
  // The IHDR chunk comes first: width and height are big-endian at bytes 16 and 20.
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('social cards', () => {
  const now = new Date();
  const entries = [
    ...readEntries('principles').map((e) => ({ e, collection: 'principles' as const })),
    ...readEntries('stories')
      .filter((e) => e.data.draft !== true && new Date(String(e.data.pubDate)) <= now)
      .map((e) => ({ e, collection: 'stories' as const })),
  ];

  it.each(entries.map(({ e, collection }) => [entryPath(collection, e), collection]))(
    '%s has its own 1200×630 card',
    (page) => {
      const image = readPage(page).querySelector('meta[property="og:image"]')!.getAttribute('content')!;
      const path = new URL(image).pathname;
      expect(path).toMatch(/^(\/en)?\/og\/(stories|principles)\/[^/]+\.png$/);
      expect(pngSize(servedFile(path)!)).toEqual({ width: 1200, height: 630 });
    },
  );
});
