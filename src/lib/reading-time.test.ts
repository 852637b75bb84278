import { describe, expect, it } from 'vitest';
import { CODE_LINES_PER_MINUTE, EN_WORDS_PER_MINUTE, JA_CHARS_PER_MINUTE, readingTime } from './reading-time';

describe('readingTime', () => {
  it('counts Japanese in characters, not in space-separated words', () => {
    const body = '使われないものを作らない。'.repeat(100); // 12 counted characters a sentence
    const r = readingTime(body, 'ja');
    expect(r.jaChars).toBe(1200);
    expect(r.minutes).toBe(Math.round(1200 / JA_CHARS_PER_MINUTE));
  });

  it('counts English in words', () => {
    const body = Array.from({ length: 684 }, () => 'word').join(' ');
    const r = readingTime(body, 'en');
    expect(r.words).toBe(684);
    expect(r.minutes).toBe(Math.round(684 / EN_WORDS_PER_MINUTE));
  });

  it('weighs fenced code by lines, apart from prose', () => {
    const code = Array.from({ length: CODE_LINES_PER_MINUTE * 2 }, (_, i) => `const x${i} = ${i};`).join('\n');
    const r = readingTime(`短い本文。\n\n\`\`\`ts\n${code}\n\`\`\`\n`, 'ja');
    expect(r.codeLines).toBe(CODE_LINES_PER_MINUTE * 2);
    expect(r.minutes).toBe(2);
    expect(r.words).toBe(0); // nothing inside the fence is read as prose
  });

  it('does not count markup, link targets or JSX tags', () => {
    const r = readingTime('## 見出し\n\n[リンク](/principles/dont-build-unused/) <Principle id="x" />', 'ja');
    expect(r.jaChars).toBe(3 + 3); // 見出し + リンク
    expect(r.words).toBe(0);
  });

  it('counts Japanese characters and the Latin words between them in mixed prose', () => {
    const r = readingTime('請求書 AI-OCR を TypeScript で書き直した。', 'ja');
    expect(r.jaChars).toBe(10); // 請求書 を で 書き直した
    expect(r.words).toBe(3); // AI, OCR, TypeScript
  });

  it('never says zero minutes', () => {
    expect(readingTime('', 'en').minutes).toBe(1);
  });
});
