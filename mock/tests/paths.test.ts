import request from 'supertest';
import { FIXTURE, create, minimalBody, testApp, expectSpecValid, withoutDetail } from './helpers';

describe('D1: paths', () => {
  const app = testApp();

  test.each([
    ['/v1/preview/opportunities', 'createOpportunity'],
    ['/v1/preview/opportunities/', 'createOpportunity'],
    ['/v1/opportunities/', 'createOpportunityGa'],
    ['/v1/opportunities', 'createOpportunityGa'],
  ])('POST %s creates an opportunity with 200', async (path, operationId) => {
    const res = await create(app, minimalBody(), {}, path);
    expect(res.status).toBe(200);
    expectSpecValid(app, operationId, 200, res.body);
  });

  test.each([[''], ['/']])('GET /v1/opportunities/{id}%s reads back a created opportunity', async (suffix) => {
    const created = await create(app, minimalBody());
    const res = await request(app)
      .get(`/v1/opportunities/${created.body.data.id}${suffix}`)
      .set('authorization', `Bearer ${FIXTURE.keys.jane}`);
    expect(res.status).toBe(200);
    expect(withoutDetail(res.body.data)).toEqual(created.body.data);
  });

  test('an unknown path answers 404 not_found naming the served routes', async () => {
    const res = await request(app).get('/v1/accounts/').set('authorization', `Bearer ${FIXTURE.keys.jane}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect(res.body.error.message).toContain('POST /v1/preview/opportunities');
  });

  test.each([
    ['put', '/v1/preview/opportunities', 'POST'],
    ['delete', '/v1/opportunities/', 'POST'],
    ['put', '/v1/opportunities/8d116ece-1738-47d9-bd9c-172411e20b8f', 'GET, DELETE, PATCH'],
    // Routes match in any letter case, so does the 405 check (was a 404).
    ['put', '/V1/OPPORTUNITIES/8d116ece-1738-47d9-bd9c-172411e20b8f', 'GET, DELETE, PATCH'],
    ['delete', '/v1/tags/', 'GET, POST'],
  ] as const)('%s %s answers 405 method_not_allowed with Allow: %s', async (method, path, allow) => {
    const res = await request(app)[method](path).set('authorization', `Bearer ${FIXTURE.keys.jane}`);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe(allow);
    expect(res.body.error.code).toBe('method_not_allowed');
  });
});

describe('D1: strictSlashes', () => {
  const app = testApp({ strictSlashes: true });

  test.each([
    ['/v1/preview/opportunities', '/v1/preview/opportunities/'],
    ['/v1/opportunities', '/v1/opportunities/'],
    ['/v1/opportunities?trace=1', '/v1/opportunities/?trace=1'],
  ])('POST %s answers 307 to %s', async (path, location) => {
    const res = await create(app, minimalBody(), {}, path);
    expect(res.status).toBe(307);
    expect(res.headers.location).toBe(location);
    expect(res.headers['x-ratelimit-limit']).toBe('100');
  });

  test.each([['/v1/preview/opportunities/'], ['/v1/opportunities/']])('POST %s (canonical) creates', async (path) => {
    expect((await create(app, minimalBody(), {}, path)).status).toBe(200);
  });

  test('GET with a trailing slash redirects to the unslashed item path', async () => {
    const created = await create(app, minimalBody(), {}, '/v1/opportunities/');
    const res = await request(app)
      .get(`/v1/opportunities/${created.body.data.id}/`)
      .set('authorization', `Bearer ${FIXTURE.keys.jane}`);
    expect(res.status).toBe(307);
    expect(res.headers.location).toBe(`/v1/opportunities/${created.body.data.id}`);
  });
});
