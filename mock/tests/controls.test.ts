import request from 'supertest';
import { FIXTURE, create, get, listen, minimalBody, testApp, expectSpecValid } from './helpers';

describe('Prefer: code=<status>', () => {
  const app = testApp();
  const createStatuses = [...app.mock.contract.operation('createOpportunity').responses.keys()].map(Number).filter((s) => s !== 200);

  test.each(createStatuses)('code=%i answers that status with a realistic, spec-valid body', async (status) => {
    const res = await create(app, minimalBody(), { prefer: `code=${status}` });
    expect(res.status).toBe(status);
    expect(res.headers['preference-applied']).toBe(`code=${status}`);
    if (status !== 307) expectSpecValid(app, 'createOpportunity', status, res.body);
  });

  test.each([
    [429, 'retry-after', /^\d+$/],
    [503, 'retry-after', /^1$/],
    [307, 'location', /^\/v1\/preview\/opportunities\/$/],
    [429, 'x-ratelimit-remaining', /^0$/],
  ])('code=%i comes with its %s header', async (status, header, value) => {
    const res = await create(app, minimalBody(), { prefer: `code=${status}` });
    expect(res.headers[header]).toMatch(value);
  });

  test('a forced 429 says when to retry, matching its Retry-After', async () => {
    const res = await create(app, minimalBody(), { prefer: 'code=429' });
    expect(res.body.error.message).toBe(`Rate limit of 100 requests per 60 s exceeded for this organization. Retry after ${res.headers['retry-after']} s.`);
  });

  test('code=401 answers the exact 401 body', async () => {
    expect((await create(app, minimalBody(), { prefer: 'code=401' })).body).toEqual({ detail: 'No key found' });
  });

  test('a forced error needs no valid body, but a key: the access checks come first', async () => {
    const forced = await request(app).post('/v1/preview/opportunities').set('prefer', 'code=503').set('authorization', `Bearer ${FIXTURE.keys.jane}`).send('not json');
    expect(forced.status).toBe(503);
    const keyless = await request(app).post('/v1/preview/opportunities').set('prefer', 'code=503').send('not json');
    expect(keyless.status).toBe(401);
  });

  test('code=200 runs the real create: auth, validation and storage still apply', async () => {
    const created = await create(app, minimalBody(), { prefer: 'code=200' });
    expect(created.status).toBe(200);
    expect((await get(app, created.body.data.id)).status).toBe(200);
    expect((await create(app, { name: 1 }, { prefer: 'code=200' })).status).toBe(422);
  });

  test('a code the operation does not declare answers 404 listing the declared ones', async () => {
    const res = await create(app, minimalBody(), { prefer: 'code=418' });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'Prefer: code=418 is not a status createOpportunity declares in spec/openapi.yaml. Declared: 200, 307, 401, 403, 404, 409, 413, 422, 429, 500, 503.',
    );
  });

  test.each([['code=abc'], ['code=99'], ['code='], ['code'], ['dynamic=maybe'], ['delay=-5'], ['seed=1.5'], ['fault=explode']])(
    'a malformed preference (%s) answers 422 on the Prefer header',
    async (prefer) => {
      const res = await create(app, minimalBody(), { prefer });
      expect(res.status).toBe(422);
      expect(res.body.error.details[0]).toEqual(expect.objectContaining({ loc: ['header', 'prefer'], type: 'preference_invalid' }));
    },
  );

  test('GET forces its own statuses', async () => {
    const res = await get(app, FIXTURE.accounts.acme, { prefer: 'code=500' });
    expect(res.status).toBe(500);
    expectSpecValid(app, 'getOpportunity', 500, res.body);
    expect((await get(app, FIXTURE.accounts.acme, { prefer: 'code=409' })).status).toBe(404);
  });
});

describe('Prefer: example=<name> and dynamic', () => {
  const app = testApp();

  test('example=<name> answers the named example verbatim', async () => {
    const res = await create(app, minimalBody(), { prefer: 'example=complete' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(app.mock.contract.operation('createOpportunity').responses.get('200')!.examples.complete);
  });

  test('an example of another status picks that status', async () => {
    const res = await create(app, minimalBody(), { prefer: 'example=idempotencyConflict' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('idempotency_conflict');
  });

  test('code and example together pick that example of that status', async () => {
    const res = await create(app, minimalBody(), { prefer: 'code=422, example=invalidUuid' });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].type).toBe('uuid_parsing');
    expect(res.headers['preference-applied']).toBe('code=422, example=invalidUuid');
  });

  test.each([['example=nope'], ['code=422, example=complete']])('an unknown example (%s) answers 404 naming the known ones', async (prefer) => {
    const res = await create(app, minimalBody(), { prefer });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/is not an example of createOpportunity's \d+ response\. Known: /);
  });

  test('dynamic=false answers the static example; dynamic=true generates', async () => {
    const fixed = await create(app, minimalBody(), { prefer: 'dynamic=false' });
    expect(fixed.body.data.id).toBe('c7a2ea20-b2f1-4c94-ae05-319acb5c7427');
    const generated = await create(app, minimalBody(), { prefer: 'dynamic=true' });
    expect(generated.body.data.id).not.toBe('c7a2ea20-b2f1-4c94-ae05-319acb5c7427');
    expect(generated.headers['preference-applied']).toBe('dynamic=true');
  });
});

describe('Prefer: seed, delay, scenario, fault', () => {
  test('seed=<n> makes the generated opportunity depend on n and the body alone', async () => {
    const a = await create(testApp({ seed: 1 }), minimalBody(), { prefer: 'seed=77' });
    const app = testApp({ seed: 2 });
    await create(app, minimalBody());
    const b = await create(app, minimalBody(), { prefer: 'seed=77' });
    expect(b.body.data).toEqual(a.body.data);
    expect(b.headers['preference-applied']).toBe('seed=77');
  });

  test('the same seed twice: both opportunities stay listed, the second with a fresh id drawn from the seed, the same in every run', async () => {
    const run = async () => {
      const app = testApp();
      const [a, b] = [await create(app, minimalBody(), { prefer: 'seed=7' }), await create(app, minimalBody(), { prefer: 'seed=7' })];
      const listed = await request(app).post('/v1/opportunities/list').set('authorization', `Bearer ${FIXTURE.keys.jane}`).send({});
      return { a: a.body.data, b: b.body.data, listed: listed.body.data.map((o: { id: string }) => o.id).sort() };
    };
    const first = await run();
    expect(first.b.id).not.toBe(first.a.id);
    expect({ ...first.b, id: first.a.id }).toEqual(first.a); // the seed pins the body
    expect(first.listed).toEqual([first.a.id, first.b.id].sort());
    expect(await run()).toEqual(first);
  });

  test('the same seed twice on tag creates: both tags stay listed, with ids that repeat from run to run', async () => {
    const run = async () => {
      const app = testApp();
      const auth = { authorization: `Bearer ${FIXTURE.keys.jane}`, prefer: 'seed=7' };
      const a = await request(app).post('/v1/tags/').set(auth).send({ object: 'opportunities', name: 'Pilot A' });
      const b = await request(app).post('/v1/tags/').set(auth).send({ object: 'opportunities', name: 'Pilot B' });
      expect([a.status, b.status]).toEqual([200, 200]);
      const listed = await request(app).get('/v1/tags/?object=opportunities').set('authorization', `Bearer ${FIXTURE.keys.jane}`);
      return { ids: [a.body.data.id, b.body.data.id], listed: listed.body.data.filter((t: { name: string }) => t.name.startsWith('Pilot ')) };
    };
    const first = await run();
    expect(first.ids[1]).not.toBe(first.ids[0]);
    expect(first.listed).toEqual([{ id: first.ids[0], name: 'Pilot A', color: null }, { id: first.ids[1], name: 'Pilot B', color: null }]);
    expect(await run()).toEqual(first);
  });

  test('delay=<ms> waits before answering', async () => {
    const started = Date.now();
    const res = await create(testApp(), minimalBody(), { prefer: 'delay=150' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(res.status).toBe(200);
    expect(res.headers['preference-applied']).toBe('delay=150');
  });

  test('scenario=<name> runs this request under a scenario, with X-Mock-Scenario', async () => {
    const res = await create(testApp(), minimalBody(), { prefer: 'scenario=server-errors' });
    expect(res.status).toBe(500);
    expect(res.headers['x-mock-scenario']).toBe('server-errors');
    expect(res.headers['preference-applied']).toBe('scenario=server-errors');
  });

  test('an unknown scenario answers 404 listing the known ones', async () => {
    const res = await create(testApp(), minimalBody(), { prefer: 'scenario=chaos' });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/^Prefer: scenario=chaos names an unknown scenario "chaos"\. Known: .*fail-twice-then-succeed/);
  });

  test('fault=connection-reset breaks the connection without an answer', async () => {
    const app = testApp();
    const server = await listen(app);
    try {
      const attempt = fetch(`${server.url}/v1/preview/opportunities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${FIXTURE.keys.jane}`, 'content-type': 'application/json', prefer: 'fault=connection-reset' },
        body: JSON.stringify(minimalBody()),
      });
      await expect(attempt).rejects.toThrow(/fetch failed/);
    } finally {
      await server.close();
    }
  });

  test('unknown preferences are ignored, as RFC 7240 asks, and not reported as applied', async () => {
    const res = await create(testApp(), minimalBody(), { prefer: 'respond-async, return=minimal' });
    expect(res.status).toBe(200);
    expect(res.headers['preference-applied']).toBeUndefined();
  });
});

describe('query fallbacks (__code, __example, __dynamic)', () => {
  const app = testApp();

  test.each([
    ['?__code=503', 503],
    ['?__example=accountNotFound', 404],
    ['?__dynamic=false', 200],
    ['?__code=422&__example=invalidUuid', 422],
  ])('%s', async (query, status) => {
    const res = await create(app, minimalBody(), {}, `/v1/preview/opportunities${query}`);
    expect(res.status).toBe(status);
  });

  test('with a Prefer header the query parameters are ignored, not merged (as in Prism)', async () => {
    const res = await create(app, minimalBody(), { prefer: 'delay=0' }, '/v1/preview/opportunities?__code=503');
    expect(res.status).toBe(200);
  });

  test('a malformed query control answers 422 on its parameter', async () => {
    const res = await create(app, minimalBody(), {}, '/v1/preview/opportunities?__code=teapot');
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].loc).toEqual(['query', '__code']);
  });
});
