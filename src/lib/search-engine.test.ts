import { describe, expect, it } from 'vitest';
import { matchName, matchingPrinciples, principlesFirst, runPlans, type Hit } from './search-engine';
import { prepareQuery } from './search-query';

/** A fake index: each page is a list of words; a term matches a page holding a word starting with every term word. */
function fakeSearch(pages: Record<string, string[]>) {
  const calls: string[] = [];
  const search = async (term: string): Promise<Hit[]> => {
    calls.push(term);
    const phrase = /^".*"$/.test(term);
    const words = term.replace(/"/g, '').split(' ');
    return Object.entries(pages)
      .filter(([, text]) =>
        phrase ? text.join(' ').includes(words.join(' ')) : words.every((w) => text.some((t) => t.startsWith(w))),
      )
      .map(([id], i) => ({ id, score: 10 - i }));
  };
  return { search, calls };
}

const backend = (pages: Record<string, string[]>) => ({ search: fakeSearch(pages).search });

describe('runPlans', () => {
  it('puts pages with the exact phrase before those with the words apart', async () => {
    const b = backend({ apart: ['顧客', 'の', '体験談'], together: ['顧客', '体験', 'から'] });
    const out = await runPlans(prepareQuery('顧客体験').plans, b);
    expect(out.mode).toBe('phrase');
    expect(out.hits.map((h) => h.id)).toEqual(['together', 'apart']);
  });

  it('does not search each word alone when the exact phrase was found: every word then has matches', async () => {
    const { search, calls } = fakeSearch({ apart: ['顧客', 'の', '体験談'], together: ['顧客', '体験', 'から'] });
    await runPlans(prepareQuery('顧客体験').plans, { search });
    expect(calls).toEqual(['"顧客 体験"', '顧客 体験']);
  });

  it('still searches each word alone when a word is not one of the phrase (a compound kept whole)', async () => {
    // 請求|書|発行: the phrase has 請求 and 書 apart; the words to AND keep 請求書 whole.
    const { search, calls } = fakeSearch({ phrase: ['請求', '書', '発行'], words: ['請求書', 'の', '発行'] });
    const out = await runPlans(prepareQuery('請求書発行').plans, { search });
    expect(calls.slice(0, 2)).toEqual(['"請求 書 発行"', '請求書 発行']);
    expect(calls).toContain('請求書');
    expect(out.mode).toBe('phrase');
  });

  it('falls back to all words when the phrase finds nothing', async () => {
    const b = backend({ a: ['体験', 'と', '顧客'] });
    const out = await runPlans(prepareQuery('顧客体験').plans, b);
    expect(out.mode).toBe('all');
    expect(out.hits.map((h) => h.id)).toEqual(['a']);
  });

  it('falls back to partial matches, most words matched first, and says so', async () => {
    const b = backend({
      one: ['invoice'],
      two: ['invoice', 'delay'],
      none: ['lunch'],
    });
    const out = await runPlans(prepareQuery('invoice delay teleport').plans, b);
    expect(out.mode).toBe('partial');
    expect(out.hits.map((h) => h.id)).toEqual(['two']);
  });

  it('reports nothing found as mode none', async () => {
    expect(await runPlans(prepareQuery('zzz').plans, backend({ a: ['x'] }))).toEqual({ mode: 'none', hits: [] });
  });

  it('retries a misspelt English word as a shorter prefix, and labels it partial', async () => {
    const { search, calls } = fakeSearch({ h: ['hypotheses'], other: ['hypnosis'] });
    const out = await runPlans(prepareQuery('hypothsis').plans, { search });
    expect(out).toEqual({ mode: 'partial', hits: [{ id: 'h', score: 10 }] });
    expect(calls.at(-1)).toBe('hypoth');
  });

  it('does not trust a hit for a word the page does not hold (Pagefind swaps in a known prefix)', async () => {
    const pages = { noise: ['post'], right: ['postmortem'] };
    const { search } = fakeSearch(pages);
    // Like Pagefind: an unknown word answers with pages of a shorter known prefix.
    const swapping = async (term: string) => {
      const hits = await search(term);
      return hits.length > 0 || term.length <= 4 ? hits : search(term.slice(0, 4));
    };
    const holds = async (hit: Hit, word: string) => pages[hit.id as keyof typeof pages].some((w) => w.startsWith(word));
    const out = await runPlans(prepareQuery('postmortm').plans, { search: swapping, holds });
    expect(out.mode).toBe('partial');
    expect(out.hits[0]?.id).toBe('right');
  });
});

describe('matchName', () => {
  it('matches a name exactly, ignoring width, case, spaces and punctuation', () => {
    expect(matchName('ｙａｇｎｉ', 'YAGNI')).toBe(2);
    expect(matchName('仮説検証は速く正確に', '仮説検証は速く、正確に')).toBe(2);
    expect(matchName('dont build what wont be used', "Don't build what won't be used")).toBe(2);
  });

  it('matches part of a Japanese name of two characters or more', () => {
    expect(matchName('使われない', '使われないものを作らない')).toBe(1);
    expect(matchName('使', '使われないものを作らない')).toBe(0);
  });

  it('matches part of an English name only from the start of a word', () => {
    expect(matchName("don't build", "Don't build what won't be used")).toBe(1);
    expect(matchName('uild', "Don't build what won't be used")).toBe(0);
  });
});

describe('matchingPrinciples', () => {
  const p = (id: string, lang: string, title: string, aliases: string[] = []) => ({
    hit: { id, score: 0 },
    lang,
    title,
    aliases,
  });
  const principles = [
    p('en-dont', 'en', "Don't build what won't be used", ['YAGNI']),
    p('ja-dont', 'ja', '使われないものを作らない', ['YAGNI', '作らない勇気']),
    p('ja-write', 'ja', '書いて残す', ['ドキュメント文化']),
  ];

  it('finds principles by alias, the reader’s language first', () => {
    expect(matchingPrinciples('yagni', principles, 'ja').map((x) => x.hit.id)).toEqual(['ja-dont', 'en-dont']);
    expect(matchingPrinciples('yagni', principles, 'en').map((x) => x.hit.id)).toEqual(['en-dont', 'ja-dont']);
  });

  it('puts an exact name before a partial one', () => {
    const list = [p('a', 'ja', '作らない勇気を持つ'), p('b', 'ja', '別', ['作らない勇気'])];
    expect(matchingPrinciples('作らない勇気', list, 'ja').map((x) => x.hit.id)).toEqual(['b', 'a']);
  });

  it('finds nothing for words that name no principle', () => {
    expect(matchingPrinciples('請求書', principles, 'ja')).toEqual([]);
  });
});

describe('principlesFirst', () => {
  it('moves pinned pages to the top, each page once', () => {
    const hits = [
      { id: 'x', score: 3 },
      { id: 'p', score: 2 },
      { id: 'y', score: 1 },
    ];
    expect(principlesFirst(hits, [{ id: 'p', score: 0 }]).map((h) => h.id)).toEqual(['p', 'x', 'y']);
  });
});

describe('runPlans with a word Pagefind would drop', () => {
  it('does not call it an all-words match when one typed word matches nothing', async () => {
    const b = backend({ a: ['invoice', 'delay'], b: ['invoice'] });
    const out = await runPlans(prepareQuery('invoice delay wormhole').plans, b);
    expect(out.mode).toBe('partial');
    expect(out.hits.map((h) => h.id)).toEqual(['a']);
  });
});
