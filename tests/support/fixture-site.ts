/**
 * Builds a copy of the site whose content a test has changed, to see what an author sees when the
 * build meets a mistake. Configuration and packages are linked; `src/` and `content/` are copied.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './dist';

// Astro keys its compile cache by real path, so a linked src/ confuses it: src/ is copied too.
const LINKED = ['public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'node_modules'];
const COPIED = ['src', 'content'];

export interface FixtureBuild {
  /** Exit code of `astro build`. */
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

// Vitest mirrors import.meta.env into process.env (DEV=1, MODE=test…); a child build would inherit
// them and build in development mode, with drafts.
const VITEST_VARS = new Set(['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST']);

/** The environment without what Vitest sets. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITEST_VARS.has(key) && !key.startsWith('VITEST')),
  );
}

export interface BuildOptions {
  /** How long the build may take before it is killed (a hang), in ms. */
  timeout?: number;
  /** Reads the built copy (its `dist/`) before it is removed; given the copy's root. */
  inspect?: (dir: string) => void;
  /**
   * Astro's cache directory for this build (normally `node_modules/.astro`, which a linked
   * node_modules shares with every other build): builds given the same one see each other's
   * incremental-build cache, and no other build's.
   */
  astroCache?: string;
  /**
   * Build in this directory (emptied first, left for the caller to remove) instead of a new one.
   * Astro's incremental build knows modules by their full path, so builds that are to reuse each
   * other's pages must happen in the same place.
   */
  root?: string;
}

/** A node_modules of links to the repository's packages, with Astro's cache directory elsewhere. */
function linkModules(target: string, astroCache: string): void {
  const modules = path.join(ROOT, 'node_modules');
  mkdirSync(target);
  for (const name of readdirSync(modules)) {
    if (name !== '.astro') symlinkSync(path.join(modules, name), path.join(target, name));
  }
  mkdirSync(astroCache, { recursive: true });
  symlinkSync(astroCache, path.join(target, '.astro'));
}

export function buildWithContent(
  change: (contentDir: string) => void,
  env: Record<string, string> = {},
  options: BuildOptions = {},
): FixtureBuild {
  const dir = options.root ?? mkdtempSync(path.join(tmpdir(), 'shishin-fixture-'));
  if (options.root) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  try {
    for (const name of LINKED) {
      if (name === 'node_modules' && options.astroCache) linkModules(path.join(dir, name), options.astroCache);
      else symlinkSync(path.join(ROOT, name), path.join(dir, name));
    }
    for (const name of COPIED) cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
    change(path.join(dir, 'content'));
    const result = spawnSync('npx', ['astro', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...cleanEnv(), ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: options.timeout ?? 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    // eslint-disable-next-line no-control-regex
    const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    const timedOut = result.error && 'code' in result.error && result.error.code === 'ETIMEDOUT';
    options.inspect?.(dir);
    return { status: result.status, output: timedOut ? `${output}\n(killed: the build timed out)` : output };
  } finally {
    if (!options.root) rmSync(dir, { recursive: true, force: true });
  }
}
