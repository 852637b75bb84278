import type { Manifest } from '../lib/inventory';
import type { CardData } from '../lib/og-card';

/**
 * Hands what the site model knows from the pages' build to the integrations that finish the build:
 * what will be published to `src/integrations/inventory.ts`, which checks it against the content
 * files on disk and the pages written once the build is done; the social cards to
 * `src/integrations/social-cards.ts`.
 *
 * Astro renders pages from a bundle of the site's code, so the two sides do not share module
 * instances; they share the process, hence a global, under a registered symbol so that neither
 * can clash with anything else.
 */
const KEY = Symbol.for('shishin.build-report.manifest');

type Holder = { [KEY]?: Manifest };

export function reportManifest(manifest: Manifest): void {
  (globalThis as Holder)[KEY] = manifest;
}

export function takeReportedManifest(): Manifest | undefined {
  const manifest = (globalThis as Holder)[KEY];
  (globalThis as Holder)[KEY] = undefined;
  return manifest;
}

/** One social card to publish: where, drawn from which entry, showing what. */
export interface CardJob {
  /** The card's URL path, e.g. `/og/stories/joining-to-not-build.png`. */
  url: string;
  /** The content file the card shows (for messages), or `site` for the site's own card. */
  source: string;
  card: CardData;
}

const CARDS = Symbol.for('shishin.build-report.cards');

type CardHolder = { [CARDS]?: (jobs: CardJob[]) => void };

/**
 * Hands every social card of the site to `src/integrations/social-cards.ts`, which starts drawing
 * them in worker threads at once, while Astro renders the pages. Without a receiver (`astro dev`,
 * tests) this does nothing: the card routes draw on request there.
 */
export function reportCards(jobs: CardJob[]): void {
  (globalThis as CardHolder)[CARDS]?.(jobs);
}

/** The integration's side of `reportCards`; `undefined` stops receiving. */
export function receiveCards(receiver: ((jobs: CardJob[]) => void) | undefined): void {
  (globalThis as CardHolder)[CARDS] = receiver;
}
