import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMockApp } from '../../../mock/adapters/express/app';
import { journalOf, listen, scratchDirs } from '../../../mock/tests/helpers';
import { fromRoot } from '../../../spec/paths';
import { PACTS_DIR } from '../pacts';

/** The built `monaco-contracts` (npm test builds before it runs the suites). */
const CLI = fromRoot('dist', 'contracts', 'cli.js');
const PACT = join(PACTS_DIR, 'opportunities-web-monaco-opportunities.json');

interface Interaction {
  description: string;
  providerStates?: { name: string; params?: object }[];
  response: { status: number; body?: { content?: Record<string, unknown> } };
  [key: string]: unknown;
}

const scratch = scratchDirs('verify-')();

/** Writes a copy of a committed pact (default opportunities-web's) with only the interactions picked, changed by `change`. */
function pactWith(name: string, pick: (i: Interaction) => boolean, change: (i: Interaction) => void = () => undefined, source = PACT): string {
  const pact = JSON.parse(readFileSync(source, 'utf8'));
  pact.consumer.name = name;
  pact.interactions = (pact.interactions as Interaction[]).filter(pick);
  pact.interactions.forEach(change);
  const file = join(scratch, `${name}.json`);
  writeFileSync(file, JSON.stringify(pact));
  return file;
}

function verify(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'verify', ...args], { env: { ...process.env, PACT_DO_NOT_TRACK: 'true', NO_COLOR: '1' }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: (stdout + stderr).replace(/\u001b\[[0-9;]*m/g, '') });
    });
  });
}

const minimal = (i: Interaction) => i.description === 'a request to create an opportunity with only the required fields';

describe('provider verification (monaco-contracts verify)', () => {
  test('without a pact it refuses to run, saying how to name them (exit code 2)', async () => {
    const { code, output } = await verify([]);
    expect(code).toBe(2);
    expect(output).toContain('monaco-contracts verify: name the pacts to verify (files, folders of *.json pacts, or URLs)');
  });

  test('a pact that is not there is reported as such (exit code 2), not as a failed verification', async () => {
    const { code, output } = await verify(['--pact', join(scratch, 'missing.json')]);
    expect(code).toBe(2);
    expect(output).toContain(`monaco-contracts verify could not run: No pact at ${join(scratch, 'missing.json')}`);
  });

  test('a pact that cannot be read, or is not a pact, is reported naming the file (exit code 2), not as a failed verification', async () => {
    const malformed = join(scratch, 'malformed.json');
    writeFileSync(malformed, '{ consumer: ');
    const bad = await verify(['--pact', malformed]);
    expect(bad.code).toBe(2);
    expect(bad.output).toContain(`monaco-contracts verify could not run: Failed to read the pact ${malformed}: `);
    const notPact = join(scratch, 'not-a-pact.json');
    writeFileSync(notPact, JSON.stringify({ interactions: [] }));
    const other = await verify(['--pact', notPact]);
    expect(other.code).toBe(2);
    expect(other.output).toContain(`monaco-contracts verify could not run: ${notPact} is not a pact file: it needs consumer, provider and interactions.`);
  });

  test('a pact expecting 201 fails, saying which status it expected and got', async () => {
    const { code, output } = await verify(['--pact', pactWith('expects-201', minimal, (i) => (i.response.status = 201))]);
    expect(code).toBe(1);
    expect(output).toContain('has status code 201 (FAILED)');
    expect(output).toMatch(/expected 201 but was 200/);
    expect(output).toMatch(/provider verification failed: 1 interaction\(s\) failed \(details above\):\n {2}- .*: expected 201 but was 200\n/);
  });

  test('a pact expecting a field the spec lacks fails, naming the field', async () => {
    const file = pactWith('expects-probability', minimal, (i) => {
      const data = i.response.body!.content!.data as Record<string, unknown>;
      data.probability = 40;
    });
    const { code, output } = await verify(['--pact', file]);
    expect(code).toBe(1);
    expect(output).toContain('has a matching body (FAILED)');
    expect(output).toMatch(/\$\.data.*probability/);
  });

  test('--api-version sets the document the mock answers as: a GET expecting custom_field_explanations passes under 2026-08-19 only', async () => {
    const detail = (i: Interaction) => i.description === 'a request for the detail of an opportunity';
    const file = pactWith('expects-explanations', detail, () => undefined, join(PACTS_DIR, 'pipeline-page-monaco-opportunities.json'));
    expect(readFileSync(file, 'utf8')).toContain('"custom_field_explanations"');
    const latest = await verify(['--pact', file]);
    expect(latest.code).toBe(0);
    expect(latest.output).toContain('provider verification passed');
    const older = await verify(['--pact', file, '--api-version', '2026-07-31']);
    expect(older.code).toBe(1);
    expect(older.output).toMatch(/provider verification failed: 1 interaction\(s\) failed \(details above\):\n {2}- .* - a request for the detail of an opportunity: \$\.data Actual map is missing the following keys: custom_field_explanations\n/);
  });

  test('a pact using a provider state the mock does not know is refused up front, listing the supported states', async () => {
    const file = pactWith('unknown-state', minimal, (i) => (i.providerStates = [{ name: 'the CRM is in maintenance mode' }]));
    const { code, output } = await verify(['--pact', file]);
    expect(code).toBe(1);
    expect(output).toContain('The pacts use provider states this verification does not know');
    expect(output).toContain('"the CRM is in maintenance mode"');
    expect(output).toContain('an account with id {accountId} exists');
    expect(output).toContain('fail-twice-then-succeed');
  });

  test.each([
    ['without its parameters', {}, '"accountId" is missing (a UUID)'],
    ['with a parameter of the wrong kind', { accountId: 42 }, '"accountId" must be a UUID, got 42'],
  ])('a pact giving a state %s is refused up front, naming the parameter (pact-js would log it and pass: pact-js#631)', async (_case, params, problem) => {
    const file = pactWith('state-without-params', minimal, (i) => (i.providerStates = [{ name: 'an account with id {accountId} exists', params }]));
    const { code, output } = await verify(['--pact', file]);
    expect(code).toBe(1);
    expect(output).toContain('The pacts give provider states without the parameters they need');
    expect(output).toContain(`"an account with id {accountId} exists" in ${file}: "a request to create an opportunity with only the required fields": ${problem}`);
    expect(output).not.toContain('has status code');
  });

  test('--provider-base-url verifies any deployment, with --api-key in place of the pacts\' keys and states skipped', async () => {
    const deployment = createMockApp({ clock: '2026-07-01T09:00:00Z' });
    const server = await listen(deployment);
    try {
      const file = pactWith('deployment', (i) => minimal(i) || i.description === 'a request to create an opportunity without an API key');
      const { code, output } = await verify(['--pact', file, '--provider-base-url', server.url, '--api-key', 'mks_amara_okafor_contoso_revenue_read_write_00000000']);
      expect(output).toContain(`warning: provider states are skipped against ${server.url}`);
      expect(code).toBe(0);
      const journal = journalOf(deployment);
      expect(journal.map((e) => [e.status, e.headers.authorization ?? null])).toEqual([
        [200, 'Bearer mks_…0000'],
        [401, null],
      ]);
    } finally {
      await server.close();
    }
  });
});
