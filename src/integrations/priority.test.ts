import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backgroundNiceness, childrenExited, parseProcStat, runChildrenInBackground } from './priority';

/** The niceness of a thread, field 19 of its `stat` (the 17th after the name). */
const niceOf = (pid: number, tid: number | string = pid) => {
  const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
};

describe('parseProcStat', () => {
  it('reads the name and the parent, even when the name holds spaces and parentheses', () => {
    expect(parseProcStat('4242 (pagefind_extend) S 17 4242 17 0 -1')).toEqual({ comm: 'pagefind_extend', ppid: 17 });
    expect(parseProcStat('7 (a (b) c) R 1 7 7 0 -1')).toEqual({ comm: 'a (b) c', ppid: 1 });
    expect(parseProcStat('garbage')).toBeUndefined();
  });
});

describe.runIf(process.platform === 'linux')('background priority (Linux)', () => {
  it("lowers every thread of the named child processes, and no other process's", async () => {
    // Node as the child: a process with several threads, like Pagefind's.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' });
    const other = spawn('sleep', ['20'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const name = readFileSync(`/proc/${child.pid}/comm`, 'utf8').trim();
      const own = niceOf(process.pid);
      const lowered = runChildrenInBackground(name);
      const threads = readdirSync(`/proc/${child.pid}/task`);
      expect(threads.length).toBeGreaterThan(1);
      expect(lowered).toBeGreaterThanOrEqual(threads.length);
      expect(backgroundNiceness()).toBe(Math.min(19, own + 10));
      for (const tid of threads) expect(niceOf(child.pid!, tid)).toBe(backgroundNiceness());
      expect(niceOf(other.pid!)).toBe(own);
      expect(niceOf(process.pid)).toBe(own);
    } finally {
      child.kill();
      other.kill();
    }
  });

  it('lowers every thread of the process that asks, and the threads it starts later', async () => {
    // A process of its own, as the card drawing is: lowering this test's process would last.
    const script = `
      import { runInBackground } from ${JSON.stringify(new URL('./priority.ts', import.meta.url).href)};
      runInBackground();
      new Worker('setTimeout(() => {}, 20000)', { eval: true });
      setTimeout(() => {}, 20000);
    `;
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', `import { Worker } from 'node:worker_threads';${script}`],
      {
        stdio: 'ignore',
      },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const threads = readdirSync(`/proc/${child.pid}/task`);
      expect(threads.length).toBeGreaterThan(2);
      for (const tid of threads) expect(niceOf(child.pid!, tid)).toBe(backgroundNiceness());
      expect(niceOf(process.pid)).not.toBe(backgroundNiceness());
    } finally {
      child.kill();
    }
  });

  it('waits until the named children are gone, and says so when they outlive the wait', async () => {
    const child = spawn('sleep', ['20'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      expect(await childrenExited('sleep', 100)).toBe(false);
      child.kill();
      expect(await childrenExited('sleep', 5_000)).toBe(true);
      expect(readdirSync('/proc').includes(String(child.pid))).toBe(false);
    } finally {
      child.kill();
    }
  });
});
