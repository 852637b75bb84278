import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { assertBuilt, DIST } from './dist';
import { startServer, type StaticServer } from './server';

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
