import { siteConfig } from '../config';
import type { Lang } from '../lib/i18n';
import { LANGS } from '../lib/i18n';
import { authorName } from '../lib/names';
import type { CardData } from '../lib/og-card';
import { phrases } from '../lib/phrases';
import type { Principle, SiteModel, Story } from '../lib/site-model';
import { kindName, t } from '../lib/ui';
import { urls } from '../lib/urls';
import type { CardJob } from './build-report';

/**
 * What each social card shows, and the list of every card the site publishes. The drawing itself is
 * `og-draw.ts`: this module stays free of Skia, so the site model can list the cards
 * without loading them.
 */

export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}

/** What the card of each kind of page shows. */
export const cards = {
  story(lang: Lang, story: Story): CardData {
    return {
      lang,
      site: siteConfig.title[lang],
      eyebrow: kindName(lang, story.data.kind),
      title: story.data.title,
      titlePhrases: phrases(story.data.title, lang),
      byline: story.authors.map((a) => authorName(a.data, lang)).join(lang === 'ja' ? '、' : ', '),
      chips: story.principles.map((p) => p.data.title),
    };
  },
  principle(lang: Lang, principle: Principle): CardData {
    return {
      lang,
      site: siteConfig.title[lang],
      eyebrow: t(lang, 'nav.principles'),
      title: principle.data.title,
      titlePhrases: phrases(principle.data.title, lang),
      byline: principle.data.summary,
      chips: [],
    };
  },
  site(lang: Lang): CardData {
    const tagline = t(lang, 'site.tagline');
    return {
      lang,
      site: siteConfig.title[lang],
      eyebrow: t(lang, 'nav.principles'),
      title: tagline,
      titlePhrases: phrases(tagline, lang),
      byline: siteConfig.description[lang],
      chips: [],
    };
  },
};

/**
 * Every card the site publishes, with its URL: the same set as the card routes'
 * `getStaticPaths`, for the build, which draws them in processes of their own
 * (`src/integrations/social-cards.ts`).
 */
export function cardJobs<PE, SE>(site: SiteModel<PE, SE>): CardJob[] {
  return LANGS.flatMap((lang) => {
    const l = site.langs[lang];
    return [
      { url: urls.ogSite(lang), source: 'site', card: cards.site(lang) },
      ...l.principles.map((p) => ({
        url: urls.ogPrinciple(lang, p.id),
        source: p.filePath,
        card: cards.principle(lang, p),
      })),
      ...l.stories.map((s) => ({ url: urls.ogStory(lang, s.slug), source: s.filePath, card: cards.story(lang, s) })),
    ];
  });
}
