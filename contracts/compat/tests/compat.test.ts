import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadContract } from '../../../spec/contract';
import { fromRoot } from '../../../spec/paths';
import { deviationsFile, holdersAt, readDeviations, type Deviations, type Extension } from '../deviations';
import { exampleRequest, exampleResponse, RawInteraction, scratchDir, writePact } from './pact-builder';

/** The built `monaco-contracts` (npm test builds before it runs the suites). */
const CLI = fromRoot('dist', 'contracts', 'cli.js');
const newest = readDeviations();
const older = readDeviations(deviationsFile('2026-07-31'));
const created = exampleResponse('createOpportunity', 200).body as { data: Record<string, unknown>; meta: unknown };
const create = exampleRequest('createOpportunity');

/** An interaction whose response carries exactly what an extension names, taken from the spec's own examples. */
function exercising(extension: Extension, index: number, known: Deviations): RawInteraction {
  const operationId = extension.operations[0];
  const status = extension.statuses[0];
  const base = { description: `extension ${index}`, ...exampleRequest(operationId), status };
  if (extension.kind === 'response-header') {
    const { body, headers } = exampleResponse(operationId, status);
    const named = Object.entries(headers).filter(([name]) => new RegExp(extension.header, 'i').test(name));
    if (named.length === 0) throw new Error(`The spec declares no header matching ${extension.header} on ${operationId} ${status}.`);
    return { ...base, responseBody: body, responseHeaders: Object.fromEntries(named) };
  }
  const examples = Object.values(loadContract().operation(operationId).responses.get(String(status))!.examples);
  const body = examples.find((example) => holdersAt(example, extension.at).some((holder) => Object.keys(holder).some((key) => new RegExp(extension.property).test(key))));
  if (!body) throw new Error(`No example of ${operationId} ${status} has a property matching ${extension.property} in ${extension.at}.`);
  const listed = (name: string) => known.extensions.some((e) => e.kind === 'response-header' && new RegExp(e.header, 'i').test(name));
  return { ...base, responseBody: body, responseHeaders: Object.fromEntries(Object.entries(exampleResponse(operationId, status).headers).filter(([name]) => !listed(name))) };
}

/** Each status deviation's response, from the spec's examples, without the headers an extension lists. */
function deviating(status: number, operationId: string, known: Deviations): RawInteraction {
  const { body, headers } = exampleResponse(operationId, status);
  const listed = (name: string) => known.extensions.some((e) => e.kind === 'response-header' && new RegExp(e.header, 'i').test(name));
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !listed(name)));
  return { description: `deviation ${status}`, ...exampleRequest(operationId), status, responseBody: body, responseHeaders: kept };
}

/** A pact exercising every difference a deviations file lists. */
const knownDifferences = (known: Deviations) => [...known.deviations.map((d) => deviating(d.status, d.operations[0], known)), ...known.extensions.map((e, i) => exercising(e, i, known))];

/** Interactions on templated paths that Monaco's document answers with its 4XX range: each must pass. */
function templated(): RawInteraction[] {
  const withoutHeaders = (operationId: string, status: number) => ({ ...exampleRequest(operationId), status, responseBody: exampleResponse(operationId, status).body });
  return [
    { description: 'reads an opportunity that does not exist', ...withoutHeaders('getOpportunity', 404) },
    { description: 'updates an opportunity that does not exist', ...withoutHeaders('updateOpportunity', 404) },
    { description: 'deletes an opportunity', ...exampleRequest('deleteOpportunity'), status: 204 },
    { description: 'deletes with a read-only key', ...withoutHeaders('deleteOpportunity', 403) },
    { description: 'reads an account that does not exist', ...withoutHeaders('getAccount', 404) },
    { description: 'asks for the schemas of an entity in the singular', ...withoutHeaders('getFieldSchemas', 404) },
    { description: 'lists with a filter on an unknown field', ...withoutHeaders('listOpportunities', 422) },
  ];
}

/** One run of `monaco-contracts compat` over some pacts; each pact's part of the report. */
function compat(args: string[], pacts: (dir: string) => void) {
  const run = { code: null as number | null, output: '', section: (_consumer: string) => '' };
  beforeAll(() => {
    const dir = scratchDir();
    pacts(dir);
    const result = spawnSync(process.execPath, [CLI, 'compat', ...args, dir], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    run.code = result.status;
    run.output = result.stdout + result.stderr;
    run.section = (consumer) => run.output.split('\n\n').find((part) => part.includes(`${consumer}-monaco-opportunities.json:`)) ?? '';
  });
  return run;
}

const run = compat([], (dir) => {
  writePact(dir, 'wrong', [
    { description: 'expects 201 for a create', ...create, status: 201, responseBody: created },
    { description: 'expects a probability field', ...create, status: 200, responseBody: { ...created, data: { ...created.data, probability: 40 } } },
    { description: 'expects no created_at', ...create, status: 200, responseBody: { ...created, data: { ...created.data, created_at: undefined } } },
  ]);
  writePact(dir, 'known-differences', knownDifferences(newest));
  writePact(dir, 'templated', templated());
  writePact(dir, 'with-message', [{ description: 'a create', ...create, status: 200, responseBody: created }], [
    { type: 'Asynchronous/Messages', description: 'an opportunity-created event', contents: { content: {} } },
  ]);
});

const olderRun = compat(['--api-version', '2026-07-31'], (dir) => {
  writePact(dir, 'known-differences', knownDifferences(older));
  writePact(dir, 'templated', templated());
});

describe('monaco-contracts compat: a pact that expects what the spec does not allow fails, saying what and where', () => {
  test.each([
    ['a status the spec does not declare', '✗ "expects 201 for a create" (POST /v1/preview/opportunities → 201): response.status.unknown: Response status code not defined in spec file: 201'],
    ['a field the spec lacks', '✗ "expects a probability field" (POST /v1/preview/opportunities → 200): response.body.incompatible: Response body is incompatible with the response body schema in the spec file: must NOT have additional properties - probability'],
    ['a required field left out', '✗ "expects no created_at" (POST /v1/preview/opportunities → 200): response.body.incompatible: Response body is incompatible with the response body schema in the spec file: must have required property \'created_at\''],
  ])('it names %s', (_what, line) => {
    expect(run.section('wrong')).toContain(line);
  });

  test('against both specs', () => {
    expect(run.section('wrong')).toContain('✗ spec/openapi.yaml: 3 errors');
    expect(run.section('wrong')).toMatch(/✗ Monaco's published spec \(spec\/monaco\/2026-08-19\.json\): 3 errors, \d+ known differences? accepted/);
  });

  test('the run exits 1 and ends with what to do', () => {
    expect(run.output).toContain('Failed: 2 of 4 pacts expect what the specs do not allow (✗ above). Fix the consumer test');
    expect(run.output).toContain('in spec/monaco-deviations-2026-08-19.json.');
    expect(run.code).toBe(1);
  });
});

describe.each([
  ['2026-08-19 (the default)', () => run, newest, 'spec/monaco-deviations-2026-08-19.json'],
  ['2026-07-31 (--api-version)', () => olderRun, older, 'spec/monaco-deviations.json'],
] as const)('monaco-contracts compat against %s: every difference its deviations file lists is real, and accepted with its reason', (_version, runOf, known, file) => {
  test('a pact using all of them passes: spec/openapi.yaml allows it, and the published spec differs only where listed', () => {
    expect(runOf().section('known-differences')).toMatch(/^✓ .*known-differences-monaco-opportunities\.json: \d+ interactions\n {4}✓ spec\/openapi\.yaml: 0 errors\n {4}✓ Monaco's published spec \(.*\): 0 errors, \d+ known differences accepted/);
  });

  test.each(known.deviations.map((d) => [d.status, d.reason]))('the %i response is flagged by the published spec and accepted with its reason', (status, reason) => {
    expect(runOf().section('known-differences')).toContain(`accepted (${file} deviation: the ${status} response): ${reason}`);
  });

  test.each(known.extensions.map((e) => [e.kind === 'response-header' ? `header ${e.header}` : `${e.at} property ${e.property}`, e.reason]))(
    'the extension %s is flagged by the published spec and accepted with its reason',
    (name, reason) => {
      expect(runOf().section('known-differences')).toContain(`accepted (${file} extension: ${name}): ${reason}`);
    },
  );

  test("interactions on templated paths pass, Monaco's 4XX range standing for each 4xx they expect", () => {
    const section = runOf().section('templated');
    expect(section).toMatch(/^✓ .*templated-monaco-opportunities\.json: 7 interactions\n {4}✓ spec\/openapi\.yaml: 0 errors/);
    expect(section).toMatch(/✓ Monaco's published spec \(.*\): 0 errors/);
    expect(section).toContain('GET /v1/opportunities/{opportunity_id}: 4XX → 404');
    expect(section).toContain('PATCH /v1/opportunities/{opportunity_id}: 4XX → 404');
    expect(section).toContain('DELETE /v1/opportunities/{opportunity_id}: 4XX → 403');
  });
});

describe('monaco-contracts compat never passes what it cannot check', () => {
  test('a pact with a message interaction fails, naming it', () => {
    expect(run.section('with-message')).toContain(
      '✗ "an opportunity-created event" (Asynchronous/Messages) is not a synchronous HTTP interaction; swagger-mock-validator cannot check it.',
    );
  });

  test('a folder without pacts is an error, not a pass', () => {
    const dir = scratchDir();
    const result = spawnSync(process.execPath, [CLI, 'compat', dir], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(result.stderr).toContain(`monaco-contracts compat could not run: No pact files (*.json) in ${dir}: run the consumer tests that write them first.`);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });

  test('no pact named is an error, not a check of nothing', () => {
    const result = spawnSync(process.execPath, [CLI, 'compat'], { encoding: 'utf8' });
    expect(result.stderr).toContain('monaco-contracts compat could not run: Name the pacts to check');
    expect(result.status).toBe(2);
  });

  test('an unknown --api-version is an error, naming the known ones', () => {
    const result = spawnSync(process.execPath, [CLI, 'compat', '--api-version', '2025-01-01', 'pacts/'], { encoding: 'utf8' });
    expect(result.stderr).toContain("argument '2025-01-01' is invalid. Allowed choices are 2026-07-31, 2026-08-19.");
    expect(result.status).toBe(2);
  });
});
