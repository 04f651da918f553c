import { createServer, Server } from 'node:http';
import type { MockApp } from './app';
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
  /** Graceful close (see trackForShutdown), within `shutdownGraceMs` unless given. */
  close(graceMs?: number): Promise<CloseResult>;
  readonly inFlight: number;
}

/**
 * Refuses to expose the admin API to the network without a token: on a non-loopback interface the admin API
 * must be locked (`adminToken`) or off (`admin: false`).
 */
export function checkExposure(host: string, app: MockApp): void {
  const { admin, adminToken } = app.mock.options;
  if (isLoopback(host) || !admin || adminToken) return;
  throw new ConfigurationError(
    `--host ${host} makes the mock reachable from other machines, admin API included: pass --admin-token <token> ` +
      '(or MOCK_ADMIN_TOKEN) to lock the admin API, or --no-admin to turn it off.',
  );
}

/**
 * Listens with explicit timeouts (headers 10 s, whole request 30 s, checked every second rather than Node's
 * 30 s), JSON answers to what Node's parser rejects, missing Host left to the mock's own check, and a
 * graceful close. Rejects with the listen error (port in use, unknown host).
 */
export function serveMock(app: MockApp, options: ServeOptions = {}): Promise<MockServer> {
  const { port = 0, host = DEFAULT_SERVE.host, headersTimeoutMs = DEFAULT_SERVE.headersTimeoutMs } = options;
  const { requestTimeoutMs = DEFAULT_SERVE.requestTimeoutMs, shutdownGraceMs = DEFAULT_SERVE.shutdownGraceMs } = options;
  checkExposure(host, app);
  const server = createServer(
    { requireHostHeader: false, headersTimeout: headersTimeoutMs, requestTimeout: requestTimeoutMs, connectionsCheckingInterval: 1000 },
    app,
  );
  server.on('clientError', clientErrorHandler({ cors: app.mock.options.cors }));
  const tracker = trackForShutdown(server, () => app.mock.shutdown.abort());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({ server, close: (graceMs = shutdownGraceMs) => tracker.close(graceMs), get inFlight() { return tracker.inFlight; } });
    });
  });
}
