import request from 'supertest';
import { readFixtureDir } from '../../fixtures/load';
import { derivedTagName, derivedUserName } from '../core/generate/derived';
import { FIXTURE, UNKNOWN_ID, create, expectSpecValid, minimalBody, testApp } from './helpers';
import type { MockApp } from '../adapters/express/app';

const auth = (key: string = FIXTURE.keys.jane) => ({ authorization: `Bearer ${key}` });
const call = (app: MockApp, method: 'get' | 'post', path: string, headers: Record<string, string> = auth()) => request(app)[method](path).set(headers);

describe('GET /v1/me', () => {
  const app = testApp();

  test.each([
    ['the development key', FIXTURE.keys.jane, { org_id: FIXTURE.org, user_id: FIXTURE.users.jane, user_email: 'jane.smith@northwind-analytics.com', user_first_name: 'Jane', user_last_name: 'Smith', org_name: 'Northwind Analytics' }],
    ["another org's key", FIXTURE.keys.contoso, { org_id: FIXTURE.otherOrg, user_id: FIXTURE.users.amara, org_name: 'Contoso Revenue' }],
    ['a read-only key (reads are allowed)', FIXTURE.keys.readOnly, { user_first_name: 'Priya' }],
    ['an unlisted well-formed key: the default user', FIXTURE.keys.unlisted, { user_id: FIXTURE.users.jane }],
  ])('answers the user and org of %s', async (_case, key, expected) => {
    const res = await call(app, 'get', '/v1/me', auth(key));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject(expected);
    expectSpecValid(app, 'getMe', 200, res.body);
  });

  test('without a key: 401 {"detail":"No key found"}', async () => {
    const res = await call(app, 'get', '/v1/me', {});
    expect([res.status, res.body]).toEqual([401, { detail: 'No key found' }]);
  });
});

describe('GET /v1/users/', () => {
  const app = testApp();
  const names = (res: request.Response) => res.body.data.map((u: { first_name: string; last_name: string }) => `${u.first_name} ${u.last_name}`);

  test("lists the org's users in the fixture's order, with ids and emails", async () => {
    const res = await call(app, 'get', '/v1/users/');
    expect(res.status).toBe(200);
    expect(names(res)).toEqual(['Jane Smith', 'Marcus Chen', 'Priya Raman', 'Diego Alvarez']);
    expect(res.body.data[1]).toEqual({ id: FIXTURE.users.marcus, first_name: 'Marcus', last_name: 'Chen', email: 'marcus.chen@northwind-analytics.com' });
    expectSpecValid(app, 'listUsers', 200, res.body);
  });

  test.each([
    ['chen', ['Marcus Chen']],
    ['MARCUS C', ['Marcus Chen']],
    ['northwind-analytics.com', ['Jane Smith', 'Marcus Chen', 'Priya Raman', 'Diego Alvarez']],
    ['a', ['Jane Smith', 'Marcus Chen', 'Priya Raman', 'Diego Alvarez']],
    ['nobody', []],
  ])('query=%p filters by a case-insensitive substring of the full name or email', async (query, expected) => {
    expect(names(await call(app, 'get', `/v1/users/?query=${encodeURIComponent(query)}`))).toEqual(expected);
  });

  test('the unslashed path is served too, and a repeated query counts by its last value (as FastAPI reads it)', async () => {
    expect(names(await call(app, 'get', '/v1/users?query=zzz&query=priya'))).toEqual(['Priya Raman']);
  });

  test("another org's key sees its own users", async () => {
    expect(names(await call(app, 'get', '/v1/users/', auth(FIXTURE.keys.contoso)))).toContain('Amara Okafor');
  });
});

describe('GET /v1/tags/', () => {
  const app = testApp();

  test("lists the org's opportunity tags with Monaco's named colors (hex fixture colors mapped to the nearest)", async () => {
    const res = await call(app, 'get', '/v1/tags/?object=opportunities');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      { id: FIXTURE.tags.highPriority, name: 'High Priority', color: 'red' },
      { id: FIXTURE.tags.expansion, name: 'Expansion', color: 'green' },
      { id: '92276658-1e27-41c0-8a6a-63ec24ede6a4', name: 'Renewal', color: 'blue' },
      { id: 'ae97ba94-d0ed-482f-8f6d-05584ef8aa38', name: 'Inbound', color: 'purple' },
      { id: '923a7369-94e3-4f91-9a61-dbe22e44158b', name: 'Partner Sourced', color: 'yellow' },
    ]);
    expectSpecValid(app, 'listTags', 200, res.body);
  });

  test('accounts and contacts have no fixture tags', async () => {
    expect((await call(app, 'get', '/v1/tags?object=accounts')).body.data).toEqual([]);
  });

  test.each([
    ['missing', '/v1/tags/', { loc: ['query', 'object'], msg: 'Field required', type: 'missing' }],
    ['not an object type', '/v1/tags/?object=deals', { loc: ['query', 'object'], msg: "Input should be 'contacts', 'accounts', 'opportunities'", type: 'enum' }],
  ])('object %s: 422 at ["query", "object"]', async (_case, path, detail) => {
    const res = await call(app, 'get', path);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([detail]);
    expectSpecValid(app, 'listTags', 422, res.body);
  });
});

describe('POST /v1/tags/', () => {
  const post = (app: MockApp, body: unknown, headers: Record<string, string> = auth()) => call(app, 'post', '/v1/tags/', headers).send(body as object);

  test('creates a tag with a seeded id; it is listed, and valid in a create under strict references', async () => {
    const app = testApp({ references: 'strict' });
    const created = await post(app, { object: 'opportunities', name: 'Board Visibility', color: 'purple' });
    expect(created.status).toBe(200);
    expect(created.body.data).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Board Visibility', color: 'purple' });
    expectSpecValid(app, 'createTag', 200, created.body);
    const { id } = created.body.data;
    expect((await post(testApp(), { object: 'opportunities', name: 'Board Visibility' })).body.data.id).toBe(id);
    expect((await call(app, 'get', '/v1/tags/?object=opportunities')).body.data.at(-1)).toEqual(created.body.data);
    const opportunity = await create(app, { ...minimalBody(), tags: [id, FIXTURE.tags.expansion] });
    expect(opportunity.status).toBe(200);
    expect(opportunity.body.data.tags).toEqual(['Board Visibility', 'Expansion']);
  });

  test('a tag is kept per session and per org; a reset forgets it', async () => {
    const app = testApp({ references: 'strict' });
    const { id } = (await post(app, { object: 'opportunities', name: 'Pilot' }, { ...auth(), 'x-mock-session': 'a' })).body.data;
    expect((await create(app, { ...minimalBody(), tags: [id] }, { 'x-mock-session': 'a' })).status).toBe(200);
    expect((await create(app, { ...minimalBody(), tags: [id] }, { 'x-mock-session': 'b' })).status).toBe(422);
    expect((await call(app, 'get', '/v1/tags/?object=opportunities', { ...auth(FIXTURE.keys.contoso), 'x-mock-session': 'a' })).body.data.map((t: { name: string }) => t.name)).not.toContain('Pilot');
    await request(app).post('/__admin/reset?session=a').expect(200);
    expect((await create(app, { ...minimalBody(), tags: [id] }, { 'x-mock-session': 'a' })).status).toBe(422);
  });

  test('a name taken in the object type, in any case, answers 409 conflict; another object type may use it', async () => {
    const app = testApp();
    const res = await post(app, { object: 'opportunities', name: 'high priority' });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({ code: 'conflict', message: `A tag named "High Priority" already exists for opportunities in this organization (id ${FIXTURE.tags.highPriority}). Use it, or choose another name.` });
    expectSpecValid(app, 'createTag', 409, res.body);
    expect((await post(app, { object: 'accounts', name: 'High Priority' })).status).toBe(200);
    expect((await post(app, { object: 'accounts', name: 'HIGH PRIORITY' })).status).toBe(409);
  });

  test.each([
    ['a name with punctuation', { object: 'opportunities', name: 'Q3/Q4!' }, [['body', 'name'], 'string_pattern_mismatch']],
    ['no name and no object', {}, [['body', 'object'], 'missing'], [['body', 'name'], 'missing']],
    ['an unknown color', { object: 'accounts', name: 'Hot', color: 'orange' }, [['body', 'color'], 'enum']],
    ['a name of 101 characters', { object: 'accounts', name: 'x'.repeat(101) }, [['body', 'name'], 'string_too_long']],
  ])('%s: 422 at the field', async (_case, body, ...expected) => {
    const app = testApp();
    const res = await post(app, body);
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { loc: unknown; type: string }) => [d.loc, d.type])).toEqual(expected);
    expectSpecValid(app, 'createTag', 422, res.body);
  });

  test('a read-only key may not create tags (403)', async () => {
    const app = testApp();
    const res = await post(app, { object: 'opportunities', name: 'Pilot' }, auth(FIXTURE.keys.readOnly));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('This API key is read-only and cannot create tags. Use a key with write access.');
  });
});

/** The embedded fixtures: the default org (Northwind Analytics), and the others. */
function fixturesWithDefaultFirst() {
  const all = readFixtureDir();
  return [all.find((o) => o.default)!, all.filter((o) => !o.default)] as const;
}

describe('names that stay distinct (lenient references)', () => {
  const four = ['c0b1a2d3-0000-4000-8000-000000000001', 'c0b1a2d3-0000-4000-8000-000000000002', 'c0b1a2d3-0000-4000-8000-000000000003', 'c0b1a2d3-0000-4000-8000-000000000004'];
  const fixtureTags = ['High Priority', 'Expansion', 'Renewal', 'Inbound', 'Partner Sourced'];

  test("four unknown tag ids get four names, none of them one of the org's tags, the same in every run", async () => {
    const res = await create(testApp(), { ...minimalBody(), tags: [...four, FIXTURE.tags.highPriority] });
    const tags: string[] = res.body.data.tags;
    expect(tags).toHaveLength(5);
    expect(new Set(tags.map((t) => t.toLowerCase())).size).toBe(5);
    expect(tags.slice(0, 4).filter((t) => fixtureTags.includes(t))).toEqual([]);
    expect(tags[4]).toBe('High Priority');
    expect((await create(testApp({ seed: 9 }), { ...minimalBody(), tags: four })).body.data.tags).toEqual(tags.slice(0, 4));
    for (const name of tags.slice(0, 4)) expect(name).toMatch(/^[A-Za-z][A-Za-z -]* [0-9A-Z]{4}$/);
  });

  test("a derived tag name that an org's tag already has is lengthened, and one taken earlier in the list too", async () => {
    const shortName = derivedTagName(UNKNOWN_ID);
    const [northwind, others] = fixturesWithDefaultFirst();
    const fixtures = [{ ...northwind, tags: [...northwind.tags, { id: '3c0f7a61-1d2e-4f5a-9b8c-7d6e5f4a3b2c', name: shortName }] }, ...others];
    const res = await create(testApp({ fixtures }), { ...minimalBody(), tags: [UNKNOWN_ID] });
    expect(res.body.data.tags).toEqual([derivedTagName(UNKNOWN_ID, new Set([shortName.toLowerCase()]))]);
    expect(res.body.data.tags[0]).not.toBe(shortName);
    expect(res.body.data.tags[0]).toMatch(/ [0-9A-Z]{8}$/);
  });

  test("an unknown owner's derived name is never one of the org's users", async () => {
    const taken = derivedUserName(UNKNOWN_ID);
    const [northwind, others] = fixturesWithDefaultFirst();
    const twin = { id: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a', ...taken, email: 'twin@northwind-analytics.com' };
    const fixtures = [{ ...northwind, users: [...northwind.users, twin] }, ...others];
    const res = await create(testApp({ fixtures }), { ...minimalBody(), owner_user_id: UNKNOWN_ID });
    expect(`${res.body.data.owner.first_name} ${res.body.data.owner.last_name}`).not.toBe(`${taken.first_name} ${taken.last_name}`);
    expect((await create(testApp(), { ...minimalBody(), owner_user_id: UNKNOWN_ID })).body.data.owner).toEqual({ id: UNKNOWN_ID, ...taken });
  });
});
