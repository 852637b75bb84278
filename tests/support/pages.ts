/**
 * One page of every kind, in both languages: what the accessibility and keyboard sweeps visit.
 */
export const PAGE_KINDS: Record<string, string> = {
  home: '/',
  principles: '/principles/',
  principle: '/principles/dont-build-unused/',
  stories: '/stories/',
  story: '/stories/feature-flag-experiments/',
  kind: '/stories/kind/onboarding/',
  authors: '/authors/',
  author: '/authors/aoi-tanaka/',
  tags: '/tags/',
  tag: '/tags/onboarding/',
  notFound: '/404.html',
};

/** The same page in the other language: `/en` before the Japanese path. */
export const inEnglish = (path: string) => (path === '/404.html' ? '/en/404/' : `/en${path}`);
