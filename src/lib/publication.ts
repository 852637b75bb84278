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

/**
 * What a build shows, from its environment. `SHISHIN_NOW` (an ISO date) builds the site as of another
 * moment, for tests and to preview what a scheduled story will look like. `SHISHIN_PREVIEW=1` shows
 * drafts and scheduled stories, as `astro dev` does; production builds show neither.
 */
export function buildOptions(
  env: Record<string, string | undefined>,
  dev: boolean,
): { now: Date; visibility: Visibility } {
  const nowText = env.SHISHIN_NOW;
  const now = nowText ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime())) {
    throw new Error(`SHISHIN_NOW must be a date such as 2026-01-31 or 2026-01-31T09:00:00Z, got "${nowText}".`);
  }
  return { now, visibility: dev || env.SHISHIN_PREVIEW === '1' ? PREVIEW : PRODUCTION };
}
