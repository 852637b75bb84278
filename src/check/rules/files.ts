import { LANGS } from '../../lib/i18n';
import { nearest } from '../../lib/suggest';
import { ID_PATTERN } from '../../schemas/ids';
import { eachDoc, type Rule } from '../context';
import { COLLECTIONS } from '../document';
import { didYouMeanText, problem, type Text } from '../problem';

/**
 * Every file under content/ either becomes a page or is reported: a story saved as `.md`, in a
 * folder without a language, or under a misspelt folder would otherwise vanish from the site
 * without a word. Also file names that cannot be ids, and empty files.
 */

/** Files that MDX pages may show; they sit beside the content and are not entries. */
const ASSET = /\.(?:png|jpe?g|gif|svg|webp|avif)$/i;

/** Why a file under content/ is not an entry, and where it should go; undefined for assets. */
export function misplaced(path: string): { message: Text; hint: Text } | undefined {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  // Assets, dotfiles and READMEs that explain a folder to the people who edit it.
  if (ASSET.test(name) || name.startsWith('.') || /^readme(?:\.md)?$/i.test(name)) return undefined;
  const [, folder, sub] = parts;
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  const notPicked = { ja: 'このファイルはサイトに載りません。', en: 'The site does not pick this file up.' };
  if (!folder || !(COLLECTIONS as readonly string[]).includes(folder)) {
    return {
      message: notPicked,
      hint: didYouMeanText(nearest(folder ?? '', COLLECTIONS).map((c) => `content/${c}/`)) ?? {
        ja: `content/ の下のフォルダは ${COLLECTIONS.join(', ')} です`,
        en: `the folders under content/ are ${COLLECTIONS.join(', ')}`,
      },
    };
  }
  if (folder === 'authors') {
    if (parts.length === 3 && ext === 'yml') {
      return {
        message: notPicked,
        hint: { ja: `拡張子を .yaml にしてください（${stem}.yaml）`, en: `name it ${stem}.yaml` },
      };
    }
    return {
      message: notPicked,
      hint: { ja: '書き手は content/authors/<id>.yaml に置きます', en: 'an author is content/authors/<id>.yaml' },
    };
  }
  if (parts.length === 3) {
    return {
      message: { ja: '言語のフォルダに入っていません。', en: 'The file is not in a language folder.' },
      hint: {
        ja: `content/${folder}/ja/ か content/${folder}/en/ に移してください`,
        en: `move it to content/${folder}/ja/ or content/${folder}/en/`,
      },
    };
  }
  if (!(LANGS as readonly string[]).includes(sub ?? '')) {
    return {
      message: { ja: `「${sub}」は言語のフォルダではありません。`, en: `"${sub}" is not a language folder.` },
      hint: didYouMeanText(nearest(sub ?? '', LANGS)) ?? {
        ja: '言語のフォルダは ja と en です',
        en: 'the language folders are ja and en',
      },
    };
  }
  if (parts.length > 4) {
    return {
      message: notPicked,
      hint: {
        ja: `サブフォルダは使えません。content/${folder}/${sub}/ の直下に置いてください`,
        en: `sub-folders are not read; put it directly in content/${folder}/${sub}/`,
      },
    };
  }
  if (ext === 'md' || ext === 'markdown') {
    return {
      message: notPicked,
      hint: { ja: `拡張子を .mdx にしてください（${stem}.mdx）`, en: `name it ${stem}.mdx` },
    };
  }
  return { message: notPicked, hint: { ja: '本文は .mdx ファイルに書きます', en: 'entries are .mdx files' } };
}

/** A file name made into an id: what to rename a file to. */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const filesRule: Rule = {
  name: 'files',
  run: (ctx) =>
    eachDoc(ctx, 'files', (doc, report) => {
      const path = doc.file.path;
      if (!doc.collection) {
        const why = misplaced(path);
        if (why) report(problem('files', 'error', path, undefined, why.message, why.hint));
        return;
      }
      if (!ID_PATTERN.test(doc.slug)) {
        const better = suggestSlug(doc.slug);
        report(
          problem(
            'files',
            'error',
            path,
            undefined,
            {
              ja: `ファイル名「${doc.slug}」は URL に使えません。`,
              en: `The file name "${doc.slug}" cannot be used in a URL.`,
            },
            {
              ja: `小文字の英数字とハイフンだけにしてください${better ? `（例: ${better}）` : ''}`,
              en: `use lowercase letters, digits and hyphens only${better ? `, such as ${better}` : ''}`,
            },
          ),
        );
      }
      if (doc.file.text.trim() === '') {
        report(
          problem(
            'files',
            'error',
            path,
            undefined,
            { ja: 'ファイルが空です。', en: 'The file is empty.' },
            {
              ja: 'npm run new で雛形を作れます。要らなければ消してください',
              en: 'npm run new writes a template; delete the file if it is not needed',
            },
          ),
        );
      }
      const bad = doc.file.text.indexOf(REPLACEMENT);
      if (bad >= 0) {
        const before = doc.file.text.slice(0, bad).split('\n');
        report(
          problem(
            'files',
            'error',
            path,
            { line: before.length, column: before.at(-1)!.length + 1 },
            {
              ja: 'UTF-8 として読めない文字があります（� と表示される文字）。',
              en: 'The file has bytes that are not valid UTF-8 (shown as �).',
            },
            {
              ja: 'この文字を書き直し、ファイルを UTF-8 で保存してください',
              en: 'retype the character there and save the file as UTF-8',
            },
          ),
        );
      }
    }),
};

/**
 * What a UTF-8 decoder puts where the bytes are not UTF-8 (src/check/workspace.ts reads files so).
 * Found by the fuzz test: Astro's build fails on such a file with "Could not load … No such file or
 * directory", far from the cause.
 */
const REPLACEMENT = '\uFFFD';
