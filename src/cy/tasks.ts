/**
 * Short tasks for the canvas's time-sliced work (staging a new graph, placing it): `yieldTask` runs
 * a function in a task of its own, soon, through a MessageChannel (setTimeout's nesting clamp of
 * 4 ms does not apply), so long work is cut into slices the page can answer between.
 */
let taskChannel: MessageChannel | undefined;
const taskQueue: (() => void)[] = [];

/** Runs `fn` in a task of its own, soon. */
export function yieldTask(fn: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(fn, 0);
    return;
  }
  if (!taskChannel) {
    taskChannel = new MessageChannel();
    taskChannel.port1.onmessage = () => taskQueue.shift()?.();
  }
  taskQueue.push(fn);
  taskChannel.port2.postMessage(0);
}

/** Resolves in a new task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => yieldTask(resolve));
}
