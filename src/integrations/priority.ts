import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/**
 * Pagefind's process at a lower scheduling priority than Astro's thread, which renders the pages one
 * after another and so decides how long the build takes. On two cores Pagefind's threads (it reads
 * pages and writes the index beside the rendering) would otherwise take turns with it; at a lower
 * priority they run in the time Astro's thread leaves and on the other core. Measured at 1,000
 * stories: about 5 s off a 55–60 s build. (Lowering the social cards' drawing the same way, when it
 * was a thread handed one card at a time, made builds slower: the cards then finished last. Now that
 * the drawing process has all its cards from the start, it runs lowered too: `runInBackground`.)
 *
 * Also: waiting for such a child to be gone once it has been stopped (`childrenExited`).
 *
 * Linux only: there a thread's niceness is its own, and raising it needs no privilege. Elsewhere
 * nothing changes. Our own code: no package sets the priority of another process's threads.
 */
const BACKGROUND_NICENESS = 10;
/** The largest niceness Linux has. */
const LOWEST = 19;

const onLinux = () => process.platform === 'linux';

/** The parts of `/proc/<pid>/stat` we read: the command's name and the parent's pid. */
export function parseProcStat(stat: string): { comm: string; ppid: number } | undefined {
  // The name is in parentheses and may itself hold spaces and parentheses: it ends at the last ')'.
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const ppid = Number(stat.slice(close + 2).split(' ')[1]);
  return Number.isInteger(ppid) ? { comm: stat.slice(open + 1, close), ppid } : undefined;
}

/**
 * Lowers the priority of every thread of this process's children whose name starts with `name`
 * (as `/proc/<pid>/comm` has it, 15 characters at most), on Linux, to `BACKGROUND_NICENESS` more than
 * this process's own (a build that is itself run with `nice` keeps the same gap). Threads they start
 * later inherit it. Returns how many threads it lowered.
 */
export function runChildrenInBackground(name: string): number {
  if (!onLinux()) return 0;
  const niceness = backgroundNiceness();
  let lowered = 0;
  for (const pid of childrenNamed(name)) lowered += lowerThreads(pid, niceness);
  return lowered;
}

/**
 * The same for this process, from inside it: every thread it has now, and so every thread they start
 * later. The social cards' drawing process runs so (`card-worker.ts`): it has its work from the start,
 * and should take only the CPU that Astro's thread, and the threads Astro waits for, leave.
 */
export function runInBackground(): number {
  return onLinux() ? lowerThreads(process.pid, backgroundNiceness()) : 0;
}

function lowerThreads(pid: number | string, niceness: number): number {
  let lowered = 0;
  for (const tid of readdirOrEmpty(`/proc/${pid}/task`)) {
    try {
      os.setPriority(Number(tid), niceness);
      lowered++;
    } catch {
      // The thread ended meanwhile, or a sandbox refuses: it keeps its priority.
    }
  }
  return lowered;
}

/** How long `childrenExited` waits, at most, before the build goes on without them. */
const EXIT_WAIT_MS = 15_000;
const EXIT_POLL_MS = 20;

/**
 * Waits (on Linux) until this process has no child whose name starts with `name` any more, at most
 * `timeoutMs`; returns whether they are all gone. Pagefind's Node API stops its process with a signal
 * and does not wait for it: a build that ended first left it behind, still freeing its memory, and
 * its CPU time then counted nowhere (`/usr/bin/time` counts only children waited for). Node reaps a
 * child as soon as it exits, so it leaves this list then.
 */
export async function childrenExited(name: string, timeoutMs = EXIT_WAIT_MS): Promise<boolean> {
  if (!onLinux()) return true;
  const until = performance.now() + timeoutMs;
  while (childrenNamed(name).length > 0) {
    if (performance.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, EXIT_POLL_MS));
  }
  return true;
}

/** The pids of this process's children whose name starts with `name` (Linux; `/proc/<pid>/comm`). */
function childrenNamed(name: string): string[] {
  return readdirOrEmpty('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    const stat = readOrUndefined(`/proc/${pid}/stat`);
    const parsed = stat === undefined ? undefined : parseProcStat(stat);
    return parsed !== undefined && parsed.ppid === process.pid && parsed.comm.startsWith(name.slice(0, 15));
  });
}

/** The niceness both functions above give: `BACKGROUND_NICENESS` more than this thread's, at most 19. */
export const backgroundNiceness = (): number => Math.min(LOWEST, os.getPriority() + BACKGROUND_NICENESS);

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function readdirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
