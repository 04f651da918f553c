import { TAG_NAMES } from './vocabulary';
import { createFaker, Faker, hash32 } from './random';

/**
 * Names for ids the fixtures don't know (lenient references). They depend on the id alone, never on the
 * mock's seed, so the same UUID gets the same name in every run and every mock. They come from a faker of
 * their own: deriving a name in the middle of building an opportunity must not disturb the stream the rest
 * of the opportunity is generated from.
 */
let own: Faker | undefined;

/** Runs `generate` with the derived-names faker seeded from `parts` alone (never from the mock's seed). */
export function derive<T>(parts: (string | number)[], generate: (f: Faker) => T): T {
  own ??= createFaker([0]);
  own.seed(parts.map((p) => (typeof p === 'number' ? p >>> 0 : hash32(p))));
  return generate(own);
}

/** Names derived lately, by what they were derived from: a client sends the same few unknown ids again and again. */
const CACHE_SIZE = 4096;
const recent = new Map<string, unknown>();

/** `derive` for a value that depends on `key` alone, remembered for the newest ids (a bounded cache: the same answers, cheaper). */
function remembered<T>(key: string, make: () => T): T {
  let value = recent.get(key) as T | undefined;
  if (value === undefined) {
    if (recent.size >= CACHE_SIZE) recent.delete(recent.keys().next().value!);
    recent.set(key, (value = make()));
  }
  return value;
}

const personName = (parts: (string | number)[]) =>
  remembered(parts.join('\u0000'), () => derive(parts, (f) => ({ first_name: f.person.firstName(), last_name: f.person.lastName() })));

/**
 * A person's name for an unknown user id, not one of `taken` (lower-case "first last", the org's users): the
 * same id gets the same name, and never a real user's.
 */
export function derivedUserName(id: string, taken: ReadonlySet<string> = new Set()): { first_name: string; last_name: string } {
  const lower = id.toLowerCase();
  for (let attempt = 0; attempt < 5; attempt++) {
    const name = personName(attempt === 0 ? ['user', lower] : ['user', lower, attempt]);
    if (!taken.has(`${name.first_name} ${name.last_name}`.toLowerCase())) return { ...name };
  }
  const name = personName(['user', lower]);
  return { first_name: name.first_name, last_name: `${name.last_name} ${lower.slice(0, 8)}` };
}

/**
 * A tag name for an unknown tag id: a word of the sales vocabulary and a code from the id ("Renewal 4F2A"),
 * never one of `taken` (lower-case names: the org's tags and the names already given in the same list). The
 * same id gets the same name; two ids share a name only when their 4-character codes collide and nothing is
 * taken, and a collision with a taken name lengthens the code (then uses the whole id).
 */
export function derivedTagName(id: string, taken: ReadonlySet<string> = new Set()): string {
  const lower = id.toLowerCase();
  const word = TAG_NAMES[hash32(`tag:${lower}`) % TAG_NAMES.length];
  const code = [hash32(`tag-code:${lower}`), hash32(`tag-code-2:${lower}`)].map((h) => h.toString(36).padStart(7, '0')).join('').toUpperCase();
  for (const length of [4, 8]) {
    const name = `${word} ${code.slice(0, length)}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
  return `${word} ${lower}`;
}

/** A company name for an unknown account id, used in generated summaries. */
export function derivedAccountName(id: string): string {
  const lower = id.toLowerCase();
  return remembered(`account\u0000${lower}`, () => derive(['account', lower], (f) => f.company.name()));
}
