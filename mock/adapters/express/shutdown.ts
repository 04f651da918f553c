import type { Server, ServerResponse } from 'node:http';

/** Default time requests in flight get to finish once shutdown starts (`--shutdown-grace-ms`). */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

/** What a graceful close did. */
export interface CloseResult {
  /** Requests still unanswered when the grace period ended, whose connections were cut. */
  cut: number;
}

/**
 * Tracks a server's requests in flight, so it can close gracefully: `close(graceMs)` stops accepting
 * connections, closes idle keep-alive ones, lets requests in flight finish (their answers say
 * `Connection: close`), and after `graceMs` cuts whatever is left. Resolves once every connection is closed.
 */
export function trackForShutdown(server: Server, onClosing: () => void = () => undefined) {
  const inFlight = new Set<ServerResponse>();
  let closing: Promise<CloseResult> | undefined;
  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    if (closing) res.setHeader('Connection', 'close');
    res.once('close', () => {
      inFlight.delete(res);
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    get inFlight(): number {
      return inFlight.size;
    },
    close(graceMs: number = DEFAULT_SHUTDOWN_GRACE_MS): Promise<CloseResult> {
      closing ??= new Promise((resolve) => {
        let cut = 0;
        const timer = setTimeout(() => {
          cut = inFlight.size;
          server.closeAllConnections();
        }, graceMs);
        server.close(() => {
          clearTimeout(timer);
          resolve({ cut });
        });
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
        server.closeIdleConnections();
        onClosing();
      });
      return closing;
    },
  };
}
