/**
 * Whether a client-chosen name is one every plain object inherits (`constructor`, `toString`, `__proto__`,
 * `valueOf`, `hasOwnProperty`, …). Lookups by such names go through Maps or null-prototype objects, so they
 * find nothing; where a client defines a name (a scenario, a stub's example), the admin API refuses them.
 */
export function isPrototypeName(name: string): boolean {
  return name in Object.prototype;
}

/** A `Record` without a prototype: safe to index by any client-chosen name. */
export function nameTable<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
