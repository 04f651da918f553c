import type { MatchersV3 as Matchers } from '@pact-foundation/pact';

/** The version of @pact-foundation/pact the kit is built and tested with (on Node 20; later 16.x need Node 22). */
export const PACT_VERSION = '16.4.0';

/** Thrown when a part of the kit that needs @pact-foundation/pact (an optional peer dependency) cannot load it. */
export class PactMissingError extends Error {
  override name = 'PactMissingError';
}

let loaded: typeof import('@pact-foundation/pact') | undefined;

/**
 * pact-js, loaded on first use: importing the package (say, for `createMockApp`) neither needs pact installed
 * nor pays the second it takes to load. `what` names the part of the kit that needs it, for the message.
 */
export function pactModule(what = 'The consumer kit'): typeof import('@pact-foundation/pact') {
  if (loaded) return loaded;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require('@pact-foundation/pact') as typeof import('@pact-foundation/pact');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && (error as Error).message.includes("'@pact-foundation/pact'");
    throw new PactMissingError(
      `${what} needs @pact-foundation/pact, an optional peer dependency of monaco-opportunities-mock, ${missing ? 'which is not installed' : `which failed to load: ${(error as Error).message}`}. ` +
        `Install it in your project: npm install --save-dev --save-exact @pact-foundation/pact@${PACT_VERSION} (or pnpm add -D / yarn add -D).`,
    );
  }
  return loaded;
}

/** pact-js's `MatchersV3`, loaded on first use (see `pactModule`). */
export function matchers(): typeof Matchers {
  return pactModule().MatchersV3;
}
