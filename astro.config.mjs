// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteConfig } from './src/config.ts';
import { markdownConfig } from './src/integrations/markdown.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { inventory } from './src/integrations/inventory.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { cspConfig } from './src/integrations/security.ts';
import { viteConfig } from './src/integrations/vite.ts';

// Wiring only: every behaviour lives in the modules imported above.
export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: markdownConfig,
  security: { csp: cspConfig },
  integrations: [
    contentCheck(),
    // MDX's static parts become HTML strings at compile time, not one JSX call per element (a code
    // block is hundreds of spans): less to bundle, to hold in memory and to render. Only <Principle>
    // (src/user-components) stays a component.
    mdx({ optimize: true }),
    sitemapIntegration(),
    pagefindIntegration(),
    socialCards(),
    inventory(),
  ],
  vite: viteConfig,
  // Pages whose code and data are unchanged since the last build are reused, not rendered again:
  // every route returns a cacheKey (src/lib/page-cache-key.ts).
  experimental: { incrementalBuild: true },
});
