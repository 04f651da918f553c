import { http, HttpResponse, type HttpHandler } from 'msw';
import { mockController, type MockController } from '../../core/admin/controller';
import type { MockEngine } from '../../core/engine';
import { ADMIN_PATH } from '../../core/http/guard';
import { createWebEngine, type WebMockOptions } from '../web/engine';
import { basePathOf, mockRequestOf, responseOf, underBase } from '../web/request';

/** Options of `monacoHandlers`: the mock's (values, not folders), and which requests it takes. */
export interface MonacoHandlersOptions extends WebMockOptions {
  /**
   * The API's base URL the app calls (`https://api.monaco.example`, or `http://localhost:5173/api` for a prefix):
   * only requests under it are answered, with the prefix's path cut. Default: any origin's `/v1/…` and `/__admin/…`.
   */
  baseUrl?: string;
}

/** MSW request handlers that answer as the mock, with its in-memory controller and engine. */
export type MonacoHandlers = HttpHandler[] & {
  /** The admin API in memory: `use(scenario)`, `reset()`, `stub()`, `journal`, `verify()`. */
  readonly mock: MockController;
  readonly engine: MockEngine;
};

const API_PATH = /^\/v1(?:\/|$)/i;

/**
 * The mock as Mock Service Worker handlers, for `setupServer` (Node: jest, vitest) and `setupWorker` (the browser:
 * Storybook, a dev build): the same engine as the Express server, so the same validation, references,
 * idempotency, scenarios, sessions (`X-Mock-Session`), journal and generated bodies for the same seed and clock.
 * The admin API answers under `/__admin` too, and in memory through `handlers.mock`. A fault answers with
 * `HttpResponse.error()` (a network error); delays are real waits. msw 2.x is an optional peer dependency.
 *
 * @example
 * const handlers = monacoHandlers({ seed: 7, baseUrl: 'https://api.monaco.example' });
 * const server = setupServer(...handlers);
 * handlers.mock.use('fail-twice-then-succeed');
 */
export function monacoHandlers(options: MonacoHandlersOptions = {}): MonacoHandlers {
  const { baseUrl, ...mockOptions } = options;
  const engine = createWebEngine(mockOptions, { exposed: false });
  const base = baseUrl === undefined ? undefined : new URL(baseUrl);
  const basePath = base ? basePathOf(base.pathname) : '';
  /** The path the mock answers for a request (under baseUrl), or undefined when the request is not its. */
  const scoped = (url: URL): string | undefined => {
    if (!base) return API_PATH.test(url.pathname) || ADMIN_PATH.test(url.pathname) ? url.pathname : undefined;
    return url.origin === base.origin ? underBase(url.pathname, basePath) : undefined;
  };
  const handler = http.all(
    ({ request }) => scoped(new URL(request.url)) !== undefined,
    async ({ request }) => {
      const url = new URL(request.url);
      const result = await engine.handle(mockRequestOf(request, url, scoped(url)!));
      if (result.kind === 'fault') return HttpResponse.error();
      return responseOf(request.method, result);
    },
  );
  return Object.assign([handler], { mock: mockController(engine.runtime), engine });
}
