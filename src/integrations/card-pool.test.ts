import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardData } from '../lib/og-card';
import { CardPool } from './card-pool';

const card = (title: string): CardData => ({
  lang: 'ja',
  site: 'Shishin 指針',
  eyebrow: '入社エントリ',
  title,
  titlePhrases: [title],
  byline: '田中 葵',
  chips: ['使われないものを作らない'],
});

/**
 * A stand-in for `card-worker.ts` that draws nothing: it answers each card after 20 ms with what
 * it saw in `file` (its pid, how many cards it held unanswered, when the card reached it), and exits
 * with code 3 on a card titled "crash". A batch's cards are answered at once.
 */
const FAKE = `
import { readFileSync } from 'node:fs';
let held = 0;
const answer = (id, seen) =>
  process.send({ id, file: JSON.stringify({ pid: process.pid, ...seen }), drawn: true, missing: [] });
process.on('message', (request) => {
  const at = Date.now();
  if (request.batch) {
    const cards = JSON.parse(readFileSync(request.batch, 'utf8'));
    if (cards.some((card) => card.title === 'crash')) process.exit(3);
    cards.forEach((card, i) => answer(request.id + i, { held, at, title: card.title }));
    return;
  }
  if (request.card.title === 'crash') process.exit(3);
  held++;
  const seen = { held, at, title: request.card.title };
  setTimeout(() => {
    held--;
    answer(request.id, seen);
  }, 20);
});
process.on('disconnect', () => process.exit(0));
`;

let dir: string;
let fake: URL;
const cacheBefore = process.env.SHISHIN_OG_CACHE;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'shishin-card-pool-'));
  fake = pathToFileURL(path.join(dir, 'fake-card-worker.mjs'));
  writeFileSync(fake, FAKE);
  process.env.SHISHIN_OG_CACHE = path.join(dir, 'cache');
});

afterAll(() => {
  if (cacheBefore === undefined) delete process.env.SHISHIN_OG_CACHE;
  else process.env.SHISHIN_OG_CACHE = cacheBefore;
  rmSync(dir, { recursive: true, force: true });
});

const seen = (file: string) => JSON.parse(file) as { pid: number; held: number; at: number; title: string };

describe('CardPool', () => {
  it('draws a card once however often it is asked for', async () => {
    const pool = new CardPool({ script: fake, processes: 1 });
    const [a1, b, a2] = await Promise.all([pool.draw(card('A')), pool.draw(card('B')), pool.draw(card('A'))]);
    await pool.close();
    expect(a2).toBe(a1);
    expect(b.file).not.toBe(a1.file);
    expect(pool.size).toBe(2);
  });

  it('hands a process several cards before it answers, never more than `inFlight`', async () => {
    const pool = new CardPool({ script: fake, processes: 1, inFlight: 4 });
    const drawn = await Promise.all(Array.from({ length: 12 }, (_, i) => pool.draw(card(`card ${i}`))));
    await pool.close();
    expect(Math.max(...drawn.map((d) => seen(d.file).held))).toBe(4);
  });

  it('draws in processes of its own, as many as asked for, and ends them on close', async () => {
    const pool = new CardPool({ script: fake, processes: 2, inFlight: 2 });
    const drawn = await Promise.all(Array.from({ length: 8 }, (_, i) => pool.draw(card(`card ${i}`))));
    await pool.close();
    const pids = new Set(drawn.map((d) => seen(d.file).pid));
    expect(pids.size).toBe(2);
    expect(pids.has(process.pid)).toBe(false);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  });

  it('answers every card with an error when its process dies, instead of waiting forever', async () => {
    const pool = new CardPool({ script: fake, processes: 1, inFlight: 1 });
    const drawn = await Promise.all([pool.draw(card('crash')), pool.draw(card('after'))]);
    await pool.close();
    for (const d of drawn) expect(d.error).toMatch(/drawing process stopped \(exit code 3\)/);
  });

  it('hands a batch to its processes whole, so that they draw while this thread is busy', async () => {
    const pool = new CardPool({ script: fake, processes: 2 });
    // More cards than the channel to a process holds: sent one by one, most would wait for this
    // thread's event loop to turn.
    const cards = Array.from({ length: 3000 }, (_, i) => card(`batch ${i}`));
    pool.drawAll(cards);
    // Astro's thread, bundling, does not let the event loop turn for seconds at a time.
    const busyUntil = Date.now() + 1500;
    while (Date.now() < busyUntil);
    const drawn = await Promise.all(cards.map((c) => pool.draw(c)));
    await pool.close();
    expect(drawn.map((d) => seen(d.file).title)).toEqual(cards.map((c) => c.title));
    expect(drawn.filter((d) => seen(d.file).at >= busyUntil)).toEqual([]);
    expect(new Set(drawn.map((d) => seen(d.file).pid)).size).toBe(2);
    expect(pool.size).toBe(3000);
  });

  it('does not draw again in a batch a card asked for before', async () => {
    const pool = new CardPool({ script: fake, processes: 1 });
    const first = pool.draw(card('A'));
    pool.drawAll([card('A'), card('B'), card('B')]);
    expect(pool.draw(card('A'))).toBe(first);
    await Promise.all([first, pool.draw(card('B'))]);
    await pool.close();
    expect(pool.size).toBe(2);
  });

  it('answers every card of a batch with an error when its process dies', async () => {
    const pool = new CardPool({ script: fake, processes: 1 });
    pool.drawAll([card('before'), card('crash'), card('after')]);
    const drawn = await Promise.all(['before', 'crash', 'after'].map((t) => pool.draw(card(t))));
    await pool.close();
    for (const d of drawn) expect(d.error).toMatch(/drawing process stopped \(exit code 3\)/);
  });

  it('draws a real card into the cache with card-worker.ts', async () => {
    const pool = new CardPool({ processes: 1 });
    const drawn = await pool.draw(card('使われないものを作らない'));
    await pool.close();
    expect(drawn).toMatchObject({ drawn: true, missing: [] });
    expect(drawn.file.startsWith(process.env.SHISHIN_OG_CACHE!)).toBe(true);
    // A PNG, 1200×630.
    const png = readFileSync(drawn.file);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('draws a real batch with card-worker.ts and leaves no batch file behind', async () => {
    const batches = () => readdirSync(os.tmpdir()).filter((f) => f.startsWith('shishin-cards-'));
    const before = batches();
    const pool = new CardPool({ processes: 1 });
    const cards = [card('仮説検証は速く、正確に'), card('Write it down')];
    pool.drawAll(cards);
    const drawn = await Promise.all(cards.map((c) => pool.draw(c)));
    await pool.close();
    for (const d of drawn) expect(readFileSync(d.file).subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(batches()).toEqual(before);
  });
});
