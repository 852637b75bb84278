import { describe, expect, it } from 'vitest';
import { checkContent } from './check';
import { loadFixture } from './fixtures';

/**
 * No input may crash the checker: random cuts, insertions and byte noise in every file of the base
 * site must each come back as a list of problems that name real files.
 */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const NOISE = [
  '---',
  '<',
  '{',
  '}',
  '</',
  '"',
  "'",
  ':',
  '\n',
  '- ',
  '#',
  '](',
  '![',
  '\u0000',
  '\uFEFF',
  '```',
  '<Principle id="',
  '\t',
];

describe('robustness', () => {
  it('turns 100 random mutations of the base site into problems, never an exception', () => {
    const base = loadFixture('../../base');
    const random = rng(42);
    for (let i = 0; i < 100; i++) {
      const files = base.files.map((f) => {
        if (random() < 0.5 || f.text === '') return f;
        let text = f.text;
        for (let k = 0; k < 3; k++) {
          const at = Math.floor(random() * text.length);
          const cut = Math.floor(random() * 6);
          text = text.slice(0, at) + NOISE[Math.floor(random() * NOISE.length)] + text.slice(at + cut);
        }
        return { path: f.path, text };
      });
      const problems = checkContent({ files, exists: base.exists, now: new Date('2026-01-01'), storiesPerPage: 12 });
      const paths = new Set([...files.map((f) => f.path), 'content/']);
      for (const p of problems) {
        expect(paths.has(p.file)).toBe(true);
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.message.ja.length).toBeGreaterThan(0);
      }
    }
  }, 60_000);
});
