import type { Manifest } from './inventory';

/**
 * Published URLs are a promise: once a story or principle is out, links to it live in chat logs,
 * slides and other sites. `published-urls.json` (committed) records every URL the site has
 * published; a build fails when one of them is neither a page nor a redirect any more.
 * `npm run urls:update` records the URLs of the last build, which is also how a removal is accepted.
 */

/** The URLs a manifest promises: every entry's page and every old address that redirects. */
export function promisedUrls(manifest: Manifest): string[] {
  return [...new Set([...manifest.published.map((e) => e.url), ...manifest.redirects.map((r) => r.from)])].sort();
}

/** URLs recorded before that this build no longer serves, in the order they were recorded. */
export function missingUrls(recorded: readonly string[], manifest: Manifest): string[] {
  const served = new Set(promisedUrls(manifest));
  return recorded.filter((u) => !served.has(u));
}

/** URLs this build serves that are not recorded yet. */
export function newUrls(recorded: readonly string[], manifest: Manifest): string[] {
  const known = new Set(recorded);
  return promisedUrls(manifest).filter((u) => !known.has(u));
}

/**
 * Reads `published-urls.json`: a sorted JSON array of site paths. Throws a readable error for
 * anything else, naming the file.
 */
export function parseRecordedUrls(text: string, file: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new Error(`${file} is not valid JSON; restore it from git or run \`npm run urls:update\`.`, { cause });
  }
  if (!Array.isArray(value) || !value.every((u) => typeof u === 'string' && u.startsWith('/'))) {
    throw new Error(`${file} must be a JSON array of site paths such as "/stories/x/"; run \`npm run urls:update\`.`);
  }
  return value;
}

/** `published-urls.json` as `npm run urls:update` writes it: sorted, one URL per line. */
export function formatRecordedUrls(manifest: Manifest): string {
  return `${JSON.stringify(promisedUrls(manifest), null, 2)}\n`;
}

/** The error for URLs that disappeared, with what to do about each. */
export function missingUrlsMessage(missing: readonly string[], file: string): string {
  return (
    `${missing.length === 1 ? 'A published URL is' : `${missing.length} published URLs are`} no longer served, ` +
    `and no redirect keeps ${missing.length === 1 ? 'it' : 'them'} working:\n\n` +
    missing.map((u) => `  ${u}`).join('\n') +
    `\n\nIf the page was renamed, add its old slug to the new file's frontmatter, such as ` +
    `\`redirectFrom: [old-name]\`. If it was removed on purpose, run \`npm run urls:update\` after this ` +
    `build to accept it (this updates ${file}).`
  );
}
