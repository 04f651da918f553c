import type { AddressInfo } from 'node:net';
import { mockController, type MockController } from '../../core/admin/controller';
import type { MockOptions } from '../../core/options';
import { createMockApp, MockApp } from '../express/app';
import { serveMock, type ServeOptions } from '../express/serve';

/** Options of `startMock`: every `createMockApp` option, plus where to listen, the timeouts and the shutdown grace. */
export interface StartMockOptions extends MockOptions, ServeOptions {}

/** A mock running in this process, for a consumer's jest or vitest suite. */
export interface RunningMock extends MockController {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly app: MockApp;
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
  const served = await serveMock(app, { port, host, headersTimeoutMs, requestTimeoutMs, shutdownGraceMs });
  const { port: actualPort } = served.server.address() as AddressInfo;
  return {
    ...mockController(app.mock),
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    app,
    close: async () => {
      await served.close();
    },
  };
}
