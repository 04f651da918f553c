import type { AddressInfo } from 'node:net';
import { activate } from '../../core/admin/scenarios';
import { addStub } from '../../core/admin/stubs';
import { findRequests } from '../../core/admin/journal';
import { createMockApp, MockApp } from '../express/app';
import type { JournalEntry, JournalFilter } from '../../core/journal/journal';
import type { MockOptions } from '../../core/options';
import { serveMock, type ServeOptions } from '../express/serve';
import type { Scenario, Stub } from '../../core/controls/scenarios/types';
import type { QueuedStub } from '../../core/controls/stubs';
import { verifyJournal, Verification } from '../../testing/verify';
import { checkScenario } from './scenario-files';

/** Options of `startMock`: every `createMockApp` option, plus where to listen, the timeouts and the shutdown grace. */
export interface StartMockOptions extends MockOptions, ServeOptions {}

/** A mock running in this process, for a consumer's jest or vitest suite. */
export interface RunningMock {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly app: MockApp;
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
  /**
   * Stops gracefully: no new connections, idle ones closed, requests in flight finish within `shutdownGraceMs`
   * (10 s; a held `fault=timeout` ends at once), then the rest are cut.
   */
  close(): Promise<void>;
}

/**
 * Starts the mock in this process.
 *
 * @example
 * const mock = await startMock({ seed: 7, scenario: 'fail-twice-then-succeed' });
 * await myClient(mock.url).createOpportunity({ name: 'Acme Corp - Expansion', account_id: ACME });
 * mock.verify({ method: 'POST', path: '/v1/preview/opportunities', count: 3 });
 * await mock.close();
 */
export async function startMock(options: StartMockOptions = {}): Promise<RunningMock> {
  const { port = 0, host = '127.0.0.1', headersTimeoutMs, requestTimeoutMs, shutdownGraceMs, ...mockOptions } = options;
  const app = createMockApp(mockOptions);
  const runtime = app.mock;
  const served = await serveMock(app, { port, host, headersTimeoutMs, requestTimeoutMs, shutdownGraceMs });
  const { port: actualPort } = served.server.address() as AddressInfo;
  const all = (filter: JournalFilter = {}) => findRequests(runtime, filter);
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    app,
    reset(session) {
      if (session === undefined) {
        runtime.sessions.reset();
        runtime.scenarios.reset();
      } else runtime.sessions.reset(session);
      runtime.feed.changed('reset', session);
    },
    use(scenario, { session } = {}) {
      if (typeof scenario !== 'string') runtime.scenarios.register(checkScenario(scenario, runtime.contract, `scenario "${scenario.name}"`));
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
      count: (filter) => all(filter).length,
      nearMisses: (filter) => all(filter).filter((e) => e.diagnosis !== undefined),
    },
    verify: (expectation) => verifyJournal(all({ session: expectation.session }), expectation),
    close: async () => {
      await served.close();
    },
  };
}
