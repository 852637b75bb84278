import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { receiveCards, type CardJob } from '../data/build-report.ts';
import { cardFile, missingGlyphsWarning } from '../data/og-draw.ts';
import type { CardData } from '../lib/og-card.ts';
import type { CardReply, CardRequest } from './card-worker.ts';
import { placeFile } from './place-files.ts';

/**
 * Social cards in a build: every card is drawn in worker threads while Astro bundles and renders the
 * pages and Pagefind indexes them, instead of one after another on Astro's thread as card routes
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
      'astro:build:start': () => {
        started = performance.now();
        pool = new CardPool();
        receiveCards((jobs, publish) => {
          for (const job of jobs) void pool!.draw(job.card);
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
              `${unused} drawn early were not published) by ${WORKERS} worker thread(s) beside the build, ` +
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

interface Drawn {
  file: string;
  drawn: boolean;
  missing: string[];
  error?: string;
}

/**
 * Threads that draw: one per core but the one Astro works on. Pagefind runs in a process of its own
 * at the end. Each thread has its own canvas; Skia holds the fonts once for the whole process.
 */
const WORKERS = Math.max(1, os.availableParallelism() - 1);

/** Worker threads drawing cards from one queue, each one card at a time; a card is drawn once. */
class CardPool {
  private readonly byFile = new Map<string, Promise<Drawn>>();
  private readonly queue: { card: CardData; done: (d: Drawn) => void }[] = [];
  private readonly threads: Promise<void>[] = [];
  private closing = false;
  private wake: (() => void)[] = [];
  private nextId = 0;

  /** The card's drawing; never rejects: a failure is in `error`. */
  draw(card: CardData): Promise<Drawn> {
    const file = cardFile(card);
    let drawing = this.byFile.get(file);
    if (!drawing) {
      drawing = new Promise<Drawn>((done) => this.queue.push({ card, done }));
      this.byFile.set(file, drawing);
      if (this.threads.length < WORKERS) this.threads.push(this.thread());
      this.wake.shift()?.();
    }
    return drawing;
  }

  /** How many different cards were asked for. */
  get size(): number {
    return this.byFile.size;
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const wake of this.wake.splice(0)) wake();
    await Promise.all(this.threads);
  }

  private async thread(): Promise<void> {
    const worker = new Worker(new URL('./card-worker.ts', import.meta.url));
    const pending = new Map<number, (reply: CardReply) => void>();
    const crashed = new Promise<CardReply>((resolve) =>
      worker.once('error', (error) => resolve({ id: -1, error: String(error) })),
    );
    worker.on('message', (reply: CardReply) => pending.get(reply.id)?.(reply));
    try {
      for (;;) {
        const next = this.queue.shift();
        if (!next) {
          if (this.closing) return;
          await new Promise<void>((resolve) => this.wake.push(resolve));
          continue;
        }
        const id = this.nextId++;
        const reply = await Promise.race([
          new Promise<CardReply>((resolve) => {
            pending.set(id, resolve);
            worker.postMessage({ id, card: next.card } satisfies CardRequest);
          }),
          crashed,
        ]);
        pending.delete(id);
        next.done(
          'error' in reply
            ? { file: '', drawn: false, missing: [], error: reply.error }
            : { file: reply.file, drawn: reply.drawn, missing: reply.missing },
        );
      }
    } finally {
      await worker.terminate();
    }
  }
}
