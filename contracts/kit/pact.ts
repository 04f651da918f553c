import type { MatchersV3 as Matchers } from '@pact-foundation/pact';

let loaded: typeof Matchers | undefined;

/**
 * pact-js's `MatchersV3`, loaded on first use: importing the package (say, for `createMockApp`) neither needs
 * pact installed nor pays the second it takes to load.
 */
export function matchers(): typeof Matchers {
  if (loaded) return loaded;
  try {
    loaded = (require('@pact-foundation/pact') as typeof import('@pact-foundation/pact')).MatchersV3;
  } catch (error) {
    throw new Error(
      `The consumer kit needs @pact-foundation/pact (16.4.0 on Node 20): ${(error as Error).message}. ` +
        'Install it with npm install --save-dev --save-exact @pact-foundation/pact@16.4.0.',
    );
  }
  return loaded;
}
