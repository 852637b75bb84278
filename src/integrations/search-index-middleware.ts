import { defineMiddleware } from 'astro:middleware';
import { reportRenderedPage, wantsRenderedPage } from '../data/build-report';

/**
 * During `astro build`, hands every rendered HTML page to the search index (src/integrations/pagefind.ts),
 * so that Pagefind, in a process of its own, reads the pages while Astro renders the next ones
 * instead of reading them all from disk after the last one. The response goes on unchanged.
 * Added by the Pagefind integration for builds only.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!context.isPrerendered || !wantsRenderedPage(context.url.pathname)) return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  reportRenderedPage(context.url.pathname, await response.clone().text());
  return response;
});
