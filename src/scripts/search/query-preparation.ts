/**
 * Prepares a query (src/lib/search-query.ts) in a worker (./query-worker.ts), so that the search page
 * does not build the Japanese word segmenter on its main thread while it loads. Where the worker
 * cannot start or fails (an old browser, a strict policy), the query is prepared on the page, as
 * before, after giving the browser a turn.
 */
import { prepareQuery, type PreparedQuery } from '../../lib/search-query';
import { yieldToBrowser } from './yield';

export interface QueryRequest {
  id: number;
  raw: string;
}
export interface QueryReply {
  id: number;
  prepared: PreparedQuery;
}

/** The worker; `null` once it could not start or failed, and queries are prepared on the page. */
let worker: Worker | null | undefined;
const waiting = new Map<number, { raw: string; resolve: (prepared: PreparedQuery | Promise<PreparedQuery>) => void }>();
let lastId = 0;

function onPage(raw: string): Promise<PreparedQuery> {
  return yieldToBrowser().then(() => prepareQuery(raw));
}

/** Gives up on the worker: every query waiting for it is prepared on the page. */
function fallBack(): void {
  worker?.terminate();
  worker = null;
  for (const { raw, resolve } of waiting.values()) resolve(onPage(raw));
  waiting.clear();
}

/** Starts the worker, if it is not running yet; e.g. as soon as the reader may search. */
export function startQueryWorker(): void {
  if (worker !== undefined) return;
  try {
    worker = new Worker(new URL('./query-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
    return;
  }
  worker.addEventListener('message', (event: MessageEvent<QueryReply>) => {
    const { id, prepared } = event.data;
    waiting.get(id)?.resolve(prepared);
    waiting.delete(id);
  });
  worker.addEventListener('error', fallBack);
  worker.addEventListener('messageerror', fallBack);
}

/** The query prepared in the worker (or on the page, where the worker is unavailable). */
export function prepareInWorker(raw: string): Promise<PreparedQuery> {
  startQueryWorker();
  const w = worker;
  if (!w) return onPage(raw);
  return new Promise((resolve) => {
    const id = ++lastId;
    waiting.set(id, { raw, resolve });
    const request: QueryRequest = { id, raw };
    w.postMessage(request);
  });
}
