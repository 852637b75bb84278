import { describe, expect, it } from 'vitest';
import { fakeCard } from './test-utils';
import { breakableText, layoutCard, titlePieces, wrap, type CardFont, type Measure } from './card-layout';
import { CARD_HEIGHT, CARD_WIDTH, type CardData } from './og-card';

/**
 * A stand-in for the font: a CJK character is one em wide, anything else half an em, as in Noto
 * Sans JP to within a few per cent. The layout only ever sees widths, so this is enough to check its
 * decisions; `og-draw.test.ts` draws with the real font.
 */
const measure: Measure = (text, font) =>
  [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 1 : 0.5), 0) * font.size;

const card = fakeCard();

/** The card's content box: 24 px accent bar + 64 px padding on the left, 72 px on the right. */
const LEFT = 88;
const RIGHT = CARD_WIDTH - 72;

function textBoxes(data: CardData) {
  return layoutCard(data, measure).shapes.flatMap((s) =>
    s.type === 'text' ? [{ ...s, left: s.x, right: s.x + measure(s.text, s.font) }] : [],
  );
}

describe('card layout', () => {
  it('breaks a Japanese title only between its phrases', () => {
    const phrases = [
      '請求書',
      'AI-OCR ',
      'チームに',
      '入社して',
      '最初の',
      '三か月で',
      'やった',
      'こと、',
      'そして',
      'オンボーディングの',
      '仕組みを',
      '作り直すまで',
    ];
    const title = phrases.join('');
    const { title: lines } = layoutCard({ ...card, title, titlePhrases: phrases }, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(title.replace(/ $/, ''));
    for (const line of lines) {
      // Every line is a run of whole phrases.
      let rest = line;
      while (rest !== '') {
        const phrase = phrases.find((p) => rest.startsWith(p) || rest === p.trimEnd());
        expect(phrase, `"${line}" starts inside a phrase at "${rest}"`).toBeDefined();
        rest = rest.slice(phrase!.length);
      }
    }
  });

  it('breaks an English title between words', () => {
    const title = 'What three months of incident reviews taught us about fixing the system';
    const { title: lines } = layoutCard({ ...card, lang: 'en', title, titlePhrases: [title] }, measure);
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe(title);
  });

  it('cuts a title that needs more than three lines with "…"', () => {
    const title = 'Looking back at a very long title '.repeat(6).trim();
    const { title: lines } = layoutCard({ ...card, lang: 'en', title, titlePhrases: [title] }, measure);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
    expect(title.startsWith(lines.join(' ').slice(0, -1).trimEnd())).toBe(true);
  });

  it('clamps the byline to two lines, never starting a line with a comma or a full stop', () => {
    const byline =
      '障害や失敗が起きたとき、個人を責めるのではなく、それを起こした仕組みとプロセスを改善します。'.repeat(3);
    const { byline: lines } = layoutCard({ ...card, byline }, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(byline.startsWith(lines.join('').slice(0, -1))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/^[、。]/);
  });

  it('cuts an English byline between words', () => {
    // Two 34-letter words fill a line (69 half-em characters of 30 px in 1,040 px): "…" does not fit
    // after the second, which is dropped whole rather than cut to "bbb…".
    const [a, b] = ['a'.repeat(34), 'b'.repeat(34)];
    const { byline: lines } = layoutCard({ ...card, lang: 'en', byline: [a, b, a, b, a, b].join(' ') }, measure);
    expect(lines).toEqual([`${a} ${b}`, `${a}…`]);
  });

  it('shows three principles and "+N" for the rest, fewer when they are long, and cuts one too long alone', () => {
    const five = layoutCard({ ...card, chips: ['一', '二', '三', '四', '五'] }, measure);
    expect(five.chips).toEqual(['◆ 一', '◆ 二', '◆ 三']);
    expect(five.more).toBe(2);
    expect(textBoxes({ ...card, chips: ['一', '二', '三', '四', '五'] }).map((t) => t.text)).toContain('+2');

    const long = ['とても長い指針の名前がここに入ります', 'もう一つのとても長い指針の名前です', '三つめの長い指針'];
    const fewer = layoutCard({ ...card, chips: long }, measure);
    expect(fewer.chips.length).toBeLessThan(3);
    expect(fewer.chips.length + fewer.more).toBe(3);

    const huge = layoutCard({ ...card, chips: ['長'.repeat(80)] }, measure);
    expect(huge.chips).toHaveLength(1);
    expect(huge.chips[0]).toMatch(/^◆ 長+…$/);
    expect(huge.more).toBe(0);
  });

  it('draws no chips for a principle card', () => {
    const layout = layoutCard({ ...card, byline: '要約です。', chips: [] }, measure);
    expect(layout.chips).toEqual([]);
    expect(layout.shapes.filter((s) => s.type === 'outline')).toEqual([]);
  });

  it.each([
    ['a short title', card],
    [
      'a long title, five principles',
      {
        ...card,
        title: '長いタイトル'.repeat(20),
        titlePhrases: Array(20).fill('長いタイトル') as string[],
        chips: ['とても長い指針の名前'.repeat(3), '二', '三', '四', '五'],
      },
    ],
    [
      'a long site name and kind',
      { ...card, site: 'とても長いサイト名'.repeat(8), eyebrow: 'とても長い種類'.repeat(6) },
    ],
    [
      'a word wider than the card',
      {
        ...card,
        lang: 'en' as const,
        title: 'x'.repeat(300),
        titlePhrases: ['x'.repeat(300)],
        byline: 'y'.repeat(300),
      },
    ],
  ])('keeps every text inside the card: %s', (_, data) => {
    const boxes = textBoxes(data);
    for (const box of boxes) {
      expect(box.left, box.text).toBeGreaterThanOrEqual(LEFT);
      expect(box.right, box.text).toBeLessThanOrEqual(RIGHT + 1e-9);
      expect(box.baseline - box.font.size).toBeGreaterThan(0);
      expect(box.baseline).toBeLessThan(CARD_HEIGHT);
    }
    // The lines down the left edge do not overlap: each one's ascent starts below the baseline above.
    const lines = boxes.filter((b) => b.left === LEFT).sort((a, b) => a.baseline - b.baseline);
    for (const [above, below] of lines.slice(1).map((b, i) => [lines[i]!, b] as const)) {
      expect(below.baseline - 0.88 * below.font.size, below.text).toBeGreaterThan(above.baseline);
    }
  });
});

describe('wrap', () => {
  const font: CardFont = { size: 10, weight: 400 };

  it('breaks a piece wider than a whole line between its characters', () => {
    expect(wrap(['abcdefgh'], 20, 5, font, measure)).toEqual(['abcd', 'efgh']);
  });

  it('keeps trailing spaces off the line ends', () => {
    expect(wrap(['aa ', 'bb ', 'cc'], 30, 3, font, measure)).toEqual(['aa bb', 'cc']);
  });
});

describe('line-break pieces', () => {
  it('splits Japanese between characters, keeping punctuation and small kana with the one before', () => {
    expect(breakableText('起きたとき、ジョブ。')).toEqual(['起', 'き', 'た', 'と', 'き、', 'ジョ', 'ブ。']);
  });

  it('keeps Latin words whole, with their spaces', () => {
    expect(breakableText('Aoi Tanaka, 森 遥')).toEqual(['Aoi ', 'Tanaka, ', '森 ', '遥']);
  });

  it('keeps an opening bracket with the character after it', () => {
    expect(breakableText('「指針」')).toEqual(['「指', '針」']);
  });

  it('splits title phrases after their spaces', () => {
    expect(titlePieces(['Write it down', 'ものを'])).toEqual(['Write ', 'it ', 'down', 'ものを']);
  });
});
