import type { AstroUserConfig } from 'astro';
import { siteConfig } from '../config.ts';

/**
 * The Content-Security-Policy every page carries, as a `<meta http-equiv>` that Astro writes with the
 * hashes of the scripts and styles it bundles (`security.csp`, stable since Astro 6). No
 * `'unsafe-inline'` script: an inline script runs only if its hash is listed, and Astro lists only
 * its own and those we add with `src/components/InlineScript.astro`. docs/security.md explains each
 * directive and the headers that go with it (`public/_headers`).
 */

/** Origins of the `<script src>` and `<iframe src>` URLs the site config allows in content. */
function originsOf(urls: readonly string[]): string[] {
  const origins = urls.flatMap((u) => (/^https?:\/\//i.test(u) ? [new URL(u).origin] : []));
  return [...new Set(origins)].sort();
}

const allowed = siteConfig.mdx.allowRawHtml;

export const cspConfig = {
  algorithm: 'SHA-256' as const,
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    // Search (Pagefind) fetches its index from the site itself.
    "connect-src 'self'",
    `frame-src ${["'self'", ...originsOf(allowed.iframe)].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: {
    resources: [
      "'self'",
      // Pagefind's search runs as WebAssembly; this allows compiling it, not `eval` of JavaScript.
      "'wasm-unsafe-eval'",
      ...originsOf(allowed.script),
    ],
  },
  styleDirective: {
    resources: [
      "'self'",
      // Shiki colours code with `style="--shiki-light:…"` attributes (Astro's CSP docs name this
      // case); attributes cannot run code, and `<style>` elements still need a hash.
      { resource: "'unsafe-inline'", kind: 'attribute' as const },
    ],
  },
} satisfies NonNullable<NonNullable<AstroUserConfig['security']>['csp']>;
