import { setupServer } from 'msw/node';
import { createFetchHandler } from '../adapters/fetch';
import { monacoHandlers } from '../adapters/msw';
import { basePathOf, underBase } from '../adapters/web/request';
import { FIXTURE } from './helpers';

const auth = { authorization: `Bearer ${FIXTURE.keys.jane}` };

/** Review B6: the fetch handler cut basePath with no segment boundary and answered paths outside it; MSW had its own rule. */
describe('one mount-prefix rule for the fetch and MSW adapters', () => {
  test.each([
    ['/api/v1/me', '/api', '/v1/me'],
    ['/API/v1/me', '/api', '/v1/me'],
    ['/api', '/api', '/'],
    ['/api/', '/api', '/'],
    ['/apiv1/me', '/api', undefined],
    ['/v1/me', '/api', undefined],
    ['/ap', '/api', undefined],
    ['/v1/me', '', '/v1/me'],
  ])('underBase(%s, %s) is %s', (path, base, under) => {
    expect(underBase(path, base)).toBe(under);
  });

  test.each([['/api/', '/api'], ['api', '/api'], ['/', ''], ['', '']])('basePathOf(%j) is %j', (given, base) => {
    expect(basePathOf(given)).toBe(base);
  });

  test('the fetch handler answers under basePath, and 404 outside_base_path (unjournaled) elsewhere', async () => {
    const handler = createFetchHandler({ basePath: '/api/' });
    expect((await handler(new Request('http://localhost/api/v1/me', { headers: auth }))).status).toBe(200);
    for (const path of ['/v1/me', '/apiv1/me']) {
      const res = await handler(new Request(`http://localhost${path}`, { headers: auth }));
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'outside_base_path', message: `${path} is outside this handler's basePath /api: nothing here is the mock's.` } });
    }
    expect(handler.mock.journal.count()).toBe(1);
  });

  test('MSW answers under baseUrl and leaves the rest to the network (the same rule)', async () => {
    const handlers = monacoHandlers({ baseUrl: 'http://127.0.0.1:9/api' });
    const unhandled: string[] = [];
    const server = setupServer(...handlers);
    server.listen({ onUnhandledRequest: (request) => void unhandled.push(new URL(request.url).pathname) });
    try {
      expect((await fetch('http://127.0.0.1:9/API/v1/me', { headers: auth })).status).toBe(200);
      for (const path of ['/apiv1/me', '/v1/me']) await expect(fetch(`http://127.0.0.1:9${path}`, { headers: auth })).rejects.toThrow();
      expect(unhandled).toEqual(['/apiv1/me', '/v1/me']);
      expect(handlers.mock.journal.requests().map((e) => e.path)).toEqual(['/v1/me']);
    } finally {
      server.close();
    }
  });
});
