import type { APIRoute } from 'astro';
import { siteConfig } from '../config';
import { absoluteUrl, urls } from '../lib/urls';

/** Every page may be crawled; the sitemap lists them with their translations. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(urls.sitemap(), siteConfig.url)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
