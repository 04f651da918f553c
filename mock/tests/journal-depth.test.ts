import request from 'supertest';
import { FIXTURE, create, testApp } from './helpers';

/** Finding 5: one accepted create with 5,000 nested arrays made every journal read a 500 (stack overflow). */
/** The journal's nesting cap (mock/core/journal/journal-body.ts JOURNAL_MAX_DEPTH, documented in docs/security.md). */
const JOURNAL_MAX_DEPTH = 32;

describe('journal and near-miss output are safe for any accepted body', () => {
  const app = testApp();
  const deep = `{"name":"Deep","account_id":"${FIXTURE.accounts.acme}","extra":${'['.repeat(5000)}${']'.repeat(5000)}}`;
  const deepReject = `{"name":7,"account_id":"${FIXTURE.accounts.acme}","extra":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;

  beforeAll(async () => {
    expect((await create(app, deep)).status).toBe(200);
    expect((await create(app, deepReject)).status).toBe(422);
    expect((await create(app, deep, { 'x-mock-session': 'other' })).status).toBe(200);
  });

  test.each(['/__admin/requests', '/__admin/near-misses', '/__admin/requests?session=other', '/__admin/requests/count'])('GET %s answers 200', async (path) => {
    const res = await request(app).get(path);
    expect(res.status).toBe(200);
  });

  test('the deep part is cut at the cap and marked as truncated', async () => {
    const res = await request(app).get('/__admin/requests?session=default');
    const [accepted, rejected] = res.body.requests;
    expect(accepted.truncated).toEqual({ depth: JOURNAL_MAX_DEPTH });
    let node = accepted.body.extra;
    let depth = 1;
    while (Array.isArray(node)) {
      node = node[0];
      depth++;
    }
    expect(depth).toBe(JOURNAL_MAX_DEPTH);
    expect(node).toMatch(/truncated/);
    expect(rejected.truncated).toEqual({ depth: JOURNAL_MAX_DEPTH });
    expect(rejected.diagnosis.rule).toBe('body.schema');
  });

  test('a body over 64 KB is shown as its first 16 KB, marked with its size', async () => {
    const big = JSON.stringify({ name: 'Big', account_id: FIXTURE.accounts.acme, notes: 'n'.repeat(100_000) });
    await create(app, big, { 'x-mock-session': 'big' });
    const [entry] = (await request(app).get('/__admin/requests?session=big')).body.requests;
    expect(entry.truncated).toEqual({ bytes: Buffer.byteLength(big) });
  });
});
