/**
 * Faker's default randomizer (MT19937 with 53-bit floats, as `generateMersenne53Randomizer` makes it), with its
 * state in a typed array and the constant part of seeding computed once. Every draw is the same as faker's (a test
 * compares them), so derived names stay what they were; seeding costs a fraction of faker's, whose state is a
 * plain array built anew on each seed.
 */
const N = 624;
const M = 397;

/** `init_genrand(19650218)`: the state every array seed starts from. */
const BASE = (() => {
  const state = new Uint32Array(N);
  state[0] = 19650218;
  for (let i = 1; i < N; i++) {
    const previous = state[i - 1] ^ (state[i - 1] >>> 30);
    state[i] = Math.imul(1812433253, previous) + i;
  }
  return state;
})();

function twist(s: Uint32Array): void {
  for (let i = 0; i < N - M; i++) {
    const y = (s[i] & 0x80000000) | (s[i + 1] & 0x7fffffff);
    s[i] = s[i + M] ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df);
  }
  for (let i = N - M; i < N - 1; i++) {
    const y = (s[i] & 0x80000000) | (s[i + 1] & 0x7fffffff);
    s[i] = s[i + M - N] ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df);
  }
  const y = (s[N - 1] & 0x80000000) | (s[0] & 0x7fffffff);
  s[N - 1] = s[M - 1] ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df);
}

/** `init_by_array(key)`, as faker seeds with a number list. */
function seedByArray(s: Uint32Array, key: readonly number[]): void {
  s.set(BASE);
  let i = 1;
  let j = 0;
  for (let k = Math.max(N, key.length); k > 0; k--) {
    const previous = s[i - 1] ^ (s[i - 1] >>> 30);
    s[i] = (s[i] ^ Math.imul(previous, 1664525)) + key[j] + j;
    i++;
    j++;
    if (i >= N) {
      s[0] = s[N - 1];
      i = 1;
    }
    if (j >= key.length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const previous = s[i - 1] ^ (s[i - 1] >>> 30);
    s[i] = (s[i] ^ Math.imul(previous, 1566083941)) - i;
    i++;
    if (i >= N) {
      s[0] = s[N - 1];
      i = 1;
    }
  }
  s[0] = 0x80000000;
}

/** `init_genrand(seed)`, as faker seeds with one number. */
function seedByNumber(s: Uint32Array, seed: number): void {
  s[0] = seed;
  for (let i = 1; i < N; i++) {
    const previous = s[i - 1] ^ (s[i - 1] >>> 30);
    s[i] = Math.imul(1812433253, previous) + i;
  }
}

/** A randomizer for faker that draws exactly what faker's own Mersenne Twister draws for the same seed. */
export function mersenneRandomizer() {
  const state = new Uint32Array(N);
  let index = 0;
  const nextU32 = (): number => {
    let y = state[index];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    if (++index >= N) {
      twist(state);
      index = 0;
    }
    return y >>> 0;
  };
  return {
    next(): number {
      const a = nextU32() >>> 5;
      const b = nextU32() >>> 6;
      return (a * 67108864 + b) / 9007199254740992;
    },
    seed(seed: number | number[]): void {
      if (typeof seed === 'number') seedByNumber(state, seed);
      else seedByArray(state, seed);
      twist(state);
      index = 0;
    },
  };
}
