import type { Logger } from 'pino';
import type { MockEngine } from '../../core/engine';
import { ConfigurationError } from '../../core/errors';
import { isLoopback } from '../../core/http/hosts';
import { DEFAULT_SERVE, MockServer, serveEngine, ServeOptions } from '../express/serve';

/**
 * The CLI's server: listens (one-line errors for a port in use, an unknown host, an exposed admin API),
 * warns when the mock is reachable from other machines, and shuts down gracefully on SIGTERM and SIGINT (a
 * second signal cuts what is left at once). Resolves `undefined` when it could not listen.
 */
export async function serveFromCli(engine: MockEngine, options: ServeOptions & { port: number; host: string }, logger: Logger, fail: (message: string) => void): Promise<MockServer | undefined> {
  const { port, host } = options;
  let served: MockServer;
  try {
    served = await serveEngine(engine, options);
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    if (error instanceof ConfigurationError) fail(err.message);
    else if (err.code === 'EADDRINUSE') fail(`Failed to listen on ${host}:${port}: port ${port} is in use. Stop the other process or pass --port <another port>.`);
    else fail(`Failed to listen on ${host}:${port}: ${err.message}.`);
    return undefined;
  }
  if (!isLoopback(host)) {
    const admin = engine.runtime.options.admin ? 'the admin API requires the admin token' : 'the admin API is off';
    logger.warn(`Listening on ${host}: the mock is reachable from other machines (${admin}; the public API accepts the fixture keys). See docs/security.md.`);
  }
  let signals = 0;
  const stop = (signal: NodeJS.Signals) => {
    if (++signals > 1) {
      logger.warn(`${signal} again: cutting ${served.inFlight} request(s) in flight now`);
      served.server.closeAllConnections();
      process.exit(1);
    }
    logger.info(`${signal}: shutting down; ${served.inFlight} request(s) in flight get up to ${options.shutdownGraceMs ?? DEFAULT_SERVE.shutdownGraceMs} ms to finish`);
    void served.close().then(({ cut }) => {
      if (cut) logger.warn(`cut ${cut} request(s) still in flight after the grace period`);
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return served;
}
