import { describe, expect, it } from 'vitest';
import { authorLang } from './cli-lang';
import { problem } from './problem';
import { formatAnnotation, formatReport, formatSummary } from './report';

const a = problem(
  'references',
  'error',
  'content/stories/ja/a.mdx',
  { line: 9, column: 5 },
  { ja: '指針がありません。', en: 'No such principle.' },
  { ja: 'もしかして「x」？', en: 'Did you mean "x"?' },
);
const b = problem(
  'publication',
  'notice',
  'content/stories/ja/b.mdx',
  { line: 3, column: 1 },
  { ja: '下書きです。', en: 'A draft.' },
);

describe('the report', () => {
  it('prints like a compiler, grouped by file, in the author language', () => {
    expect(formatReport([a, b], 'ja')).toBe(
      'content/stories/ja/a.mdx:9:5  指針がありません。  (もしかして「x」？)\n\ncontent/stories/ja/b.mdx:3:1  お知らせ: 下書きです。',
    );
    expect(formatReport([a], 'en')).toBe('content/stories/ja/a.mdx:9:5  No such principle.  (Did you mean "x"?)');
  });

  it('sums up', () => {
    expect(formatSummary([a, b], 'ja', 10, 0.5)).toBe(
      '✗ エラー 1 件、警告 0 件、お知らせ 1 件（10 ファイル、0.50 秒）',
    );
    expect(formatSummary([b], 'en', 1, 0.1)).toBe('✓ No errors, 0 warnings, 1 note (1 files, 0.10 s)');
  });

  it('writes GitHub workflow annotations with their special characters escaped', () => {
    expect(formatAnnotation(a, 'en')).toBe(
      '::error file=content/stories/ja/a.mdx,line=9,col=5,title=npm run check%3A references::No such principle. (Did you mean "x"?)',
    );
    const odd = problem('x', 'warning', 'a,b.mdx', undefined, { ja: '100%\n次', en: '' });
    expect(formatAnnotation(odd, 'ja')).toBe(
      '::warning file=a%2Cb.mdx,line=1,col=1,title=npm run check%3A x::100%25%0A次',
    );
  });

  it('speaks the language of the flag, else of the locale, else Japanese', () => {
    expect(authorLang('en', { LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(authorLang(undefined, { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(authorLang(undefined, { LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US' })).toBe('ja');
    expect(authorLang(undefined, { LANG: 'C.UTF-8' })).toBe('ja');
  });
});
