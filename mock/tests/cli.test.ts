import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { fromRoot } from '../../spec/paths';
import { loadDataset } from '../../fixtures/datasets';
import { buildCommand, parseArguments } from '../cli';
import { runCli, startCli } from './cli-process';
import { abbreviationProblem, parseCurl, readDocPage } from './docs-examples';
import { withoutDetail } from './helpers';

/** The README's quick start: the create form's flow. */
const QUICK_START = readDocPage('README.md');

describe('the command line', () => {
  test('the defaults: port 4010 on 127.0.0.1, seed 1, lenient references, auth on, realistic profile', () => {
    const { port, host, options } = parseArguments(['node', 'cli']);
    expect({ port, host }).toEqual({ port: 4010, host: '127.0.0.1' });
    expect(options).toMatchObject({ seed: 1, references: 'lenient', auth: true, strictSlashes: false, profile: 'realistic', cors: true });
    expect(options.rateLimit).toEqual({ limit: 100, windowMs: 60_000, enforce: false });
  });

  test('flags become createMockApp options', () => {
    const { port, options } = parseArguments([
      'node', 'cli', '--port', '5000', '--seed', '9', '--clock', '2026-07-01T09:00:00Z', '--references', 'strict', '--no-auth',
      '--strict-slashes', '--profile', 'minimal', '--enforce-rate-limit', '--rate-limit', '5', '--rate-limit-window', '10',
      '--idempotency-ttl', '60', '--body-limit', '2048', '--no-cors', '--scenario', 'slow-network', '--scenarios', '/tmp/scenarios',
      '--journal-limit', '0', '--max-sessions', '3', '--no-admin',
    ]);
    expect(port).toBe(5000);
    expect(options).toMatchObject({
      seed: 9, clock: '2026-07-01T09:00:00Z', references: 'strict', auth: false, strictSlashes: true, profile: 'minimal',
      rateLimit: { limit: 5, windowMs: 10_000, enforce: true }, idempotencyTtlMs: 60_000, bodyLimit: 2048, cors: false,
      scenario: 'slow-network', scenarios: '/tmp/scenarios', journalLimit: 0, maxSessions: 3, admin: false,
    });
  });

  test('MOCK_* environment variables are the fallbacks', () => {
    process.env.MOCK_PORT = '4999';
    process.env.MOCK_SEED = '3';
    try {
      const { port, options } = parseArguments(['node', 'cli']);
      expect(port).toBe(4999);
      expect(options.seed).toBe(3);
    } finally {
      delete process.env.MOCK_PORT;
      delete process.env.MOCK_SEED;
    }
  });

  test.each([
    [['--port', 'abc'], /option '-p, --port <port>' argument 'abc' is invalid. port must be an integer/],
    [['--references', 'loose'], /Allowed choices are lenient, strict/],
    [['--clock', 'yesterday'], /expected an ISO 8601 instant/],
    [['--rate-limit', '0'], /rate limit must be an integer of at least 1/],
  ])('%j is refused with a clear message', (args, message) => {
    let stderr = '';
    const command = buildCommand().exitOverride().configureOutput({ writeErr: (s) => (stderr += s), writeOut: () => {} });
    expect(() => command.parse(['node', 'cli', ...args])).toThrow();
    expect(stderr).toMatch(message);
  });

  test('--help lists every option with its default', async () => {
    const { code, output } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const text of ['--port <port>', 'default: 4010', '--host <host>', 'default: "127.0.0.1"', '--seed <n>', '--clock <iso>',
      '--fixtures <dir>', '--references <mode>', '--no-auth', '--strict-slashes', '--profile <profile>', '--enforce-rate-limit']) {
      expect(output).toContain(text);
    }
  });

  test("the README's quick start works as printed: its curls, in order, against npm start, answer what it shows", async () => {
    const { child, port } = await startCli([]);
    try {
      expect(QUICK_START.examples.map((e) => parseCurl(e.curl).path)).toEqual([
        '/v1/me', '/v1/users/', '/v1/tags/?object=opportunities', '/v1/accounts/list', '/v1/schemas/opportunities', '/v1/preview/opportunities', '/v1/opportunities/list',
      ]);
      for (const example of QUICK_START.examples) {
        expect(example.curl).toMatch(/^curl -s '?http:\/\/127\.0\.0\.1:4010\//);
        const { stdout } = await promisify(execFile)('sh', ['-c', example.curl.replace('127.0.0.1:4010', `127.0.0.1:${port}`)]);
        const problem = abbreviationProblem(example.response, JSON.parse(stdout), true);
        if (problem) throw new Error(`${example.curl}\nanswered what the quick start does not show: ${problem}`);
      }
    } finally {
      child.kill('SIGTERM');
    }
  });

  test('--version prints the version of the package, alone on stdout', async () => {
    const { version } = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8'));
    const { code, stdout, stderr } = await runCli(['--version']);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  test('logs go to stderr: stdout carries nothing, start-up to shutdown', async () => {
    const { child, port, exited, stdout, stderr } = await startCli(['--log-level', 'debug']);
    await fetch(`http://127.0.0.1:${port}/v1/preview/opportunities`, { method: 'POST', body: '{}' });
    child.kill('SIGTERM');
    await exited;
    expect(stderr()).toContain('Monaco Opportunities mock on');
    expect(stderr()).toContain('SIGTERM: shutting down');
    expect(stdout()).toBe('');
  });

  test('SIGTERM stops the mock cleanly', async () => {
    const { child, exited } = await startCli([]);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  test('--scenario starts the mock with a scenario active, and says so', async () => {
    const { child, port, output } = await startCli(['--scenario', 'server-errors']);
    try {
      expect(output()).toContain('scenario server-errors');
      const res = await fetch(`http://127.0.0.1:${port}/v1/preview/opportunities`, {
        method: 'POST',
        body: '{}',
        headers: { authorization: 'Bearer mks_local_dev_key_jane_smith_northwind_analytics_000' },
      });
      expect(res.status).toBe(500);
    } finally {
      child.kill('SIGTERM');
    }
  });

  test('--dataset boots the mock with the set already stored, readable by GET', async () => {
    const busy = loadDataset('busy-pipeline');
    const key = busy.orgs[0].api_keys.find((k) => k.access === 'read_write' && !k.revoked)!.key;
    const { child, port, output } = await startCli(['--dataset', 'busy-pipeline']);
    try {
      expect(output()).toContain('data set busy-pipeline (400 opportunities)');
      const res = await fetch(`http://127.0.0.1:${port}/v1/opportunities/${busy.opportunities[7].data.id}`, { headers: { authorization: `Bearer ${key}` } });
      expect(res.status).toBe(200);
      expect(withoutDetail((await res.json()).data)).toEqual(busy.opportunities[7].data);
    } finally {
      child.kill('SIGTERM');
    }
  });

  test('--dataset and --fixtures together are refused', async () => {
    const { code, output } = await runCli(['--dataset', 'busy-pipeline', '--fixtures', 'fixtures/orgs']);
    expect(code).not.toBe(0);
    expect(output).toContain("option '-d, --dataset <name|dir>' cannot be used with option '-f, --fixtures <dir>'");
  });

  test('an unknown --scenario stops the mock naming the known ones', async () => {
    const { code, output } = await runCli(['--port', '0', '--scenario', 'chaos']);
    expect(code).toBe(1);
    expect(output).toMatch(/Unknown scenario "chaos"\. Known: .*fail-twice-then-succeed/);
  });

  test('an invalid fixture directory stops the mock with the reason, exit code 1', async () => {
    const { code, output } = await runCli(['--port', '0', '--fixtures', '/nonexistent/fixtures']);
    expect(code).toBe(1);
    expect(output).toContain('Failed to read the fixture directory /nonexistent/fixtures');
  });

  test('a port in use is reported with the fix, exit code 1', async () => {
    const { child, port } = await startCli([]);
    try {
      const { code, output } = await runCli(['--port', String(port)]);
      expect(code).toBe(1);
      expect(output).toContain(`port ${port} is in use. Stop the other process or pass --port <another port>`);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
