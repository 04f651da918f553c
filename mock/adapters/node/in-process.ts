import { mockController, type MockController } from '../../core/admin/controller';
import type { MockOptions } from '../../core/options';
import type { MockApp } from '../express/app';
import { lazyExpressApp, serveEngine, type ServeOptions } from '../express/serve';
import { createNodeEngine } from './engine';

/** Options of `startMock`: every `createMockApp` option, plus where to listen, the timeouts and the shutdown grace. */
export interface StartMockOptions extends MockOptions, ServeOptions {}

/** A mock running in this process, for a consumer's jest or vitest suite. */
export interface RunningMock extends MockController {
  /** `http://127.0.0.1:<port>`: the address it listens on. */
  readonly url: string;
  /** Its Express app (the pages, and the API behind them): made, and Express loaded, on first read. */
  readonly app: MockApp;
  /**
   * Stops gracefully: no new connections, idle ones closed, requests in flight finish within `shutdownGraceMs`
   * (10 s; a held `fault=timeout` ends at once), then the rest are cut.
   */
  close(): Promise<void>;
}

/**
 * Starts the mock in this process. The API is answered by the engine; Express is loaded only for the pages
 * (or `mock.app`), so a test file that starts the mock does not pay for it.
 *
 * @example
 * const mock = await startMock({ seed: 7, scenario: 'fail-twice-then-succeed' });
 * await myClient(mock.url).createOpportunity({ name: 'Acme Corp - Expansion', account_id: ACME });
 * mock.verify({ method: 'POST', path: '/v1/preview/opportunities', count: 3 });
 * await mock.close();
 */
export async function startMock(options: StartMockOptions = {}): Promise<RunningMock> {
  const { port, host, headersTimeoutMs, requestTimeoutMs, shutdownGraceMs, ...mockOptions } = options;
  const engine = createNodeEngine(mockOptions);
  const pages = lazyExpressApp(engine);
  const served = await serveEngine(engine, { port, host, headersTimeoutMs, requestTimeoutMs, shutdownGraceMs }, pages);
  return {
    ...mockController(engine.runtime),
    url: served.url,
    get app() {
      return pages();
    },
    close: async () => {
      await served.close();
    },
  };
}
