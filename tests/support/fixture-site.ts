/**
 * Builds a copy of the site whose content a test has changed, to see what an author sees when the
 * build meets a mistake. Configuration and packages are linked; `src/` and `content/` are copied.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
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
}

export function buildWithContent(
  change: (contentDir: string) => void,
  env: Record<string, string> = {},
  options: BuildOptions = {},
): FixtureBuild {
  const dir = mkdtempSync(path.join(tmpdir(), 'shishin-fixture-'));
  try {
    for (const name of LINKED) symlinkSync(path.join(ROOT, name), path.join(dir, name));
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
    rmSync(dir, { recursive: true, force: true });
  }
}
