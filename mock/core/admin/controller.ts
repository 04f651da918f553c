import { checkScenario } from '../controls/scenarios/check';
import type { Scenario, Stub } from '../controls/scenarios/types';
import type { QueuedStub } from '../controls/stubs';
import type { JournalEntry, JournalFilter } from '../journal/journal';
import type { MockRuntime } from '../runtime';
import { verifyJournal, Verification } from '../../testing/verify';
import { journalEntry } from '../journal/record';
import { findNearMisses, findRecords, findRequests } from './journal';
import { activate } from './scenarios';
import { resetState } from './state';
import { addStub } from './stubs';

/**
 * The admin API in memory, for code in the same process or page as the mock (startMock, the fetch handler, MSW):
 * the same effects as the HTTP calls, and the same change events for an open inspector.
 */
export interface MockController {
  /** Empties one session, or everything (the start-up scenario comes back). */
  reset(session?: string): void;
  /** Activates a scenario (by name, or a new one to register) for a session, or for every session. */
  use(scenario: string | Scenario, options?: { session?: string }): void;
  /** Turns the scenario of a session (or the global one) off. */
  stopScenario(options?: { session?: string }): void;
  /** Queues the next N responses of an operation. */
  stub(stub: Stub): QueuedStub;
  readonly journal: {
    /** Journaled requests matching a filter, oldest first. */
    requests(filter?: JournalFilter): JournalEntry[];
    count(filter?: JournalFilter): number;
    /** Rejected requests with their diagnosis. */
    nearMisses(filter?: JournalFilter): JournalEntry[];
  };
  /** Throws a VerificationError with a readable diff unless the journal holds matching requests; returns them. */
  verify(expectation: Verification): JournalEntry[];
}

/** The controller of a running mock. */
export function mockController(runtime: MockRuntime): MockController {
  const all = (filter: JournalFilter = {}) => findRequests(runtime, filter);
  return {
    reset(session) {
      resetState(runtime, session);
      runtime.feed.changed('reset', session);
    },
    use(scenario, { session } = {}) {
      if (typeof scenario !== 'string') runtime.scenarios.register(checkScenario(scenario, runtime.contract, runtime.adminContract, `scenario "${scenario.name}"`));
      activate(runtime, typeof scenario === 'string' ? scenario : scenario.name, session);
      runtime.feed.changed('activateScenario', session);
    },
    stopScenario({ session } = {}) {
      activate(runtime, null, session);
      runtime.feed.changed('deactivateScenario', session);
    },
    stub(stub) {
      const queued = addStub(runtime, stub);
      runtime.feed.changed('queueStub', stub.session);
      return queued;
    },
    journal: {
      requests: all,
      count: (filter = {}) => findRecords(runtime, filter).length,
      nearMisses: (filter = {}) => findNearMisses(runtime, filter).map((record) => journalEntry(runtime, record)),
    },
    verify: (expectation) => verifyJournal(all({ session: expectation.session }), expectation),
  };
}
