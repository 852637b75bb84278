/**
 * `npm run new`: scaffolds a story, an onboarding story, a principle or an author.
 *
 *   npm run new                                   asks, in Japanese (or English with --lang en)
 *   npm run new -- --kind onboarding --lang ja --slug my-first-month --title "入社して 1 か月" --author aoi-tanaka
 *   npm run new -- --translate content/stories/ja/my-first-month.mdx
 *
 * Refuses to overwrite a file; prints the path to edit and the page to open in `npm run dev`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { authorLang } from '../src/check/cli-lang';
import {
  NEW_KINDS,
  scaffold,
  slugProblem,
  suggestPrinciples,
  translationTwin,
  type NewKind,
  type Scaffold,
} from '../src/check/scaffold';
import { isLang, type Lang } from '../src/lib/i18n';

const DEV_ORIGIN = 'http://localhost:4321';
const ROOT = process.cwd();

const say = (lang: Lang, ja: string, en: string) => (lang === 'ja' ? ja : en);

function listPrinciples(lang: Lang) {
  const dir = path.join(ROOT, 'content/principles', lang);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      let data: Record<string, unknown> = {};
      try {
        data = (parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>) ?? {};
      } catch {
        // A broken principle is npm run check's business; offer it by its id.
      }
      return {
        id: f.replace(/\.mdx$/, ''),
        title: String(data.title ?? f),
        aliases: Array.isArray(data.aliases) ? data.aliases.map(String) : [],
        retired: data.status === 'retired',
      };
    });
}

function write(entry: Scaffold, lang: Lang): number {
  const file = path.join(ROOT, entry.path);
  if (existsSync(file)) {
    console.error(
      say(
        lang,
        `${entry.path} はもうあります。上書きしません。別の slug にしてください。`,
        `${entry.path} already exists; it is not overwritten. Choose another slug.`,
      ),
    );
    return 1;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, entry.text, { flag: 'wx' });
  console.log(say(lang, `作りました: ${entry.path}`, `Created ${entry.path}`));
  console.log(
    say(lang, `npm run dev で開く: ${DEV_ORIGIN}${entry.url}`, `Open it with npm run dev: ${DEV_ORIGIN}${entry.url}`),
  );
  console.log(say(lang, '書き終えたら npm run check で確かめてください。', 'When you are done, run npm run check.'));
  return 0;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      kind: { type: 'string' },
      lang: { type: 'string' },
      slug: { type: 'string' },
      title: { type: 'string' },
      author: { type: 'string' },
      principles: { type: 'string' },
      translate: { type: 'string' },
      date: { type: 'string' },
    },
    strict: true,
  });
  const uiLang = authorLang(values.lang, process.env);
  const today = values.date ? new Date(values.date) : new Date();

  if (values.translate) {
    const from = values.translate.replace(/\\/g, '/').replace(/^\.\//, '');
    if (!existsSync(path.join(ROOT, from))) {
      console.error(say(uiLang, `${from} がありません。`, `${from} does not exist.`));
      return 1;
    }
    const twin = translationTwin(from, readFileSync(path.join(ROOT, from), 'utf8'));
    if ('error' in twin) {
      console.error(twin.error[uiLang]);
      return 1;
    }
    return write(twin, uiLang);
  }

  const interactive = process.stdin.isTTY === true;
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const ask = async (question: string, fallback?: string): Promise<string> => {
    if (!rl) return fallback ?? '';
    const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
    return answer || fallback || '';
  };
  try {
    const kind = (values.kind ??
      (await ask(
        say(uiLang, `種類 (${NEW_KINDS.join(' / ')})`, `Kind (${NEW_KINDS.join(' / ')})`),
        'story',
      ))) as NewKind;
    if (!NEW_KINDS.includes(kind)) {
      console.error(
        say(uiLang, `--kind は ${NEW_KINDS.join('、')} のどれかです。`, `--kind is one of ${NEW_KINDS.join(', ')}.`),
      );
      return 1;
    }
    const langAnswer = values.lang ?? (await ask(say(uiLang, '言語 (ja / en)', 'Language (ja / en)'), uiLang));
    if (!isLang(langAnswer)) {
      console.error(say(uiLang, '--lang は ja か en です。', '--lang is ja or en.'));
      return 1;
    }
    const lang = langAnswer;
    const title =
      values.title ?? (await ask(kind === 'author' ? say(uiLang, '名前', 'Name') : say(uiLang, 'タイトル', 'Title')));
    const slug =
      values.slug ??
      (await ask(
        say(uiLang, 'slug（URL とファイル名、例: my-first-month）', 'Slug (URL and file name, e.g. my-first-month)'),
      ));
    const bad = slugProblem(slug);
    if (bad) {
      console.error(bad[uiLang]);
      return 1;
    }
    if (!title) {
      console.error(say(uiLang, '--title を指定してください。', 'Give a --title.'));
      return 1;
    }
    let author = values.author;
    let principles = values.principles
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (kind === 'story' || kind === 'onboarding') {
      author ??= await ask(
        say(uiLang, 'あなたの書き手 id（content/authors/<id>.yaml）', 'Your author id (content/authors/<id>.yaml)'),
      );
      if (!author || !existsSync(path.join(ROOT, 'content/authors', `${author}.yaml`))) {
        console.error(
          say(
            uiLang,
            `書き手「${author}」がいません。先に npm run new -- --kind author で作ってください。`,
            `There is no author "${author}"; create one first with npm run new -- --kind author.`,
          ),
        );
        return 1;
      }
      if (!principles) {
        const offered = suggestPrinciples(title, listPrinciples(lang)).slice(0, 9);
        if (rl && offered.length > 0) {
          console.log(
            say(
              uiLang,
              '引用する指針（番号をカンマ区切りで、なければ空のまま）:',
              'Principles to cite (numbers, comma-separated; empty for none):',
            ),
          );
          offered.forEach((p, i) => console.log(`  ${i + 1}. ${p.title}  (${p.id})`));
          const picked = await ask('>');
          principles = picked
            .split(',')
            .map((s) => offered[Number(s.trim()) - 1]?.id)
            .filter((id): id is string => id !== undefined);
        } else principles = [];
      }
    }
    return write(scaffold({ kind, lang, slug, title, author, principles, today }), uiLang);
  } finally {
    rl?.close();
  }
}

process.exitCode = await main();
