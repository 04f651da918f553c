import { FIXTURE, create, expectSpecValid, get, minimalBody, testApp } from './helpers';
import { CANONICAL, FORMS, hex } from './uuid-samples';

/** A strict format: uuid check (what Monaco's Pydantic answers and a strict client expects). */
const STRICT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;


/** Finding 9: `urn:uuid:<id>` passed validation and was echoed as is; owners and idempotency keys were not matched. */
describe('ids are read in every form Monaco accepts and answered canonical', () => {
  test.each(FORMS)('account_id in the %s form is echoed canonical, and the response passes a strict check', async (_name, form) => {
    const app = testApp();
    const res = await create(app, { ...minimalBody(), account_id: form });
    expect(res.status).toBe(200);
    expect(res.body.data.account_id).toBe(CANONICAL);
    expect(res.body.data.account_id).toMatch(STRICT);
    expectSpecValid(app, 'createOpportunity', 200, res.body);
  });

  test('the owner is recognised in any form, and tags too (strict references)', async () => {
    const app = testApp({ references: 'strict' });
    const res = await create(app, {
      ...minimalBody(),
      account_id: `urn:uuid:${CANONICAL}`,
      owner_user_id: `{${FIXTURE.users.marcus.toUpperCase()}}`,
      tags: [FIXTURE.tags.expansion.replace(/-/g, '')],
    });
    expect(res.status).toBe(200);
    expect(res.body.data.owner.id).toBe(FIXTURE.users.marcus);
    expect(res.body.data.owner.first_name).toBe('Marcus');
    expect(res.body.data.tags).toEqual(['Expansion']);
  });

  test('one idempotency key in two forms is one key: the second create replays', async () => {
    const app = testApp();
    const key = '4cdd2055-930d-4eaf-94f4-733f3e7d1bfb';
    const first = await create(app, { ...minimalBody(), idempotency_key: `urn:uuid:${key}` });
    const second = await create(app, { ...minimalBody(), idempotency_key: key.toUpperCase() });
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body.data.id).toBe(first.body.data.id);
    expect(app.mock.sessions.get().store.size).toBe(1);
  });

  test.each([['urn', (id: string) => `urn:uuid:${id}`], ['braced', (id: string) => `%7B${id.toUpperCase()}%7D`], ['32-hex', (id: string) => id.replace(/-/g, '')]])(
    'GET reads the %s form of an id',
    async (_name, form) => {
      const app = testApp();
      const created = await create(app, minimalBody());
      const res = await get(app, form(created.body.data.id));
      expect(res.status).toBe(200);
      expect(res.body.data.id).toBe(created.body.data.id);
    },
  );

  test('a value that is no UUID in any form is still a 422 uuid_parsing', async () => {
    const res = await create(testApp(), { ...minimalBody(), account_id: `urn:uuid:${hex}` });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ loc: ['body', 'account_id'], type: 'uuid_parsing' });
  });
});
