import type { AddressInfo } from 'node:net';
import { lazyExpressApp, serveEngine } from '../adapters/express/serve';
import { createNodeEngine } from '../adapters/node/engine';
import { RunningMock, startMock, type StartMockOptions } from '../adapters/node/in-process';
import type { MockEngine } from '../core/engine';
import { FIXTURE, PREVIEW_PATH, expectAdminValid, until } from './helpers';
import { postCreate as post, rawHttp as raw } from './http-client';

const split = (answer: string) => {
  const [head, body] = answer.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), head: head.toLowerCase(), body: body ? JSON.parse(body) : undefined };
};

/** Finding 10: Node's own 431 and 400 carried neither the JSON envelope nor CORS headers; timeouts were 88 s and 317 s. */
describe("the server's own answers and timeouts", () => {
  let mock: RunningMock;
  let port: number;
  beforeAll(async () => {
    mock = await startMock({ clock: '2026-07-01T09:00:00Z', headersTimeoutMs: 1000, requestTimeoutMs: 1500, shutdownGraceMs: 0 } as StartMockOptions);
    port = Number(new URL(mock.url).port);
  });
  afterAll(() => mock.close());

  test('oversized headers: 431 in the JSON envelope, with CORS for the calling page', async () => {
    const answer = await raw(port, `GET ${PREVIEW_PATH} HTTP/1.1\r\nHost: localhost\r\nOrigin: http://localhost:5173\r\nCookie: ${'a'.repeat(20_000)}\r\n\r\n`);
    const { status, head, body } = split(answer);
    expect(status).toBe(431);
    expect(head).toContain('access-control-allow-origin: http://localhost:5173');
    expect(body.error.code).toBe('header_fields_too_large');
    expectAdminValid(mock.app, 'getHealth', 401, body); // MockErrorResponse
  });

  test('malformed HTTP: 400 in the JSON envelope', async () => {
    const { status, body } = split(await raw(port, 'GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n\r\n'));
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
  });

  test('an HTTP/1.1 request without Host: 400 in the envelope (Node would answer an empty 400)', async () => {
    const { status, body } = split(await raw(port, `GET ${PREVIEW_PATH} HTTP/1.1\r\n\r\n`));
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
  });

  test('admin paths get no CORS headers even on these answers', async () => {
    const answer = await raw(port, `GET /__admin/state HTTP/1.1\r\nHost: localhost\r\nOrigin: https://attacker.example\r\nCookie: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(split(answer).status).toBe(431);
    expect(answer.toLowerCase()).not.toContain('access-control-allow-origin');
  });

  test('slow headers are cut at headersTimeoutMs with a 408 in the envelope', async () => {
    const { status, body } = split(await raw(port, `GET ${PREVIEW_PATH} HTTP/1.1\r\nHost: localhost\r\n`));
    expect(status).toBe(408);
    expect(body.error.code).toBe('request_timeout');
  });

  test('a stalled body is cut at requestTimeoutMs', async () => {
    const answer = await raw(port, `POST ${PREVIEW_PATH} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":`);
    expect(split(answer).status).toBe(408);
  });

  test('a slow answer (Prefer: delay) is not a slow request: it is not cut', async () => {
    const res = await post(port, 'delay=2000');
    expect(res.status).toBe(200);
  });
});

/** Finding 7: closing cut the requests in flight. */
describe('startMock().close()', () => {
  let mock: RunningMock | undefined;
  // A failed wait must not leave the mock listening (it would keep jest alive).
  afterEach(async () => {
    await mock?.close();
    mock = undefined;
  });

  test('startMock().close() is graceful too', async () => {
    const started = (mock = await startMock({ clock: '2026-07-01T09:00:00Z' }));
    const port = Number(new URL(started.url).port);
    const pending = post(port, 'delay=2000');
    pending.catch(() => undefined); // awaited below; a failed wait must not leave it unhandled
    await until(() => started.app.mock.stats.requests === 1, 10_000, 'the request arriving'); // counted before its delay
    mock = undefined;
    await started.close();
    expect((await pending).status).toBe(200);
  });
});

/** Review A1: an answer Node cannot write (a header it refuses) was an unhandled rejection that ended the CLI. */
describe('an answer that cannot be written', () => {
  test('cuts that connection; the served mock goes on answering', async () => {
    const engine = createNodeEngine({});
    let broken = true;
    const flaky: MockEngine = {
      ...engine,
      handle: (req) => (broken ? Promise.resolve({ kind: 'response', status: 500, headers: { 'X-Note': 'a→b' }, body: '{}' }) : engine.handle(req)),
    };
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    const served = await serveEngine(flaky, { port: 0, shutdownGraceMs: 0 });
    try {
      const { port } = served.server.address() as AddressInfo;
      const answer = await raw(port, `GET /v1/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${FIXTURE.keys.jane}\r\n\r\n`, 5000);
      expect(answer).toBe(''); // the connection was destroyed, nothing written
      broken = false;
      expect((await post(port, '')).status).toBe(200);
      await new Promise((r) => setImmediate(r));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
      await served.close();
    }
  });
});

/** Review B3: the HTTP/1.1 missing-Host rule was answered by Express, so one such request loaded Express in the CLI. */
test('the served engine answers an HTTP/1.1 request without Host itself: the pages (Express) are not made for it', async () => {
  const engine = createNodeEngine({});
  const pages = jest.fn(lazyExpressApp(engine));
  const served = await serveEngine(engine, { shutdownGraceMs: 0 }, pages);
  try {
    const { port } = served.server.address() as AddressInfo;
    const { status, head, body } = split(await raw(port, `GET ${PREVIEW_PATH} HTTP/1.1\r\n\r\n`));
    expect([status, body.error.code]).toEqual([400, 'bad_request']);
    expect(head).toContain('connection: close');
    expect(pages).not.toHaveBeenCalled();
    expect(split(await raw(port, 'GET /docs HTTP/1.1\r\n\r\n')).status).toBe(400); // a page: Express applies the same rule
    expect(pages).toHaveBeenCalledTimes(1);
  } finally {
    await served.close();
  }
});
