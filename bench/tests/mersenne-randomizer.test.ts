import { faker } from '@faker-js/faker/locale/en';
import type { Faker } from '@faker-js/faker';
import { fastMersenne53Randomizer } from '../candidates/mersenne-randomizer';

/** The candidate must be a drop-in: the same seed gives the same stream and the same faker values. */
describe('fastMersenne53Randomizer (candidate for mock/generator/random.ts)', () => {
  const FakerClass = faker.constructor as typeof Faker;
  const fast = new FakerClass({ locale: faker.rawDefinitions, randomizer: fastMersenne53Randomizer() });

  test('array seeds like the mock’s give the same 1,000 draws as faker 9’s own randomizer', () => {
    for (let s = 0; s < 300; s++) {
      const seed = [s % 7, (Math.imul(s, 2654435761) >>> 0) || 4294967295, s + 1];
      faker.seed(seed);
      fast.seed(seed);
      const draws = (f: Faker) => Array.from({ length: 1000 }, () => f.number.int(2 ** 32 - 1));
      expect(draws(fast)).toEqual(draws(faker));
    }
  });

  test('number seeds and the faker calls the generator makes agree too', () => {
    for (const seed of [0, 1, 42, 2 ** 31, 2 ** 32 - 1]) {
      faker.seed(seed);
      fast.seed(seed);
      const values = (f: Faker) => [f.string.uuid(), f.company.name(), f.person.firstName(), f.helpers.arrayElements([1, 2, 3, 4, 5], { min: 1, max: 2 }), f.datatype.boolean()];
      expect(values(fast)).toEqual(values(faker));
    }
  });
});
