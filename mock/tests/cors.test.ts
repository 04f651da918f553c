import request from 'supertest';
import { PREVIEW_PATH, create, minimalBody, testApp } from './helpers';

const ORIGIN = 'http://localhost:5173';

describe('CORS for browser dev servers', () => {
  test('a preflight from a dev server is answered 204 with the methods and headers it asked for', async () => {
    const res = await request(testApp())
      .options(PREVIEW_PATH)
      .set('origin', ORIGIN)
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'authorization, content-type, x-monaco-api-key');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(res.headers['access-control-allow-methods']).toContain('POST');
    expect(res.headers['access-control-allow-headers']).toBe('authorization, content-type, x-monaco-api-key');
    expect(res.headers['access-control-allow-credentials']).toBe('true');
  });

  test('responses allow the origin and expose the rate-limit and idempotency headers', async () => {
    const res = await create(testApp(), minimalBody(), { origin: ORIGIN });
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    const exposed = res.headers['access-control-expose-headers'].split(',');
    expect(exposed).toEqual(expect.arrayContaining(['X-RateLimit-Remaining', 'Retry-After', 'Idempotent-Replayed']));
  });

  test('error responses carry CORS headers too, so the browser can read them', async () => {
    const res = await request(testApp()).post(PREVIEW_PATH).set('origin', ORIGIN).send(minimalBody());
    expect(res.status).toBe(401);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
  });

  test('cors: false sends no CORS headers', async () => {
    const res = await create(testApp({ cors: false }), minimalBody(), { origin: ORIGIN });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
