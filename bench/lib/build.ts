/**
 * Runs one production build under `/usr/bin/time -v` (for CPU time and the peak resident set of the
 * largest process, children included) and stamps each log line with its arrival time in ms.
 */
import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { parsePhases, parseTimeV, type LogLine, type ResourceUse } from './phases.ts';
import type { BuildRun, SiteName } from './targets.ts';

// The repository's own installs (both sites resolve packages from its node_modules).
const MODULES = path.resolve(import.meta.dirname, '..', '..', 'node_modules');
const ASTRO = path.join(MODULES, 'astro', 'bin', 'astro.mjs');
const PAGEFIND = path.join(MODULES, 'pagefind', 'lib', 'runner', 'bin.cjs');
const TIME = '/usr/bin/time';

export interface BuildOptions {
  env: NodeJS.ProcessEnv;
  /** Where to keep the full log of the build. */
  logFile: string;
}

interface Timed {
  lines: LogLine[];
  wallMs: number;
  use: ResourceUse;
}

async function timed(cwd: string, args: string[], options: BuildOptions, offset: number): Promise<Timed> {
  const timeFile = `${options.logFile}.time`;
  const started = performance.now();
  const child = spawn(TIME, ['-v', '-o', timeFile, ...args], {
    cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream }).on('line', (text) =>
      lines.push({ t: offset + performance.now() - started, text }),
    );
  collect(child.stdout!);
  collect(child.stderr!);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  const wallMs = performance.now() - started;
  await writeFile(options.logFile, lines.map((l) => `${(l.t / 1000).toFixed(3).padStart(8)} ${l.text}`).join('\n'));
  if (code !== 0) {
    throw new Error(
      `${args.join(' ')} failed in ${cwd} (exit ${code}); the last lines of ${options.logFile}:\n` +
        lines
          .slice(-25)
          .map((l) => l.text)
          .join('\n'),
    );
  }
  const use = parseTimeV(await readFile(timeFile, 'utf8'));
  await rm(timeFile, { force: true });
  return { lines, wallMs, use };
}

export async function runBuild(site: SiteName, dir: string, options: BuildOptions): Promise<BuildRun> {
  const astro = await timed(dir, [process.execPath, ASTRO, 'build'], options, 0);
  let wallMs = astro.wallMs;
  let cpuMs = (astro.use.userSeconds + astro.use.systemSeconds) * 1000;
  let maxRssBytes = astro.use.maxRssBytes;
  let searchIndex: number | undefined;
  if (site === 'baseline') {
    // A bare blog indexes with the Pagefind CLI after the build.
    const pf = await timed(
      dir,
      [process.execPath, PAGEFIND, '--site', 'dist'],
      { ...options, logFile: `${options.logFile}.pagefind` },
      wallMs,
    );
    searchIndex = pf.wallMs;
    wallMs += pf.wallMs;
    cpuMs += (pf.use.userSeconds + pf.use.systemSeconds) * 1000;
    maxRssBytes = Math.max(maxRssBytes, pf.use.maxRssBytes);
  }
  const phases = parsePhases(astro.lines, astro.wallMs);
  if (searchIndex !== undefined) phases.searchIndex = searchIndex;
  return { wallMs, cpuMs, maxRssBytes, phases };
}
