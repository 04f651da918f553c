import type { RunningMock } from '../adapters/node/in-process';
import { Verification, VerificationError } from './verify';

/**
 * Jest matchers for a running mock. Register once: `expect.extend(mockMatchers)`, then
 * `expect(mock).toHaveReceived({ method: 'POST', path: '/v1/preview/opportunities', count: 1 })`.
 */
export const mockMatchers = {
  toHaveReceived(this: { isNot?: boolean }, mock: RunningMock, expectation: Verification) {
    try {
      const matched = mock.verify(expectation);
      return { pass: true, message: () => `Expected no request with ${JSON.stringify(expectation)}, but ${matched.length} matched.` };
    } catch (error) {
      if (!(error instanceof VerificationError)) throw error;
      return { pass: false, message: () => error.message };
    }
  },
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The mock's journal holds requests matching the expectation (default: at least one). */
      toHaveReceived(expectation: Verification): R;
    }
  }
}
