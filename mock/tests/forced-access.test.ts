import request from 'supertest';
import { FIXTURE, PREVIEW_PATH, UNKNOWN_ID, create, expectSpecValid, get, minimalBody, testApp } from './helpers';

/**
 * Finding 3: forced responses skipped auth (no key with `Prefer: dynamic=false` answered 200, a read-only key
 * with `example=complete` "created"). Every forced answer now comes after the documented checks: JSON, key,
 * rate limit, write access.
 */
describe('forced responses come after the access checks', () => {
  const app = testApp();
  const keyless = (headers: Record<string, string>, path = PREVIEW_PATH) => {
    const req = request(app).post(path).send(minimalBody());
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    return req;
  };

  test.each([
    ['Prefer: dynamic=false', { prefer: 'dynamic=false' }, PREVIEW_PATH],
    ['Prefer: example=complete', { prefer: 'example=complete' }, PREVIEW_PATH],
    ['?__example=minimal', {}, `${PREVIEW_PATH}?__example=minimal`],
    ['Prefer: code=500', { prefer: 'code=500' }, PREVIEW_PATH],
  ])('create without a key, %s: 401', async (_name, headers, path) => {
    const res = await keyless(headers, path);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: 'No key found' });
  });

  test.each(['dynamic=false', 'example=complete', 'code=503'])('GET without a key, Prefer: %s: 401', async (prefer) => {
    const res = await request(app).get(`/v1/opportunities/${UNKNOWN_ID}`).set('prefer', prefer);
    expect(res.status).toBe(401);
  });

  test.each(['example=complete', 'dynamic=false', 'code=500'])('a read-only key with Prefer: %s on create: 403', async (prefer) => {
    const res = await create(app, minimalBody(), { authorization: `Bearer ${FIXTURE.keys.readOnly}`, prefer });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expectSpecValid(app, 'createOpportunity', 403, res.body);
  });

  test('a read-only key may still force answers on reads', async () => {
    const res = await get(app, UNKNOWN_ID, { authorization: `Bearer ${FIXTURE.keys.readOnly}`, prefer: 'example=complete' });
    expect(res.status).toBe(200);
  });

  test.each([
    ['POST /v1/opportunities/list', '/v1/opportunities/list'],
    ['POST /v1/accounts/list', '/v1/accounts/list'],
  ])('a read-only key may list with %s (a POST that reads), forced or not, and may not create a tag', async (_name, path) => {
    const auth = { authorization: `Bearer ${FIXTURE.keys.readOnly}` };
    expect((await request(app).post(path).set(auth).send({})).status).toBe(200);
    expect((await request(app).post(path).set(auth).set('prefer', 'dynamic=false').send({})).status).toBe(200);
    const tag = await request(app).post('/v1/tags/').set(auth).send({ object: 'opportunities', name: 'Read Only' });
    expect(tag.status).toBe(403);
    expect(tag.body.error.message).toBe('This API key is read-only and cannot create tags. Use a key with write access.');
  });

  test('stubs and scenario steps are forced answers too', async () => {
    const fresh = testApp();
    await request(fresh).post('/__admin/stubs').send({ operation: 'createOpportunity', respond: { status: 503 } });
    expect((await request(fresh).post(PREVIEW_PATH).send(minimalBody())).status).toBe(401);
    const scenario = await request(fresh).post(PREVIEW_PATH).set('prefer', 'scenario=server-errors').send(minimalBody());
    expect(scenario.status).toBe(401);
    // The stub answered the keyless request (with the 401 the access checks gave): it is used up.
    expect((await create(fresh, minimalBody())).status).toBe(200);
  });

  test('the order is the documented one: JSON decoding, the key, the rate limit, write access', async () => {
    const strict = testApp({ rateLimit: { limit: 1, enforce: true } });
    const badJson = await request(strict).post(PREVIEW_PATH).set('prefer', 'code=500').set('content-type', 'application/json').send('{"name":');
    expect(badJson.status).toBe(422);
    expect(badJson.body.error.details[0].type).toBe('json_invalid');
    expect((await create(strict, minimalBody(), { authorization: `Bearer ${FIXTURE.keys.readOnly}`, prefer: 'code=500' })).status).toBe(403);
    const limited = await create(strict, minimalBody(), { authorization: `Bearer ${FIXTURE.keys.readOnly}`, prefer: 'code=500' });
    expect(limited.status).toBe(429);
  });

  test('with auth off, forced answers work without a key as before', async () => {
    const open = testApp({ auth: false });
    expect((await request(open).post(PREVIEW_PATH).set('prefer', 'code=500').send(minimalBody())).status).toBe(500);
  });
});
