import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { cardFile } from '../data/og-draw.ts';
import type { CardData } from '../lib/og-card.ts';
import type { CardReply, CardRequest } from './card-worker.ts';

export interface Drawn {
  /** The card's PNG in the cache; empty when it could not be drawn. */
  file: string;
  /** Drawn now, not found in the cache. */
  drawn: boolean;
  /** Characters the font has no glyph for, left out of the card. */
  missing: string[];
  error?: string;
}

export interface CardPoolOptions {
  /** The script each process runs (`card-worker.ts`; tests give a stand-in). */
  script?: URL;
  /** How many processes draw; by default one per core but the one Astro works on. */
  processes?: number;
  /** How many cards a process is handed before it has answered for the first (see `IN_FLIGHT`). */
  inFlight?: number;
}

/**
 * Cards handed to a process before it has answered for the first. A card is some ten milliseconds
 * of drawing, so this is a few hundred milliseconds of work it goes on with while Astro's thread,
 * which hands the cards out, is busy bundling. With one card at a time the drawing sat idle through
 * most of the bundling and ran beside the rendering instead, slowing it. Kept small so that, with
 * several processes, none is left with a long queue while the others have nothing to do.
 */
const IN_FLIGHT = 32;

/**
 * Child processes drawing social cards (`card-worker.ts`) from one queue, a few at a time each; a
 * card is drawn once however often it is asked for. `draw` never rejects: a failure, a process that
 * dies included, is in the result's `error`.
 *
 * Processes, not worker threads: Skia, its fonts and a 3 MB buffer of pixels a card then live outside
 * the build's own process, which is the largest of the build (about 130 MB less at 1,000 stories, its
 * peak now about the bare Astro blog's; README, Performance), and a crash in the native code costs the
 * cards, not the build.
 */
export class CardPool {
  readonly processes: number;
  private readonly inFlight: number;
  private readonly script: URL;
  private readonly byFile = new Map<string, Promise<Drawn>>();
  private readonly queue: { card: CardData; done: (d: Drawn) => void }[] = [];
  private readonly running: Promise<void>[] = [];
  private closing = false;
  private wake: (() => void)[] = [];
  private nextId = 0;

  constructor(options: CardPoolOptions = {}) {
    this.script = options.script ?? new URL('./card-worker.ts', import.meta.url);
    this.processes = options.processes ?? Math.max(1, os.availableParallelism() - 1);
    this.inFlight = options.inFlight ?? IN_FLIGHT;
  }

  /** The card's drawing, started unless the same card was asked for before. */
  draw(card: CardData): Promise<Drawn> {
    const file = cardFile(card);
    let drawing = this.byFile.get(file);
    if (!drawing) {
      drawing = new Promise<Drawn>((done) => this.queue.push({ card, done }));
      this.byFile.set(file, drawing);
      if (this.running.length < this.processes) this.running.push(this.run());
      this.wake.shift()?.();
    }
    return drawing;
  }

  /** How many different cards were asked for. */
  get size(): number {
    return this.byFile.size;
  }

  /** Draws what is queued, then ends the processes. */
  async close(): Promise<void> {
    this.closing = true;
    for (const wake of this.wake.splice(0)) wake();
    await Promise.all(this.running);
  }

  /** One process and its `inFlight` lanes, each taking the next card from the queue. */
  private async run(): Promise<void> {
    const child = fork(this.script, {
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const pending = new Map<number, (reply: CardReply) => void>();
    const died = new Promise<CardReply>((resolve) => {
      const dead = (why: string) => resolve({ id: -1, error: `the drawing process ${why}` });
      child.once('error', (error) => dead(`failed: ${String(error)}`));
      child.once('exit', (code, signal) =>
        dead(`stopped (${signal ?? `exit code ${code}`}); what it printed before stopping is above in the log`),
      );
    });
    child.on('message', (reply: CardReply) => pending.get(reply.id)?.(reply));
    const lane = async (): Promise<void> => {
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
            send(child, { id, card: next.card });
          }),
          died,
        ]);
        pending.delete(id);
        next.done(
          'error' in reply
            ? { file: '', drawn: false, missing: [], error: reply.error }
            : { file: reply.file, drawn: reply.drawn, missing: reply.missing },
        );
      }
    };
    try {
      await Promise.all(Array.from({ length: this.inFlight }, lane));
    } finally {
      // Nothing more to send: the process exits when its channel closes (`card-worker.ts`).
      if (child.connected) child.disconnect();
      await died;
    }
  }
}

/** A process that has died cannot be sent to; its lanes learn that from `died`. */
function send(child: ChildProcess, request: CardRequest): void {
  // With a callback, a failed send is passed to it instead of being thrown as an 'error' event.
  if (child.connected) child.send(request, () => undefined);
}
