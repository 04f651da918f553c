import request from 'supertest';
import { loadDataset } from '../../fixtures/datasets';
import type { FieldSchemaResponse } from '../core/types';
import { FIXTURE, expectSpecValid, testApp } from './helpers';
import { listRequest } from './list-helpers';

const auth = { authorization: `Bearer ${FIXTURE.keys.jane}` };
const schemasOf = async (app = testApp(), entity = 'opportunities', headers: Record<string, string> = auth) => {
  const res = await request(app).get(`/v1/schemas/${entity}`).set(headers);
  expect(res.status).toBe(200);
  expectSpecValid(app, 'getFieldSchemas', 200, res.body);
  return res.body.data as FieldSchemaResponse[];
};

/** A value each kind of field takes, for the operators it allows. */
function sampleValue(field: FieldSchemaResponse, condition: string): unknown {
  if (condition === 'is_empty' || condition === 'is_not_empty') return undefined;
  const allowed = field.enum_field_settings?.allowed_values[0]?.key;
  switch (field.type) {
    case 'number': return 10;
    case 'boolean': return true;
    case 'date': return condition === 'is' || condition === 'is_not' ? allowed : '2026-09-30';
    case 'datetime': return '2026-07-01T00:00:00Z';
    case 'uuid': return allowed ?? '8d116ece-1738-47d9-bd9c-172411e20b8f';
    case 'array': return condition.includes('contains') ? 'budget' : allowed;
    case 'enum': return allowed;
    default: return 'acme';
  }
}

describe('GET /v1/schemas/{entity}', () => {
  test("opportunities: every field of OpportunityResponse that filters or sorts, and each of the org's custom fields", async () => {
    const fields = await schemasOf();
    expect(fields.map((f) => f.key)).toEqual([
      'id', 'name', 'account_id', 'owner', 'stage', 'amount', 'currency_code', 'estimated_close_date', 'actual_close_date', 'summary', 'risks', 'notes', 'tags',
      'last_activity_at', 'updated_at', 'created_at', ...Object.values(FIXTURE.customFields),
    ]);
    const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));
    expect(byKey.stage).toEqual({
      name: 'Stage', key: 'stage', type: 'enum', parent: null, filterable: true, sortable: true, updatable: true,
      allowed_operators: ['is', 'is_not', 'is_empty', 'is_not_empty'], custom_field_settings: null,
      enum_field_settings: { allowed_values: [
        { key: 'discovery', display_value: 'Discovery' }, { key: 'qualification', display_value: 'Qualification' }, { key: 'demo', display_value: 'Demo' },
        { key: 'proposal', display_value: 'Proposal' }, { key: 'negotiation', display_value: 'Negotiation' }, { key: 'closed_won', display_value: 'Closed Won' },
        { key: 'closed_lost', display_value: 'Closed Lost' },
      ] },
    });
    expect(byKey.amount).toMatchObject({ type: 'number', parent: 'estimated_value', sortable: true });
    expect(byKey.owner.enum_field_settings?.allowed_values[0]).toEqual({ key: FIXTURE.users.jane, display_value: 'Jane Smith' });
    expect(byKey.tags.enum_field_settings?.allowed_values[0]).toEqual({ key: FIXTURE.tags.highPriority, display_value: 'High Priority' });
    expect(byKey.estimated_close_date.enum_field_settings?.allowed_values.map((v) => v.key)).toEqual(['previous_week', 'previous_month', 'previous_quarter']);
    expect(byKey[FIXTURE.customFields.leadSource]).toMatchObject({
      name: 'Lead source', type: 'enum', updatable: true,
      custom_field_settings: { id: FIXTURE.customFields.leadSource.slice('custom_field_'.length), is_ai_auto_filled: false },
      enum_field_settings: { allowed_values: expect.arrayContaining([{ key: 'outbound', display_value: 'Outbound' }]) },
    });
    expect(byKey.created_at).toMatchObject({ type: 'datetime', updatable: false, allowed_operators: expect.not.arrayContaining(['is']) });
  });

  test('accounts: their own fields and their company and scoring fields, with parents', async () => {
    const fields = await schemasOf(testApp(), 'accounts');
    expect(fields.map((f) => `${f.parent ? `${f.parent}.` : ''}${f.key}`)).toEqual([
      'id', 'name', 'status', 'owner', 'notes', 'company.domain', 'company.employee_count', 'company.founded_year', 'company.industries',
      'company.total_funding_usd', 'scoring.tier', 'scoring.heat_score', 'tags', 'created_at', 'updated_at',
    ]);
  });

  test('a tag created in the session is an allowed value of tags there', async () => {
    const app = testApp();
    const created = await request(app).post('/v1/tags/').set(auth).send({ object: 'opportunities', name: 'Pilot' });
    const tags = (await schemasOf(app)).find((f) => f.key === 'tags')!;
    expect(tags.enum_field_settings!.allowed_values.at(-1)).toEqual({ key: created.body.data.id, display_value: 'Pilot' });
    expect((await schemasOf(app, 'opportunities', { ...auth, 'x-mock-session': 'other' })).find((f) => f.key === 'tags')!.enum_field_settings!.allowed_values).toHaveLength(5);
  });

  test('accounts tags created in a session are allowed values there, one after another; other sessions do not see them', async () => {
    const app = testApp();
    const tagsOf = async (session: string) =>
      (await schemasOf(app, 'accounts', { ...auth, 'x-mock-session': session })).find((f) => f.key === 'tags')!.enum_field_settings!.allowed_values;
    expect(await tagsOf('a')).toEqual([]);
    const post = (name: string) => request(app).post('/v1/tags/').set({ ...auth, 'x-mock-session': 'a' }).send({ object: 'accounts', name });
    const hot = (await post('Hot')).body.data;
    expect(await tagsOf('a')).toEqual([{ key: hot.id, display_value: 'Hot' }]);
    expect(await tagsOf('b')).toEqual([]);
    const cold = (await post('Cold')).body.data;
    expect(await tagsOf('a')).toEqual([{ key: hot.id, display_value: 'Hot' }, { key: cold.id, display_value: 'Cold' }]);
    const filtered = await listRequest(app, '/v1/accounts/list', FIXTURE.keys.jane, { filters: [{ field: 'tags', condition: 'is', value: cold.id }] }, { 'x-mock-session': 'a' });
    expect(filtered.status).toBe(200);
    expect(await tagsOf('b')).toEqual([]);
  });

  test.each([
    ['opportunity', 'Monaco names entities in the plural; did you mean opportunities? This mock serves opportunities and accounts.'],
    ['account', 'did you mean accounts?'],
    ['contacts', 'Monaco has contacts, but this mock does not serve them.'],
    ['deals', "Monaco's entities are accounts, contacts, meetings, opportunities, sequences, tasks."],
  ])('%s answers 404 saying what is served', async (entity, message) => {
    const app = testApp();
    const res = await request(app).get(`/v1/schemas/${entity}`).set(auth);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain(message);
    expectSpecValid(app, 'getFieldSchemas', 404, res.body);
  });
});

describe('the list endpoints filter and sort by exactly what the schema endpoint declares', () => {
  const busy = loadDataset('busy-pipeline');
  const key = busy.orgs[0].api_keys[0].key;
  const app = testApp({ dataset: busy });
  const CONDITIONS = ['is', 'is_not', 'equals', 'not_equals', 'contains', 'not_contains', 'is_empty', 'is_not_empty', 'greater_than', 'less_than', 'greater_than_or_equals', 'less_than_or_equals'];

  test.each([['opportunities'], ['accounts']])('%s: every allowed operator runs, every other is refused; sortable fields sort, the others are refused', async (entity) => {
    const path = `/v1/${entity}/list`;
    await request(app).post('/v1/tags/').set({ authorization: `Bearer ${key}` }).send({ object: entity, name: 'Key Account' }); // so tags has a value to take
    const fields = await schemasOf(app, entity, { authorization: `Bearer ${key}` });
    for (const field of fields) {
      for (const condition of CONDITIONS) {
        const rule = { field: field.key, condition, ...(sampleValue(field, condition) === undefined ? {} : { value: sampleValue(field, condition) }) };
        const res = await listRequest(app, path, key, { filters: [rule] });
        const allowed = field.filterable && field.allowed_operators.includes(condition as never);
        if (res.status !== (allowed ? 200 : 422)) throw new Error(`${entity} ${JSON.stringify(rule)}: expected ${allowed ? 200 : 422}, got ${res.status} ${JSON.stringify(res.body)}`);
        if (!allowed) expect(res.body.error.details[0].loc).toEqual(['body', 'filters', 0, 'condition']);
      }
      const sorted = await listRequest(app, path, key, { sort: `-${field.key}` });
      expect([field.key, sorted.status]).toEqual([field.key, field.sortable ? 200 : 422]);
    }
  });

  test('every allowed value of an enum field is a value its filter takes', async () => {
    const fields = await schemasOf(app, 'opportunities', { authorization: `Bearer ${key}` });
    for (const field of fields.filter((f) => f.enum_field_settings && f.allowed_operators.includes('is'))) {
      for (const { key: value } of field.enum_field_settings!.allowed_values) {
        const res = await listRequest(app, '/v1/opportunities/list', key, { filters: [{ field: field.key, condition: 'is', value }] });
        expect([field.key, value, res.status]).toEqual([field.key, value, 200]);
      }
    }
  });
});
