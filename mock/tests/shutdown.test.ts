import { serveMock, type MockServer } from '../adapters/express/serve';
import { testApp, until } from './helpers';
import { postCreate as post } from './http-client';

/** Finding 7: SIGTERM cut requests in flight (closeAllConnections): 10 of 10 delayed requests got ECONNRESET. */
describe('graceful close', () => {
  let served: MockServer | undefined;
  // A failed expectation must not leave the server (and its held sockets) keeping jest alive.
  afterEach(async () => {
    if (served?.server.listening) await served.close(0);
    served = undefined;
  });

  test('requests in flight finish, new connections are refused, then the server closes', async () => {
    served = await serveMock(testApp());
    const port = (served.server.address() as { port: number }).port;
    const inFlight = Array.from({ length: 10 }, () => post(port, 'delay=1500'));
    await until(() => served!.inFlight === 10, 10_000, '10 requests in flight');
    expect(served.inFlight).toBe(10);
    const closed = served.close(10_000);
    const refused = await post(port, 'delay=0').then(() => 'answered', (error: NodeJS.ErrnoException) => error.code);
    expect(refused).toBe('ECONNREFUSED');
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    for (const answer of answers) expect(JSON.parse(answer.body).data.id).toBeDefined();
    expect(await closed).toEqual({ cut: 0 });
  });

  test('past the grace period the rest is cut, and a held fault=timeout ends at once', async () => {
    served = await serveMock(testApp());
    const port = (served.server.address() as { port: number }).port;
    const slow = post(port, 'delay=20000').catch((error: NodeJS.ErrnoException) => error.code);
    const held = post(port, 'fault=timeout').catch((error: NodeJS.ErrnoException) => error.code);
    await until(() => served!.inFlight === 2, 10_000, '2 requests in flight');
    const started = Date.now();
    expect(await served.close(300)).toEqual({ cut: 1 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await slow).toBe('ECONNRESET');
    expect(await held).toMatch(/ECONNRESET|socket hang up/);
  });
});
