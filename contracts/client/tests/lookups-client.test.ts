import { loadDataset } from '../../../fixtures/datasets';
import { FIXTURE, UNKNOWN_ID, withoutDetail } from '../../../mock/tests/helpers';
import { MonacoConflictError, MonacoForbiddenError, MonacoNotFoundError, MonacoServerError, MonacoValidationError } from '..';
import { UNAVAILABLE, withClient } from './servers';

const minimal = { name: 'Acme Corp - Expansion', account_id: FIXTURE.accounts.acme };

describe('the client: the whole opportunity', () => {
  test('create, list, get, update, get and list again, delete, then 404', async () => {
    await withClient(async (client) => {
      const { opportunity } = await client.create({ ...minimal, stage: 'demo' });
      expect((await client.list({ filters: [{ field: 'stage', condition: 'is', value: 'demo' }] })).items).toEqual([opportunity]);
      expect(withoutDetail(await client.get(opportunity.id))).toEqual(opportunity);
      const updated = await client.update(opportunity.id, { stage: 'negotiation', notes: 'Legal review next' });
      expect(updated).toMatchObject({ id: opportunity.id, stage: 'Negotiation', notes: 'Legal review next' });
      expect(withoutDetail(await client.get(opportunity.id))).toEqual(updated);
      const { items, pagination } = await client.list({ filters: [{ field: 'stage', condition: 'is', value: 'negotiation' }] });
      expect(items).toEqual([updated]);
      expect(pagination).toEqual({ page: 1, page_size: 50, total_count: 1, total_pages: 1 });
      expect(await client.delete(opportunity.id)).toEqual({ attempts: 1 });
      await expect(client.get(opportunity.id)).rejects.toBeInstanceOf(MonacoNotFoundError);
      await expect(client.delete(opportunity.id)).rejects.toBeInstanceOf(MonacoNotFoundError);
    });
  });

  test('a delete whose 204 was lost is retried, and the 404 it then gets counts as deleted', async () => {
    await withClient(async (client, { requests }) => {
      const { opportunity } = await client.create(minimal);
      expect(await client.delete(opportunity.id)).toEqual({ attempts: 2 });
      expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(2);
    }, {}, {}, [undefined as never, 'lost-response']); // the create goes through; the delete's answer is lost
  });

  test('a delete answered 429, then 404, throws the 404: the API did nothing, the opportunity was not there', async () => {
    await withClient(async (client, { requests }) => {
      const error = await client.delete(UNKNOWN_ID).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MonacoNotFoundError);
      expect(error).toMatchObject({ attempts: 2, previous: [expect.objectContaining({ status: 429 })] });
      expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(2);
    }, {}, {}, [{ status: 429, headers: { 'retry-after': '0' }, body: { error: { code: 'rate_limited', message: 'Slow down.' } } }]);
  });

  test('a list is retried after a 503; a tag create is not (a lost answer may have created it), only after a 429', async () => {
    await withClient(async (client, { requests }) => {
      expect((await client.list()).pagination.total_count).toBe(0);
      expect(requests).toHaveLength(2);
    }, {}, {}, [UNAVAILABLE(0)]);
    await withClient(async (client, { requests }) => {
      await expect(client.createTag({ object: 'opportunities', name: 'Pilot' })).rejects.toBeInstanceOf(MonacoServerError);
      expect(requests).toHaveLength(1);
    }, {}, {}, [UNAVAILABLE(0)]);
    await withClient(async (client, { requests }) => {
      expect((await client.createTag({ object: 'opportunities', name: 'Pilot' })).name).toBe('Pilot');
      expect(requests).toHaveLength(2);
    }, {}, {}, [{ status: 429, headers: { 'retry-after': '0' }, body: { error: { code: 'rate_limited', message: 'Slow down.' } } }]);
  });

  test('an update the API refuses throws the typed error', async () => {
    await withClient(async (client) => {
      const { opportunity } = await client.create(minimal);
      const error = await client.update(opportunity.id, { owner_user_id: 'usr_1' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MonacoValidationError);
      expect((error as MonacoValidationError).details.map((d) => d.loc)).toEqual([['body', 'owner_user_id']]);
      expect((error as Error).message).toMatch(/^Failed to update opportunity: 422 /);
    });
    await withClient(async (client) => {
      await expect(client.update(UNKNOWN_ID, { name: 'x' })).rejects.toBeInstanceOf(MonacoForbiddenError);
    }, {}, { apiKey: FIXTURE.keys.readOnly });
  });
});

describe("the client: the form's pickers", () => {
  test('me, users (with a query), tags, a new tag, accounts, one account and the field schemas', async () => {
    await withClient(async (client) => {
      expect(await client.me()).toMatchObject({ user_id: FIXTURE.users.jane, org_name: 'Northwind Analytics' });
      expect((await client.users('chen')).map((u) => u.email)).toEqual(['marcus.chen@northwind-analytics.com']);
      expect((await client.tags()).map((t) => t.name)).toEqual(['High Priority', 'Expansion', 'Renewal', 'Inbound', 'Partner Sourced']);
      const tag = await client.createTag({ object: 'opportunities', name: 'Pilot', color: 'green' });
      expect((await client.tags('opportunities')).at(-1)).toEqual(tag);
      await expect(client.createTag({ object: 'opportunities', name: 'pilot' })).rejects.toBeInstanceOf(MonacoConflictError);
      const { items } = await client.accounts({ filters: [{ field: 'name', condition: 'contains', value: 'acme' }] });
      expect(items.map((a) => a.name)).toEqual(['Acme Corp']);
      expect(await client.account(FIXTURE.accounts.acme)).toMatchObject({ id: FIXTURE.accounts.acme, heat_score_explanation: expect.any(Object) });
      const fields = await client.fieldSchemas('opportunities');
      expect(fields.find((f) => f.key === 'stage')?.enum_field_settings?.allowed_values.map((v) => v.key)).toContain('negotiation');
    });
  });

  test('allAccounts pages through every account, 500 at a time', async () => {
    const busy = loadDataset('busy-pipeline');
    await withClient(async (client, { requests }) => {
      const all = await client.allAccounts({ sort: 'name' });
      expect(all).toHaveLength(40);
      expect(requests).toHaveLength(1);
      expect(JSON.parse(requests[0].body)).toEqual({ sort: 'name', page: 1, page_size: 500 });
    }, { dataset: busy }, { apiKey: busy.orgs[0].api_keys[0].key });
  });
});
