import { describe, expect, it } from 'vitest';
import { highlight, highlightTerms, joinMarks, type ExcerptPart } from './search-excerpt';

const m = (text: string): ExcerptPart => ({ text, marked: true });
const u = (text: string): ExcerptPart => ({ text, marked: false });
const marks = (parts: ExcerptPart[]) =>
  joinMarks(parts)
    .filter((p) => p.marked)
    .map((p) => p.text);

describe('joinMarks', () => {
  it('highlights a hyphenated or slashed term whole (AI-OCR, CI/CD)', () => {
    expect(joinMarks([u('invoice '), m('AI'), u('-'), m('OCR'), u('. My')])).toEqual([
      u('invoice '),
      m('AI-OCR'),
      u('. My'),
    ]);
    expect(marks([m('CI'), u('/'), m('CD '), u('pipeline')])).toEqual(['CI/CD']);
  });

  it('joins adjacent highlights (請求 + 書) and keeps spaces out of a highlight', () => {
    expect(joinMarks([m('請求'), m('書'), u('の')])).toEqual([m('請求書'), u('の')]);
    expect(joinMarks([m('OCR '), u('の評価')])).toEqual([m('OCR'), u(' の評価')]);
  });

  it('does not join across a space, text, or a mark that ends a sentence', () => {
    expect(marks([m('AI'), u(' と '), m('OCR')])).toEqual(['AI', 'OCR']);
    expect(marks([m('AI '), u('-'), m('OCR')])).toEqual(['AI', 'OCR']);
    expect(marks([m('AI'), u('-'), u('based')])).toEqual(['AI']);
    expect(marks([u('x'), u('-'), m('OCR')])).toEqual(['OCR']);
  });

  it('keeps the text unchanged', () => {
    const parts = [u('a '), m('A'), u('/'), m('B '), m('テスト'), u(' b')];
    expect(
      joinMarks(parts)
        .map((p) => p.text)
        .join(''),
    ).toBe(parts.map((p) => p.text).join(''));
    expect(marks(parts)).toEqual(['A/B テスト']);
  });
});

describe('highlightTerms', () => {
  it('is what the reader typed, folded, without one-letter terms', () => {
    expect(highlightTerms('ＡＩ－ＯＣＲ')).toEqual(['ai-ocr']);
    expect(highlightTerms('"write it down" a')).toEqual(['write', 'it', 'down']);
  });
});

describe('highlight', () => {
  it('highlights the typed term whole where Pagefind marked a piece of it', () => {
    expect(marks(highlight([u('月末の'), m('請求'), u('書の処理')], ['請求書']))).toEqual(['請求書']);
    expect(marks(highlight([u('最後までや'), m('りき'), u('る')], ['やりきる']))).toEqual(['やりきる']);
    expect(marks(highlight([u('invoice '), m('AI'), u('-OCR. My')], ['ai-ocr']))).toEqual(['AI-OCR']);
  });

  it('drops Pagefind marks that are not what was typed, when every typed term is shown', () => {
    const parts = [m('A'), u('/'), m('B '), m('テスト'), u(' and '), m('about'), u(' it')];
    expect(marks(highlight(parts, ['a/b', 'テスト']))).toEqual(['A/B', 'テスト']);
  });

  it('highlights a Latin term from a word start to the word end, never inside a word', () => {
    expect(marks(highlight([u('we are building it; rebuild')], ['build']))).toEqual(['building']);
    expect(marks(highlight([u('decide the CI')], ['ci']))).toEqual(['CI']);
  });

  it("keeps Pagefind's marks when a typed term is not in the excerpt (a stem, a typo)", () => {
    expect(marks(highlight([u('the '), m('hypotheses'), u(' we test')], ['hypothsis']))).toEqual(['hypotheses']);
    expect(marks(highlight([m('builds'), u(' and building')], ['building', 'xyz']))).toEqual(['builds', 'building']);
  });

  it('keeps the text unchanged', () => {
    const parts = [u('請求書 '), m('AI'), u('-OCR の評価')];
    expect(
      highlight(parts, ['ai-ocr', '評価'])
        .map((p) => p.text)
        .join(''),
    ).toBe('請求書 AI-OCR の評価');
  });
});
