import type { IncomingMessage, ServerResponse } from 'node:http';
import { createMockApp, MockApp } from '../../../mock/adapters/express/app';
import type { MockOptions } from '../../../mock/core/options';
import { loadContract } from '../../../spec/contract';

import { FIXTURE, listen, Listening } from '../../../mock/tests/helpers';
import { OpportunitiesClient, OpportunitiesClientOptions } from '..';

export { listen };
export type { Listening };

/** The mock (`createMockApp`) on a free port, with its app for looking at its state. */
export async function startMock(options: MockOptions = {}): Promise<Listening & { app: MockApp }> {
  const app = createMockApp(options);
  return { app, ...(await listen(app)) };
}

/** What a client test sees besides the client: the requests the proxy received, its URL, and the mock behind it. */
export interface ClientRun {
  requests: SeenRequest[];
  proxyUrl: string;
  mock: Listening & { app: MockApp };
}

/**
 * A client (Jane's key, no waiting between retries, `clientOptions` over that) of a fresh mock at a fixed clock,
 * behind a proxy applying `faults` to the first requests; both closed after `use`.
 */
export async function withClient<T>(
  use: (client: OpportunitiesClient, run: ClientRun) => Promise<T>,
  mockOptions: MockOptions = {},
  clientOptions: Partial<OpportunitiesClientOptions> = {},
  faults: Fault[] = [],
): Promise<T> {
  const mock = await startMock({ clock: '2026-07-01T09:00:00Z', ...mockOptions });
  const proxy = await startFlakyProxy(mock.url, faults);
  try {
    const client = new OpportunitiesClient({ baseUrl: proxy.url, apiKey: FIXTURE.keys.jane, sleep: async () => undefined, ...clientOptions });
    return await use(client, { requests: proxy.requests, proxyUrl: proxy.url, mock });
  } finally {
    await proxy.close();
    await mock.close();
  }
}

/** What the flaky proxy does with one request instead of forwarding it. */
export type Fault =
  /** Destroys the connection before answering: the client sees a network error. */
  | 'reset'
  /** Forwards the request (the mock acts on it) but answers the spec's 503 instead: a response lost on the way back. */
  | 'lost-response'
  /** Answers this itself; the mock never sees the request. */
  | { status: number; headers?: Record<string, string>; body?: unknown };

/** A request the flaky proxy received. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** The spec's own 503 body (`ServiceUnavailable` example), so faults look like the real API's. */
export function serviceUnavailableBody(): unknown {
  return loadContract().operation('createOpportunity').responses.get('503')!.examples.serviceUnavailable;
}

/** The 503 the spec declares, with `Retry-After`. */
export const UNAVAILABLE = (retryAfterSeconds: number): Fault => ({
  status: 503,
  headers: { 'retry-after': String(retryAfterSeconds) },
  body: serviceUnavailableBody(),
});

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

/**
 * A proxy in front of `upstream` that applies `faults` to the first requests, in order, then forwards every
 * later request untouched. It records every request it received.
 */
export async function startFlakyProxy(upstream: string, faults: Fault[]): Promise<Listening & { requests: SeenRequest[] }> {
  const requests: SeenRequest[] = [];
  const server = await listen(async (req, res) => {
    const body = await readBody(req);
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body });
    const fault = faults[requests.length - 1];
    if (fault === 'reset') return void req.socket.destroy();
    if (fault && fault !== 'lost-response') return reply(res, fault.status, fault.headers ?? {}, fault.body);
    const forwarded = Object.fromEntries(
      Object.entries(req.headers).filter(([name]) => name !== 'host' && name !== 'content-length').map(([n, v]) => [n, String(v)]),
    );
    const answer = await fetch(upstream + req.url, { method: req.method, headers: forwarded, body: body || undefined });
    if (fault === 'lost-response') return reply(res, 503, {}, serviceUnavailableBody());
    const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!hopByHop.has(name)) headers[name] = value;
    });
    res.writeHead(answer.status, headers);
    res.end(await answer.text());
  });
  return { ...server, requests };
}
