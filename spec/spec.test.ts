import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createMockApp } from '../mock/app';
import { HANDLERS } from '../mock/handlers';
import { loadContract } from './contract';
import { fromRoot } from './paths';

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

  test('validators are compiled once per process, not per app or request', () => {
    expect(loadContract()).toBe(contract);
    expect(createMockApp().mock.contract).toBe(contract);
  });

  test('OpportunityResponse requires every property: nullable fields are always present (D10)', () => {
    const schema = contract.compiler.schemaObject('OpportunityResponse') as { required: string[]; properties: object };
    expect(new Set(schema.required)).toEqual(new Set(Object.keys(schema.properties)));
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
    async (_op, _where, _name, value) => {
      const res = await request(createMockApp({ references: 'strict' }))
        .post('/v1/preview/opportunities')
        .set('authorization', 'Bearer mks_local_dev_key_jane_smith_northwind_analytics_000')
        .send(value as object);
      expect(res.status).toBe(200);
    },
  );
});
