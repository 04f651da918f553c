/**
 * Cheap estimates of what stored values cost in V8's heap (64-bit, no pointer compression): an object is about
 * 24 bytes plus 8 per property, a string 16 plus one byte per character (two for text beyond Latin-1, which
 * the estimate does not look for), an array 32 plus 8 per item, a boxed number 16. Measured against
 * `process.memoryUsage()` on stored opportunities, the estimate is within about 20% (docs/limits.md).
 */
const OBJECT = 24;
const PROPERTY = 8;
const STRING = 16;
const ARRAY = 32;
const NUMBER = 16;

/** Values counted once for every session that holds them (a data set's records): charged as references only. */
const shared = new WeakSet<object>();

/** Marks values every session shares (a data set's opportunities), so holding one costs a reference, not a copy. */
export function markShared(values: Iterable<object>): void {
  for (const value of values) shared.add(value);
}

/** The estimated heap size of a JSON-like value, walked without recursion (a value may be nested 100,000 deep). */
export function approxBytes(value: unknown): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node === 'string') total += STRING + node.length;
    else if (typeof node === 'number') total += Number.isInteger(node) && Math.abs(node) < 2 ** 30 ? 0 : NUMBER;
    else if (node !== null && typeof node === 'object') {
      if (shared.has(node)) continue;
      if (Array.isArray(node)) {
        total += ARRAY + PROPERTY * node.length;
        for (let i = 0; i < node.length; i++) stack.push(node[i]);
      } else if (node instanceof Uint8Array) {
        total += 96 + node.length;
      } else {
        const keys = Object.keys(node);
        total += OBJECT + PROPERTY * keys.length;
        for (let i = 0; i < keys.length; i++) stack.push((node as Record<string, unknown>)[keys[i]]);
      }
    }
  }
  return total;
}
