import request from 'supertest';
import { FIXTURE, create, get, minimalBody, testApp, expectSpecValid } from './helpers';
import { MockClock } from '../core/state/clock';

const KEY = '4cdd2055-930d-4eaf-94f4-733f3e7d1bfb';
const withKey = (extra: object = {}) => ({ ...minimalBody(), idempotency_key: KEY, ...extra });

describe('D12: idempotency', () => {
  test('the same key and body replay the stored opportunity with Idempotent-Replayed: true and a fresh meta', async () => {
    const clock = new MockClock('2026-07-01T09:00:00Z');
    const app = testApp({ clock });
    const first = await create(app, withKey());
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    clock.advance(5_000);
    const second = await create(app, withKey());
    expect(second.status).toBe(200);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body.data).toEqual(first.body.data);
    expect(second.body.meta.timestamp).toBe('2026-07-01T09:00:05Z');
    expect(app.mock.sessions.get().store.size).toBe(1);
    expectSpecValid(app, 'createOpportunity', 200, second.body);
  });

  test('key order in the body does not matter for a replay', async () => {
    const app = testApp();
    const first = await create(app, withKey({ notes: 'a', stage: 'demo' }));
    const reordered = JSON.stringify({ stage: 'demo', idempotency_key: KEY, notes: 'a', account_id: FIXTURE.accounts.acme, name: 'Acme Corp - Enterprise License' });
    const second = await create(app, reordered);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body.data.id).toBe(first.body.data.id);
  });

  test('keys the API ignores do not make a body different', async () => {
    const app = testApp();
    const first = await create(app, withKey({ probability: 40 }));
    const second = await create(app, withKey({ probability: 90 }));
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body.data.id).toBe(first.body.data.id);
  });

  test('the key replays across both paths', async () => {
    const app = testApp();
    const first = await create(app, withKey());
    const second = await create(app, withKey(), {}, '/v1/opportunities/');
    expect(second.body.data.id).toBe(first.body.data.id);
  });

  test('the same key with a different body answers 409 idempotency_conflict and stores nothing', async () => {
    const app = testApp();
    await create(app, withKey());
    const res = await create(app, withKey({ name: 'Another deal' }));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('idempotency_conflict');
    expect(res.body.error.message).toContain(KEY);
    expect(app.mock.sessions.get().store.size).toBe(1);
    expectSpecValid(app, 'createOpportunity', 409, res.body);
  });

  test('keys are scoped to the org: another org may reuse one', async () => {
    const app = testApp();
    const ours = await create(app, withKey());
    const theirs = await create(app, { name: 'Fabrikam - Pilot', account_id: FIXTURE.accounts.fabrikam, idempotency_key: KEY }, {
      authorization: `Bearer ${FIXTURE.keys.contoso}`,
    });
    expect(theirs.status).toBe(200);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.body.data.id).not.toBe(ours.body.data.id);
  });

  test('keys are shared by the users of one org', async () => {
    const app = testApp();
    const jane = await create(app, withKey({ owner_user_id: FIXTURE.users.jane }));
    const marcus = await create(app, withKey({ owner_user_id: FIXTURE.users.jane }), { authorization: `Bearer ${FIXTURE.keys.marcus}` });
    expect(marcus.body.data.id).toBe(jane.body.data.id);
  });

  test('keys expire after 24 h by default, then the key creates anew', async () => {
    const clock = new MockClock('2026-07-01T09:00:00Z');
    const app = testApp({ clock });
    const first = await create(app, withKey());
    clock.advance(24 * 3600 * 1000 - 1000);
    expect((await create(app, withKey())).body.data.id).toBe(first.body.data.id);
    clock.advance(1000);
    const after = await create(app, withKey());
    expect(after.headers['idempotent-replayed']).toBeUndefined();
    expect(after.body.data.id).not.toBe(first.body.data.id);
  });

  test('the TTL is an option', async () => {
    const clock = new MockClock('2026-07-01T09:00:00Z');
    const app = testApp({ clock, idempotencyTtlMs: 60_000 });
    const first = await create(app, withKey());
    clock.advance(60_000);
    expect((await create(app, withKey())).body.data.id).not.toBe(first.body.data.id);
  });

  test('a failed create does not use up the key', async () => {
    const app = testApp({ references: 'strict' });
    const failed = await create(app, withKey({ stage: 'won' }));
    expect(failed.status).toBe(422);
    const ok = await create(app, withKey());
    expect(ok.status).toBe(200);
    expect(ok.headers['idempotent-replayed']).toBeUndefined();
  });

  test('50 concurrent creates with one key store exactly one opportunity, and all answer it', async () => {
    const app = testApp();
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    try {
      const responses = await Promise.all(
        Array.from({ length: 50 }, () =>
          fetch(`http://127.0.0.1:${port}/v1/preview/opportunities`, {
            method: 'POST',
            headers: { authorization: `Bearer ${FIXTURE.keys.jane}`, 'content-type': 'application/json' },
            body: JSON.stringify(withKey()),
          }).then(async (r) => ({ status: r.status, replayed: r.headers.get('idempotent-replayed'), body: await r.json() })),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
      expect(new Set(responses.map((r) => r.body.data.id)).size).toBe(1);
      expect(responses.filter((r) => r.replayed === 'true')).toHaveLength(49);
      expect(app.mock.sessions.get().store.size).toBe(1);
      expect((await get(app, responses[0].body.data.id)).status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('idempotency keys are kept for as many opportunities as a session keeps: past it the oldest key goes', async () => {
    const app = testApp({ maxOpportunities: 2 });
    const keys = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];
    for (const key of keys) expect((await create(app, { ...minimalBody(), idempotency_key: key })).status).toBe(200);
    const dump = (await request(app).get('/__admin/state')).body;
    expect(dump.idempotency.map((r: { key: string }) => r.key)).toEqual(keys.slice(1));
    expect(dump.opportunities).toHaveLength(2);
  });
});
