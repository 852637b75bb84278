/**
 * `npm run check`: the whole verdict on content/, printed like a compiler.
 *
 *   npm run check                 in the locale's language (Japanese by default)
 *   npm run check -- --lang en    in English
 *
 * Exits 1 when there is an error; warnings and notices (drafts, scheduled stories) let it pass.
 * In GitHub Actions (GITHUB_ACTIONS=true) it also prints workflow annotations.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../src/config';
import { checkContent } from '../src/check/check';
import { authorLang } from '../src/check/cli-lang';
import { counts, formatAnnotation, formatReport, formatSummary } from '../src/check/report';
import { existsIn, readContentFiles } from '../src/check/workspace';

function main(): number {
  const { values } = parseArgs({
    options: { lang: { type: 'string' }, root: { type: 'string' }, now: { type: 'string' } },
    strict: true,
  });
  const lang = authorLang(values.lang, process.env);
  const root = path.resolve(values.root ?? process.cwd());
  const nowText = values.now ?? process.env.SHISHIN_NOW;
  const now = nowText ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime())) {
    console.error(lang === 'ja' ? `--now の日付が読めません: ${nowText}` : `--now is not a date: ${nowText}`);
    return 2;
  }
  const started = performance.now();
  const files = readContentFiles(root);
  const problems = checkContent({ files, now, exists: existsIn(root), storiesPerPage: siteConfig.storiesPerPage });
  const seconds = (performance.now() - started) / 1000;

  const report = formatReport(problems, lang);
  if (report) console.log(`${report}\n`);
  console.log(formatSummary(problems, lang, files.length, seconds));
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const p of problems) console.log(formatAnnotation(p, lang));
  }
  return counts(problems).error > 0 ? 1 : 0;
}

process.exitCode = main();
