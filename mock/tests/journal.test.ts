import request from 'supertest';
import { MockClock } from '../core/state/clock';
import { FIXTURE, UNKNOWN_ID, create, get, listen, minimalBody, testApp, expectAdminValid, expectNearMiss, journalOf } from './helpers';

describe('the request journal', () => {
  test('every request is journaled with what came, what went out and its verdict', async () => {
    const app = testApp();
    await create(app, { ...minimalBody(), notes: 'hello' }, { prefer: 'delay=1' });
    await create(app, { name: 1, account_id: 'acc_1' });
    const res = await request(app).get('/__admin/requests');
    expectAdminValid(app, 'listRequests', 200, res.body);
    const [ok, bad] = res.body.requests;
    expect(ok).toMatchObject({
      id: 1,
      time: '2026-07-01T09:00:00.000Z',
      session: 'default',
      method: 'POST',
      path: '/v1/preview/opportunities',
      operation: 'createOpportunity',
      body: { ...minimalBody(), notes: 'hello' },
      status: 200,
      verdict: { valid: true, errors: [] },
      applied: { preferences: ['delay=1'], delay_ms: 1 },
    });
    expect(ok.headers.authorization).toBe('Bearer mks_…_000');
    expect(ok.duration_ms).toBeGreaterThan(0);
    expect(ok.diagnosis).toBeUndefined();
    expect(bad.verdict.valid).toBe(false);
    expect(bad.verdict.errors.map((e: { loc: string[] }) => e.loc.join('.'))).toEqual(['body.name', 'body.account_id']);
    expect(bad.diagnosis).toEqual({
      rule: 'body.schema',
      problem: expect.stringContaining('Invalid request body'),
      fix: 'send "name" as a string; send "account_id" as a UUID such as 8d116ece-1738-47d9-bd9c-172411e20b8f.',
    });
  });

  test('a forced answer to a valid request keeps a valid verdict', async () => {
    const app = testApp();
    await create(app, minimalBody(), { prefer: 'code=503' });
    const [entry] = journalOf(app);
    expect(entry.status).toBe(503);
    expect(entry.verdict).toEqual({ valid: true, errors: [] });
    expect(entry.diagnosis!.rule).toBe('controls.prefer');
  });

  test.each([
    ['an unknown path', (app: ReturnType<typeof testApp>) => request(app).post('/v1/preview/oportunities').send(minimalBody()), 404,
      { loc: ['path'], msg: 'No operation of the spec at POST /v1/preview/oportunities', type: 'unknown_route' }],
    ['a method the path does not serve', (app: ReturnType<typeof testApp>) => request(app).put('/v1/opportunities/'), 405,
      { loc: ['method'], msg: expect.stringMatching(/^PUT is not an operation of \/v1\/opportunities\/ \(it allows .*POST/), type: 'method_not_allowed' }],
  ])('%s matches no operation: its verdict is invalid, saying why', async (_case, send, status, error) => {
    const app = testApp();
    await send(app);
    const [entry] = journalOf(app);
    expect(entry.status).toBe(status);
    expect(entry.verdict).toEqual({ valid: false, errors: [error] });
  });

  test.each([
    ['path', '?path=/v1/opportunities', 3],
    ['method', '?method=get', 2],
    ['status', '?status=200', 3],
    ['status class', '?status=4xx', 2],
    ['operation', '?operation=createOpportunityGa', 1],
    ['session', '?session=other', 1],
    ['since', '?since=2026-07-01T09:00:10Z', 1],
    ['until', '?until=2026-07-01T09:00:05Z', 4],
    ['limit', '?limit=2', 2],
  ])('filters by %s', async (_name, query, expected) => {
    const clock = new MockClock('2026-07-01T09:00:00Z');
    const app = testApp({ clock });
    const created = await create(app, minimalBody());
    await create(app, minimalBody(), {}, '/v1/opportunities/');
    await get(app, created.body.data.id);
    await create(app, {});
    clock.advance(10_000);
    await get(app, 'opp_1', { 'x-mock-session': 'other' });
    const res = await request(app).get(`/__admin/requests${query}`);
    expect(res.body.requests).toHaveLength(expected);
    const count = await request(app).get(`/__admin/requests/count${query.replace(/[?&]limit=\d+/, '')}`);
    expectAdminValid(app, 'countRequests', 200, count.body);
    if (!query.includes('limit')) expect(count.body.count).toBe(expected);
  });

  test('the journal is a ring buffer: only the newest journalLimit entries stay', async () => {
    const app = testApp({ journalLimit: 3 });
    for (let i = 0; i < 5; i++) await create(app, { ...minimalBody(), notes: String(i) });
    const res = await request(app).get('/__admin/requests');
    expect(res.body.requests.map((r: { body: { notes: string } }) => r.body.notes)).toEqual(['2', '3', '4']);
  });

  test('journalLimit 0 turns the journal off', async () => {
    const app = testApp({ journalLimit: 0 });
    await create(app, minimalBody());
    expect((await request(app).get('/__admin/requests/count')).body.count).toBe(0);
  });

  test('DELETE /__admin/requests empties it', async () => {
    const app = testApp();
    await create(app, minimalBody());
    await create(app, minimalBody(), { 'x-mock-session': 'b' });
    const one = await request(app).delete('/__admin/requests?session=b');
    expectAdminValid(app, 'clearRequests', 200, one.body);
    expect(one.body).toEqual({ deleted: 1 });
    expect((await request(app).delete('/__admin/requests')).body).toEqual({ deleted: 1 });
  });

  test('bodies that are not JSON are kept as text, cut at 16 KB', async () => {
    const app = testApp();
    await create(app, 'x'.repeat(20_000), { 'content-type': 'text/plain' });
    const [entry] = journalOf(app);
    expect(typeof entry.body).toBe('string');
    expect((entry.body as string).length).toBe(16 * 1024 + 1);
  });

  test('bodies over 64 KB keep only their first 16 KB, so the journal stays small', async () => {
    const app = testApp();
    const body = JSON.stringify({ ...minimalBody(), notes: 'n'.repeat(100_000) });
    await create(app, body);
    const [entry] = journalOf(app);
    expect(entry.status).toBe(200);
    expect(entry.body).toBe(`${body.slice(0, 16 * 1024)}… (${body.length} bytes in all)`);
  });

  test('a fault is journaled with no status', async () => {
    const app = testApp();
    const server = await listen(app);
    try {
      await fetch(`${server.url}/v1/preview/opportunities`, { method: 'POST', headers: { prefer: 'fault=empty-response' }, body: '{}' }).catch(() => undefined);
      const [entry] = journalOf(app);
      expect(entry).toMatchObject({ status: null, applied: { fault: 'empty-response' } });
    } finally {
      await server.close();
    }
  });
});

describe('near-miss diagnostics', () => {
  const app = testApp({ references: 'strict', rateLimit: { limit: 100 } });

  test.each([
    ['no key', () => request(app).post('/v1/preview/opportunities').send(minimalBody()), 'auth.missing-key', /Send Authorization: Bearer/],
    ['a revoked key', () => create(app, minimalBody(), { authorization: `Bearer ${FIXTURE.keys.revoked}` }), 'auth.revoked-key', /active key of the org: docs\/auth\.md/],
    ['a malformed key', () => create(app, minimalBody(), { authorization: 'Bearer mks_short' }), 'auth.malformed-key', /mks_ prefix/],
    ['a read-only key', () => create(app, minimalBody(), { authorization: `Bearer ${FIXTURE.keys.readOnly}` }), 'auth.read-only-key', /read_write/],
    ['a mistyped path', () => request(app).post('/v1/preview/oportunities').send({}), 'route.unknown', /Did you mean POST \/v1\/preview\/opportunities\?/],
    ['a wrong method', () => request(app).put('/v1/opportunities/'), 'route.method', /Use POST/],
    ['an unknown account', () => create(app, { name: 'x', account_id: UNKNOWN_ID }), 'references.unknown-account', /--references lenient/],
    ['an unknown stage', () => create(app, { ...minimalBody(), stage: 'won' }), 'references.unknown', /Known stages/],
    ['malformed JSON', () => create(app, '{"name":'), 'body.json', /Fix the JSON near/],
    ['a form body', () => create(app, 'name=x', { 'content-type': 'application/x-www-form-urlencoded' }), 'body.content-type', /application\/json/],
    ['a bad Prefer', () => create(app, minimalBody(), { prefer: 'code=abc' }), 'controls.prefer-invalid', /Fix the Prefer header/],
    ['an unknown opportunity', () => get(app, UNKNOWN_ID), 'opportunity.not-found', /X-Mock-Session/],
    ['a code the operation lacks', () => create(app, minimalBody(), { prefer: 'code=418' }), 'controls.unknown', /status, example or scenario/],
    ['an unknown scenario on a read', () => get(app, UNKNOWN_ID, { prefer: 'scenario=chaos' }), 'controls.unknown', /status, example or scenario/],
    ['a body too large', () => create(app, { ...minimalBody(), notes: 'x'.repeat(2 ** 20) }), 'body.too-large', /--body-limit/],
  ])('%s: %s', async (_case, send, rule, fix) => {
    await expectNearMiss(app, send, rule, fix);
  });

  test.each([
    ['for every session', (app: ReturnType<typeof testApp>) => request(app).post('/__admin/scenarios/server-errors/activate'), {}, 'Deactivate the scenario (POST /__admin/scenarios/deactivate) or let its sequence run on.'],
    ['for one session', (app: ReturnType<typeof testApp>) => request(app).post('/__admin/scenarios/server-errors/activate?session=qa%2F1'), { 'x-mock-session': 'qa/1' }, 'Deactivate the scenario (POST /__admin/scenarios/deactivate?session=qa%2F1) or let its sequence run on.'],
    ['by Prefer', async () => undefined, { prefer: 'scenario=server-errors' }, 'Remove scenario=server-errors from the Prefer header (or the __scenario query parameter).'],
  ])('a scenario activated %s names the call that turns it off', async (_where, activate, headers, fix) => {
    const app = testApp();
    await activate(app);
    await create(app, minimalBody(), headers as Record<string, string>);
    const [entry] = journalOf(app, (headers as Record<string, string>)['x-mock-session'] ?? 'default');
    expect(entry.status).toBe(500);
    expect(entry.diagnosis).toMatchObject({ rule: 'controls.scenario', fix });
  });

  test('an idempotency conflict says to resend the same body or use a new key', async () => {
    const key = '4cdd2055-930d-4eaf-94f4-733f3e7d1bfb';
    await request(app).delete('/__admin/requests');
    await create(app, { ...minimalBody(), idempotency_key: key });
    await create(app, { ...minimalBody(), idempotency_key: key, notes: 'changed' });
    const [miss] = (await request(app).get('/__admin/near-misses')).body.requests;
    expect(miss.diagnosis).toMatchObject({ rule: 'idempotency.conflict', fix: expect.stringContaining('new idempotency_key') });
  });
});
