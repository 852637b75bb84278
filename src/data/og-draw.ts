import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, cardHash, cardTree, type CardData } from '../lib/og-card.ts';
import { encodePng } from '../lib/png.ts';

/**
 * Draws social cards: satori lays the card out to SVG with Noto Sans JP (TTF from the
 * `@expo-google-fonts/noto-sans-jp` npm package; satori cannot read WOFF2), resvg rasterises it to
 * PNG. Drawing costs tens of milliseconds a card, so each PNG is cached by the hash of what it shows
 * in `node_modules/.cache/shishin-og/`, and an unchanged entry is never drawn again.
 *
 * Used by the build's worker threads (`src/integrations/card-worker.ts`, run by Node directly: hence
 * the `.ts` in the imports) and by the dev server's card routes.
 */
const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-jp';

/** Read at each call, so that a test can point it at a directory of its own. */
const cacheDir = () => path.resolve(process.env.SHISHIN_OG_CACHE ?? 'node_modules/.cache/shishin-og');

let fonts: Promise<SatoriOptions['fonts']> | undefined;

/** Reads the two weights once per process, and only when some card has to be drawn. */
function loadFonts(): Promise<SatoriOptions['fonts']> {
  const file = (weight: string) => require.resolve(`${FONT_PACKAGE}/${weight}/NotoSansJP_${weight}.ttf`);
  return (fonts ??= Promise.all([readFile(file('400Regular')), readFile(file('700Bold'))]).then(([regular, bold]) => [
    { name: 'Noto Sans JP', data: regular, weight: 400, style: 'normal' },
    { name: 'Noto Sans JP', data: bold, weight: 700, style: 'normal' },
  ]));
}

const fontVersion: string = (require(`${FONT_PACKAGE}/package.json`) as { version: string }).version;

export interface DrawnCard {
  png: Buffer;
  /** Characters Noto Sans JP has no glyph for (emoji, other scripts): left blank on the card. */
  missing: string[];
}

export async function drawCard(card: CardData): Promise<DrawnCard> {
  const missing = new Set<string>();
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
    // Satori asks for more fonts only for characters the loaded ones lack: note them, so that the
    // build can say so rather than ship a card with blank boxes in silence.
    loadAdditionalAsset: async (_code, segment) => {
      missing.add(segment);
      return [];
    },
  });
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    // The SVG holds text as paths already; scanning the system's fonts would double the cost of a card.
    font: { loadSystemFonts: false },
  }).render();
  // The card's background is opaque, so resvg's premultiplied pixels are the plain ones.
  return { png: encodePng(image.pixels, image.width, image.height), missing: [...missing] };
}

/** Where the card's PNG is cached. */
export const cardFile = (card: CardData) => path.join(cacheDir(), `${cardHash(card, fontVersion)}.png`);

export function missingGlyphsWarning(card: CardData, missing: readonly string[]): string {
  return `social card "${card.title}": Noto Sans JP has no glyph for ${missing.map((m) => JSON.stringify(m)).join(', ')}; they are left blank.`;
}

/**
 * The card's PNG file in the cache, drawn first when the same card was never drawn. Says whether it
 * was drawn now, and which characters had no glyph.
 */
export async function cachedCard(card: CardData): Promise<{ file: string; drawn: boolean; missing: string[] }> {
  const file = cardFile(card);
  if (await stat(file).catch(() => undefined)) return { file, drawn: false, missing: [] };
  const { png, missing } = await drawCard(card);
  await mkdir(path.dirname(file), { recursive: true });
  // Write then rename, so that a build running beside this one never reads half a file.
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, png);
  await rename(tmp, file);
  return { file, drawn: true, missing };
}

/** The card's PNG, from the cache when the same card was drawn before. */
export async function cardPng(card: CardData): Promise<Buffer> {
  const { file, missing } = await cachedCard(card);
  if (missing.length > 0) console.warn(`[shishin] ${missingGlyphsWarning(card, missing)}`);
  return readFile(file);
}
