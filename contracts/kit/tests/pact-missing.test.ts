/**
 * @pact-foundation/pact is an optional peer dependency: the parts of the kit that need it say what to install
 * when it is missing, and the rest of the package loads without it.
 */
function withoutPact<T>(use: () => T): T {
  let result!: T;
  jest.isolateModules(() => {
    jest.doMock('@pact-foundation/pact', () => {
      throw Object.assign(new Error("Cannot find module '@pact-foundation/pact' from 'contracts/kit/pact.ts'"), { code: 'MODULE_NOT_FOUND' });
    });
    result = use();
  });
  return result;
}

afterEach(() => jest.dontMock('@pact-foundation/pact'));

test('the consumer kit names the package and the exact install command', () => {
  const message = withoutPact(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { opportunityResponse } = require('..') as typeof import('..');
    try {
      opportunityResponse();
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  });
  expect(message).toBe(
    'The consumer kit needs @pact-foundation/pact, an optional peer dependency of monaco-opportunities-mock, which is not installed. ' +
      'Install it in your project: npm install --save-dev --save-exact @pact-foundation/pact@16.4.0 (or pnpm add -D / yarn add -D).',
  );
});

test('provider verification says the same, for itself', async () => {
  const error = await withoutPact(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { verifyPacts } = require('../../provider/verify') as typeof import('../../provider/verify');
    return verifyPacts({ pacts: ['pacts/'] }).then(() => undefined, (e: Error) => e);
  });
  expect(error?.name).toBe('PactMissingError');
  expect(error?.message).toMatch(/^Provider verification \(monaco-contracts verify\) needs @pact-foundation\/pact, .* npm install --save-dev --save-exact @pact-foundation\/pact@16\.4\.0/);
});

test('the package entry and the mock load without pact', () => {
  const loaded = withoutPact(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const entry = require('../../../index') as typeof import('../../../index');
    return typeof entry.createMockApp === 'function' && typeof entry.startMock === 'function' && typeof entry.OpportunitiesClient === 'function';
  });
  expect(loaded).toBe(true);
});
