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

/** `publish`: the site model's list, which is what gets published; otherwise an early guess of it. */
export type CardReceiver = (jobs: CardJob[], publish: boolean) => void;

type CardHolder = { [CARDS]?: { receiver?: CardReceiver; waiting: [CardJob[], boolean][] } };

function cardChannel() {
  return ((globalThis as CardHolder)[CARDS] ??= { waiting: [] });
}

/**
 * Hands social cards to `src/integrations/social-cards.ts`, which draws them in other processes while
 * the build goes on: first the cards of the content as the content check read it (before Astro has
 * bundled anything), then the site model's own list, which is what gets published. Cards handed over
 * before the integration listens wait for it.
 */
export function reportCards(jobs: CardJob[], publish: boolean): void {
  const channel = cardChannel();
  if (channel.receiver) channel.receiver(jobs, publish);
  else channel.waiting.push([jobs, publish]);
}

/** The integration's side of `reportCards`; `undefined` stops receiving and forgets what waits. */
export function receiveCards(receiver: CardReceiver | undefined): void {
  const channel = cardChannel();
  channel.receiver = receiver;
  const waiting = channel.waiting.splice(0);
  if (receiver) for (const [jobs, publish] of waiting) receiver(jobs, publish);
}

const PAGES = Symbol.for('shishin.build-report.rendered-pages');

/** Takes a page as it is rendered: its site path and its HTML, exactly as it will be written. */
export type PageReceiver = (pathname: string, html: string) => void;

/** Who takes rendered pages: `take` gets those that `wants` asks for. */
export interface PageReceivers {
  take: PageReceiver;
  wants: (pathname: string) => boolean;
}

type PageHolder = { [PAGES]?: PageReceivers };

/**
 * Hands each page, as Astro renders it, to `src/integrations/pagefind.ts`, which indexes it for search
 * while the next pages render (from `src/integrations/search-index-middleware.ts`). Nothing listens
 * in `astro dev`.
 */
export function reportRenderedPage(pathname: string, html: string): void {
  (globalThis as PageHolder)[PAGES]?.take(pathname, html);
}

/** Whether anyone takes the page at `pathname` (so its HTML is not read twice for no one). */
export function wantsRenderedPage(pathname: string): boolean {
  return (globalThis as PageHolder)[PAGES]?.wants(pathname) ?? false;
}

/**
 * The integration's side of `reportRenderedPage`: `take` gets the pages `wants` asks for; `undefined`
 * stops receiving.
 */
export function receiveRenderedPages(receiver: PageReceivers | undefined): void {
  (globalThis as PageHolder)[PAGES] = receiver;
}
