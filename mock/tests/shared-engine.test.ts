import { setupServer } from 'msw/node';
import { createFetchHandler } from '../adapters/fetch';
import { monacoHandlers } from '../adapters/msw';
import { ConfigurationError } from '../core/errors';
import { FIXTURE } from './helpers';

const auth = { authorization: `Bearer ${FIXTURE.keys.jane}` };

/**
 * Review A2: `engine` shares one mock between adapters. Sharing used to hand over the other adapter's engine
 * whole, checks included: a fetch handler sharing an MSW engine answered a rebinding Host and a foreign page's
 * admin POST.
 */
describe('one engine shared by the fetch and MSW adapters (docs/msw-and-fetch.md)', () => {
  const handlers = monacoHandlers({ seed: 7, baseUrl: 'https://api.monaco.example' });
  const handler = createFetchHandler({ engine: handlers.engine, basePath: '/api/monaco' });
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => handlers.mock.reset());
  afterAll(() => server.close());

  test('the fetch handler keeps its own Host check: a foreign Host is 421', async () => {
    const res = await handler(new Request('http://rebind.attacker.example/api/monaco/v1/me', { headers: auth }));
    expect(res.status).toBe(421);
  });

  test('the fetch handler keeps its own admin-origin check: a foreign page cannot reset the mock', async () => {
    const res = await handler(new Request('http://localhost/api/monaco/__admin/reset', { method: 'POST', headers: { origin: 'http://evil.example' } }));
    expect(res.status).toBe(403);
  });

  test('MSW keeps its own (no Host check inside a page), and both adapters see one journal', async () => {
    expect((await fetch('https://api.monaco.example/v1/me', { headers: auth })).status).toBe(200);
    expect((await handler(new Request('http://localhost/api/monaco/v1/me', { headers: auth }))).status).toBe(200);
    expect(handlers.mock.journal.count({ path: '/v1/me', status: 200 })).toBe(2);
    expect(handler.mock.journal.count({ path: '/v1/me', status: 200 })).toBe(2);
    expect(handler.mock.journal.requests().map((e) => e.headers.host)).toEqual(['api.monaco.example', 'localhost']);
  });

  test('sharing the other way round keeps the server-side checks out of the page', async () => {
    const fetchFirst = createFetchHandler({ seed: 7 });
    const shared = monacoHandlers({ engine: fetchFirst.engine });
    expect(shared.engine.runtime).toBe(fetchFirst.engine.runtime);
    const res = await fetchFirst(new Request('http://rebind.attacker.example/v1/me', { headers: auth }));
    expect(res.status).toBe(421);
    const inPage = await shared.engine.handle({ method: 'GET', url: '/v1/me', headers: { host: 'rebind.attacker.example', ...auth }, rawHeaders: [], origin: 'http://rebind.attacker.example', body: async () => new Uint8Array(0) });
    expect(inPage).toMatchObject({ kind: 'response', status: 200 });
  });

  test.each([
    ['createFetchHandler', () => createFetchHandler({ engine: handlers.engine, seed: 99 }), /seed/],
    ['monacoHandlers', () => monacoHandlers({ engine: handlers.engine, fixtures: [], datasets: [] }), /fixtures, datasets/],
  ])('%s refuses mock options beside engine (they were ignored without a word)', (_, make, named) => {
    expect(make).toThrow(ConfigurationError);
    expect(make).toThrow(/Pass either engine or mock options, not both/);
    expect(make).toThrow(named);
  });
});
