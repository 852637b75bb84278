/**
 * Debian's Chromium driven by playwright-core (no browser download). The flags keep it from
 * reaching for the network, which this machine does not have.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { assertBuilt, DIST } from './dist';
import { startServer, type StaticServer } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Chromium and a server for the built site, started before a test file's tests and stopped after.
 * Read `browser` and `origin` inside tests (they exist once `beforeAll` has run).
 */
export function useBuiltSite(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    assertBuilt();
    [browser, server] = await Promise.all([launchChromium(), startServer(DIST)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('useBuiltSite(): the browser starts in beforeAll; use it inside a test');
      return browser;
    },
    get origin() {
      if (!server) throw new Error('useBuiltSite(): the server starts in beforeAll; use it inside a test');
      return server.origin;
    },
  };
}
