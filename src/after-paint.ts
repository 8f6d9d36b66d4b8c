/**
 * Work that the picture on screen does not need, deferred: until the browser has painted the next
 * frame (afterNextPaint), or until the page is idle (whenIdle). What the first picture (or the frame
 * answering a gesture) does not need waits until that frame is on screen.
 */

/**
 * Runs work after the browser has painted the next frame: two animation frames (the second starts
 * once the first has been presented), then a task of its own. A page in a background tab draws no
 * frames: the work then runs after `fallbackMs` anyway.
 */
export function afterNextPaint(work: () => void, fallbackMs = 1000): void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    work();
  };
  const fallback = setTimeout(run, fallbackMs);
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(run, 0);
    return;
  }
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(run, 0)));
}

/** Resolves when the page is idle (requestIdleCallback, at most 2 s away; a task where there is none). */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 0);
  });
}
