import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createMockApp } from '../../mock/adapters/express/app';
import { CLOCK } from '../../mock/tests/helpers';
import { datasetOrg, loadDataset } from '../../fixtures/datasets';
import { fromRoot } from '../../spec/paths';
import { buildCommand, parseSeedArguments } from '../cli';
import { EXIT } from '../errors';
import { generateRequests } from '../generate';
import { runSeed } from '../run';
import { captureIO, listen, Listening, scratchDirs, wrapper } from './helpers';

const CLI = fromRoot('dist', 'seed', 'cli.js');
const scratch = scratchDirs('seed-cli-');
const servers: Listening[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

/** Runs the built CLI to its end. */
function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
  return new Promise((resolve) => {
    const { MONACO_API_KEY: _ignored, ...inherited } = process.env;
    execFile(process.execPath, [CLI, ...args], { timeout: 20_000, env: { ...inherited, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const parse = (...args: string[]) => parseSeedArguments(['node', 'monaco-seed', ...args], buildCommand().configureOutput({ writeErr: () => {}, writeOut: () => {} }));

describe('monaco-seed flags', () => {
  test('--help lists every flag', () => {
    const help = buildCommand().helpInformation();
    for (const flag of ['--count', '--seed', '--dataset', '--org', '--clock', '--out', '--format', '--target', '--api-key', '--path', '--concurrency', '--results', '--max-retries', '--retry-delay-scale', '--max-retry-delay', '--timeout', '--dry-run', '--list-datasets', '--help']) {
      expect(help).toContain(flag);
    }
  });

  test('the defaults: 100 requests, seed 1, the default data set, 8 in flight, 5 retries', () => {
    expect(parse('--dry-run')).toMatchObject({
      count: 100, seed: 1, dataset: 'default', path: '/v1/preview/opportunities', concurrency: 8, timeoutMs: 30_000, dryRun: true, apiVersion: '2026-08-19',
      retry: { maxRetries: 5, scale: 1, maxDelayMs: 60_000 },
    });
  });

  test('flags become runSeed options', () => {
    expect(
      parse('-n', '20', '-s', '7', '-d', 'busy-pipeline', '--org', 'Summit Ridge Software', '--clock', '2027-01-01T00:00:00Z', '-o', 'r.json', '-f', 'ndjson',
        '-t', 'http://127.0.0.1:4010', '-k', 'mks_key', '-c', '3', '-r', 'results.ndjson', '--max-retries', '2', '--retry-delay-scale', '0.5', '--max-retry-delay', '100', '--timeout', '900', '--api-version', '2026-07-31'),
    ).toEqual({
      count: 20, seed: 7, dataset: 'busy-pipeline', org: 'Summit Ridge Software', clock: '2027-01-01T00:00:00Z', out: 'r.json', format: 'ndjson',
      target: 'http://127.0.0.1:4010', apiKey: 'mks_key', path: '/v1/preview/opportunities', concurrency: 3, results: 'results.ndjson', dryRun: false, referencesFromTarget: false,
      retry: { maxRetries: 2, scale: 0.5, maxDelayMs: 100 }, timeoutMs: 900, apiVersion: '2026-07-31',
    });
  });

  test('MONACO_API_KEY is the fallback of --api-key', () => {
    process.env.MONACO_API_KEY = 'mks_from_the_environment';
    try {
      expect(parse('--dry-run')?.apiKey).toBe('mks_from_the_environment');
    } finally {
      delete process.env.MONACO_API_KEY;
    }
  });

  test.each([
    [['--count', '0'], /--count must be a whole number of at least 1/],
    [['--concurrency', 'many'], /--concurrency must be a whole number of at least 1/],
    [['--retry-delay-scale', '-1'], /--retry-delay-scale must be a number of 0 or more/],
    [['--format', 'csv'], /Allowed choices are json, ndjson/],
    [['--bogus'], /unknown option '--bogus'/],
  ])('%j is refused by the parser', (args, message) => {
    expect(() => parse(...args)).toThrow(message);
  });

  test.each([
    [{}, /^Nothing to do: pass --out <file> to write the requests, --target <url> to send them, or --dry-run to check them\.$/],
    [{ dryRun: true, format: 'json' as const }, /--format says how --out writes the requests: pass --out <file> with it\./],
    [{ dryRun: true, results: 'r.ndjson' }, /--results records what was sent: pass --target <url> with it\./],
    [{ target: 'localhost:4010' }, /Invalid --target "localhost:4010": expected a base URL such as http:\/\/127\.0\.0\.1:4010/],
    [{ dryRun: true, clock: 'yesterday' }, /Invalid --clock "yesterday": expected an ISO 8601 instant/],
    [{ dryRun: true, concurrency: 1000 }, /Invalid concurrency 1000: expected a whole number from 1 to 256\./],
    [{ dryRun: true, dataset: 'no-such-set' }, /Unknown data set "no-such-set": .* Known data sets: busy-pipeline, default, edge-cases, empty-org/],
    [{ dryRun: true, org: 'Globex' }, /Data set default has no org "Globex"\. Its orgs: Northwind Analytics .*, Contoso Revenue/],
  ])('runSeed(%j) refuses with a message that says what to do', async (options, message) => {
    await expect(runSeed(options, captureIO())).rejects.toMatchObject({ exitCode: EXIT.usage, message: expect.stringMatching(message) });
  });
});

describe('runSeed, as the command runs it', () => {
  test('--out writes the requests the seed gives, as a JSON array for a .json file', async () => {
    const out = join(scratch(), 'requests.json');
    const io = captureIO();
    const report = await runSeed({ count: 25, seed: 3, dataset: 'busy-pipeline', out }, io);
    expect(report.exitCode).toBe(EXIT.ok);
    expect(io.out()).toMatch(/^Wrote 25 requests for Summit Ridge Software \(data set busy-pipeline, seed 3\) to .*requests\.json as json \(\d+ ms\)\.\n$/);
    const dataset = loadDataset('busy-pipeline');
    const expected = [...generateRequests(datasetOrg(dataset), { count: 25, seed: 3, nowMs: Date.parse(dataset.clock), amountUnit: 'unit' })].map((r) => r.body);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(expected);
  });

  test('--format ndjson writes one request a line; --dry-run writes and sends nothing', async () => {
    const out = join(scratch(), 'requests.txt');
    await runSeed({ count: 4, out, format: 'ndjson' }, captureIO());
    expect(readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line).name)).toHaveLength(4);
    const io = captureIO();
    await runSeed({ count: 300, dryRun: true, dataset: 'edge-cases', out: join(scratch(), 'unwritten.json') }, io);
    expect(io.out()).toMatch(/^Dry run: 300 requests for Nordlicht & Søn .* are valid against OpportunityCreateRequest in spec\/openapi\.yaml; nothing was written or sent/);
  });

  test('an --out folder that cannot be written says so before anything is generated', async () => {
    await expect(runSeed({ out: '/proc/no/such/dir/requests.json' }, captureIO())).rejects.toMatchObject({
      exitCode: EXIT.usage,
      message: expect.stringMatching(/^Failed to write \/proc\/no\/such\/dir\/requests\.json: ENOENT.* Pass an --out path in a folder you can write to\.$/),
    });
  });

  test('progress is a plain line at every tenth when stderr is not a terminal', async () => {
    const server = await listen(createMockApp({ clock: CLOCK }));
    servers.push(server);
    const io = captureIO();
    await runSeed({ count: 20, target: server.url, progress: 'lines' }, io);
    expect(io.err()).toContain('progress: 2/20 (10%) created 2, replayed 0, failed 0\n');
    expect(io.err()).toContain('progress: 20/20 (100%) created 20, replayed 0, failed 0\n');
  });
});

describe('the monaco-seed command', () => {
  const errors: [string, string[], number, RegExp][] = [
    ['a bad flag value', ['--count', 'abc', '--dry-run'], EXIT.usage, /^error: option '-n, --count <n>' argument 'abc' is invalid\. --count must be a whole number of at least 1\.\n\(monaco-seed --help lists every option\)\n$/],
    ['an unknown data set', ['--dataset', 'nope', '--dry-run'], EXIT.usage, /^monaco-seed: Unknown data set "nope": .* Known data sets: busy-pipeline, default, edge-cases, empty-org; or pass the folder of your own\.\n$/],
  ];
  const outcomes = new Map<string, Promise<{ code: number; stdout: string; stderr: string }>>();
  beforeAll(() => errors.forEach(([name, args]) => outcomes.set(name, runCli(args))));

  test.each(errors)('%s (%j): exits %i with a one-line reason and no stack trace', async (name, _args, code, message) => {
    const { code: exit, stderr } = await outcomes.get(name)!;
    expect(exit).toBe(code);
    expect(stderr).toMatch(message);
  });

  test('npm run -s seed -- --count 5 --out - prints exactly 5 lines, each valid JSON: the build step before it writes to stderr only', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'seed', '--', '--count', '5', '--out', '-'], { cwd: fromRoot(), timeout: 120_000 });
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ name: expect.any(String), idempotency_key: expect.any(String) });
  });

  test('npm run -s seed -- --list-datasets prints the list alone', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'seed', '--', '--list-datasets'], { cwd: fromRoot(), timeout: 120_000 });
    expect(stdout.trim().split('\n').map((line) => line.split(/\s+/)[0])).toEqual(['busy-pipeline', 'default', 'edge-cases', 'empty-org']);
  });

  test('--version prints the version of the package', async () => {
    const { version } = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8'));
    expect(await runCli(['--version'])).toEqual({ code: EXIT.ok, stdout: `${version}\n`, stderr: '' });
  });

  test('--out - writes NDJSON to stdout and the summary to stderr', async () => {
    const piped = await runCli(['--count', '3', '--out', '-']);
    expect(piped.code).toBe(EXIT.ok);
    expect(piped.stdout.trim().split('\n').map((line) => JSON.parse(line).idempotency_key)).toHaveLength(3);
    expect(piped.stderr).toMatch(/^Wrote 3 requests for Northwind Analytics .* to stdout as ndjson/);
  });

  test('a refused key (from MONACO_API_KEY) exits 1 with the reason and the summary', async () => {
    const server = await listen(createMockApp({ clock: CLOCK }));
    servers.push(server);
    const refused = await runCli(['--count', '10', '--target', server.url], { MONACO_API_KEY: 'mks_diego_alvarez_northwind_analytics_revoked_000000' });
    expect(refused.code).toBe(EXIT.failed);
    expect(refused.stdout).toMatch(/^10 requests for Northwind Analytics[\s\S]*stopped: .* answered 401 No key found: it refused the API key mks_diego…0000/);
    expect(refused.stderr).not.toMatch(/^\s+at /m);
  });

  test('a run killed halfway (SIGKILL) resumes from its results file to exactly N', async () => {
    const app = createMockApp({ clock: CLOCK });
    const mock = await listen(app);
    const slow = wrapper(mock.url, async () => {
      await new Promise((r) => setTimeout(r, 15));
      return false;
    });
    const front = await listen(slow.handler);
    servers.push(mock, front);
    const results = join(scratch(), 'results.ndjson');
    const args = ['--count', '40', '--concurrency', '2', '--target', front.url, '--results', results];
    const child: ChildProcess = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
    const recorded = () => (existsSync(results) ? readFileSync(results, 'utf8').split('\n').filter(Boolean).length : 0);
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (recorded() >= 20) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      child.on('exit', () => {
        clearInterval(poll);
        reject(new Error(`the seeder finished before it could be killed (${recorded()} results)`));
      });
    });
    await new Promise((r) => child.once('exit', r));
    const killedAt = recorded();
    expect(killedAt).toBeLessThan(40);

    const resumed = await runCli(args);
    expect(resumed.code).toBe(EXIT.ok);
    expect(resumed.stdout).toMatch(new RegExp(`skipped +${killedAt}  \\(recorded as done in ${results.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`));
    expect(app.mock.sessions.get().store.size).toBe(40);
  });
});
