import { copyFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { receiveCards, type CardJob } from '../data/build-report.ts';
import { missingGlyphsWarning } from '../data/og-draw.ts';
import type { CardReply, CardRequest } from './card-worker.ts';

/**
 * Social cards in a build: every card is drawn in worker threads while Astro renders the pages and
 * Pagefind indexes them, instead of one after another on Astro's thread as card routes would be
 * (satori and resvg take tens of milliseconds a card: a minute per thousand stories). The site model
 * hands over the list of cards as soon as it is built (`reportCards` in `src/data/site.ts`); the
 * drawings go to the cache (`src/data/og-draw.ts`), and when the build is done they are copied into
 * `dist/` at their URLs. In `astro dev` the card routes draw on request instead.
 */
export function socialCards(): AstroIntegration {
  let drawing: Promise<DrawnJob[]> | undefined;
  let started = 0;
  return {
    name: 'shishin:social-cards',
    hooks: {
      'astro:build:start': () => {
        started = performance.now();
        receiveCards((jobs) => {
          drawing ??= drawAll(jobs);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        receiveCards(undefined);
        if (!drawing) throw new Error('Social cards: the site model listed no cards. Did any page call getSite()?');
        const waitFrom = performance.now();
        const drawn = await drawing;
        const finished = performance.now();
        const failed = drawn.filter((d) => d.error !== undefined);
        if (failed.length > 0) {
          throw new Error(
            `Social cards: ${failed.length} could not be drawn:\n` +
              failed.map((d) => `  ${d.job.source} (${d.job.url}): ${d.error}`).join('\n'),
          );
        }
        const out = fileURLToPath(dir);
        await Promise.all(
          drawn.map(async ({ job, file }) => {
            const target = path.join(out, job.url);
            await mkdir(path.dirname(target), { recursive: true });
            await copyFile(file!, target);
          }),
        );
        for (const { job, missing } of drawn) {
          if (missing.length > 0) logger.warn(`${job.source}: ${missingGlyphsWarning(job.card, missing)}`);
        }
        const fresh = drawn.filter((d) => d.drawn).length;
        // The time the build waited is what cards cost it; the benchmark reads it as their phase.
        logger.info(
          `${drawn.length} social cards (${fresh} drawn, ${drawn.length - fresh} from the cache) by ${WORKERS} ` +
            `worker thread(s) beside the pages, ${Math.round((finished - started) / 1000)} s from the build's start; ` +
            `waiting for the last of them took ${Math.round(finished - waitFrom)} ms`,
        );
      },
    },
  };
}

interface DrawnJob {
  job: CardJob;
  file?: string;
  drawn: boolean;
  missing: string[];
  error?: string;
}

/**
 * Threads that draw: one per core but the one Astro renders pages on. Pagefind runs in a
 * process of its own later. Each thread holds its own copy of the fonts (about 130 MB).
 */
const WORKERS = Math.max(1, os.availableParallelism() - 1);

/** Draws every job, a few threads at a time, each thread one card at a time. Never rejects. */
async function drawAll(jobs: readonly CardJob[]): Promise<DrawnJob[]> {
  const results: DrawnJob[] = new Array(jobs.length);
  let next = 0;
  const thread = async () => {
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url));
    const pending = new Map<number, (reply: CardReply) => void>();
    const crashed = new Promise<CardReply>((resolve) =>
      worker.once('error', (error) => resolve({ id: -1, error: String(error) })),
    );
    worker.on('message', (reply: CardReply) => pending.get(reply.id)?.(reply));
    try {
      for (let id = next++; id < jobs.length; id = next++) {
        const job = jobs[id]!;
        const reply = await Promise.race([
          new Promise<CardReply>((resolve) => {
            pending.set(id, resolve);
            worker.postMessage({ id, card: job.card } satisfies CardRequest);
          }),
          crashed,
        ]);
        pending.delete(id);
        results[id] =
          'error' in reply
            ? { job, drawn: false, missing: [], error: reply.error }
            : { job, file: reply.file, drawn: reply.drawn, missing: reply.missing };
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(WORKERS, jobs.length) }, thread));
  return results;
}
