import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseHtml } from 'node-html-parser';
import { cspHash } from '../../src/lib/csp-hash';
import { siteConfig } from '../../src/config';
import { assertBuilt, DIST } from '../support/dist';
import { listFiles } from '../support/files';

/**
 * Safe by default, read from the built files: every page carries a CSP that allows no inline script
 * but its own (by hash), no page or stylesheet or script loads anything from another origin, links
 * to other sites do not hand over `window.opener`, and the static hosts get their headers.
 */
let files: string[];
const read = (f: string) => readFileSync(path.join(DIST, f), 'utf8');
const SITE_ORIGIN = new URL(siteConfig.url).origin;

beforeAll(() => {
  assertBuilt();
  files = listFiles(DIST);
});

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** An absolute or protocol-relative URL on an origin that is not the site's own. */
function foreignOrigin(url: string): string | undefined {
  const u = url.trim();
  if (!/^(https?:)?\/\//i.test(u)) return undefined;
  const origin = new URL(u, SITE_ORIGIN).origin;
  return origin === SITE_ORIGIN ? undefined : origin;
}

describe('Content-Security-Policy', () => {
  it('is on every page, allows no inline script but those it lists by hash', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const f of pages) {
      const root = parseHtml(read(f));
      const metas = root.querySelectorAll('head meta[http-equiv="content-security-policy"]');
      if (metas.length !== 1) {
        problems.push(`${f}: ${metas.length} CSP <meta> elements in <head>, expected 1`);
        continue;
      }
      const csp = directives(metas[0]!.getAttribute('content') ?? '');
      const scriptSrc = csp.get('script-src') ?? [];
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'https:', 'http:']) {
        if (scriptSrc.includes(bad)) problems.push(`${f}: script-src allows ${bad}`);
      }
      if (!csp.get('default-src')?.includes("'self'")) problems.push(`${f}: no default-src 'self'`);
      if (csp.get('object-src')?.join(' ') !== "'none'") problems.push(`${f}: object-src is not 'none'`);
      for (const s of root.querySelectorAll('script:not([src])')) {
        const type = s.getAttribute('type');
        if (type && !/^(module|text\/javascript)$/.test(type)) continue; // data blocks do not run
        const hash = `'${cspHash(s.rawText)}'`;
        if (!scriptSrc.includes(hash)) {
          problems.push(
            `${f}: inline <script> ${JSON.stringify(s.rawText.slice(0, 60))} is not allowed by its hash; ` +
              'render it with src/components/InlineScript.astro',
          );
        }
      }
      const styleSrc = csp.get('style-src-elem') ?? csp.get('style-src') ?? [];
      for (const s of root.querySelectorAll('style')) {
        if (!styleSrc.includes(`'${cspHash(s.rawText)}'`)) problems.push(`${f}: a <style> element is not hashed`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('no third-party request', () => {
  const RESOURCE_ATTRS: [selector: string, attr: string][] = [
    ['script[src]', 'src'],
    ['img[src]', 'src'],
    ['iframe[src]', 'src'],
    ['frame[src]', 'src'],
    ['embed[src]', 'src'],
    ['object[data]', 'data'],
    ['source[src]', 'src'],
    ['video[src]', 'src'],
    ['video[poster]', 'poster'],
    ['audio[src]', 'src'],
    ['track[src]', 'src'],
    ['input[src]', 'src'],
    ['form[action]', 'action'],
  ];
  /** `<link rel>` values that make the browser fetch the `href`. */
  const FETCHING_LINKS =
    /\b(stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest|apple-touch-icon)\b/i;
  const JS_REQUEST =
    /(?:\bimport\s*\(|\bfrom\s|\bimportScripts\s*\(|\bfetch\s*\(|\bnew\s+(?:URL|Worker|WebSocket|EventSource)\s*\(|\.src\s*=)\s*["'`]((?:https?:)?\/\/[^"'`]+)/g;
  const CSS_URL = /url\(\s*["']?([^"')\s]+)/g;
  /** A reserved example host followed by a template placeholder: a base for parsing a path. */
  const PARSE_BASE = /^https:\/\/example\.com\$\{/;

  it('comes from any page, stylesheet or script in dist/', () => {
    const found: string[] = [];
    const note = (f: string, what: string, url: string) => {
      if (foreignOrigin(url)) found.push(`${f}: ${what} ${url}`);
    };
    for (const f of files) {
      if (f.endsWith('.html')) {
        const root = parseHtml(read(f));
        for (const [selector, attr] of RESOURCE_ATTRS) {
          for (const el of root.querySelectorAll(selector)) {
            note(f, `<${el.tagName.toLowerCase()} ${attr}>`, el.getAttribute(attr)!);
          }
        }
        for (const el of root.querySelectorAll('img[srcset], source[srcset]')) {
          for (const candidate of el.getAttribute('srcset')!.split(',')) {
            note(f, 'srcset', candidate.trim().split(/\s+/)[0]!);
          }
        }
        for (const el of root.querySelectorAll('link[href]')) {
          const rel = el.getAttribute('rel') ?? '';
          if (FETCHING_LINKS.test(rel)) note(f, `<link rel="${rel}">`, el.getAttribute('href')!);
        }
        for (const el of root.querySelectorAll('[style], style')) {
          const css = el.tagName === 'STYLE' ? el.rawText : (el.getAttribute('style') ?? '');
          for (const m of css.matchAll(CSS_URL)) note(f, 'CSS url()', m[1]!);
        }
      } else if (f.endsWith('.css')) {
        const css = read(f);
        for (const m of css.matchAll(CSS_URL)) note(f, 'url()', m[1]!);
        for (const m of css.matchAll(/@import\s+(?:url\()?\s*["']([^"']+)/g)) note(f, '@import', m[1]!);
      } else if (/\.m?js$/.test(f)) {
        for (const m of read(f).matchAll(JS_REQUEST)) {
          // Pagefind parses relative URLs against `https://example.com${path}` (a base for
          // `new URL`, never fetched; example.com is reserved by RFC 2606).
          if (!PARSE_BASE.test(m[1]!)) note(f, 'script request', m[1]!);
        }
      }
    }
    expect(found).toEqual([]);
  });
});

describe('links to other sites', () => {
  it('carry rel="noopener noreferrer" on every page', () => {
    const bad: string[] = [];
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      for (const a of parseHtml(read(f)).querySelectorAll('a[href]')) {
        if (!foreignOrigin(a.getAttribute('href')!)) continue;
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`${f}: ${a.getAttribute('href')}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('_headers (Netlify, Cloudflare Pages)', () => {
  it('is published and sends the security headers on every path', () => {
    const text = read('_headers');
    const block = /^\/\*\n((?:[ \t]+.+\n?)+)/m.exec(text)?.[1] ?? '';
    const headers = new Map(
      block
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
    );
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const csp = directives(headers.get('content-security-policy') ?? '');
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    // Browsers enforce the header and the page's <meta> both; a script-src here would have to
    // repeat every hash of every page, so the header leaves scripts to the <meta>.
    expect(csp.has('script-src')).toBe(false);
  });
});
