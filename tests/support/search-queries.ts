/**
 * The relevance test set for search: queries people type on a culture site, against the sample
 * content in content/, each with the pages that must be found (in the first five results) and, in
 * `alsoRelevant`, other pages that are a fair answer too (they count for "relevant top result" but
 * need not be found). Judged by reading the content, not by running search.
 *
 * Page paths are the site's URLs. A principle named by the query (title or alias) must come first:
 * those queries list it first in `find`.
 */
export type QueryClass =
  | 'full Japanese word'
  | 'partial Japanese word'
  | 'kana'
  | 'katakana loanword'
  | 'kanji compound'
  | 'mixed Latin (AI-OCR, LLM)'
  | 'multiword'
  | 'long natural query'
  | 'full-width'
  | 'English stem'
  | 'typo'
  | 'principle name or alias';

export interface RelevanceQuery {
  q: string;
  cls: QueryClass;
  /** Pages that must be in the first five results. */
  find: string[];
  /** Other fair answers: a top result among them still counts as relevant. */
  alsoRelevant?: string[];
}

const P = (id: string) => `/principles/${id}/`;
const EP = (id: string) => `/en/principles/${id}/`;
const S = (slug: string) => `/stories/${slug}/`;
const ES = (slug: string) => `/en/stories/${slug}/`;

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  // Full Japanese words
  {
    q: '請求書',
    cls: 'full Japanese word',
    find: [S('joining-to-not-build'), S('feature-flag-experiments'), S('postmortem-ocr-queue-outage')],
    alsoRelevant: [S('retiring-move-fast'), S('new-grad-frontend-first-year')],
  },
  {
    q: '障害',
    cls: 'full Japanese word',
    find: [S('postmortem-ocr-queue-outage')],
    alsoRelevant: [S('retiring-move-fast'), P('blameless-retros')],
  },
  {
    q: 'オンボーディング',
    cls: 'full Japanese word',
    find: [S('new-grad-frontend-first-year'), S('joining-to-not-build')],
  },
  {
    q: '議事録',
    cls: 'full Japanese word',
    find: [P('write-it-down'), S('why-we-write-it-down')],
    alsoRelevant: [EP('write-it-down')],
  },
  { q: 'アクセシビリティ', cls: 'full Japanese word', find: [S('new-grad-frontend-first-year')] },
  { q: '経費精算', cls: 'full Japanese word', find: [S('customer-interviews-in-practice')] },
  { q: '意思決定', cls: 'full Japanese word', find: [S('why-we-write-it-down'), P('write-it-down')] },

  // Partial Japanese words
  {
    q: '使われない',
    cls: 'partial Japanese word',
    find: [P('dont-build-unused'), S('joining-to-not-build')],
    alsoRelevant: [EP('dont-build-unused'), S('customer-interviews-in-practice')],
  },
  {
    q: '最適化',
    cls: 'partial Japanese word',
    find: [P('measure-before-optimizing')],
    alsoRelevant: [EP('measure-before-optimizing')],
  },
  { q: '根付', cls: 'partial Japanese word', find: [S('why-we-write-it-down')] },
  {
    q: '振り返',
    cls: 'partial Japanese word',
    find: [S('postmortem-ocr-queue-outage'), S('new-grad-frontend-first-year')],
    alsoRelevant: [P('blameless-retros'), EP('blameless-retros'), S('why-we-write-it-down')],
  },
  {
    q: 'インタビュ',
    cls: 'partial Japanese word',
    find: [S('customer-interviews-in-practice')],
    alsoRelevant: [S('new-grad-frontend-first-year'), P('customer-experience-first'), EP('customer-experience-first')],
  },
  {
    q: '検証',
    cls: 'partial Japanese word',
    find: [P('test-hypotheses-fast')],
    alsoRelevant: [EP('test-hypotheses-fast'), S('feature-flag-experiments'), S('retiring-move-fast')],
  },

  // Kana
  {
    q: 'やりきる',
    cls: 'kana',
    find: [P('own-it-end-to-end')],
    alsoRelevant: [EP('own-it-end-to-end'), S('postmortem-ocr-queue-outage')],
  },
  { q: 'なぜこうなっているのか', cls: 'kana', find: [S('why-we-write-it-down')] },
  { q: 'ちゃんと', cls: 'kana', find: [S('joining-to-not-build')] },

  // Katakana loanwords
  {
    q: 'フィーチャーフラグ',
    cls: 'katakana loanword',
    find: [P('test-hypotheses-fast'), S('feature-flag-experiments')],
    alsoRelevant: [EP('test-hypotheses-fast')],
  },
  {
    q: 'ポストモーテム',
    cls: 'katakana loanword',
    find: [P('blameless-retros'), S('postmortem-ocr-queue-outage')],
    alsoRelevant: [EP('blameless-retros')],
  },
  { q: 'デザインシステム', cls: 'katakana loanword', find: [S('new-grad-frontend-first-year')] },
  { q: 'ペアプログラミング', cls: 'katakana loanword', find: [S('new-grad-frontend-first-year')] },
  {
    q: 'タイムライン',
    cls: 'katakana loanword',
    find: [S('postmortem-ocr-queue-outage')],
    alsoRelevant: [P('blameless-retros')],
  },
  { q: 'ボトルネック', cls: 'katakana loanword', find: [P('measure-before-optimizing')] },
  {
    q: 'ユーザーインタビュー',
    cls: 'katakana loanword',
    find: [P('customer-experience-first'), S('customer-interviews-in-practice')],
    alsoRelevant: [EP('customer-experience-first'), S('new-grad-frontend-first-year')],
  },

  // Kanji compounds
  {
    q: '顧客体験',
    cls: 'kanji compound',
    find: [P('customer-experience-first'), EP('customer-experience-first'), S('customer-interviews-in-practice')],
    alsoRelevant: [S('new-grad-frontend-first-year')],
  },
  { q: '機械学習', cls: 'kanji compound', find: [S('joining-to-not-build')] },
  { q: '心理的安全性', cls: 'kanji compound', find: [P('blameless-retros')], alsoRelevant: [EP('blameless-retros')] },
  { q: '創業期', cls: 'kanji compound', find: [S('retiring-move-fast'), P('move-fast')] },
  { q: '再発防止', cls: 'kanji compound', find: [P('blameless-retros'), S('postmortem-ocr-queue-outage')] },
  { q: '新卒', cls: 'kanji compound', find: [S('new-grad-frontend-first-year')] },
  { q: '当事者意識', cls: 'kanji compound', find: [P('own-it-end-to-end')] },

  // Mixed Latin inside Japanese
  {
    q: 'AI-OCR',
    cls: 'mixed Latin (AI-OCR, LLM)',
    find: [S('joining-to-not-build'), ES('joining-to-not-build'), S('postmortem-ocr-queue-outage')],
    alsoRelevant: [ES('postmortem-ocr-queue-outage')],
  },
  {
    q: 'LLM',
    cls: 'mixed Latin (AI-OCR, LLM)',
    find: [S('joining-to-not-build'), ES('joining-to-not-build')],
    alsoRelevant: [P('measure-before-optimizing'), EP('measure-before-optimizing')],
  },
  { q: 'LLM 評価', cls: 'mixed Latin (AI-OCR, LLM)', find: [S('joining-to-not-build')] },
  {
    q: 'A/B テスト',
    cls: 'mixed Latin (AI-OCR, LLM)',
    find: [P('test-hypotheses-fast'), S('feature-flag-experiments')],
    alsoRelevant: [EP('test-hypotheses-fast')],
  },
  { q: 'SRM', cls: 'mixed Latin (AI-OCR, LLM)', find: [S('feature-flag-experiments'), ES('feature-flag-experiments')] },
  {
    q: 'Design Doc',
    cls: 'mixed Latin (AI-OCR, LLM)',
    find: [P('write-it-down'), S('why-we-write-it-down')],
    alsoRelevant: [EP('write-it-down'), ES('why-we-write-it-down')],
  },
  {
    q: 'CI/CD',
    cls: 'mixed Latin (AI-OCR, LLM)',
    find: [S('feature-flag-experiments'), ES('feature-flag-experiments')],
  },
  {
    q: 'A/B test',
    cls: 'mixed Latin (AI-OCR, LLM)',
    find: [EP('test-hypotheses-fast'), ES('feature-flag-experiments')],
    alsoRelevant: [P('test-hypotheses-fast'), S('feature-flag-experiments')],
  },
  {
    q: 'machine-learning',
    cls: 'mixed Latin (AI-OCR, LLM)',
    find: [ES('joining-to-not-build')],
    alsoRelevant: [ES('feature-flag-experiments')],
  },
  {
    q: 'Kubernetes',
    cls: 'mixed Latin (AI-OCR, LLM)',
    find: [S('postmortem-ocr-queue-outage'), ES('postmortem-ocr-queue-outage')],
  },

  // Several words
  { q: '請求書 遅延', cls: 'multiword', find: [S('postmortem-ocr-queue-outage')] },
  { q: 'AI-OCR 評価', cls: 'multiword', find: [S('joining-to-not-build')] },
  {
    q: '仮説 フラグ',
    cls: 'multiword',
    find: [S('feature-flag-experiments')],
    alsoRelevant: [P('test-hypotheses-fast')],
  },
  {
    q: 'インタビュー 作らない',
    cls: 'multiword',
    find: [S('customer-interviews-in-practice')],
    alsoRelevant: [S('joining-to-not-build')],
  },
  { q: 'queue postmortem', cls: 'multiword', find: [ES('postmortem-ocr-queue-outage')] },
  {
    q: 'design doc adr',
    cls: 'multiword',
    find: [ES('why-we-write-it-down'), S('why-we-write-it-down')],
    alsoRelevant: [P('write-it-down'), EP('write-it-down')],
  },
  { q: 'pair programming accessibility', cls: 'multiword', find: [ES('new-grad-frontend-first-year')] },

  // Long natural queries
  {
    q: 'エンジニアがユーザーインタビューに参加する理由',
    cls: 'long natural query',
    find: [S('customer-interviews-in-practice')],
  },
  { q: '月末に請求書の処理が遅れた障害', cls: 'long natural query', find: [S('postmortem-ocr-queue-outage')] },
  { q: '機械学習エンジニアとして入社した人の話', cls: 'long natural query', find: [S('joining-to-not-build')] },
  { q: 'how did the writing culture take root', cls: 'long natural query', find: [ES('why-we-write-it-down')] },
  {
    q: 'why we retired speed is everything',
    cls: 'long natural query',
    find: [ES('retiring-move-fast')],
    alsoRelevant: [EP('move-fast'), P('move-fast')],
  },
  {
    q: 'what a new grad frontend engineer learned in the first year',
    cls: 'long natural query',
    find: [ES('new-grad-frontend-first-year')],
  },

  // Full-width and half-width input
  {
    q: 'ＡＩ－ＯＣＲ',
    cls: 'full-width',
    find: [S('joining-to-not-build'), ES('joining-to-not-build'), S('postmortem-ocr-queue-outage')],
    alsoRelevant: [ES('postmortem-ocr-queue-outage')],
  },
  {
    q: 'ＬＬＭ',
    cls: 'full-width',
    find: [S('joining-to-not-build'), ES('joining-to-not-build')],
    alsoRelevant: [P('measure-before-optimizing'), EP('measure-before-optimizing')],
  },
  { q: 'ＹＡＧＮＩ', cls: 'full-width', find: [P('dont-build-unused'), EP('dont-build-unused')] },
  {
    q: 'ＣＩ／ＣＤ',
    cls: 'full-width',
    find: [S('feature-flag-experiments'), ES('feature-flag-experiments')],
  },
  { q: 'ＳＱＬ', cls: 'full-width', find: [S('feature-flag-experiments'), ES('feature-flag-experiments')] },
  {
    q: 'ﾌｨｰﾁｬｰﾌﾗｸﾞ',
    cls: 'full-width',
    find: [P('test-hypotheses-fast'), S('feature-flag-experiments')],
    alsoRelevant: [EP('test-hypotheses-fast')],
  },

  // English stems
  {
    q: 'building',
    cls: 'English stem',
    find: [ES('joining-to-not-build'), EP('dont-build-unused')],
    alsoRelevant: [ES('customer-interviews-in-practice')],
  },
  {
    q: 'interviews',
    cls: 'English stem',
    find: [ES('customer-interviews-in-practice')],
    alsoRelevant: [
      ES('joining-to-not-build'),
      EP('customer-experience-first'),
      P('customer-experience-first'),
      ES('new-grad-frontend-first-year'),
    ],
  },
  {
    q: 'optimizing',
    cls: 'English stem',
    find: [EP('measure-before-optimizing')],
    alsoRelevant: [P('measure-before-optimizing')],
  },
  {
    q: 'experiments',
    cls: 'English stem',
    find: [ES('feature-flag-experiments'), EP('test-hypotheses-fast')],
    alsoRelevant: [P('test-hypotheses-fast')],
  },
  { q: 'retired', cls: 'English stem', find: [ES('retiring-move-fast'), EP('move-fast')] },
  {
    q: 'incidents',
    cls: 'English stem',
    find: [ES('postmortem-ocr-queue-outage'), EP('blameless-retros')],
    alsoRelevant: [ES('retiring-move-fast')],
  },
  {
    q: 'documenting',
    cls: 'English stem',
    find: [ES('why-we-write-it-down')],
    alsoRelevant: [EP('write-it-down'), P('write-it-down')],
  },

  // Typos
  {
    q: 'hypothsis',
    cls: 'typo',
    find: [EP('test-hypotheses-fast')],
    alsoRelevant: [ES('feature-flag-experiments'), ES('retiring-move-fast'), EP('move-fast')],
  },
  { q: 'postmortm', cls: 'typo', find: [ES('postmortem-ocr-queue-outage'), EP('blameless-retros')] },
  {
    q: 'interveiw',
    cls: 'typo',
    find: [ES('customer-interviews-in-practice')],
    alsoRelevant: [ES('joining-to-not-build'), ES('new-grad-frontend-first-year'), EP('customer-experience-first')],
  },
  {
    q: '仮設検証',
    cls: 'typo',
    find: [P('test-hypotheses-fast')],
    alsoRelevant: [
      EP('test-hypotheses-fast'),
      S('feature-flag-experiments'),
      S('retiring-move-fast'),
      S('joining-to-not-build'),
      P('move-fast'),
    ],
  },
  {
    q: 'ユーザインタビュー',
    cls: 'typo',
    find: [S('customer-interviews-in-practice')],
    alsoRelevant: [S('new-grad-frontend-first-year'), P('customer-experience-first')],
  },

  // Principle names and aliases: the principle first
  {
    q: '使われないものを作らない',
    cls: 'principle name or alias',
    find: [P('dont-build-unused')],
    alsoRelevant: [EP('dont-build-unused')],
  },
  { q: 'YAGNI', cls: 'principle name or alias', find: [P('dont-build-unused'), EP('dont-build-unused')] },
  { q: '作らない勇気', cls: 'principle name or alias', find: [P('dont-build-unused'), EP('dont-build-unused')] },
  {
    q: '仮説検証',
    cls: 'principle name or alias',
    find: [P('test-hypotheses-fast'), S('feature-flag-experiments')],
    alsoRelevant: [EP('test-hypotheses-fast')],
  },
  {
    q: "don't build",
    cls: 'principle name or alias',
    find: [EP('dont-build-unused')],
    alsoRelevant: [P('dont-build-unused')],
  },
  { q: 'blameless', cls: 'principle name or alias', find: [EP('blameless-retros'), P('blameless-retros')] },
  { q: 'ownership', cls: 'principle name or alias', find: [EP('own-it-end-to-end'), P('own-it-end-to-end')] },
  {
    q: 'write it down',
    cls: 'principle name or alias',
    find: [EP('write-it-down'), ES('why-we-write-it-down')],
    alsoRelevant: [P('write-it-down')],
  },
  { q: '書いて残す', cls: 'principle name or alias', find: [P('write-it-down')], alsoRelevant: [EP('write-it-down')] },
  {
    q: 'premature optimization',
    cls: 'principle name or alias',
    find: [EP('measure-before-optimizing'), P('measure-before-optimizing')],
  },
];
