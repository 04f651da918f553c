import request from 'supertest';
import { loadDataset } from '../../fixtures/datasets';
import { MockClock } from '../core/state/clock';
import type { MockApp } from '../adapters/express/app';
import { FIXTURE, UNKNOWN_ID, create, expectSpecValid, get, minimalBody, testApp } from './helpers';
import { listRequest } from './list-helpers';

const auth = (key: string = FIXTURE.keys.jane) => ({ authorization: `Bearer ${key}` });
const patch = (app: MockApp, id: string, body: unknown, headers: Record<string, string> = auth()) => request(app).patch(`/v1/opportunities/${id}`).set(headers).send(body as object);
const del = (app: MockApp, id: string, headers: Record<string, string> = auth()) => request(app).delete(`/v1/opportunities/${id}`).set(headers);
const listed = async (app: MockApp, filters: unknown = [], headers: Record<string, string> = {}) =>
  (await listRequest(app, '/v1/opportunities/list', FIXTURE.keys.jane, { filters, page_size: 500 }, headers)).body.data as { id: string }[];
const complete = {
  ...minimalBody(),
  owner_user_id: FIXTURE.users.marcus,
  stage: 'demo',
  estimated_value: { currency_code: 'USD', amount: 40_000 },
  estimated_close_date: '2026-09-30',
  notes: 'Intro call done',
  tags: [FIXTURE.tags.highPriority],
  [FIXTURE.customFields.seats]: 40,
};

describe('PATCH /v1/opportunities/{id}, then GET and list', () => {
  test('changes only what was sent, moves updated_at, and GET and the list answer the updated opportunity', async () => {
    const clock = new MockClock('2026-07-01T09:00:00Z');
    const app = testApp({ clock });
    const created = (await create(app, complete)).body.data;
    clock.advance(3_600_000);
    const res = await patch(app, created.id, { stage: 'negotiation', estimated_value: { currency_code: 'USD', amount: 65_000 }, tags: [FIXTURE.tags.expansion], [FIXTURE.customFields.leadSource]: 'partner' });
    expect(res.status).toBe(200);
    expectSpecValid(app, 'updateOpportunity', 200, res.body);
    expect(res.body.data).toEqual({
      ...created,
      stage: 'Negotiation',
      estimated_value: { currency_code: 'USD', amount: 65_000 },
      tags: ['Expansion'],
      [FIXTURE.customFields.leadSource]: 'partner',
      updated_at: '2026-07-01T10:00:00Z',
    });
    expect(res.body.meta).toEqual({ timestamp: '2026-07-01T10:00:00Z' });
    const read = await get(app, created.id);
    const { custom_field_explanations: _explanations, ...readData } = read.body.data;
    expect(readData).toEqual(res.body.data);
    expect((await listed(app, [{ field: 'stage', condition: 'is', value: 'negotiation' }])).map((o) => o)).toEqual([res.body.data]);
    expect(await listed(app, [{ field: 'stage', condition: 'is', value: 'demo' }])).toEqual([]);
    expect(await listed(app, [{ field: 'tags', condition: 'is', value: FIXTURE.tags.highPriority }])).toEqual([]);
  });

  test('null clears a field (the owner too), tags: null or [] removes every tag, and a custom field set to null is null', async () => {
    const app = testApp();
    const created = (await create(app, complete)).body.data;
    const res = await patch(app, created.id, { owner_user_id: null, notes: null, estimated_close_date: null, estimated_value: null, tags: null, stage: null, [FIXTURE.customFields.seats]: null });
    expect(res.body.data).toMatchObject({ owner: null, notes: null, estimated_close_date: null, estimated_value: null, tags: [], stage: null, [FIXTURE.customFields.seats]: null });
    expect((await patch(app, created.id, { tags: [] })).body.data.tags).toEqual([]);
    expect(await listed(app, [{ field: 'owner', condition: 'is_empty' }])).toHaveLength(1);
  });

  test('an empty body changes nothing but updated_at; keys an update does not have are ignored', async () => {
    const clock = new MockClock('2026-07-01T09:00:00Z');
    const app = testApp({ clock });
    const created = (await create(app, complete)).body.data;
    clock.advance(1000);
    const res = await patch(app, created.id, { account_id: FIXTURE.accounts.initech, idempotency_key: UNKNOWN_ID, probability: 40 });
    expect(res.body.data).toEqual({ ...created, updated_at: '2026-07-01T09:00:01Z' });
  });

  test('actual_close_date, which a create does not take, can be set', async () => {
    const app = testApp();
    const created = (await create(app, complete)).body.data;
    expect((await patch(app, created.id, { stage: 'closed_won', actual_close_date: '2026-06-30' })).body.data).toMatchObject({ stage: 'Closed Won', actual_close_date: '2026-06-30' });
  });

  test('under 2026-07-31 a stage is stored as sent', async () => {
    const app = testApp({ apiVersion: '2026-07-31' });
    const created = (await create(app, complete)).body.data;
    expect((await patch(app, created.id, { stage: 'negotiation' })).body.data.stage).toBe('negotiation');
  });

  test("a data set's record updated in one session stays as it was in the others, and a reset brings it back", async () => {
    const busy = loadDataset('busy-pipeline');
    const app = testApp({ dataset: busy });
    const key = busy.orgs[0].api_keys[0].key;
    const record = busy.opportunities[0].data;
    const mine = { ...auth(key), 'x-mock-session': 'mine' };
    expect((await patch(app, record.id, { name: 'Renamed' }, mine)).body.data.name).toBe('Renamed');
    expect((await get(app, record.id, mine)).body.data.name).toBe('Renamed');
    expect((await get(app, record.id, auth(key))).body.data.name).toBe(record.name);
    expect(busy.opportunities[0].data.name).toBe(record.name);
    await request(app).post('/__admin/reset?session=mine').expect(200);
    expect((await get(app, record.id, mine)).body.data.name).toBe(record.name);
  });

  test('strict references check what an update sends, and accept a tag created through the API', async () => {
    const app = testApp({ references: 'strict' });
    const created = (await create(app, complete)).body.data;
    const res = await patch(app, created.id, { owner_user_id: UNKNOWN_ID, tags: [UNKNOWN_ID], stage: 'won', [FIXTURE.customFields.seats]: 'many' });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { loc: unknown[]; type: string }) => [d.loc, d.type])).toEqual([
      [['body', 'owner_user_id'], 'unknown_reference'],
      [['body', 'tags', 0], 'unknown_reference'],
      [['body', 'stage'], 'unknown_reference'],
      [['body', FIXTURE.customFields.seats], 'custom_field_value'],
    ]);
    expectSpecValid(app, 'updateOpportunity', 422, res.body);
    const tag = (await request(app).post('/v1/tags/').set(auth()).send({ object: 'opportunities', name: 'Pilot' })).body.data;
    expect((await patch(app, created.id, { tags: [tag.id] })).body.data.tags).toEqual(['Pilot']);
  });

  test.each([
    ['an unknown opportunity', UNKNOWN_ID, { name: 'x' }, auth(), 404, 'not_found'],
    ['a malformed id', 'opp_abc123', { name: 'x' }, auth(), 422, 'validation_error'],
    ['a wrongly typed field', 'CREATED', { name: 42, tags: 'High Priority' }, auth(), 422, 'validation_error'],
    ['a read-only key', 'CREATED', { name: 'x' }, auth(FIXTURE.keys.readOnly), 403, 'forbidden'],
    ["another org's key", 'CREATED', { name: 'x' }, auth(FIXTURE.keys.contoso), 404, 'not_found'],
    ['no key', 'CREATED', { name: 'x' }, {}, 401, undefined],
  ])('%s answers %i', async (_case, id, body, headers, status, code) => {
    const app = testApp();
    const created = (await create(app, complete)).body.data;
    const res = await patch(app, id === 'CREATED' ? created.id : id, body, headers);
    expect(res.status).toBe(status);
    expect(res.body.error?.code).toBe(code);
    expectSpecValid(app, 'updateOpportunity', status, res.body);
    expect((await get(app, created.id)).body.data.name).toBe(complete.name);
  });

  test('a body that is not JSON, or no body, is a 422 at ["body"]', async () => {
    const app = testApp();
    const { id } = (await create(app, complete)).body.data;
    expect((await request(app).patch(`/v1/opportunities/${id}`).set(auth())).body.error.details).toEqual([{ loc: ['body'], msg: 'Field required', type: 'missing' }]);
    expect((await request(app).patch(`/v1/opportunities/${id}`).set({ ...auth(), 'content-type': 'text/plain' }).send('name=x')).body.error.details[0].type).toBe('model_attributes_type');
  });
});

describe('DELETE /v1/opportunities/{id}, then 404', () => {
  test('answers 204 without a body; then GET, PATCH, DELETE answer 404 and the list no longer has it', async () => {
    const app = testApp();
    const kept = (await create(app, minimalBody())).body.data;
    const { id } = (await create(app, complete)).body.data;
    const res = await del(app, id);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(res.headers['content-type']).toBeUndefined();
    expect(res.headers['x-ratelimit-remaining']).toBeDefined();
    for (const after of [await get(app, id), await patch(app, id, { name: 'x' }), await del(app, id)]) {
      expect(after.status).toBe(404);
      expect(after.body.error).toEqual({ code: 'not_found', message: `Opportunity ${id} not found. Opportunities live in memory per organization and X-Mock-Session; create it first in the same ones.` });
    }
    expect((await listed(app)).map((o) => o.id)).toEqual([kept.id]);
  });

  test.each([
    ['a read-only key', auth(FIXTURE.keys.readOnly), 403],
    ["another org's key", auth(FIXTURE.keys.contoso), 404],
    ['another session', { ...auth(), 'x-mock-session': 'elsewhere' }, 404],
  ])('%s cannot delete it (%i), and it stays', async (_case, headers, status) => {
    const app = testApp();
    const { id } = (await create(app, complete)).body.data;
    const res = await del(app, id, headers);
    expect(res.status).toBe(status);
    expectSpecValid(app, 'deleteOpportunity', status, res.body);
    expect((await get(app, id)).status).toBe(200);
  });

  test("a data set's record deleted in one session is still in the others, and comes back on reset", async () => {
    const busy = loadDataset('busy-pipeline');
    const app = testApp({ dataset: busy });
    const key = busy.orgs[0].api_keys[0].key;
    const { id } = busy.opportunities[7].data;
    expect((await del(app, id, auth(key))).status).toBe(204);
    expect((await get(app, id, auth(key))).status).toBe(404);
    expect((await get(app, id, { ...auth(key), 'x-mock-session': 'other' })).status).toBe(200);
    expect(app.mock.sessions.get().store.size).toBe(399);
    await request(app).post('/__admin/reset').expect(200);
    expect((await get(app, id, auth(key))).status).toBe(200);
  });
});

describe('GET /v1/opportunities/{id}: the detail response', () => {
  test("under 2026-08-19: an explanation for each custom field with a value, seeded, the same on every read", async () => {
    const app = testApp();
    const created = (await create(app, { ...complete, [FIXTURE.customFields.competitor]: null })).body.data;
    const res = await get(app, created.id);
    expectSpecValid(app, 'getOpportunity', 200, res.body);
    const explanations = res.body.data.custom_field_explanations;
    const withValues = Object.keys(created).filter((k) => k.startsWith('custom_field_') && created[k] !== null);
    expect(Object.keys(explanations).sort()).toEqual(withValues.sort());
    expect(explanations[FIXTURE.customFields.seats]).toEqual({ title: 'Reasoning', body: expect.stringContaining('40'), confidence: expect.stringMatching(/^(high|medium|low)$/), citations: expect.any(Array) });
    expect((await get(app, created.id)).body).toEqual(res.body);
    expect((await get(testApp(), created.id)).status).toBe(404);
    const again = testApp();
    await create(again, { ...complete, [FIXTURE.customFields.competitor]: null });
    expect((await get(again, created.id)).body.data.custom_field_explanations).toEqual(explanations);
  });

  test('a select explains its option by label, and citations point at the account domain', async () => {
    const app = testApp();
    const created = (await create(app, { ...minimalBody(), [FIXTURE.customFields.leadSource]: 'partner' })).body.data;
    const explanation = (await get(app, created.id)).body.data.custom_field_explanations[FIXTURE.customFields.leadSource];
    expect(explanation.body).toContain('Partner');
    for (const citation of explanation.citations) expect(citation.url).toMatch(/^https:\/\/acme\.com\//);
  });

  test('under 2026-07-31: the opportunity as created, without explanations; and lists never carry them', async () => {
    const older = testApp({ apiVersion: '2026-07-31' });
    const created = (await create(older, complete)).body.data;
    expect((await get(older, created.id)).body.data).toEqual(created);
    const app = testApp();
    await create(app, complete);
    expect(Object.keys((await listed(app))[0])).not.toContain('custom_field_explanations');
  });
});
