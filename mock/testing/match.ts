/** One place where a value differs from what was expected. */
export interface Mismatch {
  path: string;
  expected: unknown;
  received: unknown;
}

const show = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value));

/**
 * Partial deep matching: every key of `expected` must be in `actual` with a matching value (objects
 * recursively, arrays element by element and of equal length, everything else by `Object.is`). Returns
 * every mismatch, so a failure can say exactly what differs.
 */
export function mismatches(expected: unknown, actual: unknown, path = 'body'): Mismatch[] {
  if (expected !== null && typeof expected === 'object') {
    if (Array.isArray(expected)) {
      if (!Array.isArray(actual) || actual.length !== expected.length) return [{ path, expected, received: actual }];
      return expected.flatMap((item, i) => mismatches(item, actual[i], `${path}[${i}]`));
    }
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [{ path, expected, received: actual }];
    return Object.entries(expected).flatMap(([key, value]) => mismatches(value, (actual as Record<string, unknown>)[key], `${path}.${key}`));
  }
  return Object.is(expected, actual) ? [] : [{ path, expected, received: actual }];
}

/** `body.name: expected "Acme" received 42`. */
export function describeMismatch(m: Mismatch): string {
  return `${m.path}: expected ${show(m.expected)} received ${show(m.received)}`;
}
