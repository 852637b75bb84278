/**
 * A process of `card-pool.ts`: draws the cards it is sent into the cache, and answers for each.
 * Node runs this file directly (type stripping), so its imports name their `.ts` files.
 */
import { readFileSync, rmSync } from 'node:fs';
import { cachedCard } from '../data/og-draw.ts';
import type { CardData } from '../lib/og-card.ts';
import { runInBackground } from './priority.ts';

/**
 * One card, or a batch: a JSON file of cards, answered as `id`, `id + 1`… in the file's order. A
 * batch is read from disk rather than sent, so that it arrives whole however busy the build is.
 */
export type CardRequest = { id: number; card: CardData } | { id: number; batch: string; count: number };

export type CardReply = { id: number; file: string; drawn: boolean; missing: string[] } | { id: number; error: string };

// Drawing goes on beside the whole build (`CardPool.drawAll`): below the build's threads, so that
// it takes the CPU they leave instead of delaying Astro's thread and the threads it waits for.
runInBackground();

const reply = (message: CardReply) => process.send!(message);

const draw = (id: number, card: CardData) =>
  cachedCard(card).then(
    (done) => reply({ id, ...done }),
    (error: unknown) => reply({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );

/**
 * A batch's cards one after another: the native libraries free a card's pixels only once the event
 * loop turns, so drawing them all at once would hold megabytes a card.
 */
async function drawBatch(first: number, file: string): Promise<void> {
  let cards: CardData[];
  try {
    cards = JSON.parse(readFileSync(file, 'utf8')) as CardData[];
  } finally {
    rmSync(file, { force: true });
  }
  for (const [i, card] of cards.entries()) await draw(first + i, card);
}

process.on('message', (request: CardRequest) => {
  if (!('batch' in request)) return void draw(request.id, request.card);
  drawBatch(request.id, request.batch).catch((error: unknown) => {
    // Every card of the batch is answered, so that the build does not wait for any of them.
    for (let i = 0; i < request.count; i++)
      reply({ id: request.id + i, error: `the batch of cards could not be read: ${String(error)}` });
  });
});
// The build is over, or has failed: nothing more will come.
process.on('disconnect', () => process.exit(0));
