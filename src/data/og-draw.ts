import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { layoutCard, type CardFont, type CardLayout } from '../lib/card-layout.ts';
import { fontCoverage, missingCharacters, type Coverage } from '../lib/font-cmap.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardHash, cardText, withoutCharacters, type CardData } from '../lib/og-card.ts';
import { encodePng, pngRowsSize } from '../lib/png.ts';

/**
 * Draws social cards with Skia (`@napi-rs/canvas`) in Noto Sans JP (TTF from the
 * `@expo-google-fonts/noto-sans-jp` npm package): `card-layout.ts` says where everything goes, this
 * module only paints it and writes the PNG. A card costs about a quarter to a third of what satori and resvg
 * took (README, Performance), and still some milliseconds, so each PNG is cached by the hash of what
 * it shows in `node_modules/.cache/shishin-og/`, and an unchanged entry is never drawn again.
 *
 * Used by the build's drawing processes (`src/integrations/card-worker.ts`, run by Node directly:
 * hence the `.ts` in the imports) and by the dev server's card routes.
 */
const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-jp';
/** The name the card's fonts are registered under with Skia, and asked for by. */
const FAMILY = 'Shishin Card Noto Sans JP';

/** Read at each call, so that a test can point it at a directory of its own. */
const cacheDir = () => path.resolve(process.env.SHISHIN_OG_CACHE ?? 'node_modules/.cache/shishin-og');

interface Painter {
  ctx: SKRSContext2D;
  pixels: () => Uint8Array;
  /** Reused by `encodePng`, card after card. */
  rows: Buffer;
  covers: Coverage;
}

let painter: Promise<Painter> | undefined;

/**
 * Registers the two weights and makes the canvas, once per thread and only when some card has to be
 * drawn; every card of the thread is painted over the same canvas (each card paints it all, from
 * the background up).
 */
function getPainter(): Promise<Painter> {
  return (painter ??= makePainter());
}

async function makePainter(): Promise<Painter> {
  const file = (weight: string) => require.resolve(`${FONT_PACKAGE}/${weight}/NotoSansJP_${weight}.ttf`);
  const [regular, bold] = [file('400Regular'), file('700Bold')];
  // Skia's fonts are the process's: registered once, whoever asks first.
  if (!GlobalFonts.has(FAMILY)) {
    for (const font of [regular, bold]) {
      if (!GlobalFonts.registerFromPath(font, FAMILY)) throw new Error(`Social cards: Skia could not load ${font}`);
    }
  }
  // Both weights have the same characters: the regular one says which.
  const covers = fontCoverage(await readFile(regular));
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  return {
    ctx: canvas.getContext('2d'),
    pixels: () => canvas.data(),
    rows: Buffer.allocUnsafe(pngRowsSize(CARD_WIDTH, CARD_HEIGHT)),
    covers,
  };
}

const fontOf = (font: CardFont) => `${font.weight} ${font.size}px "${FAMILY}"`;

function paint(ctx: SKRSContext2D, layout: CardLayout): void {
  for (const shape of layout.shapes) {
    if (shape.type === 'text') {
      ctx.font = fontOf(shape.font);
      ctx.fillStyle = shape.fill;
      ctx.fillText(shape.text, shape.x, shape.baseline);
      continue;
    }
    ctx.beginPath();
    ctx.roundRect(shape.x, shape.y, shape.width, shape.height, shape.radius);
    if (shape.type === 'rect') {
      ctx.fillStyle = shape.fill;
      ctx.fill();
    } else {
      ctx.strokeStyle = shape.stroke;
      ctx.lineWidth = shape.lineWidth;
      ctx.stroke();
    }
  }
}

const fontVersion: string = (require(`${FONT_PACKAGE}/package.json`) as { version: string }).version;

export interface DrawnCard {
  png: Buffer;
  /** Characters Noto Sans JP has no glyph for (emoji, other scripts): left out of the card. */
  missing: string[];
}

export async function drawCard(card: CardData): Promise<DrawnCard> {
  const { ctx, pixels, rows, covers } = await getPainter();
  const missing = missingCharacters(cardText(card), covers);
  // Skia would draw them from some font of the machine's: leave them out, and say so.
  const shown = withoutCharacters(card, missing);
  ctx.lang = shown.lang;
  paint(
    ctx,
    layoutCard(shown, (text, font) => {
      ctx.font = fontOf(font);
      return ctx.measureText(text).width;
    }),
  );
  // The card's background is opaque, so Skia's premultiplied pixels are the plain ones.
  return { png: encodePng(pixels(), CARD_WIDTH, CARD_HEIGHT, { rows }), missing };
}

/** Where the card's PNG is cached. */
export const cardFile = (card: CardData) => path.join(cacheDir(), `${cardHash(card, fontVersion)}.png`);

export function missingGlyphsWarning(card: CardData, missing: readonly string[]): string {
  return `social card "${card.title}": Noto Sans JP has no glyph for ${missing.map((m) => JSON.stringify(m)).join(', ')}; they are left out.`;
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
