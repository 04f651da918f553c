import express, { Express, NextFunction, Request, Response } from 'express';
import type { MockEngine } from '../../core/engine';
import { hostRefusal } from '../../core/http/guard';
import { hostPolicy } from '../../core/http/hosts';
import type { MockOptions } from '../../core/options';
import type { MockRuntime } from '../../core/runtime';
import { createNodeEngine } from '../node/engine';
import { engineListener, mockRequestOf, nodeRefusal, writeResult } from './bridge';
import { isPagePath } from './pages/paths';
import { pagesRouter } from './pages/router';

/** The Express app of the mock, with its runtime (state, options, contract) and engine attached. */
export type MockApp = Express & {
  readonly mock: MockRuntime;
  readonly engine: MockEngine;
};

export { EXPOSED_HEADERS } from '../../core/http/cors';

/**
 * Builds the mock as an Express app without listening: load the spec's compiled validators (once per process),
 * load and check the fixtures, and answer every request with the engine (mock/core): the API's operations, the
 * admin API, CORS, the Host check. Express adds what only a server has: the pages (the inspector, /docs, the
 * served specs) and Node's HTTP details.
 *
 * @example
 * const app = createMockApp({ seed: 7, clock: '2026-07-01T09:00:00Z', references: 'strict' });
 * app.listen(4010);
 */
export function createMockApp(options: MockOptions = {}): MockApp {
  return expressAppOf(createNodeEngine(options));
}

/** The Express app of an engine: the pages (behind the Host rule), then the engine's listener for everything else. */
export function expressAppOf(engine: MockEngine): MockApp {
  const runtime = engine.runtime;
  const hosts = hostPolicy(runtime.options.allowedHosts);
  const pages = pagesRouter(runtime);

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isPagePath(req.path)) return next(); // the engine's listener applies the whole Host rule
    const unnamed = nodeRefusal(req); // Node's part of it: an HTTP/1.1 request must name its host
    if (unnamed) return writeResult(req, res, unnamed);
    // The pages are not the engine's: they get the Host check here, and no CORS (other origins may not read them).
    const refused = hostRefusal(req.headers.host, hosts);
    if (refused) return writeResult(req, res, refused);
    pages(req, res, next);
  });
  app.use(engineListener(engine));
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    writeResult(req, res, engine.fail(mockRequestOf(req, res), error));
  });
  return Object.assign(app, { mock: runtime, engine });
}
