import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, ROOT } from '../support/dist';
import { listFiles } from '../support/files';

/**
 * Two builds of the same commit are byte for byte the same: the site is built once more, into a
 * temporary folder, and compared with `dist/` from `npm run build`. Dates, hashes in file names,
 * the order of lists, the colours of code, images: anything that depends on the clock, the machine's
 * load or the order of work shows up here. One extra build (~15 s) keeps the test cheap.
 */
const run = promisify(execFile);
let second: string;

const digest = (dir: string, file: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(dir, file)))
    .digest('hex');

/**
 * The environment `npm run build` has: without what Vitest and Astro's Vite config put in ours
 * (`NODE_ENV=test`, `DEV=1`, … would make Astro build as in development).
 */
const TEST_ONLY_ENV = /^(NODE_ENV|TEST|MODE|DEV|PROD|SSR|BASE_URL|SITE|ASSETS_PREFIX|VITEST.*)$/;
const buildEnv = (): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_ONLY_ENV.test(key))),
  FORCE_COLOR: '0',
});

beforeAll(async () => {
  assertBuilt();
  second = mkdtempSync(path.join(tmpdir(), 'shishin-build-'));
  // The same command as `npm run build`, through the same Node, with only the output folder changed.
  await run(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', second], {
    cwd: ROOT,
    env: buildEnv(),
    maxBuffer: 64 * 1024 * 1024,
  });
}, 240_000);

afterAll(() => {
  if (second) rmSync(second, { recursive: true, force: true });
});

describe('a second build of the same commit', () => {
  it('writes the same files', () => {
    expect(listFiles(second)).toEqual(listFiles(DIST));
  });

  it('writes the same bytes in every file', () => {
    const differ = listFiles(DIST).filter((f) => digest(DIST, f) !== digest(second, f));
    expect(differ).toEqual([]);
  });
});
