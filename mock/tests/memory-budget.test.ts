import request from 'supertest';
import { FIXTURE, create, get, minimalBody, testApp } from './helpers';

const MiB = 2 ** 20;
const health = async (app: ReturnType<typeof testApp>) => (await request(app).get('/__admin/health')).body;

/**
 * Finding 6: memory was bounded by record counts, not bytes: 400 KB notes crashed the process, 400,000 small creates
 * over 40 sessions took 1.55 GB with nothing evicted, rejected bodies stayed after a reset.
 */
describe('one memory budget in bytes', () => {
  test('creates with 400 KB notes stay within the budget: the oldest are evicted, the newest kept', async () => {
    const app = testApp({ maxMemoryMb: 16 });
    const ids: string[] = [];
    for (let i = 0; i < 80; i++) {
      const res = await create(app, { ...minimalBody(), notes: `${i} ${'n'.repeat(400_000)}` }, { 'x-mock-session': `s${i % 8}` });
      expect(res.status).toBe(200);
      ids.push(res.body.data.id);
    }
    const { memory } = await health(app);
    expect(memory.limit_bytes).toBe(16 * MiB);
    expect(memory.used_bytes).toBeLessThanOrEqual(16 * MiB);
    expect(memory.used_bytes).toBeGreaterThan(8 * MiB);
    expect(memory.evicted.opportunities).toBeGreaterThan(30);
    expect((await get(app, ids[0], { 'x-mock-session': 's0' })).status).toBe(404);
    expect((await get(app, ids[79], { 'x-mock-session': 's7' })).status).toBe(200);
  });

  test('rejected bodies are charged to the journal and evicted with it; reset frees what it drops', async () => {
    const app = testApp({ maxMemoryMb: 16 });
    const body = JSON.stringify({ name: 42, account_id: FIXTURE.accounts.acme, notes: 'r'.repeat(60_000) });
    for (let i = 0; i < 400; i++) expect((await create(app, body, { 'x-mock-session': `r${i % 20}` })).status).toBe(422);
    const before = (await health(app)).memory;
    expect(before.used_bytes).toBeLessThanOrEqual(16 * MiB);
    expect(before.evicted.journal_entries).toBeGreaterThan(100);
    await request(app).post('/__admin/reset');
    const after = (await health(app)).memory;
    expect(after.used_bytes).toBeLessThan(64 * 1024);
  });

  test('sessions dropped past maxSessions release what they held', async () => {
    const app = testApp({ maxSessions: 2 });
    await create(app, { ...minimalBody(), notes: 'n'.repeat(100_000) }, { 'x-mock-session': 'a' });
    const held = app.mock.memory.used;
    expect(held).toBeGreaterThan(100_000);
    await create(app, minimalBody(), { 'x-mock-session': 'b' });
    await create(app, minimalBody(), { 'x-mock-session': 'c' }); // drops "a"
    expect(app.mock.memory.used).toBeLessThan(held);
  });

  test('the budget must hold at least four bodies of the body limit', () => {
    expect(() => testApp({ maxMemoryMb: 16, bodyLimit: 8 * MiB })).toThrow(/at least 32 MiB/);
    expect(() => testApp({ maxMemoryMb: 8 })).toThrow(/at least 16/);
  });
});
