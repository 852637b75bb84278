import { describe, expect, it } from 'vitest';
import { cardFailureError, cardFailures } from './social-cards';

const card = (n: number, error: string) => ({
  source: `content/stories/ja/s${n}.mdx`,
  url: `/og/stories/s${n}.png`,
  error,
});

describe('cardFailures', () => {
  it('says an error shared by every card once, with the first cards it hit and how many more', () => {
    const message = cardFailures(
      Array.from({ length: 8 }, (_, i) => card(i, 'Social cards: Skia could not load x.ttf')),
    );
    expect(message.match(/Skia could not load/g)).toHaveLength(1);
    expect(message).toContain('Social cards: 8 could not be drawn.');
    expect(message).toContain('  content/stories/ja/s0.mdx (/og/stories/s0.png)');
    expect(message).toContain('  content/stories/ja/s4.mdx (/og/stories/s4.png)');
    expect(message).not.toContain('s5.mdx');
    expect(message).toContain('  and 3 more');
  });

  it('gives each distinct error its own paragraph, naming every card when there are few', () => {
    const message = cardFailures([card(1, 'first problem'), card(2, 'second problem'), card(3, 'first problem')]);
    expect(message.split('\n\n')).toEqual([
      'Social cards: 3 could not be drawn.',
      'first problem\n  content/stories/ja/s1.mdx (/og/stories/s1.png)\n  content/stories/ja/s3.mdx (/og/stories/s3.png)',
      'second problem\n  content/stories/ja/s2.mdx (/og/stories/s2.png)',
    ]);
  });
});

describe('cardFailureError', () => {
  it('says after the failures that the content is not at fault and how to reinstall what draws', () => {
    const { message } = cardFailureError([card(1, 'the drawing process stopped (signal SIGKILL)')]);
    expect(message.startsWith('Social cards: 1 could not be drawn.')).toBe(true);
    expect(message).toContain('the drawing process stopped (signal SIGKILL)');
    expect(message).toMatch(/not a problem in your content.*Run `npm ci`/s);
  });
});
