import { readFileSync } from 'node:fs';
import { generateOpportunities, loadDataset } from '../../fixtures/datasets';
import { DATASET_API_VERSION } from '../../fixtures/build/recipes';
import { API_VERSIONS, apiVersionInfo, LATEST_API_VERSION } from '../../spec/api-versions';
import { loadContract } from '../../spec/contract';
import { fromRoot, SPEC_FILES } from '../../spec/paths';
import { generateRequests } from '../../seed/generate';
import { Directory } from '../core/state/directory';
import { convertAmount, MAX_AMOUNT, minorUnitsPer } from '../core/generate/money';
import { parseArguments } from '../cli';
import { resolveOptions } from '../core/options';
import { pipelineOf } from '../core/generate/stages';
import { get, testApp } from './helpers';

describe('--api-version', () => {
  test('the newest published document is the default, and each one is vendored with its deviations', () => {
    expect(LATEST_API_VERSION).toBe(API_VERSIONS[API_VERSIONS.length - 1]);
    expect(resolveOptions().apiVersion).toBe('2026-08-19');
    expect(parseArguments(['node', 'cli']).options.apiVersion).toBe('2026-08-19');
    expect(parseArguments(['node', 'cli', '--api-version', '2026-07-31']).options.apiVersion).toBe('2026-07-31');
    for (const version of API_VERSIONS) {
      const info = apiVersionInfo(version);
      expect(JSON.parse(readFileSync(info.document, 'utf8')).openapi).toMatch(/^3\.1/);
      expect(JSON.parse(readFileSync(info.deviations, 'utf8')).published).toBe(`spec/monaco/${version}.json`);
    }
  });

  test('an unknown version is refused, naming the known ones', () => {
    expect(() => resolveOptions({ apiVersion: '2026-01-01' as never })).toThrow('Invalid API version "2026-01-01": expected one of 2026-07-31, 2026-08-19.');
    expect(() => apiVersionInfo('2025')).toThrow('Unknown Monaco API version "2025". Known: 2026-07-31, 2026-08-19');
  });

  test("each version's behaviour follows its document: the amount's unit, stage names, detail responses", () => {
    const [older, newer] = API_VERSIONS.map((v) => readFileSync(apiVersionInfo(v).document, 'utf8'));
    expect(JSON.parse(older).components.schemas.EstimatedValue.properties.amount.description).toMatch(/minor currency units/);
    expect(JSON.parse(newer).components.schemas.EstimatedValue.properties.amount.description).toMatch(/Unit quantity/);
    expect(JSON.parse(older).components.schemas.OpportunityDetailResponse).toBeUndefined();
    expect(JSON.parse(newer).components.schemas.OpportunityDetailResponse).toBeDefined();
    expect(apiVersionInfo('2026-07-31')).toMatchObject({ amountUnit: 'minor', stageNames: 'key', detailResponses: false });
    expect(apiVersionInfo('2026-08-19')).toMatchObject({ amountUnit: 'unit', stageNames: 'label', detailResponses: true });
  });

  test("the data set manifest's api_version and the admin API's ApiVersion list exactly the kit's versions", () => {
    const schema = loadContract(SPEC_FILES.fixtures).compiler.schemaObject('DatasetManifest') as { properties: { api_version: { enum: string[] } } };
    expect(schema.properties.api_version.enum).toEqual([...API_VERSIONS]);
    expect(loadContract(SPEC_FILES.admin).compiler.schemaObject('ApiVersion').enum).toEqual([...API_VERSIONS]);
  });
});

describe('amounts in either unit (D9)', () => {
  test.each([
    [50_000, 'USD', 'unit', 'minor', 5_000_000],
    [5_000_000, 'USD', 'minor', 'unit', 50_000],
    [125_000_000, 'JPY', 'unit', 'minor', 125_000_000],
    [1_500, 'KWD', 'unit', 'minor', 1_500_000],
    [1_500_250, 'kwd', 'minor', 'unit', 1_500],
    [12_345, 'EUR', 'minor', 'unit', 123],
    [-12_350, 'EUR', 'minor', 'unit', -124],
    [7, null, 'unit', 'minor', 700],
    [MAX_AMOUNT, 'USD', 'unit', 'minor', MAX_AMOUNT],
    [-MAX_AMOUNT, 'USD', 'unit', 'minor', -MAX_AMOUNT],
    [0, 'USD', 'unit', 'minor', 0],
  ] as const)('%p %s in %s units is %p in %s units', (amount, currency, from, to, expected) => {
    expect(convertAmount(amount, currency, from, to)).toBe(expected);
  });

  test('ISO 4217 decides the minor units: 100 by default, 1 for JPY, 1000 for KWD', () => {
    expect([minorUnitsPer('USD'), minorUnitsPer('JPY'), minorUnitsPer('KWD'), minorUnitsPer('XYZ'), minorUnitsPer(null)]).toEqual([100, 1, 1000, 100, 100]);
  });

  test('generated amounts are the same deals in either unit: round numbers of units, times the minor units for 2026-07-31', () => {
    const busy = loadDataset('busy-pipeline');
    const older = generateOpportunities(busy, { count: 200, apiVersion: '2026-07-31' });
    const newer = generateOpportunities(busy, { count: 200, apiVersion: '2026-08-19' });
    const valued = newer.map((r, i) => [r.data.estimated_value, older[i].data.estimated_value] as const).filter(([v]) => v?.amount != null);
    expect(valued.length).toBeGreaterThan(100);
    for (const [unit, minor] of valued) {
      expect(minor!.amount).toBe(unit!.amount! * minorUnitsPer(unit!.currency_code));
      expect(unit!.amount! % 100).toBe(0); // round numbers of units: realistic deal sizes
      expect(unit!.amount).toBeGreaterThanOrEqual(4_000);
    }
  });

  test('the seeder writes amounts in the unit of the target version', () => {
    const org = new Directory(loadDataset('busy-pipeline').orgs).defaultOrg;
    const options = { count: 50, seed: 1, nowMs: Date.parse('2026-07-01T09:00:00Z') };
    const minor = [...generateRequests(org, { ...options, amountUnit: 'minor' })];
    const unit = [...generateRequests(org, { ...options, amountUnit: 'unit' })];
    unit.forEach((r, i) => {
      const value = r.body.estimated_value;
      if (value?.amount != null) expect(minor[i].body.estimated_value!.amount).toBe(value.amount * minorUnitsPer(value.currency_code));
    });
  });
});

describe('data sets and API versions', () => {
  const busy = loadDataset('busy-pipeline');
  const org = new Directory(busy.orgs).defaultOrg;
  const key = busy.orgs[0].api_keys.find((k) => k.access === 'read_write' && !k.revoked)!.key;
  const auth = { authorization: `Bearer ${key}` };

  test('the generated sets are written for 2026-08-19 and say so in their manifest', () => {
    expect(DATASET_API_VERSION).toBe('2026-08-19');
    for (const name of ['busy-pipeline', 'edge-cases']) {
      expect(JSON.parse(readFileSync(fromRoot('fixtures', 'datasets', name, 'dataset.json'), 'utf8')).api_version).toBe('2026-08-19');
      expect(loadDataset(name).apiVersion).toBe('2026-08-19');
    }
  });

  test('a 2026-08-19 mock serves the records as they are written', async () => {
    const record = busy.opportunities.find((r) => r.data.estimated_value?.amount != null)!.data;
    const res = await get(testApp({ dataset: busy }), record.id, auth);
    expect(res.body.data).toMatchObject({ stage: record.stage, estimated_value: record.estimated_value });
  });

  test('a 2026-07-31 mock converts them: amounts to minor units, stages to their keys', async () => {
    const app = testApp({ dataset: busy, apiVersion: '2026-07-31' });
    for (const record of busy.opportunities.slice(0, 40)) {
      const res = await get(app, record.data.id, auth);
      const value = record.data.estimated_value;
      const expected = value?.amount == null ? value : { ...value, amount: value.amount * minorUnitsPer(value.currency_code) };
      expect(res.body.data.estimated_value).toEqual(expected);
      expect(res.body.data.stage).toBe(pipelineOf(org).resolve(record.data.stage)!.key);
      expect({ ...res.body.data, stage: record.data.stage, estimated_value: value }).toEqual(record.data);
    }
  });

  test("the edge cases keep their meaning: the bounds stay the bounds, KWD's 1,500 dinars are 1,500,000 fils", async () => {
    const edge = loadDataset('edge-cases');
    const app = testApp({ dataset: edge, apiVersion: '2026-07-31' });
    const edgeKey = edge.orgs[0].api_keys.find((k) => k.access === 'read_write' && !k.revoked)!.key;
    const byAmount = (amount: number, currency: string) => edge.opportunities.find((r) => r.data.estimated_value?.amount === amount && r.data.estimated_value.currency_code === currency)!;
    const show = async (amount: number, currency: string) => (await get(app, byAmount(amount, currency).data.id, { authorization: `Bearer ${edgeKey}` })).body.data.estimated_value.amount;
    expect(await show(MAX_AMOUNT, 'USD')).toBe(MAX_AMOUNT);
    expect(await show(-MAX_AMOUNT, 'USD')).toBe(-MAX_AMOUNT);
    expect(await show(1_500, 'KWD')).toBe(1_500_000);
    expect(await show(125_000_000, 'JPY')).toBe(125_000_000);
  });
});
