/**
 * `npm run urls:update`: records the URLs of the last build (`dist/manifest.json`) in
 * `published-urls.json`, so that later builds fail if one of them disappears without a redirect.
 * Run it after `npm run build` when you publish new pages, or to accept a page's removal.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../src/lib/inventory.ts';
import { formatRecordedUrls, promisedUrls } from '../src/lib/url-history.ts';

const root = path.resolve(import.meta.dirname, '..');
const manifestFile = path.join(root, process.env.SHISHIN_DIST ?? 'dist', 'manifest.json');
let manifest: Manifest;
try {
  manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
} catch (cause) {
  throw new Error(`Cannot read ${path.relative(root, manifestFile)}: run \`npm run build\` first.`, { cause });
}
writeFileSync(path.join(root, 'published-urls.json'), formatRecordedUrls(manifest));
console.info(`published-urls.json: ${promisedUrls(manifest).length} URLs recorded.`);
