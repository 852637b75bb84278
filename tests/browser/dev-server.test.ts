import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT } from '../support/dist';
import { launchChromium } from '../support/browser';
import { waitForSearch } from '../support/search-page';

/** The dev server renders on demand; its first search also crawls the site to build the index. */
const DEV_TIMEOUT_MS = 90_000;

let browser: Browser;
let dev: ChildProcess | undefined;
let origin = '';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function waitForServer(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(10_000) })).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`astro dev did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(
    path.join(ROOT, 'node_modules/.bin/astro'),
    ['dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      stdio: 'ignore',
      detached: true,
      // Not Vitest's environment (NODE_ENV=test, VITEST_*): the dev server as an author runs it.
      env: Object.fromEntries(
        Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST') && k !== 'TEST'),
      ),
    },
  );
  [browser] = await Promise.all([launchChromium(), waitForServer(`${origin}/`, Date.now() + DEV_TIMEOUT_MS)]);
}, DEV_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  // The whole process group: astro dev runs under the node binary started by the .bin shim.
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
});

describe('search in astro dev', () => {
  it(
    'finds the current content, drafts included, from an index the dev server builds itself',
    async () => {
      const page = await browser.newPage();
      await page.goto(`${origin}/search/?q=LLM`);
      expect(await waitForSearch(page, 'LLM', DEV_TIMEOUT_MS)).toBe('done');
      const hrefs = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain('/stories/joining-to-not-build/');
      // A draft renders in the dev server, so it is found there too (and never in production).
      expect(hrefs).toContain('/stories/llm-eval-harness-wip/');
    },
    DEV_TIMEOUT_MS,
  );
});

describe('social cards in astro dev', () => {
  it(
    'are drawn on request (a build draws them in other processes instead)',
    async () => {
      const res = await fetch(`${origin}/en/og/stories/joining-to-not-build.png`, {
        signal: AbortSignal.timeout(DEV_TIMEOUT_MS),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      const png = Buffer.from(await res.arrayBuffer());
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    },
    DEV_TIMEOUT_MS,
  );
});
