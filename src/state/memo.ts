/**
 * The last result of a pure function, kept while it is called again with equal arguments. A new
 * graph of 20,000 actors made the page's derivations (the perspective's view, the element records,
 * what is visible, the timeline, the contested list) one task of half a second when it arrived: the
 * explorer now computes them ahead, a task each (derivations.ts), and the derivations that run when
 * the graph is installed get the same results back from here. Arguments are equal when identical,
 * or plain objects, arrays or sets whose members are (two levels deep): the derivations build their
 * option objects afresh each time.
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Whether `a` and `b` are the same for a pure function: identical, or alike members to `depth` levels. */
export function sameValue(a: unknown, b: unknown, depth = 2): boolean {
  if (Object.is(a, b)) return true;
  if (depth <= 0) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i], depth - 1));
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((v) => b.has(v));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k], depth - 1));
  }
  return false;
}

/** `fn`, returning its last result while called with the same arguments (see sameValue). */
export function memoizeLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => sameValue(a, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
