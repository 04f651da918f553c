import request from 'supertest';
import { create, get, journalOf, minimalBody, testApp, UNKNOWN_ID } from './helpers';

const KEY = '4cdd2055-930d-4eaf-94f4-733f3e7d1bfb';

/** Finding 10: the Idempotency-Key header (Stripe's convention) was silently ignored, with no hint. */
describe('an Idempotency-Key header gets a near-miss hint', () => {
  test('an accepted create with the header is listed among the near misses, saying where the key goes', async () => {
    const app = testApp();
    const first = await create(app, minimalBody(), { 'Idempotency-Key': KEY });
    const retry = await create(app, minimalBody(), { 'Idempotency-Key': KEY });
    expect(first.status).toBe(200);
    expect(retry.body.data.id).not.toBe(first.body.data.id); // Monaco ignores the header: two opportunities
    const misses = (await request(app).get('/__admin/near-misses')).body;
    expect(misses.total).toBe(2);
    expect(misses.requests[0].status).toBe(200);
    expect(misses.requests[0].diagnosis).toEqual({
      rule: 'idempotency.header-ignored',
      problem: expect.stringContaining('Monaco reads the idempotency key from the JSON body'),
      fix: `Send it in the body: "idempotency_key": "${KEY}" (a UUID).`,
    });
  });

  test('no hint without the header, nor on an operation whose body has no idempotency_key', async () => {
    const app = testApp();
    await create(app, { ...minimalBody(), idempotency_key: KEY });
    await get(app, UNKNOWN_ID.replace(/.$/, '0'), { 'Idempotency-Key': KEY });
    const entries = journalOf(app);
    expect(entries[0].diagnosis).toBeUndefined();
    expect(entries[1].diagnosis?.rule).not.toBe('idempotency.header-ignored');
  });
});
