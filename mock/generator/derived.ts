import { TAG_NAMES } from './vocabulary';
import { createFaker, Faker, hash32 } from './random';

/**
 * Names for ids the fixtures don't know (lenient references). They depend on the id alone, never on the
 * mock's seed, so the same UUID gets the same name in every run and every mock. They come from a faker of
 * their own: deriving a name in the middle of building an opportunity must not disturb the stream the rest
 * of the opportunity is generated from.
 */
let own: Faker | undefined;

function derive<T>(parts: (string | number)[], generate: (f: Faker) => T): T {
  own ??= createFaker([0]);
  own.seed(parts.map((p) => (typeof p === 'number' ? p >>> 0 : hash32(p))));
  return generate(own);
}

/** A person's name for an unknown user id. */
export function derivedUserName(id: string): { first_name: string; last_name: string } {
  return derive(['user', id.toLowerCase()], (f) => ({ first_name: f.person.firstName(), last_name: f.person.lastName() }));
}

/** A tag name for an unknown tag id; the same id always gets the same name. */
export function derivedTagName(id: string): string {
  return TAG_NAMES[hash32(`tag:${id.toLowerCase()}`) % TAG_NAMES.length];
}

/** A company name for an unknown account id, used in generated summaries. */
export function derivedAccountName(id: string): string {
  return derive(['account', id.toLowerCase()], (f) => f.company.name());
}
