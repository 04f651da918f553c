import { loadDataset } from '../../fixtures/datasets';
import { Directory } from '../core/state/directory';
import { pipelineOf } from '../core/generate/stages';
import type { OpportunityResponse } from '../core/types';
import { FIXTURE, create, expectSpecValid, minimalBody, testApp } from './helpers';
import { custom, expectedPage, listRequest, pageOf } from './list-helpers';

const busy = loadDataset('busy-pipeline');
const org = new Directory(busy.orgs).defaultOrg;
const fixture = busy.orgs[0];
const key = fixture.api_keys.find((k) => k.access === 'read_write' && !k.revoked)!.key;
const records = busy.opportunities.map((r) => r.data);
const field = (name: string) => `custom_field_${fixture.custom_fields.find((c) => c.name === name)!.id}`;
const stageKey = (r: OpportunityResponse) => (r.stage == null ? null : pipelineOf(org).keyOf(r.stage));
const [user, tag] = [fixture.users[2].id, fixture.tags[3]];
const PATH = '/v1/opportunities/list';

const app = testApp({ dataset: busy });
const list = (body: unknown, headers: Record<string, string> = {}) => listRequest(app, PATH, key, body, headers);
const byCreated = (r: OpportunityResponse) => r.created_at;

describe('POST /v1/opportunities/list: pages of the session', () => {
  test.each([['no body', undefined], ['an empty object', {}], ['the defaults spelled out', { page: 1, page_size: 50, sort: '-created_at', filters: [] }]])(
    'with %s: the first 50, newest first (ties by id), and the pagination of all 400',
    async (_case, body) => {
      const res = await list(body);
      expect(res.status).toBe(200);
      expect(pageOf(res)).toEqual(expectedPage(records, () => true, byCreated, true));
      expect(res.body.data[0]).toEqual(records.find((r) => r.id === res.body.data[0].id));
      expectSpecValid(app, 'listOpportunities', 200, res.body);
    },
  );

  test.each([
    [{ page_size: 500 }, 1, 500],
    [{ page_size: 150, page: 3 }, 3, 150],
    [{ page_size: 150, page: 4 }, 4, 150],
    [{ page_size: 1, page: 400 }, 400, 1],
  ])('%j pages through the same order', async (body, page, size) => {
    expect(pageOf(await list(body))).toEqual(expectedPage(records, () => true, byCreated, true, page, size));
  });

  test('nothing matching: no data, total_count 0, total_pages 0', async () => {
    const res = await list({ filters: [{ field: 'name', condition: 'equals', value: 'no such deal' }] });
    expect(res.body.data).toEqual([]);
    expect(res.body.pagination).toEqual({ page: 1, page_size: 50, total_count: 0, total_pages: 0 });
  });

  test('include_custom_fields: false leaves the custom fields out, and nothing else', async () => {
    const [full, lean] = await Promise.all([list({ page_size: 5 }), list({ page_size: 5, include_custom_fields: false })]);
    const strip = (d: Record<string, unknown>) => Object.fromEntries(Object.entries(d).filter(([k]) => !k.startsWith('custom_field_')));
    expect(lean.body.data).toEqual(full.body.data.map(strip));
    expect(Object.keys(lean.body.data[0]).some((k) => k.startsWith('custom_field_'))).toBe(false);
    expect(records.find((r) => r.id === full.body.data[0].id)).toEqual(full.body.data[0]); // the stored record is untouched
  });

  test("other orgs' keys and other sessions see their own opportunities, and creates show up", async () => {
    const embedded = testApp();
    await create(embedded, minimalBody());
    expect((await listRequest(embedded, PATH, FIXTURE.keys.jane, {})).body.pagination.total_count).toBe(1);
    expect((await listRequest(embedded, PATH, FIXTURE.keys.contoso, {})).body.pagination.total_count).toBe(0);
    const own = testApp({ dataset: busy });
    const created = await create(own, { name: 'Zeta - Pilot', account_id: fixture.accounts[0].id }, { authorization: `Bearer ${key}`, 'x-mock-session': 'mine' });
    const mine = await listRequest(own, PATH, key, { filters: [{ field: 'name', condition: 'equals', value: 'zeta - pilot' }] }, { 'x-mock-session': 'mine' });
    expect(pageOf(mine).ids).toEqual([created.body.data.id]);
    expect((await listRequest(own, PATH, key, { filters: [{ field: 'name', condition: 'equals', value: 'Zeta - Pilot' }] })).body.data).toEqual([]);
  });
});

describe('filters: every kind of field and condition, as computed directly from the records', () => {
  const rows: [string, unknown, (r: OpportunityResponse) => boolean][] = [
    ['stage is a key', [{ field: 'stage', condition: 'is', value: 'negotiation' }], (r) => stageKey(r) === 'negotiation'],
    ['stage is any of several keys', [{ field: 'stage', condition: 'is', value: ['demo', 'proposal'] }], (r) => ['demo', 'proposal'].includes(stageKey(r)!)],
    ['stage is_not', [{ field: 'stage', condition: 'is_not', value: 'closed_lost' }], (r) => stageKey(r) !== 'closed_lost'],
    ['owner is a user', [{ field: 'owner', condition: 'is', value: user }], (r) => r.owner?.id === user],
    ['owner is_not a user', [{ field: 'owner', condition: 'is_not', value: user.toUpperCase() }], (r) => r.owner?.id !== user],
    ['account_id is an account', [{ field: 'account_id', condition: 'is', value: fixture.accounts[5].id }], (r) => r.account_id === fixture.accounts[5].id],
    ['id is an id in upper case', [{ field: 'id', condition: 'is', value: records[7].id.toUpperCase() }], (r) => r.id === records[7].id],
    ['id is_not an id as a URN and as 32 hex digits', [{ field: 'id', condition: 'is_not', value: [`urn:uuid:${records[3].id}`, records[4].id.replace(/-/g, '')] }], (r) => r.id !== records[3].id && r.id !== records[4].id],
    ['account_id is an account in upper case, in braces', [{ field: 'account_id', condition: 'is', value: `{${fixture.accounts[5].id.toUpperCase()}}` }], (r) => r.account_id === fixture.accounts[5].id],
    ['amount greater_than', [{ field: 'amount', condition: 'greater_than', value: 250_000 }], (r) => (r.estimated_value?.amount ?? -Infinity) > 250_000],
    ['amount in a range', [{ field: 'amount', condition: 'greater_than_or_equals', value: 50_000 }, { field: 'amount', condition: 'less_than_or_equals', value: 100_000 }], (r) => r.estimated_value?.amount != null && r.estimated_value.amount >= 50_000 && r.estimated_value.amount <= 100_000],
    ['amount is_empty', [{ field: 'amount', condition: 'is_empty' }], (r) => r.estimated_value?.amount == null],
    ['currency_code equals, in any case', [{ field: 'currency_code', condition: 'equals', value: 'eur' }], (r) => r.estimated_value?.currency_code === 'EUR'],
    ['currency_code not_equals (no value passes)', [{ field: 'currency_code', condition: 'not_equals', value: 'USD' }], (r) => r.estimated_value?.currency_code !== 'USD'],
    ['name contains, in any case', [{ field: 'name', condition: 'contains', value: 'RENEWAL' }], (r) => r.name!.toLowerCase().includes('renewal')],
    ['name not_contains', [{ field: 'name', condition: 'not_contains', value: 'renewal' }], (r) => !r.name!.toLowerCase().includes('renewal')],
    ['notes is_not_empty', [{ field: 'notes', condition: 'is_not_empty' }], (r) => !!r.notes],
    ['summary contains', [{ field: 'summary', condition: 'contains', value: 'legal' }], (r) => !!r.summary?.toLowerCase().includes('legal')],
    ['risks contains', [{ field: 'risks', condition: 'contains', value: 'budget' }], (r) => r.risks.some((x) => x.toLowerCase().includes('budget'))],
    ['risks is_empty', [{ field: 'risks', condition: 'is_empty' }], (r) => r.risks.length === 0],
    ['tags is a tag id', [{ field: 'tags', condition: 'is', value: tag.id }], (r) => r.tags.includes(tag.name)],
    ['tags is_not a tag id', [{ field: 'tags', condition: 'is_not', value: tag.id }], (r) => !r.tags.includes(tag.name)],
    ['tags is_empty', [{ field: 'tags', condition: 'is_empty' }], (r) => r.tags.length === 0],
    ['estimated_close_date greater_than a date', [{ field: 'estimated_close_date', condition: 'greater_than', value: '2026-09-30' }], (r) => r.estimated_close_date != null && r.estimated_close_date > '2026-09-30'],
    ['estimated_close_date is previous_month (June 2026, before the clock)', [{ field: 'estimated_close_date', condition: 'is', value: 'previous_month' }], (r) => r.estimated_close_date?.startsWith('2026-06') ?? false],
    ['actual_close_date is previous_quarter (Q2 2026)', [{ field: 'actual_close_date', condition: 'is', value: 'previous_quarter' }], (r) => r.actual_close_date != null && r.actual_close_date >= '2026-04-01' && r.actual_close_date < '2026-07-01'],
    ['actual_close_date is previous_week (June 22-28, 2026)', [{ field: 'actual_close_date', condition: 'is', value: 'previous_week' }], (r) => r.actual_close_date != null && r.actual_close_date >= '2026-06-22' && r.actual_close_date < '2026-06-29'],
    ['created_at greater_than a timestamp', [{ field: 'created_at', condition: 'greater_than', value: '2026-03-15T12:00:00Z' }], (r) => r.created_at > '2026-03-15T12:00:00Z'],
    ['created_at less_than a date (its midnight UTC)', [{ field: 'created_at', condition: 'less_than', value: '2025-12-01' }], (r) => r.created_at < '2025-12-01T00:00:00Z'],
    ['updated_at greater_than_or_equals an offset timestamp', [{ field: 'updated_at', condition: 'greater_than_or_equals', value: '2026-06-01T02:00:00+02:00' }], (r) => r.updated_at! >= '2026-06-01T00:00:00Z'],
    ['last_activity_at is_empty', [{ field: 'last_activity_at', condition: 'is_empty' }], (r) => r.last_activity_at === null],
    ['a select custom field is', [{ field: field('Lead source'), condition: 'is', value: 'partner' }], (r) => custom(r, field('Lead source')) === 'partner'],
    ['a multi-select custom field is any of', [{ field: field('Products'), condition: 'is', value: ['analytics', 'data_cloud'] }], (r) => ((custom(r, field('Products')) as string[] | undefined) ?? []).some((p) => ['analytics', 'data_cloud'].includes(p))],
    ['a text custom field contains', [{ field: field('Primary competitor'), condition: 'contains', value: 'globex' }], (r) => String(custom(r, field('Primary competitor')) ?? '').toLowerCase().includes('globex')],
    ['a number custom field less_than', [{ field: field('Seats'), condition: 'less_than', value: 100 }], (r) => typeof custom(r, field('Seats')) === 'number' && (custom(r, field('Seats')) as number) < 100],
    ['a date custom field greater_than', [{ field: field('Contract start'), condition: 'greater_than', value: '2026-10-01' }], (r) => String(custom(r, field('Contract start')) ?? '') > '2026-10-01'],
    ['a boolean custom field is true', [{ field: field('Mutual action plan signed'), condition: 'is', value: true }], (r) => custom(r, field('Mutual action plan signed')) === true],
    [
      'an expression: stage is negotiation and (owner is a user or amount over 200,000)',
      { filters: [{ field: 'stage', condition: 'is', value: 'negotiation' }, { operator: 'or', filters: [{ field: 'owner', condition: 'is', value: user }, { field: 'amount', condition: 'greater_than', value: 200_000 }] }] },
      (r) => stageKey(r) === 'negotiation' && (r.owner?.id === user || (r.estimated_value?.amount ?? 0) > 200_000),
    ],
    [
      'an or of ands, nested three deep',
      { operator: 'or', filters: [{ filters: [{ field: 'stage', condition: 'is', value: 'closed_won' }, { field: 'currency_code', condition: 'equals', value: 'GBP' }] }, { operator: 'and', filters: [{ operator: 'or', filters: [{ field: 'tags', condition: 'is', value: tag.id }] }, { field: 'amount', condition: 'less_than', value: 10_000 }] }] },
      (r) => (stageKey(r) === 'closed_won' && r.estimated_value?.currency_code === 'GBP') || (r.tags.includes(tag.name) && (r.estimated_value?.amount ?? Infinity) < 10_000),
    ],
    ['an empty expression (matches everything)', { operator: 'or', filters: [] }, () => true],
  ];

  test.each(rows)('%s', async (_case, filters, keep) => {
    const expected = expectedPage(records, keep, byCreated, true, 1, 500);
    expect(expected.pagination.total_count).toBeGreaterThan(0); // a filter that matches nothing would prove little
    const res = await list({ filters, page_size: 500 });
    expect(res.status).toBe(200);
    expect(pageOf(res)).toEqual(expected);
  });

  test('every row above matches some records and leaves some out', () => {
    for (const [name, , keep] of rows.slice(0, -1)) {
      const kept = records.filter(keep).length;
      if (kept === records.length) throw new Error(`"${name}" keeps every record: it proves nothing`);
    }
  });
});

describe('uuid filter values compare in canonical form, whatever form is sent', () => {
  test('id is <an id in upper case> finds the record on both list endpoints', async () => {
    const opportunity = records[11];
    const found = await list({ filters: [{ field: 'id', condition: 'is', value: opportunity.id.toUpperCase() }] });
    expect(found.status).toBe(200);
    expect(found.body.data.map((r: OpportunityResponse) => r.id)).toEqual([opportunity.id]);
    const account = fixture.accounts[2];
    const accounts = await listRequest(app, '/v1/accounts/list', key, { filters: [{ field: 'id', condition: 'is', value: account.id.toUpperCase() }] });
    expect(accounts.status).toBe(200);
    expect(accounts.body.data.map((a: { id: string }) => a.id.toLowerCase())).toEqual([account.id.toLowerCase()]);
  });
});

describe('sort: every sortable field, both ways, records without a value last, ties by id', () => {
  const sorts: [string, (r: OpportunityResponse) => string | number | null | undefined][] = [
    ['name', (r) => r.name?.toLowerCase()],
    ['stage', (r) => (r.stage == null ? null : pipelineOf(org).position(r.stage))],
    ['amount', (r) => r.estimated_value?.amount],
    ['currency_code', (r) => r.estimated_value?.currency_code?.toLowerCase()],
    ['estimated_close_date', (r) => r.estimated_close_date],
    ['actual_close_date', (r) => r.actual_close_date],
    ['last_activity_at', (r) => r.last_activity_at],
    ['updated_at', (r) => r.updated_at],
    ['created_at', (r) => r.created_at],
    [field('Lead source'), (r) => ['outbound', 'inbound', 'partner', 'event', 'referral'].indexOf(custom(r, field('Lead source')) as string) as number | undefined],
    [field('Seats'), (r) => custom(r, field('Seats')) as number | undefined],
    [field('Mutual action plan signed'), (r) => custom(r, field('Mutual action plan signed')) as never],
  ];

  test.each(sorts.flatMap(([name, sortKey]) => [[name, sortKey, false], [`-${name}`, sortKey, true]] as const))('sort %s', async (sort, sortKey, descending) => {
    const keyOf = (r: OpportunityResponse) => { const k = sortKey(r); return k === -1 ? null : k; };
    for (const [page, size] of [[1, 50], [3, 120]]) {
      expect(pageOf(await list({ sort, page, page_size: size }))).toEqual(expectedPage(records, () => true, keyOf, descending, page, size));
    }
  });
});

describe('a request the filters cannot run answers 422 at its loc', () => {
  const rows: [string, unknown, [unknown[], string][]][] = [
    ['a field the entity does not have', { filters: [{ field: 'probability', condition: 'equals', value: 40 }] }, [[['body', 'filters', 0, 'field'], 'filter_field']]],
    ['a nested field written with its parent', { filters: { filters: [{ field: 'estimated_value.amount', condition: 'equals', value: 1 }] } }, [[['body', 'filters', 'filters', 0, 'field'], 'filter_field']]],
    ['a condition the field does not allow', { filters: [{ field: 'stage', condition: 'contains', value: 'neg' }] }, [[['body', 'filters', 0, 'condition'], 'filter_condition']]],
    ['a stage that is not in the pipeline', { filters: [{ field: 'stage', condition: 'is', value: 'won' }] }, [[['body', 'filters', 0, 'value'], 'filter_value']]],
    ['a stage by its label (filters take keys)', { filters: [{ field: 'stage', condition: 'is', value: 'Closed Won' }] }, [[['body', 'filters', 0, 'value'], 'filter_value']]],
    ['an unknown tag id', { filters: [{ field: 'tags', condition: 'is', value: FIXTURE.tags.highPriority }] }, [[['body', 'filters', 0, 'value'], 'filter_value']]],
    ['a malformed owner id', { filters: [{ field: 'owner', condition: 'is', value: 'usr_abc123' }] }, [[['body', 'filters', 0, 'value'], 'filter_value']]],
    ['a string for a number', { filters: [{ field: 'amount', condition: 'greater_than', value: '1000' }] }, [[['body', 'filters', 0, 'value'], 'filter_value']]],
    ['an impossible date', { filters: [{ field: 'estimated_close_date', condition: 'equals', value: '2026-02-30' }] }, [[['body', 'filters', 0, 'value'], 'filter_value']]],
    ['a date for is (which takes periods)', { filters: [{ field: 'estimated_close_date', condition: 'is', value: '2026-07-01' }] }, [[['body', 'filters', 0, 'value'], 'filter_value']]],
    ['a word for a timestamp', { filters: [{ field: 'created_at', condition: 'greater_than', value: 'yesterday' }] }, [[['body', 'filters', 0, 'value'], 'filter_value']]],
    ['a string for a boolean', { filters: [{ field: field('Mutual action plan signed'), condition: 'is', value: 'yes' }] }, [[['body', 'filters', 0, 'value'], 'filter_value']]],
    ['an option the select does not have', { filters: [{ field: field('Lead source'), condition: 'is', value: 'cold_call' }] }, [[['body', 'filters', 0, 'value'], 'filter_value']]],
    ['an empty list of keys', { filters: [{ field: 'stage', condition: 'is', value: [] }] }, [[['body', 'filters', 0, 'value'], 'filter_value']]],
    ['a condition that is no condition', { filters: [{ field: 'stage', condition: 'like', value: 'x' }] }, [[['body', 'filters', 0, 'condition'], 'enum']]],
    ['a rule without its condition, deep in an expression', { filters: { operator: 'or', filters: [{ filters: [{ field: 'stage' }] }] } }, [[['body', 'filters', 'filters', 0, 'filters', 0, 'condition'], 'missing']]],
    ['an operator that is no operator', { filters: { operator: 'xor', filters: [] } }, [[['body', 'filters', 'operator'], 'enum']]],
    ['a key a rule does not have', { filters: [{ field: 'stage', condition: 'is', value: 'demo', negate: true }] }, [[['body', 'filters', 0, 'negate'], 'extra_forbidden']]],
    ['a single rule, not in a list', { filters: { field: 'stage', condition: 'is', value: 'demo' } }, [[['body', 'filters'], 'list_type']]],
    ['an expression inside a flat list', { filters: [{ operator: 'or', filters: [] }] }, [[['body', 'filters', 0], 'filter_shape']]],
    ['filters that are a string', { filters: 'stage=demo' }, [[['body', 'filters'], 'list_type']]],
    ['a sort on a field that does not sort', { sort: 'owner' }, [[['body', 'sort'], 'sort_field']]],
    ['a sort on no field', { sort: '-' }, [[['body', 'sort'], 'sort_field']]],
    ['501 per page', { page_size: 501 }, [[['body', 'page_size'], 'less_than_equal']]],
    ['page 0', { page: 0 }, [[['body', 'page'], 'greater_than_equal']]],
    ['a key the request does not have', { limit: 10 }, [[['body', 'limit'], 'extra_forbidden']]],
    ['several problems at once', { filters: [{ field: 'x', condition: 'is', value: 1 }, { field: 'stage', condition: 'equals', value: 'demo' }], sort: 'summary' }, [[['body', 'filters', 0, 'field'], 'filter_field'], [['body', 'filters', 1, 'condition'], 'filter_condition'], [['body', 'sort'], 'sort_field']]],
  ];

  test.each(rows)('%s', async (_case, body, expected) => {
    const res = await list(body);
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { loc: unknown[]; type: string }) => [d.loc, d.type])).toEqual(expected);
    expectSpecValid(app, 'listOpportunities', 422, res.body);
  });

  test('the messages say what the field takes and where to look', async () => {
    const res = await list({ filters: [{ field: 'estimated_value.amount', condition: 'equals', value: 1 }, { field: 'stage', condition: 'contains', value: 'x' }] });
    expect(res.body.error.details.map((d: { msg: string }) => d.msg)).toEqual([
      "Unknown field 'estimated_value.amount'. Did you mean 'amount' (estimated_value.amount)? Filterable fields: id, name, account_id, owner, stage, amount, currency_code, estimated_close_date, … (GET /v1/schemas/opportunities)",
      "Field 'stage' does not allow 'contains'. Allowed: is, is_not, is_empty, is_not_empty",
    ]);
  });

  test.each([
    ['201 rules', JSON.stringify({ filters: Array.from({ length: 201 }, () => ({ field: 'stage', condition: 'is', value: 'demo' })) }), 'too_many_filters'],
    ['expressions nested 12 deep', JSON.stringify({ filters: Array.from({ length: 12 }).reduce<object>((inner) => ({ operator: 'or', filters: [inner] }), { field: 'stage', condition: 'is', value: 'demo' }) }), 'filters_too_deep'],
    ['expressions nested 50,000 deep', `{"filters":${'{"filters":['.repeat(50_000)}${']}'.repeat(50_000)}}`, 'filters_too_deep'],
  ])('%s: refused before anything walks them, at ["body", "filters"]', async (_case, body, type) => {
    const res = await listRequest(app, PATH, key, body).set('content-type', 'application/json');
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ loc: ['body', 'filters'], msg: expect.stringContaining('the mock takes up to 200 rules nested up to 10 expressions deep'), type }]);
  });

  test('a body that is not JSON, and JSON that is not an object, are 422s too', async () => {
    const text = await listRequest(app, PATH, key, 'page=2').set('content-type', 'text/plain');
    expect(text.status).toBe(422);
    expect((await list([1, 2])).body.error.details[0]).toMatchObject({ loc: ['body'], type: 'model_attributes_type' });
  });
});

describe('edge cases (the edge-cases data set)', () => {
  const edge = loadDataset('edge-cases');
  const edgeKey = edge.orgs[0].api_keys.find((k) => k.access === 'read_write' && !k.revoked)!.key;
  const edgeApp = testApp({ dataset: edge });
  const seats = `custom_field_${edge.orgs[0].custom_fields.find((c) => c.name === 'Seats')!.id}`;
  const edgeRecords = edge.opportunities.map((r) => r.data);

  test.each([
    ['a custom field is_empty (null or absent)', [{ field: seats, condition: 'is_empty' }], (r: OpportunityResponse) => r[seats] == null],
    ['a negative fraction in a number custom field', [{ field: seats, condition: 'less_than', value: 0 }], (r: OpportunityResponse) => typeof r[seats] === 'number' && (r[seats] as number) < 0],
    ['name is_empty (the empty name)', [{ field: 'name', condition: 'is_empty' }], (r: OpportunityResponse) => !r.name],
    ['amount at the bound', [{ field: 'amount', condition: 'greater_than_or_equals', value: Number.MAX_SAFE_INTEGER }], (r: OpportunityResponse) => r.estimated_value?.amount === Number.MAX_SAFE_INTEGER],
    ['updated_at written with an offset and milliseconds, against a whole second', [{ field: 'updated_at', condition: 'greater_than', value: '2026-06-30T18:29:59Z' }], (r: OpportunityResponse) => r.updated_at != null && Date.parse(r.updated_at) > Date.parse('2026-06-30T18:29:59Z')],
    ['updated_at against a bound with milliseconds', [{ field: 'updated_at', condition: 'less_than', value: '2026-06-30T18:29:59.998Z' }], (r: OpportunityResponse) => r.updated_at != null && Date.parse(r.updated_at) < Date.parse('2026-06-30T18:29:59.998Z')],
    ['owner is_empty', [{ field: 'owner', condition: 'is_empty' }], (r: OpportunityResponse) => r.owner === null],
  ])('%s', async (_case, filters, keep) => {
    const expected = expectedPage(edgeRecords, keep, byCreated, true, 1, 500);
    expect(expected.pagination.total_count).toBeGreaterThan(0);
    expect(pageOf(await listRequest(edgeApp, PATH, edgeKey, { filters, page_size: 500 }))).toEqual(expected);
  });

  test('sorting by a date-time written with an offset orders it by its instant', async () => {
    const keyOf = (r: OpportunityResponse) => (r.updated_at == null ? null : new Date(Math.floor(Date.parse(r.updated_at) / 1000) * 1000).toISOString());
    expect(pageOf(await listRequest(edgeApp, PATH, edgeKey, { sort: '-updated_at', page_size: 500 }))).toEqual(expectedPage(edgeRecords, () => true, keyOf, true, 1, 500));
  });
});

describe('under 2026-07-31', () => {
  test('stages are stored by key, and the same filters and sort by stage work', async () => {
    const older = testApp({ dataset: busy, apiVersion: '2026-07-31' });
    const res = await listRequest(older, PATH, key, { filters: [{ field: 'stage', condition: 'is', value: 'negotiation' }], sort: 'stage', page_size: 500 });
    expect(pageOf(res)).toEqual(expectedPage(records, (r) => stageKey(r) === 'negotiation', () => 0, false, 1, 500));
    expect(new Set(res.body.data.map((d: OpportunityResponse) => d.stage))).toEqual(new Set(['negotiation']));
  });
});

describe('a create in the list', () => {
  test('what a create answers is what the list shows, under both versions', async () => {
    for (const apiVersion of ['2026-07-31', '2026-08-19'] as const) {
      const own = testApp({ apiVersion });
      const created = await create(own, { ...minimalBody(), stage: 'demo' });
      const res = await listRequest(own, PATH, FIXTURE.keys.jane, { filters: [{ field: 'stage', condition: 'is', value: 'demo' }] });
      expect(res.body.data).toEqual([created.body.data]);
    }
  });
});
