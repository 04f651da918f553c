import request from 'supertest';
import { FIXTURE, UNKNOWN_ID, create, get, minimalBody, testApp } from './helpers';
import type { MockApp } from '../adapters/express/app';

/** A request sequence touching every generated value: defaults, custom fields, unknown refs, replays, errors. */
async function run(app: MockApp): Promise<string[]> {
  const texts: string[] = [];
  const bodies: object[] = [
    minimalBody(),
    { ...minimalBody(), stage: 'negotiation', tags: [FIXTURE.tags.expansion, UNKNOWN_ID], owner_user_id: UNKNOWN_ID },
    { name: 'Initech - Renewal', account_id: FIXTURE.accounts.initech, idempotency_key: '4cdd2055-930d-4eaf-94f4-733f3e7d1bfb' },
    { name: 'Initech - Renewal', account_id: FIXTURE.accounts.initech, idempotency_key: '4cdd2055-930d-4eaf-94f4-733f3e7d1bfb' },
    { name: 1 },
    { name: 'Unknown account deal', account_id: UNKNOWN_ID, stage: 'closed_won' },
  ];
  for (const body of bodies) {
    const res = await create(app, body);
    texts.push(res.text);
    if (res.status === 200) texts.push((await get(app, res.body.data.id)).text);
  }
  texts.push((await request(app).post('/v1/opportunities/').send(minimalBody())).text);
  return texts;
}

describe('D15: determinism', () => {
  test('two mocks with the same seed and clock answer the same sequence with byte-identical bodies', async () => {
    const a = await run(testApp({ seed: 42 }));
    const b = await run(testApp({ seed: 42 }));
    expect(a).toHaveLength(12);
    expect(b).toEqual(a);
  });

  test('another seed gives other ids and prose', async () => {
    const a = await create(testApp({ seed: 1 }), minimalBody());
    const b = await create(testApp({ seed: 2 }), minimalBody());
    expect(b.body.data.id).not.toBe(a.body.data.id);
    expect(b.body.data.summary).not.toBe(a.body.data.summary);
  });

  test('the default seed is fixed, so a restarted mock gives the same first id', async () => {
    const a = await create(testApp(), minimalBody());
    const b = await create(testApp(), minimalBody());
    expect(b.text).toBe(a.text);
  });

  test('errors do not shift the generated sequence', async () => {
    const clean = testApp();
    const noisy = testApp();
    await create(noisy, {});
    await create(noisy, '{');
    expect((await create(noisy, minimalBody())).text).toBe((await create(clean, minimalBody())).text);
  });
});
