/**
 * Derived names (unknown owner and account ids, lenient references) are what they always were, and cheap:
 * faker's Mersenne Twister re-implemented on a typed array (the same draws), and the newest ids remembered.
 */
import { faker } from '@faker-js/faker/locale/en';
import { derivedAccountName, derivedUserName } from '../core/generate/derived';
import { mersenneRandomizer } from '../core/generate/mersenne';
import { hash32 } from '../core/generate/random';

type Faker = typeof faker;
const FakerClass = faker.constructor as new (options: { locale: Faker['rawDefinitions']; randomizer?: unknown }) => Faker;
/** Faker as it comes, with its own randomizer: what derived names were made with before. */
const reference = new FakerClass({ locale: faker.rawDefinitions });
const ids = Array.from({ length: 300 }, (_, i) => `${hash32(`id-${i}`).toString(16).padStart(8, '0')}-1738-47d9-bd9c-${String(i).padStart(12, '0')}`);

test("the typed-array Mersenne Twister draws exactly what faker's draws, for array and number seeds", () => {
  const fast = new FakerClass({ locale: faker.rawDefinitions, randomizer: mersenneRandomizer() });
  for (const seed of [[1], [0, 0], [4294967295, 7, 12], 42, 0, [hash32('user'), hash32('abc'), 3]] as (number | number[])[]) {
    fast.seed(seed);
    reference.seed(seed);
    const draws = (f: Faker) => [f.person.fullName(), f.company.name(), ...Array.from({ length: 1500 }, () => f.number.float())]; // past one twist of the state
    expect(draws(fast)).toEqual(draws(reference));
  }
});

test('derived user and account names are the ones faker gives for the same seeds, on first use and when remembered', () => {
  const expectedUser = (id: string) => {
    reference.seed(['user', id].map(hash32));
    return { first_name: reference.person.firstName(), last_name: reference.person.lastName() };
  };
  const expectedAccount = (id: string) => (reference.seed(['account', id].map(hash32)), reference.company.name());
  for (const round of [1, 2]) {
    for (const id of ids) {
      expect({ round, user: derivedUserName(id) }).toEqual({ round, user: expectedUser(id) });
      expect(derivedAccountName(id.toUpperCase())).toBe(expectedAccount(id));
    }
  }
});

test('a name a real user has is never derived, remembered or not', () => {
  const id = ids[0];
  const first = derivedUserName(id);
  const taken = new Set([`${first.first_name} ${first.last_name}`.toLowerCase()]);
  const other = derivedUserName(id, taken);
  expect(`${other.first_name} ${other.last_name}`.toLowerCase()).not.toBe([...taken][0]);
  expect(derivedUserName(id, taken)).toEqual(other);
});
