/**
 * A CANDIDATE for the lead (notes/profile.md, finding 1), not used by the mock: faker 9's default
 * randomizer (MT19937, 53-bit floats) with the same seeding and the same output, on one reused Int32Array.
 * faker's own rebuilds its 624-word state in fresh JS arrays of boxed numbers on every `seed()`, which the
 * mock calls once per create: about 30 µs and 5 KB of garbage each time; this one takes a few µs and
 * allocates nothing. bench/tests/mersenne-randomizer.test.ts checks the output is identical.
 *
 * Use (mock/generator/random.ts):
 *   const FakerClass = faker.constructor as typeof Faker;   // no import of the all-locales root at run time
 *   const fast = new FakerClass({ locale: faker.rawDefinitions, randomizer: fastMersenne53Randomizer() });
 */
import type { Randomizer } from '@faker-js/faker';

const N = 624;
const UPPER = -2147483648; // 0x80000000
const LOWER = 2147483647; // 0x7fffffff
const MATRIX_A = -1727483681; // 0x9908b0df

export function fastMersenne53Randomizer(): Randomizer {
  // Int32Array stores every write modulo 2^32, which is all MT19937 ever reads (through bitwise operators).
  const mt = new Int32Array(N);
  let index = N;

  const initGenrand = (seed: number) => {
    mt[0] = seed;
    for (let i = 1; i < N; i++) mt[i] = Math.imul(1812433253, mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
  };

  const initByArray = (key: readonly number[]) => {
    initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k !== 0; k--) {
      mt[i] = ((mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1664525)) >>> 0) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k !== 0; k--) {
      mt[i] = (mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = UPPER;
  };

  const twist = () => {
    let i = 0;
    for (; i < N - 397; i++) {
      const y = (mt[i] & UPPER) | (mt[i + 1] & LOWER);
      mt[i] = mt[i + 397] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    for (; i < N - 1; i++) {
      const y = (mt[i] & UPPER) | (mt[i + 1] & LOWER);
      mt[i] = mt[i + 397 - N] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }
    const y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
    mt[N - 1] = mt[396] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    index = 0;
  };

  const nextU32 = () => {
    if (index >= N) twist();
    let y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & -1658038656; // 0x9d2c5680
    y ^= (y << 15) & -272236544; // 0xefc60000
    y ^= y >>> 18;
    return y >>> 0;
  };

  return {
    next: () => ((nextU32() >>> 5) * 67108864 + (nextU32() >>> 6)) / 9007199254740992,
    seed(seed: number | number[]) {
      if (typeof seed === 'number') initGenrand(seed);
      else initByArray(seed);
      twist();
    },
  };
}
