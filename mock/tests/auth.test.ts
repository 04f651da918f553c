import request from 'supertest';
import { FIXTURE, PREVIEW_PATH, create, get, minimalBody, testApp, expectSpecValid } from './helpers';

describe('D13: auth', () => {
  const app = testApp();

  test.each([
    ['Authorization: Bearer', { authorization: `Bearer ${FIXTURE.keys.jane}` }],
    ['Authorization: bearer (any case)', { authorization: `bEaReR ${FIXTURE.keys.jane}` }],
    ['x-monaco-api-key', { 'x-monaco-api-key': FIXTURE.keys.jane }],
  ])('%s is accepted', async (_case, headers) => {
    const req = request(app).post(PREVIEW_PATH);
    for (const [k, v] of Object.entries(headers)) req.set(k, v);
    expect((await req.send(minimalBody())).status).toBe(200);
  });

  test.each([
    ['no key', {}],
    ['an empty bearer', { authorization: 'Bearer ' }],
    ['another scheme', { authorization: `Basic ${FIXTURE.keys.jane}` }],
    ['a key without the mks_ prefix', { authorization: `Bearer ${'a'.repeat(52)}` }],
    ['a short mks_ key', { authorization: 'Bearer mks_dev' }],
    ['a key with characters outside base64url', { authorization: `Bearer mks_${'!'.repeat(48)}` }],
    ['a revoked key', { authorization: `Bearer ${FIXTURE.keys.revoked}` }],
    ['a revoked key in x-monaco-api-key', { 'x-monaco-api-key': FIXTURE.keys.revoked }],
  ])('%s answers 401 {"detail":"No key found"}', async (_case, headers) => {
    const req = request(app).post(PREVIEW_PATH);
    for (const [k, v] of Object.entries(headers)) req.set(k, v as string);
    const res = await req.send(minimalBody());
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: 'No key found' });
    expectSpecValid(app, 'createOpportunity', 401, res.body);
  });

  test('GET needs a key too', async () => {
    const res = await request(app).get('/v1/opportunities/8d116ece-1738-47d9-bd9c-172411e20b8f');
    expect(res.status).toBe(401);
  });

  test("any well-formed unlisted key acts as the default org's default user", async () => {
    const res = await create(app, minimalBody(), { authorization: `Bearer ${FIXTURE.keys.unlisted}` });
    expect(res.status).toBe(200);
    expect(res.body.data.owner.id).toBe(FIXTURE.users.jane);
  });

  test("a listed key acts in its own org: other orgs' opportunities are invisible to it", async () => {
    const theirs = await create(app, { name: 'Fabrikam - Pilot', account_id: FIXTURE.accounts.fabrikam }, { authorization: `Bearer ${FIXTURE.keys.contoso}` });
    expect(theirs.body.data.owner.id).toBe(FIXTURE.users.amara);
    expect(theirs.body.data.stage).toBe('Prospecting');
    expect((await get(app, theirs.body.data.id)).status).toBe(404);
    expect((await get(app, theirs.body.data.id, { authorization: `Bearer ${FIXTURE.keys.contoso}` })).status).toBe(200);
  });

  test('a read-only key answers 403 forbidden on create and can still read', async () => {
    const res = await create(app, minimalBody(), { authorization: `Bearer ${FIXTURE.keys.readOnly}` });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expectSpecValid(app, 'createOpportunity', 403, res.body);
    const created = await create(app, minimalBody());
    expect((await get(app, created.body.data.id, { authorization: `Bearer ${FIXTURE.keys.readOnly}` })).status).toBe(200);
  });

  test('with auth off, requests without a key act as the default user, and listed keys still pick their org', async () => {
    const open = testApp({ auth: false });
    const anonymous = await request(open).post(PREVIEW_PATH).send(minimalBody());
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data.owner.id).toBe(FIXTURE.users.jane);
    const revoked = await request(open).post(PREVIEW_PATH).set('authorization', `Bearer ${FIXTURE.keys.revoked}`).send(minimalBody());
    expect(revoked.status).toBe(200);
    const readOnly = await request(open).post(PREVIEW_PATH).set('authorization', `Bearer ${FIXTURE.keys.readOnly}`).send(minimalBody());
    expect(readOnly.status).toBe(200);
    const contoso = await request(open)
      .post(PREVIEW_PATH)
      .set('authorization', `Bearer ${FIXTURE.keys.contoso}`)
      .send({ name: 'Fabrikam - Pilot', account_id: FIXTURE.accounts.fabrikam });
    expect(contoso.body.data.owner.id).toBe(FIXTURE.users.amara);
  });
});
