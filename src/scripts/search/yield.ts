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

/**
 * Resolves once the browser has painted the next frame (or at once in a hidden tab, which paints
 * none): work started then does not compete with the page's first paint for the network or the
 * main thread.
 */
export function afterNextPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      document.removeEventListener('visibilitychange', done);
      resolve();
    };
    // A frame's animation callbacks run just before its paint; a task queued from one runs after it.
    requestAnimationFrame(() => setTimeout(done, 0));
    document.addEventListener('visibilitychange', done);
  });
}
