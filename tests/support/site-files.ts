/**
 * The built site as files: every HTML page with its site path, and links resolved the way a static
 * host resolves them (`/x/` → `/x/index.html`).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './dist';

/** Site paths of every HTML page in `dist/`: `/`, `/en/stories/x/`, `/404.html`. */
export function htmlPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = '/' + path.relative(DIST, full).split(path.sep).join('/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(DIST);
  return out.sort();
}

/** The file a site path is served from, or undefined when the host would answer 404. */
export function servedFile(sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
  const file = path.join(DIST, clean);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** The site's own stories, by language, as the content folders say (drafts and future dates left out). */
export const SITE_ORIGIN = process.env.SITE_URL ?? 'https://shishin.example.com';
