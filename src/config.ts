/**
 * Site-wide settings, in one place. Change these when you fork Shishin for your organisation.
 */
export const siteConfig = {
  /** Where the site is published; canonical URLs, feeds and social cards are built on it. */
  url: process.env.SITE_URL ?? 'https://shishin.example.com',
  /** The site's name in each language. */
  title: { ja: 'Shishin 指針', en: 'Shishin' },
  /** What the site is, in each language, for the home page and search engines. */
  description: {
    ja: 'エンジニアリング組織の行動指針と、それを生きた人たちのストーリー。',
    en: 'The principles of an engineering organisation, and the stories of the people who live them.',
  },
  /** The repository the content lives in, for "edit this page" links. */
  repository: {
    url: 'https://github.com/shishin-dev/shishin',
    branch: 'main',
  },
  /** Stories on each page of the story list. */
  storiesPerPage: 12,
  /** What an MDX body may carry besides Markdown and the components in `src/user-components/`. */
  mdx: {
    /**
     * Raw `<script>` and `<iframe>` elements are refused in content (`npm run check` names the file and
     * line) unless their `src` is listed here. Each entry is an exact URL, or a prefix ending in `/`
     * (`'/embeds/'` allows `/embeds/map.html`). A `<script>` without `src` (inline code) is never
     * allowed, nor are inline event handlers (`onclick`) and `javascript:` URLs: the site's
     * Content-Security-Policy would block them anyway (docs/security.md).
     *
     * Listing a URL on another origin here is not enough for it to load: the CSP and the
     * no-third-party test (tests/dist/third-party.test.ts) must allow it too, on purpose.
     */
    allowRawHtml: {
      script: [] as readonly string[],
      iframe: [] as readonly string[],
    },
  },
} as const;
