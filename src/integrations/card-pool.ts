import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
 * Cards asked for one by one (`draw`) handed to a process before it has answered for the first: a
 * card is some ten milliseconds of drawing, so this is a few hundred milliseconds of work it goes on
 * with while Astro's thread, which hands the cards out, is busy. Kept small so that, with several
 * processes, none is left with a long queue while the others have nothing to do. A build sends all
 * its cards as batches (`drawAll`, from `social-cards.ts`), so its `draw` calls find them already
 * started; this path draws only cards that no batch held.
 */
const IN_FLIGHT = 32;

/**
 * Child processes drawing social cards (`card-worker.ts`): from one queue, a few at a time each, or
 * a share of a batch each; a card is drawn once however often it is asked for. `draw` never rejects:
 * a failure, a process that dies included, is in the result's `error`.
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
  private readonly drawers: Drawer[] = [];
  private readonly lanes: Promise<void>[] = [];
  private closing = false;
  private wake: (() => void)[] = [];
  private nextId = 0;
  private batchDir: string | undefined;

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
      if (this.drawers.length < this.processes) this.lanes.push(this.runLanes(this.start()));
      this.wake.shift()?.();
    }
    return drawing;
  }

  /**
   * Starts drawing many cards at once, shared out between the processes, each share as one batch
   * that the process reads from a file and draws on its own (`card-worker.ts`). Cards sent one by
   * one wait in this process until its event loop turns, which Astro's bundling does not let it do
   * for tens of seconds: at 5,000 stories the drawing process received 927 cards, drew them, and
   * then sat idle through most of the bundling. Cards asked for before are not drawn again.
   */
  drawAll(cards: readonly CardData[]): void {
    const fresh = new Map<string, CardData>();
    for (const card of cards) {
      const file = cardFile(card);
      if (!this.byFile.has(file)) fresh.set(file, card);
    }
    if (fresh.size === 0) return;
    const batch = [...fresh];
    while (this.drawers.length < Math.min(this.processes, batch.length)) this.lanes.push(this.runLanes(this.start()));
    const share = Math.ceil(batch.length / this.drawers.length);
    this.batchDir ??= mkdtempSync(path.join(os.tmpdir(), 'shishin-cards-'));
    this.drawers.forEach((drawer, i) => {
      const part = batch.slice(i * share, (i + 1) * share);
      if (part.length === 0) return;
      const first = this.nextId;
      this.nextId += part.length;
      const file = path.join(this.batchDir!, `${first}.json`);
      writeFileSync(file, JSON.stringify(part.map(([, card]) => card)));
      // Listening for every answer before asking, so that none comes before it is waited for.
      const replies = part.map((_, j) => drawer.reply(first + j));
      drawer.send({ id: first, batch: file, count: part.length });
      part.forEach(([key], j) => this.byFile.set(key, replies[j]!.then(drawn)));
    });
  }

  /** How many different cards were asked for. */
  get size(): number {
    return this.byFile.size;
  }

  /** Draws what is queued, then ends the processes. */
  async close(): Promise<void> {
    this.closing = true;
    for (const wake of this.wake.splice(0)) wake();
    try {
      await Promise.all(this.lanes);
      await Promise.all(this.byFile.values());
      await Promise.all(this.drawers.map((d) => d.end()));
    } finally {
      if (this.batchDir) rmSync(this.batchDir, { recursive: true, force: true });
    }
  }

  private start(): Drawer {
    const drawer = new Drawer(this.script);
    this.drawers.push(drawer);
    return drawer;
  }

  /** A process's `inFlight` lanes, each taking the next card from the queue. */
  private async runLanes(drawer: Drawer): Promise<void> {
    const lane = async (): Promise<void> => {
      for (;;) {
        const next = this.queue.shift();
        if (!next) {
          if (this.closing) return;
          await new Promise<void>((resolve) => this.wake.push(resolve));
          continue;
        }
        const id = this.nextId++;
        const reply = drawer.reply(id);
        drawer.send({ id, card: next.card });
        next.done(drawn(await reply));
      }
    };
    await Promise.all(Array.from({ length: this.inFlight }, lane));
  }
}

const drawn = (reply: CardReply): Drawn =>
  'error' in reply
    ? { file: '', drawn: false, missing: [], error: reply.error }
    : { file: reply.file, drawn: reply.drawn, missing: reply.missing };

/** One drawing process: requests sent to it, and its answers by request id. */
class Drawer {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, (reply: CardReply) => void>();
  /** Settles when the process has ended, with the answer every unanswered request then gets. */
  private readonly died: Promise<CardReply>;

  constructor(script: URL) {
    this.child = fork(script, {
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.died = new Promise<CardReply>((resolve) => {
      const dead = (why: string) => resolve({ id: -1, error: `the drawing process ${why}` });
      this.child.once('error', (error) => dead(`failed: ${String(error)}`));
      this.child.once('exit', (code, signal) =>
        dead(`stopped (${signal ?? `exit code ${code}`}); what it printed before stopping is above in the log`),
      );
    });
    this.child.on('message', (reply: CardReply) => this.pending.get(reply.id)?.(reply));
  }

  /** The answer to request `id`, or an error if the process ends first. */
  async reply(id: number): Promise<CardReply> {
    const answer = new Promise<CardReply>((resolve) => this.pending.set(id, resolve));
    try {
      return await Promise.race([answer, this.died]);
    } finally {
      this.pending.delete(id);
    }
  }

  /** A process that has died cannot be sent to; what was asked of it learns that from `reply`. */
  send(request: CardRequest): void {
    // With a callback, a failed send is passed to it instead of being thrown as an 'error' event.
    if (this.child.connected) this.child.send(request, () => undefined);
  }

  /** Nothing more to send: the process exits when its channel closes (`card-worker.ts`). */
  async end(): Promise<void> {
    if (this.child.connected) this.child.disconnect();
    await this.died;
  }
}
