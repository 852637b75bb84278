import { describe, expect, it } from 'vitest';
import type { Manifest } from './inventory';
import {
  formatRecordedUrls,
  missingUrls,
  missingUrlsMessage,
  newUrls,
  parseRecordedUrls,
  promisedUrls,
} from './url-history';

function manifest(urls: string[], redirects: [string, string][] = []): Manifest {
  return {
    published: urls.map((url) => ({ file: `content${url}x.mdx`, collection: 'stories', lang: 'ja', id: 'x', url })),
    unpublished: [],
    redirects: redirects.map(([from, to]) => ({ from, to })),
  };
}

describe('url history', () => {
  const recorded = ['/principles/a/', '/stories/old-name/', '/stories/b/'];

  it('finds a recorded URL that is neither a page nor a redirect any more', () => {
    expect(missingUrls(recorded, manifest(['/principles/a/', '/stories/new-name/']))).toEqual([
      '/stories/old-name/',
      '/stories/b/',
    ]);
  });

  it('accepts a renamed page whose old address redirects', () => {
    const m = manifest(
      ['/principles/a/', '/stories/new-name/', '/stories/b/'],
      [['/stories/old-name/', '/stories/new-name/']],
    );
    expect(missingUrls(recorded, m)).toEqual([]);
    expect(newUrls(recorded, m)).toEqual(['/stories/new-name/']);
  });

  it('records pages and redirects, sorted, so that a redirect removed later is caught too', () => {
    const m = manifest(['/stories/z/', '/principles/a/'], [['/stories/old/', '/stories/z/']]);
    expect(promisedUrls(m)).toEqual(['/principles/a/', '/stories/old/', '/stories/z/']);
    expect(parseRecordedUrls(formatRecordedUrls(m), 'f')).toEqual(promisedUrls(m));
    expect(missingUrls(promisedUrls(m), manifest(['/stories/z/', '/principles/a/']))).toEqual(['/stories/old/']);
  });

  it('says how to keep the URL or accept its removal', () => {
    expect(missingUrlsMessage(['/stories/old-name/'], 'published-urls.json')).toMatchInlineSnapshot(`
      "A published URL is no longer served, and no redirect keeps it working:

        /stories/old-name/

      If the page was renamed, add its old slug to the new file's frontmatter, such as \`redirectFrom: [old-name]\`. If it was removed on purpose, run \`npm run urls:update\` after this build to accept it (this updates published-urls.json)."
    `);
  });

  it('rejects a recorded file that is not a list of site paths, naming it', () => {
    expect(() => parseRecordedUrls('{', 'published-urls.json')).toThrow(/published-urls.json is not valid JSON/);
    expect(() => parseRecordedUrls('["stories/x/"]', 'published-urls.json')).toThrow(/array of site paths/);
  });
});
