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

  test('created tags: past maxOpportunities the oldest is dropped, the budget evicts them too, and strict references no longer accept a dropped one', async () => {
    const auth = { authorization: `Bearer ${FIXTURE.keys.jane}` };
    const tag = async (app: ReturnType<typeof testApp>, name: string, session = 'default') =>
      (await request(app).post('/v1/tags/').set({ ...auth, 'x-mock-session': session }).send({ object: 'opportunities', name })).body.data.id as string;
    const tagged = (app: ReturnType<typeof testApp>, id: string, session = 'default') => create(app, { ...minimalBody(), tags: [id] }, { 'x-mock-session': session });

    const limited = testApp({ maxOpportunities: 2, references: 'strict' });
    const [first, second] = [await tag(limited, 'T1'), await tag(limited, 'T2')];
    expect((await tagged(limited, first)).status).toBe(200); // the view is cached now
    const third = await tag(limited, 'T3');
    const names = (await request(limited).get('/v1/tags/?object=opportunities').set(auth)).body.data.map((t: { name: string }) => t.name);
    expect(names.filter((n: string) => /^T\d$/.test(n))).toEqual(['T2', 'T3']);
    const dropped = await tagged(limited, first);
    expect(dropped.status).toBe(422);
    expect(JSON.stringify(dropped.body)).toContain(`Unknown tag ${first}`);
    expect((await tagged(limited, second)).status).toBe(200);
    expect((await tagged(limited, third)).status).toBe(200);

    const app = testApp({ maxMemoryMb: 16, references: 'strict' });
    const old = await tag(app, 'Old', 'tags');
    expect((await tagged(app, old, 'tags')).status).toBe(200);
    for (let i = 0; i < 60; i++) expect((await create(app, { ...minimalBody(), notes: 'n'.repeat(400_000) }, { 'x-mock-session': 'notes' })).status).toBe(200);
    expect((await health(app)).memory.evicted.tags).toBe(1);
    expect((await request(app).get('/v1/tags/?object=opportunities').set({ ...auth, 'x-mock-session': 'tags' })).body.data.map((t: { id: string }) => t.id)).not.toContain(old);
    expect((await tagged(app, old, 'tags')).status).toBe(422);
  });

  test('the budget must hold at least four bodies of the body limit', () => {
    expect(() => testApp({ maxMemoryMb: 16, bodyLimit: 8 * MiB })).toThrow(/at least 32 MiB/);
    expect(() => testApp({ maxMemoryMb: 8 })).toThrow(/at least 16/);
  });
});
