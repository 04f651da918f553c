import { datasetOrg, loadDataset } from '../../fixtures/datasets';
import { generateRequests, requestProblems } from '../generate';
import { idempotencyKey } from '../keys';

const NOW = Date.parse('2026-07-01T09:00:00Z');
const northwind = datasetOrg(loadDataset('default'));
const busy = datasetOrg(loadDataset('busy-pipeline'));
const requests = (count: number, seed = 1, org = northwind) => [...generateRequests(org, { count, seed, nowMs: NOW, amountUnit: 'unit' })];

describe('generated create requests', () => {
  test('the same seed gives the same requests; request i does not depend on the count', () => {
    const fifty = requests(50);
    expect(requests(50)).toEqual(fifty);
    expect(requests(80).slice(0, 50)).toEqual(fifty);
    expect(requests(50, 2)[0].body).not.toEqual(fifty[0].body);
  });

  test('every request carries the idempotency key of its seed, org and index, each key once', () => {
    const all = requests(200);
    expect(all.map((r) => r.body.idempotency_key)).toEqual(all.map((r) => idempotencyKey(1, northwind.id, r.index)));
    expect(new Set(all.map((r) => r.key)).size).toBe(200);
    expect(idempotencyKey(1, busy.id, 0)).not.toBe(idempotencyKey(1, northwind.id, 0));
    expect(idempotencyKey(2, northwind.id, 0)).not.toBe(idempotencyKey(1, northwind.id, 0));
    expect(idempotencyKey(1, northwind.id, 0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('every request is valid against OpportunityCreateRequest in spec/openapi.yaml', () => {
    for (const org of [northwind, busy]) for (const { body } of requests(500, 1, org)) expect(requestProblems(body)).toEqual([]);
  });

  test('a request that does not fit the spec is reported with its JSON pointer', () => {
    expect(requestProblems({ name: 42, account_id: 'acc_1' })).toEqual(['/name must be string', '/account_id must match format "uuid"']);
  });

  test('requests use only the org\'s accounts, users, tags, stages and custom fields, and vary over them', () => {
    const all = requests(400, 1, busy).map((r) => r.body);
    const { accounts, users, tags, pipeline, custom_fields: fields } = busy.fixture;
    const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
    const used = (values: (string | null | undefined)[]) => new Set(values.filter((v): v is string => typeof v === 'string'));
    expect(used(all.map((b) => b.account_id))).toEqual(ids(accounts));
    expect(used(all.map((b) => b.owner_user_id))).toEqual(ids(users));
    expect(used(all.flatMap((b) => b.tags ?? []))).toEqual(ids(tags));
    expect(used(all.map((b) => b.stage))).toEqual(new Set(pipeline.stages.map((s) => s.key)));
    expect(new Set(all.flatMap((b) => Object.keys(b).filter((k) => k.startsWith('custom_field_'))))).toEqual(new Set(fields.map((f) => `custom_field_${f.id}`)));
    expect(used(all.map((b) => b.estimated_value?.currency_code)).size).toBeGreaterThanOrEqual(5);
  });
});
