import { describe, expect, it } from 'vitest';
import {
  hasInnerPunctuation,
  MAX_FALLBACK_WORDS,
  normalizeQuery,
  prefixStem,
  prepareQuery,
  segmentPhrase,
} from './search-query';

describe('normalizeQuery', () => {
  it('folds full-width letters, digits and dashes (NFKC) and lower-cases', () => {
    expect(normalizeQuery('ＡＩ－ＯＣＲ')).toBe('ai-ocr');
    expect(normalizeQuery('ＬＬＭ　評価')).toBe('llm 評価');
  });

  it('folds half-width katakana and collapses spaces', () => {
    expect(normalizeQuery('  ﾌｨｰﾁｬｰ   ﾌﾗｸﾞ ')).toBe('フィーチャー フラグ');
  });
});

describe('segmentPhrase', () => {
  it('splits Japanese into words as the browser does', () => {
    expect(segmentPhrase('仮説検証')).toEqual(['仮説', '検証']);
  });

  it('keeps katakana runs whole, where the browser splits them into fragments', () => {
    expect(segmentPhrase('レイテンシ')).toEqual(['レイテンシ']);
    expect(segmentPhrase('フィーチャーフラグ')).toEqual(['フィーチャーフラグ']);
  });

  it('splits Latin at punctuation, as the index does', () => {
    expect(segmentPhrase('ai-ocr')).toEqual(['ai', 'ocr']);
    expect(segmentPhrase('llm評価')).toEqual(['llm', '評価']);
  });
});

describe('hasInnerPunctuation', () => {
  it('is true when a mark other than a space separates two words', () => {
    expect(hasInnerPunctuation('ai-ocr')).toBe(true);
    expect(hasInnerPunctuation('a/bテスト')).toBe(true);
    expect(hasInnerPunctuation('請求書、遅延')).toBe(true);
  });

  it('is false for words written together, an apostrophe inside a word, or a mark at the end', () => {
    expect(hasInnerPunctuation('顧客体験')).toBe(false);
    expect(hasInnerPunctuation("don't")).toBe(false);
    expect(hasInnerPunctuation('llm評価')).toBe(false);
    expect(hasInnerPunctuation('ocr?')).toBe(false);
  });
});

describe('prefixStem', () => {
  it('stems English words when the stem is a prefix of the word', () => {
    expect(prefixStem('building')).toBe('build');
    expect(prefixStem('interviews')).toBe('interview');
  });

  it('never makes a word that does not start the original (deploy → deplo, not deploi)', () => {
    expect(prefixStem('deploy')).toBe('deplo');
    expect(prefixStem('writing')).toBe('writ');
  });

  it('leaves short words, stems that would be too short, and Japanese alone', () => {
    expect(prefixStem('used')).toBe('used');
    expect(prefixStem('llm')).toBe('llm');
    expect(prefixStem('検証')).toBe('検証');
  });
});

describe('prepareQuery', () => {
  it('tries one typed phrase of several words as an exact phrase first, then all words', () => {
    const q = prepareQuery('顧客体験');
    expect(q.plans).toEqual([
      { kind: 'phrase', term: '"顧客 体験"' },
      { kind: 'all', term: '顧客 体験', words: ['顧客', '体験'] },
      { kind: 'partial', words: ['顧客', '体験'], minMatches: 1 },
    ]);
  });

  it('does not force a phrase on words the reader typed apart', () => {
    const q = prepareQuery('feature flags experiments');
    expect(q.plans.map((p) => p.kind)).toEqual(['all', 'partial']);
    expect(q.plans[0]).toMatchObject({ kind: 'all', term: 'featur flag experi' });
  });

  it('asks for all words, not a phrase, when punctuation joins them (ai-ocr: never consecutive in the index)', () => {
    for (const raw of ['AI-OCR', 'ＡＩ－ＯＣＲ', 'CI/CD']) {
      const q = prepareQuery(raw);
      expect(q.plans.map((p) => p.kind)).toEqual(['all', 'partial']);
    }
    expect(prepareQuery('AI-OCR').plans[0]).toEqual({ kind: 'all', term: 'ai ocr', words: ['ai', 'ocr'] });
  });

  it('honours a quoted phrase', () => {
    expect(prepareQuery('"write it down"').plans[0]).toEqual({ kind: 'phrase', term: '"write it down"' });
  });

  it('keeps particles in the phrase but not as words of their own', () => {
    const q = prepareQuery('ものを作らない');
    expect(q.plans[0]).toEqual({ kind: 'phrase', term: '"もの を 作 ら ない"' });
    expect(q.plans[1]).toMatchObject({ kind: 'all', term: 'もの 作 ない' });
  });

  it('keeps a single kanji that ends a compound on the word before it (請求/書 → 請求書)', () => {
    expect(prepareQuery('請求書').plans[1]).toMatchObject({ kind: 'all', words: ['請求書'] });
    expect(prepareQuery('創業期').plans[1]).toMatchObject({ kind: 'all', words: ['創業期'] });
  });

  it('has a one-word fallback too, for misspelt words', () => {
    expect(prepareQuery('hypothsis').plans.at(-1)).toEqual({ kind: 'partial', words: ['hypothsi'], minMatches: 1 });
  });

  it('asks for half of the words, rounded up, in the partial fallback', () => {
    const q = prepareQuery('month end invoice delay outage');
    expect(q.plans.at(-1)).toMatchObject({ kind: 'partial', minMatches: 3 });
  });

  it('caps the words searched one by one in the fallback', () => {
    const long = Array.from({ length: 12 }, (_, i) => `word${i}`).join(' ');
    const last = prepareQuery(long).plans.at(-1);
    expect(last?.kind === 'partial' && last.words.length).toBe(MAX_FALLBACK_WORDS);
  });

  it('has no plan for an empty or punctuation-only query', () => {
    expect(prepareQuery('   ').plans).toEqual([]);
    expect(prepareQuery('、。!?').plans).toEqual([]);
  });
});
