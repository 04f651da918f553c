import { TAG_NAMES } from './vocabulary';
import { hash32, seeded } from './random';

/**
 * Names for ids the fixtures don't know (lenient references). They depend on the id alone, never on the
 * mock's seed, so the same UUID gets the same name in every run and every mock.
 */
export function derivedUserName(id: string): { first_name: string; last_name: string } {
  return seeded(['user', id.toLowerCase()], (f) => ({ first_name: f.person.firstName(), last_name: f.person.lastName() }));
}

/** A tag name for an unknown tag id; the same id always gets the same name. */
export function derivedTagName(id: string): string {
  return TAG_NAMES[hash32(`tag:${id.toLowerCase()}`) % TAG_NAMES.length];
}

/** A company name for an unknown account id, used in generated summaries. */
export function derivedAccountName(id: string): string {
  return seeded(['account', id.toLowerCase()], (f) => f.company.name());
}
