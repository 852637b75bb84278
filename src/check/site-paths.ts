import { LANGS } from '../lib/i18n';
import { publicationState } from '../lib/publication';
import { urls } from '../lib/urls';
import type { CheckContext } from './context';
import type { Doc } from './document';

/**
 * Every page the site will have, by path, as src/lib/urls.ts builds them: what an internal link
 * may point at. A page made from a content file keeps it, so that `#anchors` can be checked
 * against its headings.
 */
export interface SitePage {
  doc?: Doc;
  /** Set when the page is a story that the production build leaves out. */
  unpublished?: 'draft' | 'scheduled';
}

export function sitePaths(ctx: CheckContext): Map<string, SitePage> {
  const pages = new Map<string, SitePage>();
  const add = (path: string, page: SitePage = {}) => pages.set(path, page);
  const storyCount = { ja: 0, en: 0 };
  for (const lang of LANGS) {
    for (const path of [
      urls.home(lang),
      urls.principles(lang),
      urls.stories(lang),
      urls.authors(lang),
      urls.tags(lang),
    ])
      add(path);
    add(urls.search(lang));
  }
  for (const [doc, v] of ctx.valid) {
    if (v.collection === 'authors') {
      for (const lang of LANGS) add(urls.author(lang, doc.slug), { doc });
    } else if (v.collection === 'principles' && doc.lang) {
      add(urls.principle(doc.lang, doc.slug), { doc });
    } else if (v.collection === 'guide' && doc.lang) {
      add(urls.guide(doc.lang, doc.slug), { doc });
    } else if (v.collection === 'stories' && doc.lang) {
      const state = publicationState(v.data, ctx.now);
      add(urls.story(doc.lang, doc.slug), state === 'published' ? { doc } : { doc, unpublished: state });
      if (state !== 'published') continue;
      storyCount[doc.lang]++;
      add(urls.kind(doc.lang, v.data.kind));
      for (const tag of v.data.tags) add(urls.tag(doc.lang, tag));
    }
  }
  for (const lang of LANGS) {
    const last = Math.ceil(storyCount[lang] / ctx.storiesPerPage);
    for (let page = 2; page <= last; page++) add(urls.stories(lang, page));
  }
  return pages;
}
