import { describe, expect, it } from 'vitest';
import { principleNames } from './search-principles';

const page = (url: string, kind: string, extra: Record<string, string> = {}) => ({
  url,
  content: 'Don\u200Bt build\u200B what won\u200Bt be used.',
  meta: { title: `title of ${url}`, kind, ...extra },
  filters: { lang: [url.startsWith('/en/') ? 'en' : 'ja'] },
});

describe('principleNames', () => {
  it('reads principle pages from single-page fragment files, by their id', () => {
    const names = principleNames([
      { path: 'fragment/ja_abc.pf_fragment', json: page('/en/principles/a/', 'principle', { aliases: '["YAGNI"]' }) },
      { path: 'fragment/ja_def.pf_fragment', json: page('/stories/b/', 'essay') },
      { path: 'index/ja_123.pf_index', json: {} },
    ]);
    expect(names).toEqual([
      {
        id: 'ja_abc',
        url: '/en/principles/a/',
        title: 'title of /en/principles/a/',
        aliases: ['YAGNI'],
        lang: 'en',
        excerpt: 'Dont build what wont be used.',
      },
    ]);
  });

  it('reads grouped fragment files, as large sites have', () => {
    const names = principleNames([
      {
        path: 'fragment/ja_group1.pf_fragment',
        json: { ja_p1: page('/principles/x/', 'principle'), ja_s1: page('/stories/y/', 'practice') },
      },
    ]);
    expect(names.map((n) => [n.id, n.url, n.lang])).toEqual([['ja_p1', '/principles/x/', 'ja']]);
  });
});
