import { existsSync, readdirSync, readFileSync, writeFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { takeReportedManifest } from '../data/build-report.ts';
import { ContentError } from '../lib/content-error.ts';
import { checkInventory, summarize } from '../lib/inventory.ts';
import { missingUrls, missingUrlsMessage, newUrls, parseRecordedUrls } from '../lib/url-history.ts';

/** Where the manifest is published, and where the URLs of past builds are recorded. */
export const MANIFEST_FILE = 'manifest.json';
export const RECORDED_URLS_FILE = 'published-urls.json';

/** Every file under `content/`, as paths from the repository root with `/` separators. */
function filesUnder(root: string, dir: string): string[] {
  const base = path.join(root, dir);
  if (!existsSync(base)) return [];
  return (readdirSync(base, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
}

/**
 * The inventory, after every production build: checks that each content file became pages or was
 * left out for a reason (`src/lib/inventory.ts`), writes `dist/manifest.json`, and fails when a URL
 * recorded in `published-urls.json` is neither a page nor a redirect any more (`src/lib/url-history.ts`).
 */
export function inventory(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'shishin-inventory',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const started = performance.now();
        const manifest = takeReportedManifest();
        if (!manifest) {
          throw new Error('The inventory got nothing from the site model: did any page call getSite()?');
        }
        const builtPages = new Set(pages.map((p) => `/${p.pathname}`.replace(/\/?$/, '/')));
        const problems = checkInventory({ manifest, files: filesUnder(root, 'content'), builtPages });
        if (problems.length > 0) throw new ContentError(problems);

        const out = fileURLToPath(new URL(MANIFEST_FILE, dir));
        writeFileSync(out, `${JSON.stringify(manifest, null, 2)}\n`);
        logger.info(`${summarize(manifest)}; wrote ${MANIFEST_FILE} in ${Math.round(performance.now() - started)} ms`);

        // A build "as of another day" or with drafts shown is not a publication.
        if (process.env.SHISHIN_NOW || process.env.SHISHIN_PREVIEW === '1') {
          logger.info(`${RECORDED_URLS_FILE} not compared: SHISHIN_NOW or SHISHIN_PREVIEW is set`);
          return;
        }
        const recordedFile = path.join(root, RECORDED_URLS_FILE);
        if (!existsSync(recordedFile)) {
          logger.warn(`no ${RECORDED_URLS_FILE}: run \`npm run urls:update\` to record the published URLs`);
          return;
        }
        const recorded = parseRecordedUrls(readFileSync(recordedFile, 'utf8'), RECORDED_URLS_FILE);
        const missing = missingUrls(recorded, manifest);
        if (missing.length > 0) throw new Error(missingUrlsMessage(missing, RECORDED_URLS_FILE));
        const added = newUrls(recorded, manifest);
        if (added.length > 0) {
          logger.info(`${added.length} new URLs; run \`npm run urls:update\` to record them in ${RECORDED_URLS_FILE}`);
        }
      },
    },
  };
}
