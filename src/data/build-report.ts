import type { Manifest } from '../lib/inventory';

/**
 * Hands what the site model will publish from the pages' build to `src/integrations/inventory.ts`,
 * which checks it against the content files on disk and the pages written once the build is done.
 *
 * Astro renders pages from a bundle of the site's code, so the two sides do not share module
 * instances; they share the process, hence a global, under a registered symbol so that neither
 * can clash with anything else.
 */
const KEY = Symbol.for('shishin.build-report.manifest');

type Holder = { [KEY]?: Manifest };

export function reportManifest(manifest: Manifest): void {
  (globalThis as Holder)[KEY] = manifest;
}

export function takeReportedManifest(): Manifest | undefined {
  const manifest = (globalThis as Holder)[KEY];
  (globalThis as Holder)[KEY] = undefined;
  return manifest;
}
