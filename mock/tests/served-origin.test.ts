import type { AddressInfo } from 'node:net';
import { createNodeEngine } from '../adapters/node/engine';
import { serveEngine, serveMock, type MockServer } from '../adapters/express/serve';
import { ConfigurationError } from '../core/errors';
import { CLOCK, testApp } from './helpers';

/**
 * Through real sockets, not supertest: the served listeners answer the API without Express, so the mock's own
 * origin must come from Node's request (a page of its own origin may drive the admin API; the served spec names
 * `http://<host>` as its server).
 */
describe.each([
  ['serveMock (createMockApp)', () => serveMock(testApp())],
  ['serveEngine (the CLI)', () => serveEngine(createNodeEngine({ clock: CLOCK }))],
])('%s', (_name, serve) => {
  let served: MockServer;
  let origin: string;
  beforeAll(async () => {
    served = await serve();
    origin = served.url;
  });

  test('its url is the bound address', () => {
    expect(served.url).toBe(`http://127.0.0.1:${(served.server.address() as AddressInfo).port}`);
  });
  afterAll(() => served.close(0));

  test("a page of the mock's own origin may drive the admin API", async () => {
    const res = await fetch(`${origin}/__admin/reset`, { method: 'POST', headers: { origin } });
    expect(res.status).toBe(200);
  });

  test('a page of another origin may not (403 origin_not_allowed)', async () => {
    const res = await fetch(`${origin}/__admin/reset`, { method: 'POST', headers: { origin: 'http://evil.example' } });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('origin_not_allowed');
  });

  test.each(['/openapi.json', '/__admin/openapi.json'])('%s names this mock, scheme included, as its server', async (path) => {
    const res = await fetch(`${origin}${path}`);
    expect((await res.json()).servers[0].url).toBe(origin);
  });
});

/** Review B4: serveMock threw synchronously on an exposed host, where its doc (and `.catch()` callers) expect a rejection. */
test.each([
  ['serveMock', () => serveMock(testApp(), { host: '0.0.0.0' })],
  ['serveEngine', () => serveEngine(createNodeEngine({}), { host: '0.0.0.0' })],
])('%s rejects, never throws, on an exposed host with an unlocked admin API', async (_name, serve) => {
  let served: Promise<MockServer> | undefined;
  expect(() => (served = serve())).not.toThrow();
  await expect(served).rejects.toThrow(ConfigurationError);
  await expect(served).rejects.toThrow(/--host 0\.0\.0\.0 makes the mock reachable from other machines/);
});
