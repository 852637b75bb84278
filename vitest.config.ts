/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Four projects, run in this order by `npm test`:
 * - unit: pure modules, with tests beside them (`src/**\/*.test.ts`); no build needed.
 * - dist: reads the built site in `dist/` (run after `npm run build`).
 * - build: builds copies of the site with broken content and reads what the author is told.
 * - browser: drives Debian's Chromium against `dist/` (run after `npm run build`).
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/lib/**/*.test.ts'] },
      },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
      // Builds copies of the site with broken content; slow (a build each), so apart.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000 } },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
