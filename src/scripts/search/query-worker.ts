/**
 * A worker that prepares search queries (src/lib/search-query.ts) off the page's main thread.
 * Building the Japanese word segmenter is one indivisible piece of work of some 30–110 ms in Chromium
 * (loading ICU's dictionary), × 4 on Lighthouse's mobile CPU: on the main thread it was the search
 * page's longest task. Done here, it blocks nothing; and as Chromium keeps that data per process,
 * the page's own `Intl` objects built later (the result dates) are then quick as well.
 */
import { formatDate } from '../../lib/dates';
import { prepareQuery } from '../../lib/search-query';
import type { QueryReply, QueryRequest } from './query-preparation';

let warmed = false;

addEventListener('message', (event: MessageEvent<QueryRequest>) => {
  const { id, raw } = event.data;
  const reply: QueryReply = { id, prepared: prepareQuery(raw) };
  postMessage(reply);
  if (!warmed) {
    // After the first answer, so as not to delay it: the page formats a date for every result.
    warmed = true;
    formatDate(new Date(0), 'ja');
    formatDate(new Date(0), 'en');
  }
});
