/**
 * Gives the browser its main thread back between two steps of work, so that no single task is long
 * enough to delay a paint or a keystroke (Lighthouse counts every task over 50 ms as blocking).
 */

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a new task: `scheduler.yield()` where the browser has it (Chromium 129+, Firefox 142+),
 * which resumes ahead of other queued work; else a message to ourselves, which, unlike
 * `setTimeout(0)`, is not clamped to 4 ms after a few nested calls.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
