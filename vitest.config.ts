/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects, run in this order by `npm test`:
 * - unit: pure modules, with tests beside them (`src/**\/*.test.ts`); no build needed.
 * - dist: reads the built site in `dist/` (run after `npm run build`).
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
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
