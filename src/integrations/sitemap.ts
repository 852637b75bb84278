import sitemap from '@astrojs/sitemap';
import { DEFAULT_LANG, LANGS, LANG_TAGS } from '../lib/i18n';

/**
 * The sitemap, with each page's translation as an `xhtml:link` alternate (the integration pairs
 * `/x/` with `/en/x/`). Only built pages are listed, so drafts and scheduled stories never are;
 * the 404 pages are left out.
 */
export function sitemapIntegration() {
  return sitemap({
    i18n: {
      defaultLocale: DEFAULT_LANG,
      locales: Object.fromEntries(LANGS.map((l) => [l, LANG_TAGS[l]])),
    },
    filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
  });
}
