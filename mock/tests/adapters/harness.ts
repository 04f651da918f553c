import { setupServer } from 'msw/node';
import { mockController, type MockController } from '../../core/admin/controller';
import type { WebMockOptions } from '../../adapters/web/engine';
import { createFetchHandler, MockNetworkError } from '../../adapters/fetch';
import { monacoHandlers } from '../../adapters/msw';
import { createMockApp } from '../../adapters/express/app';
import { serveMock } from '../../adapters/express/serve';
import { CLOCK, FIXTURE } from '../helpers';

/** One request of a case: Jane's key unless `headers.authorization` says otherwise (`''`: none). */
export interface Exchange {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** JSON (an object), raw text, or bytes (a compressed body, say). */
  body?: unknown;
}

/** What came back: the status, the headers (lower-case) and the body (JSON, text or none), or a broken connection. */
export type Outcome = { status: number; headers: Record<string, string>; body: unknown } | { fault: true };

/** A running mock behind one adapter, driven through the Fetch API (and its in-memory controller). */
export interface Client {
  send(exchange: Exchange): Promise<Outcome>;
  readonly mock: MockController;
}

export interface Adapter {
  name: 'express' | 'fetch' | 'msw';
  start(options: WebMockOptions): Promise<Client & { stop(): Promise<void> }>;
}

function requestInit(exchange: Exchange): RequestInit {
  const headers: Record<string, string> = { authorization: `Bearer ${FIXTURE.keys.jane}`, ...exchange.headers };
  if (headers.authorization === '') delete headers.authorization;
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (exchange.body !== undefined) {
    body = typeof exchange.body === 'string' || exchange.body instanceof Uint8Array ? (exchange.body as Uint8Array<ArrayBuffer>) : JSON.stringify(exchange.body);
    headers['content-type'] ??= 'application/json';
  }
  return { method: exchange.method ?? (body === undefined ? 'GET' : 'POST'), headers, body };
}

async function outcomeOf(send: () => Promise<Response>): Promise<Outcome> {
  let res: Response;
  try {
    res = await send();
  } catch (error) {
    if ((error as Error).name === 'TypeError' || error instanceof MockNetworkError) return { fault: true };
    throw error;
  }
  const text = await res.text();
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => (headers[name] = value));
  return { status: res.status, headers, body: text && (headers['content-type'] ?? '').includes('json') ? JSON.parse(text) : text || undefined };
}

/** The three adapters, each started with the same options (a frozen clock unless the case sets one). */
export const ADAPTERS: readonly Adapter[] = [
  {
    name: 'express',
    async start(options) {
      // Served as users serve it (serveMock, as startMock and the CLI do): the API through the engine, the pages through Express.
      const app = createMockApp({ clock: CLOCK, ...options });
      const served = await serveMock(app, { shutdownGraceMs: 0 });
      return { mock: mockController(app.mock), send: (x) => outcomeOf(() => fetch(served.url + x.path, requestInit(x))), stop: async () => void (await served.close(0)) };
    },
  },
  {
    name: 'fetch',
    async start(options) {
      const handler = createFetchHandler({ clock: CLOCK, ...options });
      return { mock: handler.mock, send: (x) => outcomeOf(() => handler(new Request(`http://localhost${x.path}`, requestInit(x)))), stop: async () => undefined };
    },
  },
  {
    name: 'msw',
    async start(options) {
      const handlers = monacoHandlers({ clock: CLOCK, ...options });
      const server = setupServer(...handlers);
      server.listen({ onUnhandledRequest: 'error' });
      return { mock: handlers.mock, send: (x) => outcomeOf(() => fetch(`http://localhost${x.path}`, requestInit(x))), stop: async () => server.close() };
    },
  },
];
