import { create, get, minimalBody, testApp } from './helpers';

const KEY = '4cdd2055-930d-4eaf-94f4-733f3e7d1bfb';

describe('per-test isolation with X-Mock-Session', () => {
  test('two sessions in parallel do not see each other\'s opportunities', async () => {
    const app = testApp();
    const [a, b] = await Promise.all([
      create(app, { ...minimalBody(), notes: 'a' }, { 'x-mock-session': 'suite-a' }),
      create(app, { ...minimalBody(), notes: 'b' }, { 'x-mock-session': 'suite-b' }),
    ]);
    expect((await get(app, a.body.data.id, { 'x-mock-session': 'suite-a' })).status).toBe(200);
    expect((await get(app, a.body.data.id, { 'x-mock-session': 'suite-b' })).status).toBe(404);
    expect((await get(app, b.body.data.id, { 'x-mock-session': 'suite-a' })).status).toBe(404);
    expect((await get(app, a.body.data.id)).status).toBe(404);
  });

  test('each session has its own generated sequence, so parallel suites stay deterministic', async () => {
    const app = testApp();
    const first = await create(app, minimalBody(), { 'x-mock-session': 'one' });
    await create(app, minimalBody(), { 'x-mock-session': 'two' });
    const again = await create(testApp(), minimalBody(), { 'x-mock-session': 'one' });
    expect(again.body.data).toEqual(first.body.data);
  });

  test('idempotency keys are per session', async () => {
    const app = testApp();
    const a = await create(app, { ...minimalBody(), idempotency_key: KEY }, { 'x-mock-session': 'a' });
    const b = await create(app, { ...minimalBody(), idempotency_key: KEY, notes: 'other body' }, { 'x-mock-session': 'b' });
    expect(b.status).toBe(200);
    expect(b.body.data.id).not.toBe(a.body.data.id);
  });

  test('rate-limit windows are per session', async () => {
    const app = testApp({ rateLimit: { limit: 1, enforce: true } });
    expect((await create(app, minimalBody(), { 'x-mock-session': 'a' })).status).toBe(200);
    expect((await create(app, minimalBody(), { 'x-mock-session': 'b' })).status).toBe(200);
    expect((await create(app, minimalBody(), { 'x-mock-session': 'a' })).status).toBe(429);
  });

  test('past maxSessions the least recently used session is dropped, never the default one', async () => {
    const app = testApp({ maxSessions: 2 });
    await create(app, minimalBody());
    await create(app, minimalBody(), { 'x-mock-session': 'a' });
    await create(app, minimalBody(), { 'x-mock-session': 'b' });
    expect(app.mock.sessions.all().map((s) => s.id).sort()).toEqual(['b', 'default']);
  });
});
