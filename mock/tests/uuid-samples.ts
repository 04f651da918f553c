import { FIXTURE } from './helpers';

/** One id in its canonical form, and without hyphens. */
export const CANONICAL = FIXTURE.accounts.acme;
export const hex = CANONICAL.replace(/-/g, '');

/** Every form Pydantic's UUID parsing accepts for one id. */
export const FORMS = [
  ['urn', `urn:uuid:${CANONICAL}`],
  ['braced', `{${CANONICAL}}`],
  ['32-hex', hex],
  ['uppercase', CANONICAL.toUpperCase()],
  ['uppercase braced', `{${CANONICAL.toUpperCase()}}`],
] as const;
