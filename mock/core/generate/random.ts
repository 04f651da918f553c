import { faker } from '@faker-js/faker/locale/en';
import { mersenneRandomizer } from './mersenne';

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

/** The faker seed of a list of parts: numbers as they are (32 bit), strings hashed. */
function seedOf(parts: readonly (number | string)[]): number[] {
  return parts.map((p) => (typeof p === 'number' ? p >>> 0 : hash32(p)));
}

/** murmur3's finaliser: spreads every bit of a 32-bit value over the result. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A randomizer for faker that seeds in nanoseconds: mulberry32 behind a murmur3 mix of the seed parts.
 * Faker's default (Mersenne Twister) spends about 30 µs initialising its state on every seed, more than the
 * rest of an opportunity takes to build; a seed per create needs a cheap one. 32 bits of state are plenty
 * for the few hundred draws one opportunity makes.
 */
function fastRandomizer() {
  let state = 0;
  return {
    next(): number {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
    seed(seed: number | number[]): void {
      const parts = Array.isArray(seed) ? seed : [seed];
      state = parts.reduce((h, part) => mix32(h ^ mix32(part >>> 0)), 0x9e3779b9);
    },
  };
}

type FakerConstructor = new (options: { locale: Faker['rawDefinitions']; randomizer?: ReturnType<typeof fastRandomizer> }) => Faker;
const FakerClass = faker.constructor as FakerConstructor;

/** The faker of the request path (English locale, the fast randomizer). */
const requestFaker = new FakerClass({ locale: faker.rawDefinitions, randomizer: fastRandomizer() });

/**
 * Runs `generate` with a faker seeded from `parts`, so the same parts always give the same values.
 * Generation is synchronous, so one shared instance is safe: every use seeds it first.
 */
export function seeded<T>(parts: readonly (number | string)[], generate: (f: Faker) => T): T {
  requestFaker.seed(seedOf(parts));
  return generate(requestFaker);
}

/**
 * A seeded id (lower case) the session does not hold yet: `first` when it is free, else the first free one drawn
 * from `parts` and the attempt (`[...parts, 'id', 1]`, then 2, …), so the same state and seed give the same ids.
 */
export function unusedId(first: string, parts: readonly (number | string)[], taken: (id: string) => boolean): string {
  let id = first;
  for (let attempt = 1; taken(id); attempt++) id = seeded([...parts, 'id', attempt], (f) => f.string.uuid().toLowerCase());
  return id;
}

/** A small seeded PRNG (mulberry32) for values that are not data (latency jitter): uniform in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A faker of its own (English locale), seeded once from `parts`, for long sequences: seeding costs about
 * 30 µs, so a data set of 100,000 records is generated from one seeded stream rather than one seed per
 * record. The same parts give the same stream; other code re-seeding the shared instance does not touch it.
 */
export function createFaker(parts: readonly (number | string)[]): Faker {
  // Faker's own Mersenne Twister, seeded fast (mersenne.ts): the same stream as `new Faker({ locale })`.
  const instance = new FakerClass({ locale: faker.rawDefinitions, randomizer: mersenneRandomizer() as ReturnType<typeof fastRandomizer> });
  instance.seed(seedOf(parts));
  return instance;
}
