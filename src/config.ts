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
} as const;
