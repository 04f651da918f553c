/**
 * Absolute-form request targets (`GET http://127.0.0.1:4010/v1/me HTTP/1.1`, as proxies send them): routed by
 * their path, queries kept, the Host check still on the Host header.
 */
import { pathOf, queryOf } from '../core/http/request';
import { RunningMock, startMock } from '../adapters/node/in-process';
import { FIXTURE } from './helpers';
import { rawHttp } from './http-client';

test.each([
  ['/v1/me', '/v1/me'],
  ['/v1/opportunities/list?page=2', '/v1/opportunities/list'],
  ['http://127.0.0.1:4010/v1/me', '/v1/me'],
  ['http://127.0.0.1:4010/v1/opportunities/list?page=2', '/v1/opportunities/list'],
  ['http://[::1]:4010/__admin/health', '/__admin/health'],
  ['http://localhost', '/'],
])('pathOf(%j) is %j', (target, path) => {
  expect(pathOf(target)).toBe(path);
});

test('queryOf reads the query of an absolute-form target', () => {
  expect({ ...queryOf('http://127.0.0.1:4010/v1/tags/?session=a&session=b') }).toEqual({ session: ['a', 'b'] });
});

describe('a listening mock', () => {
  let mock: RunningMock;
  let port: number;
  beforeAll(async () => {
    mock = await startMock({ clock: '2026-07-01T09:00:00Z', shutdownGraceMs: 0 });
    port = Number(new URL(mock.url).port);
  });
  afterAll(() => mock.close());

  const send = async (target: string, host = `127.0.0.1:${port}`) => {
    const answer = await rawHttp(port, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${FIXTURE.keys.jane}\r\nConnection: close\r\n\r\n`);
    const [head, body] = answer.split('\r\n\r\n');
    return { status: Number(head.split(' ')[1]), body: body ? JSON.parse(body) : undefined };
  };

  test('routes an absolute-form target by its path, as the origin form', async () => {
    const absolute = await send(`http://127.0.0.1:${port}/v1/me`);
    expect(absolute.status).toBe(200);
    expect(absolute).toEqual(await send('/v1/me'));
  });

  test('an absolute-form admin target reaches the admin API', async () => {
    const res = await send(`http://127.0.0.1:${port}/__admin/health`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });

  test('an absolute-form page target reaches the page', async () => {
    const res = await send(`http://127.0.0.1:${port}/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
  });

  test('the Host check reads the Host header, whatever the target names', async () => {
    expect((await send(`http://127.0.0.1:${port}/v1/me`, 'rebind.attacker.example')).status).toBe(421);
  });
});
