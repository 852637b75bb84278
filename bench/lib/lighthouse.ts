/**
 * Lighthouse (mobile) scores for a few pages of a built site, with Debian's Chromium. Lighthouse is
 * large and only `--lighthouse` needs it, so it is loaded on demand; without it the scores are n/a.
 */
import { startServer } from '../../tests/support/server.ts';
import { CHROMIUM } from '../../tests/support/browser.ts';

type Scores = Record<string, number>;

interface LighthouseModule {
  default: (
    url: string,
    flags: object,
  ) => Promise<{ lhr: { categories: Record<string, { score: number | null }> } } | undefined>;
}
interface ChromeLauncher {
  launch(options: object): Promise<{ port: number; kill(): Promise<void> | void }>;
}

export async function lighthouseScores(dist: string, pages: Record<string, string>): Promise<Record<string, Scores>> {
  let lighthouse: LighthouseModule;
  let launcher: ChromeLauncher;
  try {
    lighthouse = (await import('lighthouse' as string)) as LighthouseModule;
    launcher = (await import('chrome-launcher' as string)) as ChromeLauncher;
  } catch {
    console.error('[bench] --lighthouse needs `npm install -D lighthouse`; scores are n/a.');
    return {};
  }
  const server = await startServer(dist);
  const chrome = await launcher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const out: Record<string, Scores> = {};
  try {
    for (const [name, url] of Object.entries(pages)) {
      const run = await lighthouse.default(`${server.origin}${url}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      out[name] = Object.fromEntries(
        Object.entries(run?.lhr.categories ?? {}).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
      );
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return out;
}
