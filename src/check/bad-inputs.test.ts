import { describe, expect, it } from 'vitest';
import { checkContent, RULES } from './check';
import { fixtureNames, loadFixture } from './fixtures';
import type { Severity } from './problem';

/**
 * The bad-input suite: each fixture in tests/fixtures/bad/ makes one mistake on the valid site of
 * tests/fixtures/base/, and here is exactly what `npm run check` must say about it: severity, file,
 * line, column and the Japanese message.
 */
const NOW = new Date('2026-01-01T00:00:00Z');

const run = (name: string) => checkContent({ ...loadFixture(name), now: NOW, storiesPerPage: 12 });

type Expected = [Severity, string, number, number, string];

const EXPECTED: Record<string, Expected[]> = {
  'author-joined-without-quotes': [
    ['error', 'content/authors/ken.yaml', 3, 9, '「joined」の「2025-4」は形が違います。'],
  ],
  'author-link-not-a-url': [
    ['error', 'content/authors/ken.yaml', 7, 10, '「links[0].url」の「github.com/ken」は形が違います。'],
  ],
  'author-yml-extension': [['error', 'content/authors/ken.yml', 1, 1, 'このファイルはサイトに載りません。']],
  'broken-anchor': [
    ['error', 'content/stories/ja/bad.mdx', 12, 1, 'このページに「#はじめ」という見出しはありません。'],
  ],
  'broken-anchor-on-other-page': [
    ['error', 'content/stories/ja/bad.mdx', 10, 1, '/stories/hello/ に「#おわりに」という見出しはありません。'],
  ],
  'broken-site-link': [
    ['error', 'content/stories/ja/bad.mdx', 10, 1, 'リンク先 /principles/dont-build-unusd/ というページはありません。'],
  ],
  'date-no-such-day': [
    ['error', 'content/stories/ja/bad.mdx', 4, 10, '「pubDate」の 2025-02-30 は存在しない日付です。'],
  ],
  'date-not-a-date': [
    ['error', 'content/stories/ja/bad.mdx', 4, 10, '「pubDate」の「yesterday」は日付として読めません。'],
  ],
  'date-with-slashes': [
    ['error', 'content/stories/ja/bad.mdx', 4, 10, '「pubDate」の「2025/04/01」は日付として読めません。'],
  ],
  draft: [['notice', 'content/stories/ja/bad.mdx', 8, 8, '下書きです。本番のサイトには載りません。']],
  'draft-not-boolean': [['error', 'content/stories/ja/bad.mdx', 8, 8, '「draft」の形が違います。']],
  'empty-description': [['error', 'content/stories/ja/bad.mdx', 3, 14, '「description」が空です。']],
  'empty-file': [['error', 'content/stories/ja/bad.mdx', 1, 1, 'ファイルが空です。']],
  // Found by the fuzz test: the build failed rendering the page, with a bare stack trace.
  'expression-undefined-name': [
    [
      'error',
      'content/stories/ja/bad.mdx',
      10,
      8,
      '{ } の中の「y」はどこにも定義されていません。ページを作るときに失敗します。',
    ],
  ],
  'file-name-not-a-slug': [
    ['error', 'content/stories/ja/My Story.mdx', 1, 1, 'ファイル名「My Story」は URL に使えません。'],
  ],
  'id-not-an-id': [
    ['error', 'content/stories/ja/bad.mdx', 7, 14, '「principles[0]」の「Dont Build Unused」は形が違います。'],
  ],
  'image-missing-file': [['error', 'content/stories/ja/bad.mdx', 10, 1, '画像ファイル ./chart.png がありません。']],
  'image-without-alt': [['error', 'content/stories/ja/bad.mdx', 10, 1, '画像に代替テキスト（alt）がありません。']],
  'img-tag-without-alt': [['error', 'content/stories/ja/bad.mdx', 10, 1, '画像に代替テキスト（alt）がありません。']],
  // Found by the fuzz test: the build failed on it with "Could not load … No such file or directory".
  'invalid-utf8': [
    ['error', 'content/stories/ja/bad.mdx', 10, 6, 'UTF-8 として読めない文字があります（� と表示される文字）。'],
  ],
  'link-to-missing-file': [
    ['error', 'content/stories/ja/bad.mdx', 10, 1, 'リンク先のファイル ./helo.mdx がありません。'],
  ],
  'link-to-source-file': [
    ['error', 'content/stories/ja/bad.mdx', 10, 1, './hello.mdx はファイルへのリンクで、サイトでは開けません。'],
  ],
  'markdown-extension': [['error', 'content/stories/ja/bad.md', 1, 1, 'このファイルはサイトに載りません。']],
  'mdx-literal-brace': [['error', 'content/stories/ja/bad.mdx', 10, 14, '{ } の中が式として読めません。']],
  'mdx-literal-less-than': [['error', 'content/stories/ja/bad.mdx', 10, 3, '< のあとがタグとして読めません。']],
  'mdx-stray-closing-tag': [['error', 'content/stories/ja/bad.mdx', 12, 6, '開いていないタグを </b> で閉じています。']],
  'mdx-unclosed-tag': [['error', 'content/stories/ja/bad.mdx', 12, 1, '<div> を閉じるタグ </div> がありません。']],
  // Found by the fuzz test: nothing reported it, and the build failed at line 0:0.
  'missing-pubdate': [['error', 'content/stories/ja/bad.mdx', 1, 1, '「pubDate」がありません。']],
  'missing-title': [['error', 'content/stories/ja/bad.mdx', 1, 1, '「title」がありません。']],
  // Not one mistake but eight, in one file: each is reported in the same run, at its line.
  'mistakes-at-once': [
    ['error', 'content/stories/ja/bad.mdx', 4, 10, '「pubDate」の 2025-11-31 は存在しない日付です。'],
    ['error', 'content/stories/ja/bad.mdx', 5, 7, '「kind」に「onbording」は使えません。'],
    ['error', 'content/stories/ja/bad.mdx', 6, 11, 'authors に書かれた「aoi-tanak」という書き手はいません。'],
    [
      'error',
      'content/stories/ja/bad.mdx',
      12,
      1,
      '<Principle id> に書かれた「dont-build-unusd」という指針はありません。',
    ],
    ['error', 'content/stories/ja/bad.mdx', 14, 1, '画像に代替テキスト（alt）がありません。'],
    ['error', 'content/stories/ja/bad.mdx', 14, 1, '画像ファイル ./team.png がありません。'],
    ['error', 'content/stories/ja/bad.mdx', 16, 1, 'このページに「#はじめ」という見出しはありません。'],
    ['error', 'content/stories/ja/bad.mdx', 18, 1, '<div> を閉じるタグ </div> がありません。'],
  ],
  'misspelt-kind': [['error', 'content/stories/ja/bad.mdx', 5, 7, '「kind」に「onbording」は使えません。']],
  'no-frontmatter': [
    ['error', 'content/stories/ja/bad.mdx', 1, 1, 'ファイルの先頭に frontmatter（--- で囲んだ項目）がありません。'],
  ],
  'no-language-folder': [['error', 'content/stories/bad.mdx', 1, 1, '言語のフォルダに入っていません。']],
  'principle-id-expression': [
    ['error', 'content/stories/ja/bad.mdx', 10, 1, '<Principle id={…}> の id は確かめられません。'],
  ],
  'principle-listed-twice': [
    ['warning', 'content/stories/ja/bad.mdx', 9, 5, '「principles」に「dont-build-unused」が 2 回書かれています。'],
  ],
  'principle-without-id': [['error', 'content/stories/ja/bad.mdx', 12, 1, '<Principle> に id がありません。']],
  'raw-html-event-handler': [
    [
      'error',
      'content/stories/ja/bad.mdx',
      12,
      5,
      '<a onclick> はイベントハンドラで、読者のブラウザでコードが動きます。',
    ],
  ],
  'raw-html-iframe': [
    [
      'error',
      'content/stories/ja/bad.mdx',
      12,
      1,
      '<iframe src="https://video.example/embed/1"> はサイトの設定で許可されていないページを埋め込みます。',
    ],
  ],
  'raw-html-javascript-link': [
    [
      'error',
      'content/stories/ja/bad.mdx',
      12,
      1,
      'Markdown のリンクの行き先が javascript: URL です。読者のブラウザでコードが動きます。',
    ],
  ],
  'raw-html-javascript-url': [
    [
      'error',
      'content/stories/ja/bad.mdx',
      12,
      1,
      '<a href> が javascript: URL です。読者のブラウザでコードが動きます。',
    ],
  ],
  'raw-html-script': [
    [
      'error',
      'content/stories/ja/bad.mdx',
      12,
      1,
      '<script> は読者のブラウザで動きます。コンテンツにコードは書けません。',
    ],
  ],
  'raw-html-script-src': [
    [
      'error',
      'content/stories/ja/bad.mdx',
      12,
      1,
      '<script src="https://tracker.example/t.js"> はサイトの設定で許可されていないスクリプトを読み込みます。',
    ],
  ],
  'retired-principle-cited': [
    ['warning', 'content/stories/ja/bad.mdx', 7, 14, '引退した指針「move-fast」を引用しています。'],
  ],
  scheduled: [['notice', 'content/stories/ja/bad.mdx', 4, 10, '予約投稿です。2099-01-01 から本番のサイトに載ります。']],
  'successor-unknown': [
    [
      'error',
      'content/principles/ja/move-fast.mdx',
      5,
      15,
      'supersededBy に書かれた「dont-build-unusd」という指針はありません。',
    ],
  ],
  'tags-not-a-list': [['error', 'content/stories/ja/bad.mdx', 8, 7, '「tags」の形が違います。']],
  'translation-misnamed': [
    [
      'warning',
      'content/stories/ja/hello.mdx',
      1,
      1,
      '翻訳の片割れが見つかりません。content/stories/en/helo.mdx のことですか？',
    ],
  ],
  'unknown-author': [
    ['error', 'content/stories/ja/bad.mdx', 6, 11, 'authors に書かれた「aoi-tanaka」という書き手はいません。'],
  ],
  'unknown-component': [['error', 'content/stories/ja/bad.mdx', 12, 1, '<Principel> という部品はありません。']],
  'unknown-field': [['error', 'content/stories/ja/bad.mdx', 8, 1, '「autor」という項目はありません。']],
  'unknown-principle': [
    ['error', 'content/stories/ja/bad.mdx', 7, 14, 'principles に書かれた「dont-build-unusd」という指針はありません。'],
  ],
  'unknown-principle-inline': [
    [
      'error',
      'content/stories/ja/bad.mdx',
      12,
      1,
      '<Principle id> に書かれた「dont-build-unusd」という指針はありません。',
    ],
  ],
  'updated-before-published': [['error', 'content/stories/ja/bad.mdx', 8, 14, 'updatedDate が pubDate より前です。']],
  'wrong-language-folder': [['error', 'content/stories/jp/bad.mdx', 1, 1, '「jp」は言語のフォルダではありません。']],
  // Found by the fuzz test: the check passed it and Astro's YAML refused it.
  'yaml-control-character': [
    ['error', 'content/stories/ja/bad.mdx', 3, 16, 'YAML に書けない制御文字（U+0000）があります。'],
  ],
  'yaml-duplicate-key': [['error', 'content/stories/ja/bad.mdx', 4, 1, '同じ項目が 2 回書かれています。']],
  // Found by the fuzz test: the checker crashed on it.
  'yaml-unknown-alias': [
    [
      'error',
      'content/stories/ja/bad.mdx',
      7,
      1,
      'YAML として読めません: Unresolved alias (the anchor must be set before the alias): x',
    ],
  ],
  // Found by the fuzz test: Astro's YAML reads this as a date and the build failed at 0:0.
  'yaml-unquoted-date-in-text': [
    ['error', 'content/stories/ja/bad.mdx', 3, 14, '「description」の値は日付として読まれ、文字として使えません。'],
  ],
  'yaml-unclosed-quote': [['error', 'content/stories/ja/bad.mdx', 2, 1, '引用符 " が閉じられていません。']],
};

describe('the bad-input suite', () => {
  it('has a pinned verdict for every fixture, and at least 25 fixtures', () => {
    expect(fixtureNames()).toEqual(Object.keys(EXPECTED).sort());
    expect(fixtureNames().length).toBeGreaterThanOrEqual(25);
  });

  it('finds nothing wrong with the base site the fixtures start from', () => {
    expect(checkContent({ ...loadFixture('../../base'), now: NOW, storiesPerPage: 12 })).toEqual([]);
  });

  it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    const found = run(name).map((p) => [p.severity, p.file, p.line, p.column, p.message.ja]);
    expect(found).toEqual(expected);
  });

  it('suggests the nearest id, in Japanese and in English', () => {
    const [p] = run('unknown-principle');
    expect(p!.hint).toEqual({ ja: 'もしかして「dont-build-unused」？', en: 'Did you mean "dont-build-unused"?' });
    expect(p!.message.en).toBe('principles cites "dont-build-unusd", which is not a principle.');
    expect(run('misspelt-kind')[0]!.hint?.ja).toBe('もしかして「onboarding」？');
    expect(run('unknown-field')[0]!.hint?.en).toBe('Did you mean "authors"?');
    expect(run('unknown-component')[0]!.hint?.ja).toBe('もしかして「Principle」？');
    expect(run('broken-anchor')[0]!.hint?.ja).toBe('もしかして「はじめに」？');
    expect(run('broken-site-link')[0]!.hint?.ja).toBe('もしかして「/principles/dont-build-unused/」？');
  });

  it('says how to fix MDX syntax in plain words', () => {
    expect(run('mdx-literal-brace')[0]!.hint?.ja).toContain('\\{');
    expect(run('mdx-unclosed-tag')[0]!.hint?.ja).toBe('</div> を書くか、<div /> のように / で閉じてください');
  });

  it('says how to get rid of raw HTML: remove it, or allow its URL in src/config.ts', () => {
    expect(run('raw-html-script')[0]!.hint?.en).toMatch(/^remove it/);
    expect(run('raw-html-script-src')[0]!.hint?.en).toBe(
      'remove it, or if the site should run it, add "https://tracker.example/t.js" to mdx.allowRawHtml.script in src/config.ts (see docs/security.md)',
    );
    expect(run('raw-html-iframe')[0]!.hint?.ja).toContain('src/config.ts の mdx.allowRawHtml.iframe');
  });

  it('reports every fixture file that is not an entry, so that none disappears silently', () => {
    for (const name of ['markdown-extension', 'no-language-folder', 'wrong-language-folder', 'author-yml-extension']) {
      const { files } = loadFixture(name);
      const stray = files.filter(
        (f) => !/\/(?:ja|en)\/[a-z0-9-]+\.mdx$|^content\/authors\/[a-z0-9-]+\.yaml$/.test(f.path),
      );
      expect(stray.length).toBeGreaterThan(0);
      for (const f of stray) expect(run(name).map((p) => p.file)).toContain(f.path);
    }
  });
});

describe('the rules', () => {
  it('each have fixtures that make them speak', () => {
    const spoke = new Set(fixtureNames().flatMap((name) => run(name).map((p) => p.rule)));
    for (const rule of [...RULES.map((r) => r.name), 'schema', 'syntax']) expect(spoke, rule).toContain(rule);
  });
});
