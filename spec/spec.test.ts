import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createMockApp } from '../mock/adapters/express/app';
import { HANDLERS } from '../mock/core/handlers';
import { loadContract } from './contract';
import { fromRoot, SPEC_FILES } from './paths';
import { loadPrecompiled } from './precompiled';

const contract = loadContract();
const generator = fromRoot('spec', 'generate-types.mjs');

function runGenerator(args: string[]): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync(process.execPath, [generator, ...args], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: e.stdout + e.stderr };
  }
}

describe('spec/openapi.yaml', () => {
  test('the committed TypeScript types are generated from the current spec', () => {
    const { code, output } = runGenerator(['--check']);
    expect(output).toContain('generated types are up to date');
    expect(code).toBe(0);
  });

  test('the staleness check fails when the spec changes and the types are not regenerated', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'spec-'));
    const dir = join(scratch, 'spec');
    cpSync(fromRoot('spec'), dir, { recursive: true, filter: (src) => !src.endsWith('.ts') || src.includes('types') });
    const yaml = join(dir, 'openapi.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('        notes:\n          type: [string, \'null\']\n          description: Notes about the opportunity.', '        notes:\n          type: [string, \'null\']\n          description: Notes about the opportunity.\n        probability:\n          type: integer'));
    const { code, output } = runGenerator(['--check', '--dir', dir]);
    rmSync(scratch, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(output).toMatch(/Stale generated types: spec\/types\/monaco\.ts\. The spec changed; run `npm run gen:types`/);
  });

  test('every operation has a handler, and every handler an operation', () => {
    expect(new Set(Object.keys(HANDLERS))).toEqual(new Set(contract.operations.keys()));
  });

  test('every operation declares 404 and 422, which the mock\'s own controls may answer on any of them', () => {
    // A malformed X-Mock-Session or Prefer value is a 422, an unknown Prefer code or example a 404, whatever the operation.
    const lacking = [...contract.operations.values()].flatMap((op) => ['404', '422'].filter((status) => !op.responses.has(status)).map((status) => `${op.operationId} ${status}`));
    expect(lacking).toEqual([]);
  });

  test('only the list operations are POSTs that read (x-mock-access: read); every other POST, PATCH and DELETE writes', () => {
    const accessOf = (access: 'read' | 'write') => [...contract.operations.values()].filter((op) => op.access === access && op.method !== 'get').map((op) => op.operationId);
    expect(accessOf('read')).toEqual(['listOpportunities', 'listAccounts']);
    expect(accessOf('write').length).toBeGreaterThanOrEqual(5);
  });

  test('validators are compiled once per process, not per app or request', () => {
    expect(loadContract()).toBe(contract);
    expect(createMockApp().mock.contract).toBe(contract);
  });

  test.each([
    ['OpportunityResponse', ['custom_field_explanations']],
    ['AccountResponse', ['heat_score_explanation', 'custom_field_explanations']],
    ['MeResponse', []],
    ['UserResponse', []],
    ['TagResponse', []],
    ['FieldSchemaResponse', []],
    ['PaginationInfo', []],
  ])('%s requires every property but those only a detail response has (%j): nullable fields are always present (D10)', (name, detailOnly) => {
    const schema = contract.compiler.schemaObject(name) as { required: string[]; properties: object };
    expect(new Set(schema.required)).toEqual(new Set(Object.keys(schema.properties).filter((p) => !detailOnly.includes(p))));
  });

  const examples = [...contract.operations.values()].flatMap((op) => [
    ...Object.entries(op.requestBody?.examples ?? {}).map(([name, value]) => [op.operationId, 'request', name, value] as const),
    ...[...op.responses.values()].flatMap((r) => Object.entries(r.examples).map(([name, value]) => [op.operationId, r.status, name, value] as const)),
  ]);

  test.each(examples)('%s %s example "%s" validates against its schema', (operationId, where, _name, value) => {
    const validate = where === 'request' ? contract.validators.get(operationId)!.body! : contract.validators.get(operationId)!.responses.get(where)!;
    expect(validate(value) ? [] : validate.errors).toEqual([]);
  });

  test.each(examples.filter(([, where]) => where === 'request'))(
    '%s %s example "%s" is accepted by a strict-references mock (it uses fixture ids)',
    async (operationId, _where, _name, value) => {
      const app = createMockApp({ references: 'strict' });
      const key = 'Bearer mks_local_dev_key_jane_smith_northwind_analytics_000';
      const op = contract.operation(operationId);
      let path = op.path;
      if (path.includes('{opportunity_id}')) {
        const created = await request(app).post('/v1/opportunities/').set('authorization', key).send(contract.operation('createOpportunity').requestBody!.examples.minimal as object);
        path = path.replace('{opportunity_id}', created.body.data.id);
      }
      const res = await request(app)[op.method as 'post' | 'patch'](path).set('authorization', key).send(value as object);
      expect(res.status).toBe(200);
    },
  );
});

describe('precompiled validators (written by npm run build)', () => {
  const files = Object.values(SPEC_FILES);

  test.each(files)('the build left a fresh precompiled contract for %s', (file) => {
    const precompiled = loadPrecompiled(file);
    expect(precompiled).toBeDefined();
    expect(precompiled!.validators.size).toBeGreaterThan(5);
  });

  test('they answer exactly as validators compiled from the YAML', () => {
    const fast = loadContract(SPEC_FILES.monaco);
    const slow = loadContract(SPEC_FILES.monaco, { compile: true });
    const inputs = [{}, { name: 1, account_id: 'x', tags: ['y'], estimated_value: { amount: 1.5 }, custom_field_bad: 1 }, { name: 'ok', account_id: '8d116ece-1738-47d9-bd9c-172411e20b8f' }];
    for (const input of inputs) {
      const a = fast.validators.get('createOpportunity')!.body!;
      const b = slow.validators.get('createOpportunity')!.body!;
      expect([a(input), a.errors]).toEqual([b(input), b.errors]);
    }
    expect(fast.validators.get('createOpportunity')!.body).not.toBe(slow.validators.get('createOpportunity')!.body);
  });

  test('a changed spec makes the precompiled contract stale, so the YAML is compiled instead', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'spec-'));
    try {
      const copy = join(scratch, 'openapi.yaml');
      writeFileSync(copy, readFileSync(SPEC_FILES.monaco, 'utf8').replace('Create Opportunity', 'Create an Opportunity'));
      expect(loadPrecompiled(copy)).toBeUndefined();
      writeFileSync(copy, readFileSync(SPEC_FILES.monaco, 'utf8'));
      expect(loadPrecompiled(copy)).toBeDefined();
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
