import { mockController, type MockController } from '../../core/admin/controller';
import type { MockEngine } from '../../core/engine';
import { createWebEngine, type WebMockOptions } from '../web/engine';
import { mockError } from '../../core/http/mock-errors';
import { basePathOf, mockRequestOf, responseOf, underBase } from '../web/request';

/** Options of `createFetchHandler`: the mock's (values, not folders), and where it is mounted. */
export interface FetchHandlerOptions extends WebMockOptions {
  /**
   * A path prefix the handler is mounted under, cut before routing: with `/api/monaco`, a request to
   * `/api/monaco/v1/preview/opportunities` is the create, and a path outside it (`/v1/me`, `/api/monacov1/me`)
   * answers 404 `outside_base_path`. Default: none.
   */
  basePath?: string;
}

/** The network error a fault stands for (`connection-reset`, `empty-response`, `timeout`): a `TypeError`, as fetch's own are. */
export class MockNetworkError extends TypeError {
  override name = 'MockNetworkError';
  constructor(readonly fault: string) {
    super(`The mock broke the connection (fault ${fault}), as a flaky network would.`);
  }
}

/** The mock as a Fetch API handler, with its in-memory controller and engine. */
export interface FetchHandler {
  (request: Request): Promise<Response>;
  /** The admin API in memory: `use(scenario)`, `reset()`, `stub()`, `journal`, `verify()`. */
  readonly mock: MockController;
  readonly engine: MockEngine;
}

/**
 * The mock as a `(request: Request) => Promise<Response>` handler, for any runtime that speaks the Fetch API:
 * Hono (`app.all('*', (c) => handler(c.req.raw))`), a Next.js route handler, a Cloudflare-style worker
 * (`export default { fetch: handler }`), `Bun.serve({ fetch: handler })`, `Deno.serve(handler)`. The same engine
 * as the Express server, so the same answers for the same seed and clock; the admin API is under `/__admin` and in
 * `handler.mock`. A fault (`Prefer: fault=…`, a scenario's) rejects with a MockNetworkError: the runtime closes
 * the connection (or answers its own 5xx). The inspector and `/docs` pages are the Express server's.
 *
 * @example
 * const handler = createFetchHandler({ seed: 7, clock: '2026-07-01T09:00:00Z' });
 * const res = await handler(new Request('http://localhost/v1/me', { headers: { Authorization: `Bearer ${key}` } }));
 */
export function createFetchHandler(options: FetchHandlerOptions = {}): FetchHandler {
  const { basePath = '', ...mockOptions } = options;
  const engine = createWebEngine(mockOptions, { exposed: true });
  const base = basePathOf(basePath);
  const handler = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const path = underBase(url.pathname, base);
    if (path === undefined) return responseOf(request.method, mockError(404, 'outside_base_path', `${url.pathname} is outside this handler's basePath ${base}: nothing here is the mock's.`));
    const result = await engine.handle(mockRequestOf(request, url, path));
    if (result.kind === 'fault') throw new MockNetworkError(result.fault);
    return responseOf(request.method, result);
  };
  return Object.assign(handler, { mock: mockController(engine.runtime), engine });
}
