import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { siteConfig } from '../config';
import { checkContentAndData } from '../check/check';
import { modelEntries, type ValidData } from '../check/context';
import type { Doc } from '../check/document';
import { reportCards } from '../data/build-report';
import { cardJobs } from '../data/og-images';
import { buildOptions } from '../lib/publication';
import { buildSiteModel } from '../lib/site-model';
import { authorLang } from '../check/cli-lang';
import type { CheckProblem } from '../check/problem';
import { counts, formatReport, formatSummary } from '../check/report';
import { existsIn, readContentFiles } from '../check/workspace';

/**
 * Runs `npm run check` at the start of `astro build` and `astro dev`, so that a build with broken
 * content fails with the whole list of problems, each at its line, instead of Astro's first
 * problem at 0:0. In `astro dev` the problems are logged (and again when a content file changes),
 * and the server keeps running.
 */
function run(
  root: string,
  now: Date,
): {
  problems: CheckProblem[];
  valid: ReadonlyMap<Doc, ValidData>;
  files: number;
  seconds: number;
} {
  const started = performance.now();
  const files = readContentFiles(root);
  const { problems, valid } = checkContentAndData({
    files,
    now,
    exists: existsIn(root),
    storiesPerPage: siteConfig.storiesPerPage,
  });
  return { problems, valid, files: files.length, seconds: (performance.now() - started) / 1000 };
}

/**
 * The social cards of the content as checked, handed to `social-cards.ts` so that drawing starts
 * before Astro has bundled a page. The site model built here is the one the pages will build from
 * Astro's collections, so the guess is right unless Astro reads a file differently; the cards the
 * pages then ask for are what gets published either way.
 */
function startCards(
  valid: ReadonlyMap<Doc, ValidData>,
  options: ReturnType<typeof buildOptions>,
  logger: AstroIntegrationLogger,
): void {
  try {
    const site = buildSiteModel({ ...modelEntries(valid), ...options, related: false });
    reportCards(cardJobs(site), false);
  } catch (error) {
    // The pages will build the model again and report the problem where it belongs.
    logger.debug(`social cards not started early: ${String(error)}`);
  }
}

function log(logger: AstroIntegrationLogger, result: ReturnType<typeof run>): number {
  const lang = authorLang(undefined, process.env);
  const errors = result.problems.filter((p) => p.severity === 'error');
  const others = result.problems.filter((p) => p.severity !== 'error');
  if (others.length > 0) logger.info(`\n${formatReport(others, lang)}`);
  if (errors.length > 0) logger.error(`\n${formatReport(errors, lang)}`);
  logger.info(formatSummary(result.problems, lang, result.files, result.seconds));
  return counts(result.problems).error;
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'shishin:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // Unit tests load the Astro config too; the check has its own tests.
        if (process.env.VITEST || (command !== 'build' && command !== 'dev')) return;
        const root = fileURLToPath(config.root);
        // The same moment and visibility the pages will build with (a wrong SHISHIN_NOW stops here).
        const options = buildOptions(process.env, command === 'dev');
        const result = run(root, options.now);
        const errors = log(logger, result);
        if (errors === 0 && command === 'build') startCards(result.valid, options, logger);
        if (errors > 0 && command === 'build') {
          const lang = authorLang(undefined, process.env);
          const error = new Error(
            lang === 'ja'
              ? `コンテンツに ${errors} 件のエラーがあります（上の一覧）。直してからビルドしてください。`
              : `The content has ${errors} error${errors === 1 ? '' : 's'} (listed above); fix them and build again.`,
          );
          // The list above says where each problem is; a stack trace into this file would only hide it.
          error.stack = error.message;
          throw error;
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = process.cwd();
        server.watcher.on('all', (_event, file) => {
          if (!file.replaceAll('\\', '/').includes('/content/')) return;
          log(logger, run(root, buildOptions(process.env, true).now));
        });
      },
    },
  };
}
