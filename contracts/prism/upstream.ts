import type { IncomingMessage, ServerResponse } from 'node:http';
import { createMockApp, MockApp } from '../../mock/adapters/express/app';
import type { MockOptions } from '../../mock/core/options';
import { listen, Listening } from '../client/tests/servers';

/** The mocks the corpus runs against, by name. A request picks one with the `X-Conformance-Mock` header. */
export const MOCKS = {
  /** Strict references, so unknown accounts (404) and stages (422) are reachable with spec-valid bodies. */
  standard: { references: 'strict' },
  /** The rate limit enforced at one request per window, for 429. */
  'rate-limited': { rateLimit: { enforce: true, limit: 1 } },
  /** Unslashed collection paths answer 307, as the live API does. */
  'strict-slashes': { strictSlashes: true },
} satisfies Record<string, MockOptions>;

export type MockName = keyof typeof MOCKS;
export const MOCK_HEADER = 'x-conformance-mock';

/** One server in front of every mock of `MOCKS`; Prism proxies to it. */
export async function startUpstream(): Promise<Listening & { apps: Record<MockName, MockApp> }> {
  const apps = Object.fromEntries(Object.entries(MOCKS).map(([name, options]) => [name, createMockApp(options)])) as Record<MockName, MockApp>;
  const server = await listen((req: IncomingMessage, res: ServerResponse) => {
    const name = (req.headers[MOCK_HEADER] ?? 'standard') as MockName;
    const app = apps[name];
    if (!app) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end(`Unknown ${MOCK_HEADER} "${String(name)}": use one of ${Object.keys(MOCKS).join(', ')}.`);
      return;
    }
    app(req, res);
  });
  return { ...server, apps };
}
