/**
 * A process of `card-pool.ts`: draws the cards it is sent into the cache, and answers for each.
 * Node runs this file directly (type stripping), so its imports name their `.ts` files.
 */
import { cachedCard } from '../data/og-draw.ts';
import type { CardData } from '../lib/og-card.ts';

export interface CardRequest {
  id: number;
  card: CardData;
}

export type CardReply = { id: number; file: string; drawn: boolean; missing: string[] } | { id: number; error: string };

const reply = (message: CardReply) => process.send!(message);

process.on('message', (request: CardRequest) => {
  cachedCard(request.card).then(
    (done) => reply({ id: request.id, ...done }),
    (error: unknown) =>
      reply({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
// The build is over, or has failed: nothing more will come.
process.on('disconnect', () => process.exit(0));
