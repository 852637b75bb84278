import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The supply chain as a reviewer would check it: every dependency pinned to one version, and every
 * package that runs an install script named in `allowScripts` (docs/security.md, "Supply chain").
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean; link?: boolean }>;
};

/** `1.2.3` or `1.2.3-beta.1`: an exact version, not a range, tag or URL. */
const EXACT = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

describe('dependencies', () => {
  it('are pinned to exact versions in package.json', () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies };
    const ranges = Object.entries(all).filter(([, v]) => !EXACT.test(v));
    expect(ranges, 'install with `npm install -D -E <pkg>`').toEqual([]);
  });

  it('are the versions the lockfile installs', () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies };
    const drift = Object.entries(all).filter(([name, v]) => lock.packages[`node_modules/${name}`]?.version !== v);
    expect(drift, 'run `npm install` to update package-lock.json').toEqual([]);
  });

  it('run install scripts only by an explicit decision in allowScripts (true runs it, false never does)', () => {
    // vnu-jar is denied: its postinstall would download a Java runtime; the tests use Debian's java.
    const allowed = new Set(Object.keys(pkg.allowScripts ?? {}));
    const unapproved = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length))
      .filter((name) => !allowed.has(name));
    expect(unapproved, 'review the script, then approve or deny it: npm install-scripts approve|deny <name>').toEqual(
      [],
    );
  });
});
