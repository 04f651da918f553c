import request from 'supertest';
import { PREVIEW_PATH, create, expectAdminValid, minimalBody, testApp } from './helpers';

const EVIL = 'https://attacker.example';
const TOKEN = 'correct-horse-battery-staple';

/** Finding 1: any web page could drive the admin API (CORS echoed every origin, Host was not checked). */
describe('the admin API answers only its own origin and the allowlist', () => {
  const app = testApp();

  test.each([
    ['GET', '/__admin/state'],
    ['GET', '/__admin/requests'],
    ['POST', '/__admin/scenarios/server-errors/activate'],
  ])('%s %s from another origin: 403 origin_not_allowed, no CORS headers, nothing done', async (method, path) => {
    const res = await request(app)[method === 'GET' ? 'get' : 'post'](path).set('origin', EVIL);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('origin_not_allowed');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expectAdminValid(app, 'getHealth', 403, res.body);
    expect(app.mock.scenarios.global).toBeUndefined();
  });

  test('a preflight from another origin gets no CORS answer', async () => {
    const res = await request(app).options('/__admin/reset').set('origin', EVIL).set('access-control-request-method', 'POST');
    expect(res.status).toBe(403);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('the path is matched in any letter case', async () => {
    expect((await request(app).get('/__ADMIN/state').set('origin', EVIL)).status).toBe(403);
  });

  test('a no-cors request from another site (no Origin, Sec-Fetch-Site: cross-site) is refused', async () => {
    const res = await request(app).get('/__admin/requests').set('sec-fetch-site', 'cross-site');
    expect(res.status).toBe(403);
  });

  test('its own origin (the inspector page), address-bar navigation and non-browser clients are answered', async () => {
    const own = await request(app).get('/__admin/health').set('host', 'localhost:4010').set('origin', 'http://localhost:4010');
    expect(own.status).toBe(200);
    expect((await request(app).get('/__admin/health').set('sec-fetch-site', 'none')).status).toBe(200);
    expect((await request(app).get('/__admin/health')).status).toBe(200);
  });

  test('an allowlisted origin gets CORS answers, preflight included, without credentials', async () => {
    const allowed = testApp({ adminOrigins: ['http://localhost:3000'] });
    const preflight = await request(allowed).options('/__admin/reset').set('origin', 'http://localhost:3000')
      .set('access-control-request-method', 'POST').set('access-control-request-headers', 'authorization');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    expect(preflight.headers['access-control-allow-headers']).toBe('authorization');
    const res = await request(allowed).post('/__admin/reset').set('origin', 'http://localhost:3000');
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('the Host header (DNS rebinding)', () => {
  const app = testApp();

  test.each([['/__admin/state'], [PREVIEW_PATH], ['/anything']])('Host: rebind.attacker.example on %s: 421 host_not_allowed', async (path) => {
    const res = await request(app).get(path).set('host', 'rebind.attacker.example');
    expect(res.status).toBe(421);
    expect(res.body.error.code).toBe('host_not_allowed');
    expectAdminValid(app, 'getHealth', 421, res.body);
  });

  test.each(['localhost:4010', '127.0.0.1:4010', '[::1]:4010', 'app.localhost', '192.168.1.20:4010', 'LOCALHOST.'])('Host: %s is served', async (host) => {
    expect((await create(app, minimalBody(), { host })).status).toBe(200);
  });

  test('--allowed-hosts adds names, a leading dot a domain', async () => {
    const named = testApp({ allowedHosts: ['mock', '.dev.example'] });
    for (const host of ['mock:4010', 'dev.example', 'api.dev.example']) expect((await create(named, minimalBody(), { host })).status).toBe(200);
    expect((await create(named, minimalBody(), { host: 'mockx' })).status).toBe(421);
  });
});

describe('the admin token', () => {
  const app = testApp({ adminToken: TOKEN });

  test.each([[undefined], ['Bearer wrong-token-value'], [`Basic ${TOKEN}`], [`Bearer ${TOKEN}x`]])('Authorization %j: 401 admin_token_required', async (authorization) => {
    const req = request(app).get('/__admin/health');
    if (authorization) req.set('authorization', authorization);
    const res = await req;
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('admin_token_required');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expectAdminValid(app, 'getHealth', 401, res.body);
  });

  test('the right token opens every admin route, same-origin pages included', async () => {
    const res = await request(app).get('/__admin/health').set('authorization', `Bearer ${TOKEN}`).set('host', 'localhost:4010').set('origin', 'http://localhost:4010');
    expect(res.status).toBe(200);
  });

  test('the public API does not need it, and the token is never journaled', async () => {
    expect((await create(app, minimalBody(), { 'x-admin-probe': '1' })).status).toBe(200);
    await request(app).post(PREVIEW_PATH).set('authorization', `Bearer ${TOKEN}`).send(minimalBody());
    const journal = await request(app).get('/__admin/requests').set('authorization', `Bearer ${TOKEN}`);
    expect(JSON.stringify(journal.body)).not.toContain(TOKEN);
  });

  test('a token shorter than 8 characters is refused at start-up', () => {
    expect(() => testApp({ adminToken: 'short' })).toThrow(/at least 8 printable/);
  });
});

describe('CORS of the public API', () => {
  const app = testApp();

  test('any origin may read answers, but only pages on this machine may send credentials', async () => {
    const local = await create(app, minimalBody(), { origin: 'http://localhost:5173' });
    expect(local.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(local.headers['access-control-allow-credentials']).toBe('true');
    const remote = await create(app, minimalBody(), { origin: EVIL });
    expect(remote.headers['access-control-allow-origin']).toBe(EVIL);
    expect(remote.headers['access-control-allow-credentials']).toBeUndefined();
  });
});
