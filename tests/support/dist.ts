/**
 * Helpers for tests of the built site: read pages from `dist/` and the content files from
 * `content/` with a parser of their own, so that the tests do not trust the code they test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.resolve(ROOT, process.env.SHISHIN_DIST ?? 'dist');

export function assertBuilt(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`No built site in ${DIST}: run \`npm run build\` first (npm test does).`);
  }
}

/** The HTML file for a site path such as `/principles/x/`. */
export function pageFile(urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  return path.join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
}

export function readPage(urlPath: string): HTMLElement {
  return parseHtml(readFileSync(pageFile(urlPath), 'utf8'));
}

export interface RawEntry {
  file: string;
  lang: string;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

/** Every `.mdx` under `content/<collection>/<lang>/`, with its frontmatter parsed by `yaml`. */
export function readEntries(collection: 'principles' | 'stories' | 'guide'): RawEntry[] {
  const base = path.join(ROOT, 'content', collection);
  return readdirSync(base).flatMap((lang) =>
    readdirSync(path.join(base, lang))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const text = readFileSync(path.join(base, lang, f), 'utf8');
        const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
        if (!m) throw new Error(`no frontmatter in ${f}`);
        return {
          file: `content/${collection}/${lang}/${f}`,
          lang,
          slug: f.replace(/\.mdx$/, ''),
          data: parseYaml(m[1]!) as Record<string, unknown>,
          body: m[2]!,
        };
      }),
  );
}

/** The site path of an entry, as the authoring contract promises it. */
export function entryPath(collection: 'principles' | 'stories', e: { lang: string; slug: string }): string {
  return `${e.lang === 'ja' ? '' : `/${e.lang}`}/${collection}/${e.slug}/`;
}

export function hrefs(root: HTMLElement | null | undefined): string[] {
  return root ? root.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!) : [];
}
