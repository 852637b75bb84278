import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { siteConfig } from '../config';
import type { Lang } from '../lib/i18n';
import { authorName } from '../lib/names';
import { CARD_HEIGHT, CARD_WIDTH, cardHash, cardTree, type CardData } from '../lib/og-card';
import { phrases } from '../lib/phrases';
import type { Principle, Story } from '../lib/site-model';
import { kindName, t } from '../lib/ui';

/**
 * Draws social cards at build time: satori lays the card out to SVG with Noto Sans JP (TTF from the
 * `@expo-google-fonts/noto-sans-jp` npm package; satori cannot read WOFF2), resvg rasterises it to
 * PNG. Drawing costs tens of milliseconds a card, so each PNG is cached by the hash of what it shows
 * in `node_modules/.cache/shishin-og/`, and an unchanged entry is never drawn again.
 */
const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-jp';
const CACHE_DIR = path.resolve(process.env.SHISHIN_OG_CACHE ?? 'node_modules/.cache/shishin-og');

let fonts: Promise<SatoriOptions['fonts']> | undefined;

/** Reads the two weights once per build, and only when some card has to be drawn. */
function loadFonts(): Promise<SatoriOptions['fonts']> {
  const file = (weight: string) => require.resolve(`${FONT_PACKAGE}/${weight}/NotoSansJP_${weight}.ttf`);
  return (fonts ??= Promise.all([readFile(file('400Regular')), readFile(file('700Bold'))]).then(([regular, bold]) => [
    { name: 'Noto Sans JP', data: regular, weight: 400, style: 'normal' },
    { name: 'Noto Sans JP', data: bold, weight: 700, style: 'normal' },
  ]));
}

const fontVersion: string = (require(`${FONT_PACKAGE}/package.json`) as { version: string }).version;

export async function drawCard(card: CardData): Promise<Buffer> {
  const missing = new Set<string>();
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
    // Satori asks for more fonts only for characters the loaded ones lack (emoji, other scripts):
    // say so, rather than ship a card with blank boxes.
    loadAdditionalAsset: async (_code, segment) => {
      missing.add(segment);
      return [];
    },
  });
  if (missing.size > 0) {
    console.warn(
      `[shishin] social card "${card.title}": Noto Sans JP has no glyph for ${[...missing].map((m) => JSON.stringify(m)).join(', ')}; they are left blank.`,
    );
  }
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    // The SVG holds text as paths already; scanning the system's fonts would double the cost of a card.
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
}

/** The card's PNG, from the cache when the same card was drawn before. */
export async function cardPng(card: CardData): Promise<Buffer> {
  const file = path.join(CACHE_DIR, `${cardHash(card, fontVersion)}.png`);
  try {
    return await readFile(file);
  } catch {
    // Not drawn yet.
  }
  const png = await drawCard(card);
  await mkdir(CACHE_DIR, { recursive: true });
  // Write then rename, so that a build running beside this one never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, png);
  await rename(tmp, file);
  return png;
}

export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}

/** What the card of each kind of page shows. */
export const cards = {
  story(lang: Lang, story: Story): CardData {
    return {
      lang,
      site: siteConfig.title[lang],
      eyebrow: kindName(lang, story.data.kind),
      title: story.data.title,
      titlePhrases: phrases(story.data.title, lang),
      byline: story.authors.map((a) => authorName(a.data, lang)).join(lang === 'ja' ? '、' : ', '),
      chips: story.principles.map((p) => p.data.title),
    };
  },
  principle(lang: Lang, principle: Principle): CardData {
    return {
      lang,
      site: siteConfig.title[lang],
      eyebrow: t(lang, 'nav.principles'),
      title: principle.data.title,
      titlePhrases: phrases(principle.data.title, lang),
      byline: principle.data.summary,
      chips: [],
    };
  },
  site(lang: Lang): CardData {
    const tagline = t(lang, 'site.tagline');
    return {
      lang,
      site: siteConfig.title[lang],
      eyebrow: t(lang, 'nav.principles'),
      title: tagline,
      titlePhrases: phrases(tagline, lang),
      byline: siteConfig.description[lang],
      chips: [],
    };
  },
};
