import { execFileSync } from 'node:child_process';

/**
 * When each content file was last committed, read from git ONCE per build: one `git log` over
 * content/ gives every file's latest commit, where a `git log -1 <file>` per page would start a
 * process per page. A shallow clone (which would date every file to its one commit) or a machine
 * without git gives an empty map, and pages fall back to `updatedDate`.
 */

/** Separates commits in the log output; a character no file name or date contains. */
const RECORD = '\x1e';

/** `git log --format=<RECORD>%cI --name-only` output → file → its newest commit date. */
export function parseGitLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const record of output.split(RECORD)) {
    const [when, ...files] = record.split('\n');
    const date = new Date((when ?? '').trim());
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files) {
      const name = file.trim();
      if (name && !dates.has(name)) dates.set(name, date); // the log is newest first
    }
  }
  return dates;
}

export interface GitHistory {
  dates: Map<string, Date>;
  /** Why the map is empty, when it is. */
  unavailable?: string;
}

type Run = (args: string[]) => string;

const runGit =
  (cwd: string): Run =>
  (args) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });

export function readGitHistory(cwd: string, run: Run = runGit(cwd), dir = 'content'): GitHistory {
  try {
    if (run(['rev-parse', '--is-shallow-repository']).trim() === 'true') {
      return {
        dates: new Map(),
        unavailable: 'shallow clone: fetch the whole history (fetch-depth: 0) for "last updated" dates',
      };
    }
    const output = run([
      '-c',
      'core.quotePath=false',
      'log',
      `--format=${RECORD}%cI`,
      '--name-only',
      '--no-renames',
      '--',
      dir,
    ]);
    return { dates: parseGitLog(output) };
  } catch {
    return { dates: new Map(), unavailable: 'no git history here' };
  }
}
