/**
 * A worker thread of `social-cards.ts`: draws the cards it is sent into the cache, one at a time.
 * Node runs this file directly (type stripping), so its imports name their `.ts` files.
 */
import { parentPort } from 'node:worker_threads';
import { cachedCard } from '../data/og-draw.ts';
import type { CardData } from '../lib/og-card.ts';

export interface CardRequest {
  id: number;
  card: CardData;
}

export type CardReply = { id: number; file: string; drawn: boolean; missing: string[] } | { id: number; error: string };

parentPort!.on('message', (request: CardRequest) => {
  cachedCard(request.card).then(
    (done) => parentPort!.postMessage({ id: request.id, ...done } satisfies CardReply),
    (error: unknown) =>
      parentPort!.postMessage({
        id: request.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies CardReply),
  );
});
