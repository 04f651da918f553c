/**
 * The core's request path through the fetch handler: a client that goes away during a delay, and the handler's
 * own Host check (docs/msw-and-fetch.md: "on" for the fetch handler).
 */
import { createFetchHandler, MockNetworkError } from '../adapters/fetch';
import { FIXTURE, minimalBody } from './helpers';

const AUTH = { Authorization: `Bearer ${FIXTURE.keys.jane}` };

async function listCount(handler: ReturnType<typeof createFetchHandler>): Promise<number> {
  const res = await handler(new Request('http://localhost/v1/opportunities/list', { method: 'POST', headers: { ...AUTH, 'Content-Type': 'application/json' }, body: '{}' }));
  expect(res.status).toBe(200);
  return (await res.json()).pagination.total_count;
}

describe('a delay ends when the client goes away', () => {
  test.each([
    ['Prefer: delay', {}, { Prefer: 'delay=1500' }],
    ['a scenario latency', {}, { Prefer: 'scenario=high-latency' }],
  ])('%s: an aborted create answers nothing, stores nothing and is journaled unanswered', async (_name, options, headers) => {
    const handler = createFetchHandler({ seed: 7, ...options });
    const aborter = new AbortController();
    const started = performance.now();
    const pending = handler(
      new Request('http://localhost/v1/preview/opportunities', {
        method: 'POST',
        headers: { ...AUTH, 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(minimalBody()),
        signal: aborter.signal,
      }),
    );
    setTimeout(() => aborter.abort(), 50);
    await expect(pending).rejects.toBeInstanceOf(MockNetworkError);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await listCount(handler)).toBe(0);
    expect(handler.mock.journal.requests({ method: 'POST', path: '/v1/preview/opportunities' }).map((entry) => entry.status)).toEqual([null]);
  });
});

describe("the fetch handler's Host check", () => {
  test('a host it does not serve answers 421 host_not_allowed; localhost and allowedHosts are served', async () => {
    const handler = createFetchHandler({ allowedHosts: ['mock.internal'] });
    const refused = await handler(new Request('http://rebind.attacker.example/v1/me', { headers: AUTH }));
    expect(refused.status).toBe(421);
    expect((await refused.json()).error.code).toBe('host_not_allowed');
    expect((await handler(new Request('http://localhost:3000/v1/me', { headers: AUTH }))).status).toBe(200);
    expect((await handler(new Request('http://mock.internal/v1/me', { headers: AUTH }))).status).toBe(200);
  });
});
