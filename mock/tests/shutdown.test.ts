import { serveMock } from '../adapters/express/serve';
import { testApp } from './helpers';
import { postCreate as post } from './http-client';

/** Finding 7: SIGTERM cut requests in flight (closeAllConnections): 10 of 10 delayed requests got ECONNRESET. */
describe('graceful close', () => {
  test('requests in flight finish, new connections are refused, then the server closes', async () => {
    const served = await serveMock(testApp());
    const port = (served.server.address() as { port: number }).port;
    const inFlight = Array.from({ length: 10 }, () => post(port, 'delay=300'));
    await new Promise((r) => setTimeout(r, 100));
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
    const served = await serveMock(testApp());
    const port = (served.server.address() as { port: number }).port;
    const slow = post(port, 'delay=20000').catch((error: NodeJS.ErrnoException) => error.code);
    const held = post(port, 'fault=timeout').catch((error: NodeJS.ErrnoException) => error.code);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    expect(await served.close(300)).toEqual({ cut: 1 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await slow).toBe('ECONNRESET');
    expect(await held).toMatch(/ECONNRESET|socket hang up/);
  });
});
