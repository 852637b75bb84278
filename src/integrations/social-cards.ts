import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { receiveCards, type CardJob } from '../data/build-report.ts';
import { missingGlyphsWarning } from '../data/og-draw.ts';
import { CardPool } from './card-pool.ts';
import { placeFile } from './place-files.ts';

/**
 * Social cards in a build: every card is drawn in processes of their own (`card-pool.ts`) while Astro
 * syncs, bundles and renders the pages, instead of one after another on Astro's thread as card routes
 * would be (Skia takes over ten milliseconds of CPU a card: ten seconds and more per thousand stories).
 *
 * Cards arrive twice (`reportCards`): from the content check, as soon as the content has passed it
 * (src/integrations/content-check.ts), and from the site model once Astro renders, which is the list
 * that gets published. A card is drawn once however often it is asked for; the drawings go to the
 * cache (src/data/og-draw.ts), and when the build is done the published ones are linked (or copied) into
 * `dist/` at their URLs. In `astro dev` the card routes draw on request instead.
 */
export function socialCards(): AstroIntegration {
  let pool: CardPool | undefined;
  let published: CardJob[] | undefined;
  let started = 0;
  return {
    name: 'shishin:social-cards',
    hooks: {
      // From the start of `astro build`, before Astro syncs the content: the content check has
      // handed over its cards by now (its integration comes first), so drawing begins at once.
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        started = performance.now();
        pool = new CardPool();
        receiveCards((jobs, publish) => {
          pool!.drawAll(jobs.map((job) => job.card));
          if (publish) published = jobs;
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        receiveCards(undefined);
        if (!pool) return;
        try {
          if (!published) throw new Error('Social cards: the site model listed no cards. Did any page call getSite()?');
          const waitFrom = performance.now();
          const drawn = await Promise.all(published.map(async (job) => ({ job, ...(await pool!.draw(job.card)) })));
          const finished = performance.now();
          const failed = drawn.filter((d) => d.error !== undefined);
          if (failed.length > 0) {
            throw cardFailureError(failed.map((d) => ({ ...d.job, error: d.error! })));
          }
          const out = fileURLToPath(dir);
          await Promise.all(
            drawn.map(async ({ job, file }) => {
              const target = path.join(out, job.url);
              await mkdir(path.dirname(target), { recursive: true });
              await placeFile(file, target);
            }),
          );
          for (const { job, missing } of drawn) {
            if (missing.length > 0) logger.warn(`${job.source}: ${missingGlyphsWarning(job.card, missing)}`);
          }
          const fresh = drawn.filter((d) => d.drawn).length;
          // Cards of the early list that the site model did not publish: a wrong guess costs only time.
          const unused = pool.size - new Set(drawn.map((d) => d.file)).size;
          // What the cards cost the build is the time it waited for them: the benchmark reads that
          // ("took …") as their phase.
          logger.info(
            `${drawn.length} social cards (${fresh} drawn, ${drawn.length - fresh} from the cache; ` +
              `${unused} drawn early were not published) by ${pool.processes} process(es) beside the build, ` +
              `${Math.round((finished - started) / 1000)} s from its start; waiting for the last of them took ` +
              `${Math.round(finished - waitFrom)} ms`,
          );
        } finally {
          await pool.close();
          pool = undefined;
          published = undefined;
        }
      },
    },
  };
}

/**
 * What an author can do when cards fail: the content is not at fault (a card only shows an entry's
 * title, byline and principles, and missing glyphs are warnings), the drawing packages are.
 */
const CARD_FAILURE_HINT =
  'This is not a problem in your content: the cards are drawn with @napi-rs/canvas and the ' +
  '@expo-google-fonts/noto-sans-jp font from npm. Run `npm ci` to reinstall them, then build again; ' +
  'the errors above say where drawing failed.';

/** The build's error when cards could not be drawn: what failed, then what to do about it. */
export function cardFailureError(failed: readonly { source: string; url: string; error: string }[]): Error {
  return new Error(`${cardFailures(failed)}\n\n${CARD_FAILURE_HINT}`);
}

/** Cards listed under each distinct error; beyond this many, only counted. */
const LISTED = 5;

/**
 * The error of a build whose cards could not all be drawn, one paragraph per distinct error: when the
 * font cannot be read or the drawing process dies, every card fails with the same message, which is
 * said once, with the first few cards it hit and how many more.
 */
export function cardFailures(failed: readonly { source: string; url: string; error: string }[]): string {
  const byError = Map.groupBy(failed, (f) => f.error);
  const paragraphs = [...byError].map(([error, cards]) => {
    const listed = cards.slice(0, LISTED).map((c) => `  ${c.source} (${c.url})`);
    if (cards.length > LISTED) listed.push(`  and ${cards.length - LISTED} more`);
    return `${error}\n${listed.join('\n')}`;
  });
  return `Social cards: ${failed.length} could not be drawn.\n\n${paragraphs.join('\n\n')}`;
}
