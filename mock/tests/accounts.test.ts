import request from 'supertest';
import { loadDataset } from '../../fixtures/datasets';
import type { AccountResponse } from '../core/types';
import { FIXTURE, UNKNOWN_ID, expectSpecValid, testApp } from './helpers';
import { expectedPage, listRequest, pageOf } from './list-helpers';

const auth = (key: string = FIXTURE.keys.jane) => ({ authorization: `Bearer ${key}` });
const PATH = '/v1/accounts/list';

describe('POST /v1/accounts/list (the account picker)', () => {
  const app = testApp();

  test("lists the org's accounts with the fixture's name, domain and status, enriched the same way in every run", async () => {
    const res = await listRequest(app, PATH, FIXTURE.keys.jane, { sort: 'name' });
    expect(res.status).toBe(200);
    expectSpecValid(app, 'listAccounts', 200, res.body);
    expect(res.body.data.map((a: AccountResponse) => [a.name, a.company?.domain, a.status])).toEqual([
      ['Acme Corp', 'acme.com', 'OPPORTUNITY'],
      ['Globex Corporation', 'globex.com', 'PROSPECTING'],
      ['Hooli', 'hooli.xyz', 'NEW'],
      ['Initech', 'initech.com', 'CUSTOMER'],
      ['Vandelay Industries', 'vandelay.com', 'NURTURE'],
    ]);
    expect(res.body.pagination).toEqual({ page: 1, page_size: 50, total_count: 5, total_pages: 1 });
    const again = await listRequest(testApp({ seed: 42 }), PATH, FIXTURE.keys.jane, { sort: 'name' });
    expect(again.body.data).toEqual(res.body.data);
    const acme = res.body.data[0] as AccountResponse;
    expect(acme.owner).toEqual(expect.objectContaining({ id: expect.any(String), first_name: expect.any(String) }));
    expect(['Jane', 'Marcus', 'Priya', 'Diego']).toContain(acme.owner!.first_name);
    expect(Date.parse(acme.updated_at)).toBeGreaterThan(Date.parse(acme.created_at));
  });

  test("another org's key lists that org's accounts", async () => {
    const res = await listRequest(app, PATH, FIXTURE.keys.contoso, {});
    expect(res.body.data.map((a: AccountResponse) => a.id)).toContain(FIXTURE.accounts.fabrikam);
    expect(res.body.data.map((a: AccountResponse) => a.id)).not.toContain(FIXTURE.accounts.acme);
  });

  describe('on a data set of 40 accounts, filtered and sorted as computed directly', () => {
    const busy = loadDataset('busy-pipeline');
    const key = busy.orgs[0].api_keys[0].key;
    const busyApp = testApp({ dataset: busy });
    let all: AccountResponse[];
    beforeAll(async () => {
      all = (await listRequest(busyApp, PATH, key, { page_size: 500 })).body.data;
    });

    test.each<[string, unknown, (a: AccountResponse) => boolean, string, (a: AccountResponse) => string | number | null | undefined]>([
      ['name contains', [{ field: 'name', condition: 'contains', value: 'and' }], (a) => a.name!.toLowerCase().includes('and'), 'name', (a) => a.name?.toLowerCase()],
      ['status is any of', [{ field: 'status', condition: 'is', value: ['CUSTOMER', 'NEW'] }], (a) => ['CUSTOMER', 'NEW'].includes(a.status!), '-created_at', (a) => a.created_at],
      ['employee_count over 1,000', [{ field: 'employee_count', condition: 'greater_than', value: 1000 }], (a) => (a.company?.employee_count ?? 0) > 1000, '-employee_count', (a) => a.company?.employee_count],
      ['industries contains', [{ field: 'industries', condition: 'contains', value: 'soft' }], (a) => !!a.company?.industries.some((i) => i.toLowerCase().includes('soft')), 'domain', (a) => a.company?.domain],
      ['tier is A or a hot heat score', { operator: 'or', filters: [{ field: 'tier', condition: 'is', value: 'A' }, { field: 'heat_score', condition: 'is', value: 'Hot' }] }, (a) => a.scoring?.tier === 'A' || a.scoring?.heat_score === 'Hot', 'tier', (a) => ['A', 'B', 'C', 'D'].indexOf(a.scoring!.tier!)],
      ['funding under 100M, or none', { operator: 'or', filters: [{ field: 'total_funding_usd', condition: 'less_than', value: 100_000_000 }, { field: 'total_funding_usd', condition: 'is_empty' }] }, (a) => (a.company?.total_funding_usd ?? 0) < 100_000_000, '-updated_at', (a) => a.updated_at],
    ])('%s', async (_case, filters, keep, sort, key_) => {
      const expected = expectedPage(all, keep, key_, sort.startsWith('-'));
      expect(expected.pagination.total_count).toBeGreaterThan(0);
      expect(expected.pagination.total_count).toBeLessThan(all.length);
      expect(pageOf(await listRequest(busyApp, PATH, key, { filters, sort }))).toEqual(expected);
    });
  });

  test('a filter on a field accounts do not have answers 422 naming the accounts schema', async () => {
    const res = await listRequest(app, PATH, FIXTURE.keys.jane, { filters: [{ field: 'stage', condition: 'is', value: 'demo' }] });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ loc: ['body', 'filters', 0, 'field'], type: 'filter_field', msg: expect.stringContaining('(GET /v1/schemas/accounts)') });
  });
});

describe('GET /v1/accounts/{account_id}', () => {
  test('under 2026-08-19: the detail response, with the heat-score signals and custom-field explanations', async () => {
    const app = testApp();
    const res = await request(app).get(`/v1/accounts/${FIXTURE.accounts.acme}`).set(auth());
    expect(res.status).toBe(200);
    expectSpecValid(app, 'getAccount', 200, res.body);
    const listed = (await listRequest(app, PATH, FIXTURE.keys.jane, { filters: [{ field: 'id', condition: 'is', value: FIXTURE.accounts.acme }] })).body.data[0];
    const { heat_score_explanation: signals, custom_field_explanations: explanations, ...rest } = res.body.data;
    expect(rest).toEqual(listed);
    expect(explanations).toEqual({});
    expect(signals.firmographic.length).toBeGreaterThan(0);
    expect(signals.firmographic[0]).toEqual({ signal_type: expect.any(String), signal_point: expect.any(String) });
  });

  test('under 2026-07-31: the account as the list has it', async () => {
    const app = testApp({ apiVersion: '2026-07-31' });
    const res = await request(app).get(`/v1/accounts/${FIXTURE.accounts.acme}`).set(auth());
    expect(Object.keys(res.body.data)).not.toContain('heat_score_explanation');
    expect(Object.keys(res.body.data)).not.toContain('custom_field_explanations');
  });

  test.each([
    ['an unknown id', UNKNOWN_ID, 404, { code: 'not_found', message: `Account ${UNKNOWN_ID} not found in this organization (Northwind Analytics). List the accounts with POST /v1/accounts/list.` }],
    ["another org's account", FIXTURE.accounts.fabrikam, 404, { code: 'not_found' }],
    ['a malformed id', 'acc_def456', 422, { code: 'validation_error', details: [{ loc: ['path', 'account_id'], msg: 'Input should be a valid UUID', type: 'uuid_parsing' }] }],
  ])('%s answers %i', async (_case, id, status, error) => {
    const app = testApp();
    const res = await request(app).get(`/v1/accounts/${id}`).set(auth());
    expect(res.status).toBe(status);
    expect(res.body.error).toMatchObject(error);
    expectSpecValid(app, 'getAccount', status, res.body);
  });

  test('an account added for a while (a provider state) is listed and read like a fixture one', async () => {
    const app = testApp();
    const remove = app.mock.directory.addAccount(FIXTURE.org, { id: UNKNOWN_ID, name: 'Pact account', domain: 'pact.example' });
    expect((await request(app).get(`/v1/accounts/${UNKNOWN_ID}`).set(auth())).body.data).toMatchObject({ id: UNKNOWN_ID, name: 'Pact account' });
    expect((await listRequest(app, PATH, FIXTURE.keys.jane, {})).body.pagination.total_count).toBe(6);
    remove();
    expect((await request(app).get(`/v1/accounts/${UNKNOWN_ID}`).set(auth())).status).toBe(404);
  });
});
