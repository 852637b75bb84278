/**
 * Whether a story is out in the world yet. Pure: the caller passes `now`, so that scheduling is testable
 * and a build can be made "as of" another day.
 */
export type PublicationState = 'published' | 'draft' | 'scheduled';

export function publicationState(data: { draft: boolean; pubDate: Date }, now: Date): PublicationState {
  if (data.draft) return 'draft';
  if (data.pubDate.getTime() > now.getTime()) return 'scheduled';
  return 'published';
}

/** What a build shows besides published stories. Production shows neither; `astro dev` and previews show both. */
export interface Visibility {
  drafts: boolean;
  scheduled: boolean;
}

export const PRODUCTION: Visibility = { drafts: false, scheduled: false };
export const PREVIEW: Visibility = { drafts: true, scheduled: true };

export function isVisible(state: PublicationState, visibility: Visibility): boolean {
  if (state === 'draft') return visibility.drafts;
  if (state === 'scheduled') return visibility.scheduled;
  return true;
}
