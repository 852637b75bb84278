import type { Lang } from './i18n';
import type { StoryKind } from '../schemas/story';

/**
 * Every string of the site's chrome, in both languages. The Japanese dictionary defines the keys;
 * the English one must have exactly the same, which TypeScript checks.
 */
const ja = {
  'site.tagline': 'エンジニアリング組織の行動指針と、それを生きた人たちのストーリー',
  'nav.label': 'メイン',
  'nav.principles': '行動指針',
  'nav.stories': 'ストーリー',
  'nav.onboarding': '入社エントリ',
  'nav.authors': '書き手',
  'nav.tags': 'タグ',
  'nav.search': '検索',
  skip: '本文へスキップ',
  'lang.switch': 'English',
  'lang.switchLabel': 'Read this page in English',
  'home.principles': '行動指針',
  'home.latest': '新着ストーリー',
  'home.onboarding': '新しい仲間の入社エントリ',
  'home.allPrinciples': 'すべての行動指針',
  'home.allStories': 'すべてのストーリー',
  'home.allOnboarding': 'すべての入社エントリ',
  'principles.title': '行動指針',
  'principles.intro':
    '私たちが判断に迷ったときに立ち返る言葉です。それぞれの指針から、その指針を実践したストーリーを読めます。',
  'principles.retiredHeading': '引退した指針',
  'principle.citedBy': 'この指針を引用しているストーリー',
  'principle.noStories': 'この指針を引用しているストーリーはまだありません。',
  'principle.retired': 'この指針は引退しました。',
  'principle.successor': '後継の指針',
  'principle.aliases': '別の呼び方',
  'principle.otherLang': '英語のストーリー',
  'stories.title': 'ストーリー',
  'stories.intro': '入社エントリ、エッセイ、実践の記録、振り返り。',
  'story.by': '著者',
  'story.published': '公開',
  'story.updated': '更新',
  'story.principles': 'このストーリーが引用している指針',
  'story.toc': '目次',
  'story.related': '関連するストーリー',
  'story.newer': '新しいストーリー',
  'story.older': '前のストーリー',
  'story.tags': 'タグ',
  'story.draft': '下書き：本番のビルドには含まれません。',
  'story.scheduled': '予約投稿：公開日まで本番のビルドには含まれません。',
  'authors.title': '書き手',
  'author.joined': '入社',
  'author.stories': 'ストーリー',
  'tags.title': 'タグ',
  'tag.title': 'タグ',
  'pager.label': 'ページ送り',
  'pager.prev': '前のページ',
  'pager.next': '次のページ',
  'pager.page': 'ページ',
  'notFound.title': 'ページが見つかりません',
  'notFound.body': 'お探しのページは移動したか、削除された可能性があります。',
  'notFound.home': 'トップへ戻る',
  'redirect.title': 'このページは移動しました',
  'redirect.body': '新しいアドレスはこちらです:',
  'footer.note': '指針 — 私たちのエンジニアリング文化',
  'edit.link': 'このページを編集',
  'edit.updated': '最終更新',
  'guide.title': '書き方の手引き',
  // Reading and sharing (theme, translations, feeds, code blocks).
  'theme.toggle': 'ダークモード',
  // Written in the language the switch leads to, like 'lang.switchLabel'.
  'lang.noTranslation': 'This page has no English version: go to the English home page',
  'lang.untranslatedNotice': 'お探しのページには日本語版がないため、日本語のトップページを表示しています。',
  'translation.stale': 'この翻訳は原文の更新より前のものです。',
  'translation.readOriginal': '原文（英語）を読む',
  'code.copy': 'コピー',
  'code.copied': 'コピーしました',
  'code.copyLabel': 'コードをコピー',
  'notFound.searchLabel': 'サイト内を検索',
  'notFound.searchButton': '検索',
  'feeds.label': 'フィード',
  'feeds.rss': 'RSS',
  'feeds.json': 'JSON Feed',
  'feeds.principle': 'この指針のフィード',
  'breadcrumb.home': 'ホーム',
  'breadcrumb.label': 'パンくずリスト',
  'story.readingTime': '読了時間',
  'search.title': 'サイト内検索',
  'search.label': '検索する言葉',
  'search.placeholder': '指針やストーリーを検索（例：使われない、仮説検証、YAGNI）',
  'search.close': '閉じる',
  'search.shortcut': '⌘K / Ctrl+K または / で検索',
  'search.help':
    '指針とストーリーを、日本語でも英語でも探せます。言葉を並べると、そのすべてを含むページを探します。"…" で囲むと、その並びのままの言葉を探します。',
  'search.hint': '↑↓ で移動、Enter で開く、Esc で閉じる',
  'search.results': '検索結果',
  'search.empty': '一致するページは見つかりませんでした。別の言葉や、短い言葉で試してください。',
  'search.prompt': '言葉を入力すると、指針とストーリーを探します。',
  'search.loading': '検索しています…',
  'search.error': '検索を読み込めませんでした。ページを再読み込みしてください。',
  'search.devUnavailable':
    '開発サーバーで検索インデックスを作れませんでした。サーバーのログを確認するか、npm run build のあとに npm run preview で試してください。',
  'search.noscript': '検索には JavaScript が必要です。行動指針とストーリーの一覧からも探せます。',
  'search.partial': '部分一致',
  'search.partialNote': 'すべての言葉を含むページはありませんでした。一部の言葉に一致したページを表示しています。',
  'search.principle': '行動指針',
  'search.more': 'さらに表示',
  'search.openPage': '検索ページで開く',
  'search.filters': '絞り込み',
  'search.filterAll': 'すべて',
  'search.facet.kind': '種類',
  'search.facet.principle': '引用している指針',
  'search.facet.tag': 'タグ',
  'search.facet.author': '書き手',
  'search.facet.lang': '言語',
  'search.facet.year': '年',
} as const;

type Key = keyof typeof ja;

const en: Record<Key, string> = {
  'site.tagline': 'The principles of an engineering organisation, and the stories of the people who live them',
  'nav.label': 'Main',
  'nav.principles': 'Principles',
  'nav.stories': 'Stories',
  'nav.onboarding': 'Onboarding',
  'nav.authors': 'Authors',
  'nav.tags': 'Tags',
  'nav.search': 'Search',
  skip: 'Skip to content',
  'lang.switch': '日本語',
  'lang.switchLabel': 'このページを日本語で読む',
  'home.principles': 'Our principles',
  'home.latest': 'Latest stories',
  'home.onboarding': 'Latest onboarding stories',
  'home.allPrinciples': 'All principles',
  'home.allStories': 'All stories',
  'home.allOnboarding': 'All onboarding stories',
  'principles.title': 'Principles',
  'principles.intro':
    'The words we come back to when a decision is hard. Each principle lists the stories of people who lived it.',
  'principles.retiredHeading': 'Retired principles',
  'principle.citedBy': 'Stories that cite this principle',
  'principle.noStories': 'No story cites this principle yet.',
  'principle.retired': 'This principle is retired.',
  'principle.successor': 'Its successor',
  'principle.aliases': 'Also known as',
  'principle.otherLang': 'Stories in Japanese',
  'stories.title': 'Stories',
  'stories.intro': 'Onboarding stories, essays, practice notes and retrospectives.',
  'story.by': 'By',
  'story.published': 'Published',
  'story.updated': 'Updated',
  'story.principles': 'Principles this story cites',
  'story.toc': 'Contents',
  'story.related': 'Related stories',
  'story.newer': 'Newer story',
  'story.older': 'Older story',
  'story.tags': 'Tags',
  'story.draft': 'Draft: not part of production builds.',
  'story.scheduled': 'Scheduled: not part of production builds until its date.',
  'authors.title': 'Authors',
  'author.joined': 'Joined',
  'author.stories': 'Stories',
  'tags.title': 'Tags',
  'tag.title': 'Tag',
  'pager.label': 'Pagination',
  'pager.prev': 'Previous page',
  'pager.next': 'Next page',
  'pager.page': 'Page',
  'notFound.title': 'Page not found',
  'notFound.body': 'The page you are looking for may have moved or been removed.',
  'notFound.home': 'Back to the home page',
  'redirect.title': 'This page has moved',
  'redirect.body': 'Its new address is:',
  'footer.note': 'Shishin — our engineering culture',
  'edit.link': 'Edit this page',
  'edit.updated': 'Last updated',
  'guide.title': 'Authoring guide',
  'theme.toggle': 'Dark mode',
  'lang.noTranslation': 'このページの日本語版はありません。日本語のトップページへ',
  'lang.untranslatedNotice': 'The page you came from has no English version, so this is the English home page.',
  'translation.stale': 'This translation predates the latest update of the original.',
  'translation.readOriginal': 'Read the original (Japanese)',
  'code.copy': 'Copy',
  'code.copied': 'Copied',
  'code.copyLabel': 'Copy the code',
  'notFound.searchLabel': 'Search this site',
  'notFound.searchButton': 'Search',
  'feeds.label': 'Feeds',
  'feeds.rss': 'RSS',
  'feeds.json': 'JSON Feed',
  'feeds.principle': 'Feed of this principle',
  'breadcrumb.home': 'Home',
  'breadcrumb.label': 'Breadcrumb',
  'story.readingTime': 'Reading time',
  'search.title': 'Search the site',
  'search.label': 'Search for',
  'search.placeholder': 'Search principles and stories (e.g. YAGNI, hypotheses, 仮説検証)',
  'search.close': 'Close',
  'search.shortcut': 'Search with ⌘K / Ctrl+K or /',
  'search.help':
    'Search the principles and stories in Japanese or English. Several words find the pages that contain them all; words in "quotes" are found in that order.',
  'search.hint': '↑↓ to move, Enter to open, Esc to close',
  'search.results': 'Search results',
  'search.empty': 'No page matches. Try other or shorter words.',
  'search.prompt': 'Type a word to search the principles and stories.',
  'search.loading': 'Searching…',
  'search.error': 'Search could not be loaded. Please reload the page.',
  'search.devUnavailable':
    'The dev server could not build the search index. See its log, or try npm run build and npm run preview.',
  'search.noscript': 'Search needs JavaScript. You can also browse the lists of principles and stories.',
  'search.partial': 'Partial match',
  'search.partialNote': 'No page has all of your words. These pages match some of them.',
  'search.principle': 'Principle',
  'search.more': 'Show more',
  'search.openPage': 'Open on the search page',
  'search.filters': 'Filter',
  'search.filterAll': 'All',
  'search.facet.kind': 'Kind',
  'search.facet.principle': 'Principle cited',
  'search.facet.tag': 'Tag',
  'search.facet.author': 'Author',
  'search.facet.lang': 'Language',
  'search.facet.year': 'Year',
};

const dictionaries: Record<Lang, Record<Key, string>> = { ja, en };

export type UiKey = Key;

/** The string for `key` in `lang`. */
export function t(lang: Lang, key: Key): string {
  return dictionaries[lang][key];
}

const KIND_NAMES: Record<Lang, Record<StoryKind, string>> = {
  ja: { onboarding: '入社エントリ', essay: 'エッセイ', practice: '実践', retrospective: '振り返り' },
  en: { onboarding: 'Onboarding', essay: 'Essay', practice: 'Practice', retrospective: 'Retrospective' },
};

export function kindName(lang: Lang, kind: StoryKind): string {
  return KIND_NAMES[lang][kind];
}

/** "約5分で読めます" / "5 min read". */
export function readingTimeLabel(lang: Lang, minutes: number): string {
  return lang === 'ja' ? `約${minutes}分で読めます` : `${minutes} min read`;
}

/** "3件のストーリー" / "3 stories". */
export function storyCount(lang: Lang, n: number): string {
  if (lang === 'ja') return `${n}件のストーリー`;
  return n === 1 ? '1 story' : `${n} stories`;
}

/** The title of a language's feed of every story: "Shishin 指針 — ストーリー". */
export function feedTitle(lang: Lang, siteTitle: string): string {
  return `${siteTitle} — ${t(lang, 'stories.title')}`;
}

/** The title of a principle's feed: "「使われないものを作らない」を引用しているストーリー". */
export function principleFeedTitle(lang: Lang, principleTitle: string): string {
  return lang === 'ja' ? `「${principleTitle}」を引用しているストーリー` : `Stories citing “${principleTitle}”`;
}

/** "5件見つかりました" / "5 results". */
export function searchCount(lang: Lang, n: number): string {
  if (lang === 'ja') return `${n}件見つかりました`;
  return n === 1 ? '1 result' : `${n} results`;
}
