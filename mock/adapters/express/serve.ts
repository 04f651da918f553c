import { createServer, IncomingMessage, RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockApp } from './app';
import type { MockEngine } from '../../core/engine';
import type { MockRuntime } from '../../core/runtime';
import { engineListener } from './bridge';
import { hostPort } from './origin';
import { pathOf } from '../../core/http/request';
import { isPagePath } from './pages/paths';
import { clientErrorHandler } from './client-errors';
import { ConfigurationError } from '../../core/errors';
import { isLoopback } from '../../core/http/hosts';
import { CloseResult, DEFAULT_SHUTDOWN_GRACE_MS, trackForShutdown } from './shutdown';

/** How the mock's HTTP server listens and stops. Every field has a default. */
export interface ServeOptions {
  /** Port to listen on (0: any free port). */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** The request headers must arrive within this (slowloris). Default `10000`. */
  headersTimeoutMs?: number;
  /** The whole request, body included, must arrive within this. Default `30000`. */
  requestTimeoutMs?: number;
  /** On close, requests in flight get this long to finish before their connections are cut. Default `10000`. */
  shutdownGraceMs?: number;
}

export const DEFAULT_SERVE = { host: '127.0.0.1', headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, shutdownGraceMs: DEFAULT_SHUTDOWN_GRACE_MS } as const;

/** The mock's server, listening. */
export interface MockServer {
  server: Server;
  /** Where it listens, from the bound address: `http://127.0.0.1:4010` (an IPv6 address in brackets). */
  readonly url: string;
  /** Graceful close (see trackForShutdown), within `shutdownGraceMs` unless given. */
  close(graceMs?: number): Promise<CloseResult>;
  readonly inFlight: number;
}

/**
 * Refuses to expose the admin API to the network without a token: on a non-loopback interface the admin API
 * must be locked (`adminToken`) or off (`admin: false`).
 */
export function checkExposure(host: string, runtime: MockRuntime): void {
  const { admin, adminToken } = runtime.options;
  if (isLoopback(host) || !admin || adminToken) return;
  throw new ConfigurationError(
    `--host ${host} makes the mock reachable from other machines, admin API included: pass --admin-token <token> ` +
      '(or MOCK_ADMIN_TOKEN) to lock the admin API, or --no-admin to turn it off.',
  );
}

/** Requests Express must see: the pages (the engine's listener answers the rest, Node's Host rule included). */
const forExpress = (req: IncomingMessage) => isPagePath(pathOf(req.url ?? '/'));

/** An engine's Express app (the pages), made on first call: loading Express costs start-up time only the pages need. */
export function lazyExpressApp(engine: MockEngine): () => MockApp {
  let app: MockApp | undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return () => (app ??= (require('./app') as typeof import('./app')).expressAppOf(engine));
}

/**
 * Serves an engine: explicit timeouts (headers 10 s, whole request 30 s, checked every second rather than Node's
 * 30 s), JSON answers to what Node's parser rejects, missing Host left to the mock's own check, and a graceful
 * close. The pages go through `pages` (by default the engine's Express app, made on first need, so that the CLI
 * and startMock do not load Express for the API); everything else straight to the engine, without Express's
 * per-request work. Rejects with the listen error (port in use, unknown host) or a ConfigurationError (an
 * exposed, unlocked admin API).
 */
export async function serveEngine(engine: MockEngine, options: ServeOptions = {}, pages: () => RequestListener = lazyExpressApp(engine)): Promise<MockServer> {
  const { port = 0, host = DEFAULT_SERVE.host, headersTimeoutMs = DEFAULT_SERVE.headersTimeoutMs } = options;
  const { requestTimeoutMs = DEFAULT_SERVE.requestTimeoutMs, shutdownGraceMs = DEFAULT_SERVE.shutdownGraceMs } = options;
  const runtime = engine.runtime;
  checkExposure(host, runtime);
  const answer = engineListener(engine);
  const server = createServer(
    { requireHostHeader: false, headersTimeout: headersTimeoutMs, requestTimeout: requestTimeoutMs, connectionsCheckingInterval: 1000 },
    (req, res) => (forExpress(req) ? pages()(req, res) : answer(req, res)),
  );
  server.on('clientError', clientErrorHandler({ cors: runtime.options.cors }));
  const tracker = trackForShutdown(server, () => runtime.shutdown.abort());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port: bound } = server.address() as AddressInfo;
  return { server, url: `http://${hostPort(address, bound)}`, close: (graceMs = shutdownGraceMs) => tracker.close(graceMs), get inFlight() { return tracker.inFlight; } };
}

/**
 * Listens with an app made by `createMockApp`: `serveEngine` over the app's engine, with the app as the pages
 * (timeouts, JSON answers to malformed HTTP, graceful close). Rejects, never throws, on a listen error or an
 * exposed, unlocked admin API.
 */
export function serveMock(app: MockApp, options: ServeOptions = {}): Promise<MockServer> {
  return serveEngine(app.engine, options, () => app);
}
