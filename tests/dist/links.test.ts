import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../support/dist';
import { htmlPages, servedFile, SITE_ORIGIN } from '../support/site-files';

/**
 * Every internal link of every page leads somewhere: the page exists and, for `#fragment`, so does
 * an element with that id. Absolute URLs on the site's own origin (canonical, hreflang, feeds,
 * og:image) count as internal. Form actions are not links: the search page belongs to the search
 * feature and has its own tests.
 */
beforeAll(assertBuilt);

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    const root = parse(readFileSync(file, 'utf8'));
    set = new Set(root.querySelectorAll('[id]').map((e) => e.getAttribute('id')!));
    ids.set(file, set);
  }
  return set;
}

describe('links in the built site', () => {
  const pages = htmlPages();

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const file = servedFile(page)!;
      const root = parse(readFileSync(file, 'utf8'));
      const refs = [
        ...root.querySelectorAll('a[href], link[href]').map((e) => e.getAttribute('href')!),
        ...root
          .querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')
          .map((e) => e.getAttribute('content')!),
      ];
      for (const ref of refs) {
        const url = new URL(ref, SITE_ORIGIN + page);
        if (url.origin !== SITE_ORIGIN) continue;
        const target = url.pathname === new URL(page, SITE_ORIGIN).pathname ? file : servedFile(url.pathname);
        if (!target) {
          broken.push(`${page} → ${ref} (no such page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
          broken.push(`${page} → ${ref} (no element with id "${fragment}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
