import { faker } from '@faker-js/faker/locale/en';

export type Faker = typeof faker;

/** FNV-1a, 32 bit: a fast, stable hash of a string to a faker seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Runs `generate` with the (English-locale) faker seeded from `parts`, so the same parts always give the
 * same values. Generation is synchronous, so one shared instance is safe: every use seeds it first.
 */
export function seeded<T>(parts: readonly (number | string)[], generate: (f: Faker) => T): T {
  faker.seed(parts.map((p) => (typeof p === 'number' ? p >>> 0 : hash32(p))));
  return generate(faker);
}
