/**
 * `monaco-opportunities-mock/testing`: the mock in a consumer's test suite. Start it in process, drive its
 * scenarios and stubs, and verify what it received (jest matchers included). Needs nothing besides the kit.
 */
export { startMock } from './mock/adapters/node/in-process';
export type { RunningMock, StartMockOptions } from './mock/adapters/node/in-process';
export { mockMatchers } from './mock/testing/jest';
export { VerificationError } from './mock/testing/verify';
export type { Verification } from './mock/testing/verify';
export type { JournalEntry, JournalFilter } from './mock/core/journal/journal';
export type { Scenario, Stub, Step, Latency, Fault, ForcedResponse } from './mock/core/controls/scenarios/types';
export type { MockOptions } from './mock/core/options';
