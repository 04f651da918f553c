import request from 'supertest';
import { MockClock } from '../core/state/clock';
import { ADMIN_HANDLERS } from '../core/admin/router';
import { FIXTURE, UNKNOWN_ID, create, get, minimalBody, testApp, expectAdminValid, withoutDetail } from './helpers';

const KEY = '4cdd2055-930d-4eaf-94f4-733f3e7d1bfb';

describe('admin API: every answer validates against spec/admin.yaml', () => {
  test('every admin operation has a handler, and every handler an operation', () => {
    expect(new Set(Object.keys(ADMIN_HANDLERS))).toEqual(new Set(testApp().mock.adminContract.operations.keys()));
  });

  test('GET /__admin/health reports the counters', async () => {
    const app = testApp({ seed: 5 });
    await create(app, minimalBody());
    const res = await request(app).get('/__admin/health');
    expect(res.status).toBe(200);
    expectAdminValid(app, 'getHealth', 200, res.body);
    expect(res.body).toMatchObject({ status: 'ok', seed: 5, sessions: 1, opportunities: 1, requests: 1, self_check_failures: 0 });
    expect(res.body.scenarios).toBeGreaterThanOrEqual(6);
  });

  test('health counts the opportunities dropped to stay within maxOpportunities', async () => {
    const app = testApp({ maxOpportunities: 2 });
    const first = await create(app, minimalBody());
    for (let i = 0; i < 2; i++) await create(app, minimalBody());
    const res = await request(app).get('/__admin/health');
    expectAdminValid(app, 'getHealth', 200, res.body);
    expect(res.body).toMatchObject({ opportunities: 2, evicted_opportunities: 1 });
    expect((await get(app, first.body.data.id)).status).toBe(404);
  });

  test('admin requests are never journaled and never rate limited', async () => {
    const app = testApp({ rateLimit: { limit: 1, enforce: true } });
    for (let i = 0; i < 5; i++) expect((await request(app).get('/__admin/health')).status).toBe(200);
    expect((await create(app, minimalBody())).status).toBe(200);
    const res = await request(app).get('/__admin/requests');
    expect(res.body.total).toBe(1);
    expect(res.headers['x-ratelimit-limit']).toBeUndefined();
  });

  test('POST /__admin/reset empties every session, or only the one named', async () => {
    const app = testApp();
    await create(app, minimalBody(), { 'x-mock-session': 'a' });
    await create(app, minimalBody(), { 'x-mock-session': 'b' });
    const one = await request(app).post('/__admin/reset?session=a');
    expectAdminValid(app, 'reset', 200, one.body);
    expect(one.body).toEqual({ reset: 'a' });
    expect(app.mock.sessions.get('a').store.size).toBe(0);
    expect(app.mock.sessions.get('b').store.size).toBe(1);
    expect((await request(app).post('/__admin/reset')).body).toEqual({ reset: 'all' });
    expect(app.mock.sessions.get('b').store.size).toBe(0);
  });

  test('a full reset puts back the start-up scenario', async () => {
    const app = testApp({ scenario: 'server-errors' });
    await request(app).post('/__admin/scenarios/deactivate').expect(200);
    expect((await create(app, minimalBody())).status).toBe(200);
    await request(app).post('/__admin/reset').expect(200);
    expect((await create(app, minimalBody())).status).toBe(500);
  });

  test('GET and PUT /__admin/state dump a session and load it into another mock', async () => {
    const source = testApp();
    const created = await create(source, { ...minimalBody(), idempotency_key: KEY });
    const dump = await request(source).get('/__admin/state');
    expectAdminValid(source, 'dumpState', 200, dump.body);
    expect(dump.body).toMatchObject({ session: 'default', creates: 1, scenario: null });
    expect(dump.body.opportunities).toEqual([{ org_id: FIXTURE.org, data: created.body.data }]);

    const target = testApp();
    const loaded = await request(target).put('/__admin/state').send(dump.body);
    expect(loaded.status).toBe(200);
    expectAdminValid(target, 'loadState', 200, loaded.body);
    expect(loaded.body).toEqual({ session: 'default', opportunities: 1, idempotency: 1, tags: 0 });
    expect(withoutDetail((await get(target, created.body.data.id)).body.data)).toEqual(created.body.data);
    const replay = await create(target, { ...minimalBody(), idempotency_key: KEY });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const next = await create(target, minimalBody());
    const nextAtSource = await create(source, minimalBody());
    expect(next.body.data.id).toBe(nextAtSource.body.data.id);
  });

  test('the dump carries the created tags and its API version; another version converts the opportunities as it loads them', async () => {
    const auth = { authorization: `Bearer ${FIXTURE.keys.jane}` };
    const source = testApp({ references: 'strict' });
    const tag = (await request(source).post('/v1/tags/').set(auth).send({ object: 'opportunities', name: 'Pilot', color: 'blue' })).body.data;
    const created = await create(source, { ...minimalBody(), stage: 'closed_won', tags: [tag.id], estimated_value: { currency_code: 'USD', amount: 12_000 }, idempotency_key: KEY });
    const dump = (await request(source).get('/__admin/state')).body;
    expect(dump).toMatchObject({ api_version: '2026-08-19', tags: [{ org_id: FIXTURE.org, object: 'opportunities', tag }] });

    const target = testApp({ references: 'strict', apiVersion: '2026-07-31' });
    expect((await request(target).put('/__admin/state').send(dump)).body).toEqual({ session: 'default', opportunities: 1, idempotency: 1, tags: 1 });
    const read = (await get(target, created.body.data.id)).body.data;
    expect(read).toEqual({ ...created.body.data, stage: 'closed_won', estimated_value: { currency_code: 'USD', amount: 1_200_000 } });
    expect((await create(target, { ...minimalBody(), stage: 'closed_won', tags: [tag.id], estimated_value: { currency_code: 'USD', amount: 12_000 }, idempotency_key: KEY })).body.data).toEqual(read);
    expect((await create(target, { ...minimalBody(), tags: [tag.id] })).body.data.tags).toEqual(['Pilot']);
    expect((await request(target).get('/__admin/health')).body.api_version).toBe('2026-07-31');
  });

  test('PUT /__admin/state refuses a dump with unknown orgs or dangling idempotency records', async () => {
    const app = testApp();
    const res = await request(app).put('/__admin/state').send({
      session: 'default',
      creates: 0,
      opportunities: [],
      idempotency: [{ org_id: FIXTURE.org, key: KEY, fingerprint: '{}', opportunity_id: UNKNOWN_ID, expires_at: '2026-07-02T09:00:00Z' }],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toEqual(expect.objectContaining({ loc: ['body', 'idempotency', 0, 'opportunity_id'] }));
    const invalid = await request(app).put('/__admin/state').send({ session: 'default', opportunities: 'none' });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.details.map((d: { loc: string[] }) => d.loc.join('.'))).toEqual(expect.arrayContaining(['body.creates', 'body.opportunities']));
  });

  test('PUT /__admin/state refuses a dump listing an opportunity or a tag twice (nothing would be kept of the first)', async () => {
    const app = testApp();
    await create(app, minimalBody());
    await request(app).post('/v1/tags/').set({ authorization: `Bearer ${FIXTURE.keys.jane}` }).send({ object: 'opportunities', name: 'Pilot' });
    const dump = (await request(app).get('/__admin/state')).body;
    const res = await request(app).put('/__admin/state').send({ ...dump, opportunities: [...dump.opportunities, dump.opportunities[0]], tags: [...dump.tags, dump.tags[0]] });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { loc: unknown[] }) => d.loc)).toEqual([['body', 'opportunities', 1, 'data', 'id'], ['body', 'tags', 1, 'tag', 'id']]);
    expect((await request(app).put('/__admin/state').send(dump)).body).toEqual({ session: 'default', opportunities: 1, idempotency: 0, tags: 1 });
  });

  test('scenarios: list, get, register, activate and deactivate', async () => {
    const app = testApp();
    const list = await request(app).get('/__admin/scenarios');
    expectAdminValid(app, 'listScenarios', 200, list.body);
    expect(list.body.scenarios.map((s: { name: string }) => s.name)).toContain('fail-twice-then-succeed');

    const one = await request(app).get('/__admin/scenarios/rate-limited');
    expectAdminValid(app, 'getScenario', 200, one.body);
    expect(one.body.rate_limit).toEqual({ limit: 3, window_ms: 60000 });
    expect((await request(app).get('/__admin/scenarios/nope')).status).toBe(404);

    const custom = { name: 'two-conflicts', description: 'Two 409s.', operations: ['createOpportunity'], steps: [{ times: 2, respond: { status: 409 } }] };
    const registered = await request(app).post('/__admin/scenarios').send(custom);
    expect(registered.status).toBe(200);
    expectAdminValid(app, 'registerScenario', 200, registered.body);

    const activated = await request(app).post('/__admin/scenarios/two-conflicts/activate');
    expectAdminValid(app, 'activateScenario', 200, activated.body);
    expect(activated.body).toEqual({ session: '*', scenario: 'two-conflicts' });
    expect((await create(app, minimalBody())).status).toBe(409);
    const listed = await request(app).get('/__admin/scenarios');
    expect(listed.body.scenarios.find((s: { name: string }) => s.name === 'two-conflicts').active_in).toEqual(['*']);

    const deactivated = await request(app).post('/__admin/scenarios/deactivate');
    expectAdminValid(app, 'deactivateScenario', 200, deactivated.body);
    expect((await create(app, minimalBody())).status).toBe(200);
  });

  test('deactivate: the global one leaves a session\'s own scenario on; a session\'s opts it out of the global one until reset', async () => {
    const app = testApp();
    const status = async (session: string) => (await create(app, minimalBody(), { 'x-mock-session': session })).status;
    await request(app).post('/__admin/scenarios/server-errors/activate');
    await request(app).post('/__admin/scenarios/read-only-key/activate?session=own');
    expect([await status('own'), await status('other')]).toEqual([403, 500]);
    await request(app).post('/__admin/scenarios/deactivate');
    expect([await status('own'), await status('other')]).toEqual([403, 200]);
    await request(app).post('/__admin/scenarios/server-errors/activate');
    await request(app).post('/__admin/scenarios/deactivate?session=own');
    expect([await status('own'), await status('other')]).toEqual([200, 500]);
    await request(app).post('/__admin/reset?session=own');
    expect(await status('own')).toBe(500);
  });

  test('activating again restarts the sequence', async () => {
    const app = testApp();
    await request(app).post('/__admin/scenarios/fail-twice-then-succeed/activate?session=s');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await create(app, minimalBody(), { 'x-mock-session': 's' })).status);
    await request(app).post('/__admin/scenarios/fail-twice-then-succeed/activate?session=s');
    statuses.push((await create(app, minimalBody(), { 'x-mock-session': 's' })).status);
    expect(statuses).toEqual([503, 503, 200, 503]);
  });

  test('registering an invalid scenario answers 422 naming each problem', async () => {
    const res = await request(testApp()).post('/__admin/scenarios').send({ name: 'bad', description: 'x', steps: [{ respond: { status: 418 } }] });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toEqual(expect.objectContaining({ loc: ['body', 'steps', 0, 'respond', 'status'] }));
  });

  test('stubs: the next N responses of an operation, then normal again', async () => {
    const app = testApp();
    const queued = await request(app).post('/__admin/stubs').send({ operation: 'createOpportunity', times: 2, respond: { status: 503 } });
    expect(queued.status).toBe(200);
    expectAdminValid(app, 'queueStub', 200, queued.body);
    expect(queued.body).toEqual({ id: 1, operation: 'createOpportunity', session: 'default', remaining: 2, respond: { status: 503 } });
    expect((await create(app, minimalBody(), {}, '/v1/opportunities/')).status).toBe(200);
    expect((await create(app, minimalBody())).status).toBe(503);
    const listed = await request(app).get('/__admin/stubs');
    expectAdminValid(app, 'listStubs', 200, listed.body);
    expect(listed.body.stubs[0].remaining).toBe(1);
    expect((await create(app, minimalBody())).status).toBe(503);
    expect((await create(app, minimalBody())).status).toBe(200);
  });

  test('stubs are per session, can carry a message, and can be cleared', async () => {
    const app = testApp();
    await request(app).post('/__admin/stubs').send({ operation: 'createOpportunity', session: 'x', respond: { status: 404, message: 'Account {{body.account_id}} was archived.' } });
    expect((await create(app, minimalBody())).status).toBe(200);
    const res = await create(app, minimalBody(), { 'x-mock-session': 'x' });
    expect(res.body.error.message).toBe(`Account ${FIXTURE.accounts.acme} was archived.`);
    await request(app).post('/__admin/stubs').send({ operation: 'getOpportunity', times: 3, fault: 'empty-response' });
    const cleared = await request(app).delete('/__admin/stubs');
    expectAdminValid(app, 'clearStubs', 200, cleared.body);
    expect(cleared.body).toEqual({ deleted: 1 });
  });

  test.each([
    [{ operation: 'archiveOpportunity' }, 'body.operation'],
    [{ operation: 'getOpportunity', respond: { status: 409 } }, 'body.respond.status'],
    [{ operation: 'createOpportunity', times: 0 }, 'body.times'],
    [{ respond: { status: 500 } }, 'body.operation'],
  ])('an invalid stub %j answers 422 at %s', async (stub, loc) => {
    const res = await request(testApp()).post('/__admin/stubs').send(stub);
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { loc: string[] }) => d.loc.join('.'))).toContain(loc);
  });

  test('the clock can be read, frozen and moved', async () => {
    const app = testApp({ clock: new MockClock() });
    const now = await request(app).get('/__admin/clock');
    expectAdminValid(app, 'getClock', 200, now.body);
    expect(now.body.frozen).toBe(false);
    const set = await request(app).post('/__admin/clock').send({ set: '2027-01-01T00:00:00Z', advance_ms: 1500 });
    expectAdminValid(app, 'setClock', 200, set.body);
    expect(set.body).toEqual({ now: '2027-01-01T00:00:01.500Z', frozen: true });
    expect((await create(app, minimalBody())).body.meta.timestamp).toBe('2027-01-01T00:00:01Z');
    expect((await request(app).post('/__admin/clock').send({})).status).toBe(422);
  });

  test.each([
    ['a leap second', '2026-06-30T23:59:60Z'],
    ['more than 9 fraction digits', '2026-07-01T09:00:00.1234567890Z'],
  ])('an admin instant with %s answers 422 at its loc: the clock, a state load (and the dump still reads), the journal', async (_case, instant) => {
    const app = testApp({ clock: '2026-07-01T09:00:00Z' });
    const clock = await request(app).post('/__admin/clock').send({ set: instant });
    expect(clock.status).toBe(422);
    expect(clock.body.error.details).toEqual([{ loc: ['body', 'set'], msg: expect.stringContaining(instant), type: 'value_error' }]);
    expect((await request(app).get('/__admin/clock')).body).toEqual({ now: '2026-07-01T09:00:00.000Z', frozen: true });

    const created = await create(app, { ...minimalBody(), idempotency_key: KEY });
    const dump = (await request(app).get('/__admin/state')).body;
    expect(dump.idempotency).toHaveLength(1);
    const load = await request(app).put('/__admin/state').send({ ...dump, idempotency: [{ ...dump.idempotency[0], expires_at: instant }] });
    expect(load.status).toBe(422);
    expect(load.body.error.details.map((d: { loc: unknown[] }) => d.loc)).toEqual([['body', 'idempotency', 0, 'expires_at']]);
    const after = await request(app).get('/__admin/state');
    expect(after.status).toBe(200);
    expect(after.body).toEqual(dump); // nothing of the refused dump was loaded
    expect((await get(app, created.body.data.id)).status).toBe(200);

    const since = await request(app).get(`/__admin/requests?since=${encodeURIComponent(instant)}`);
    expect(since.status).toBe(422);
    expect(since.body.error.details.map((d: { loc: unknown[] }) => d.loc)).toEqual([['query', 'since']]);
  });

  test('a state load with an offset expires_at keeps the instant, and the dump writes it in UTC', async () => {
    const app = testApp({ clock: '2026-07-01T09:00:00Z' });
    await create(app, { ...minimalBody(), idempotency_key: KEY });
    const dump = (await request(app).get('/__admin/state')).body;
    const load = await request(app).put('/__admin/state').send({ ...dump, idempotency: [{ ...dump.idempotency[0], expires_at: '2026-07-02T11:00:00+02:00' }] });
    expect(load.status).toBe(200);
    const after = await request(app).get('/__admin/state');
    expect(after.status).toBe(200);
    expect(after.body.idempotency[0].expires_at).toBe('2026-07-02T09:00:00.000Z');
  });

  test.each([
    ['/__admin/requests?limit=0', 'query.limit'],
    ['/__admin/requests?status=teapot', 'query.status'],
    ['/__admin/requests?since=yesterday', 'query.since'],
    ['/__admin/reset?session=has%20space', 'query.session'],
  ])('an invalid parameter (%s) answers 422 at %s', async (url, loc) => {
    const app = testApp();
    const res = url.startsWith('/__admin/reset') ? await request(app).post(url) : await request(app).get(url);
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { loc: string[] }) => d.loc.join('.'))).toEqual([loc]);
  });

  test('an unknown admin route answers 404 listing the admin routes', async () => {
    const res = await request(testApp()).get('/__admin/mappings');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('GET /__admin/health');
  });

  test('a malformed admin body answers 422', async () => {
    const res = await request(testApp()).post('/__admin/stubs').set('content-type', 'application/json').send('{"operation":');
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].type).toBe('json_invalid');
  });

  test('--no-admin (admin: false) serves no admin API', async () => {
    expect((await request(testApp({ admin: false })).get('/__admin/health')).status).toBe(404);
  });
});
