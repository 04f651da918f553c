import { buildCommand, parseArguments } from '../cli';
import { runCli, startCli } from './cli-process';
import { until } from './helpers';
import { postCreate } from './http-client';

/** Finding 8: `--port 70000` printed a stack trace; `--clock 99999` made every create a 500; `--clock 1` meant 2001. */
describe('strict command-line values, one-line errors', () => {
  test.each([
    [['--port', '70000'], /port must be an integer from 0 to 65535/],
    [['--port', '0x10'], /port must be an integer from 0 to 65535/],
    [['--port', ''], /port must be an integer/],
    [['--clock', '99999'], /"99999" is not an ISO 8601 instant/],
    [['--clock', '1'], /"1" is not an ISO 8601 instant/],
    [['--clock', '2026-02-30T00:00:00Z'], /"2026-02-30T00:00:00Z" is not a date that exists/],
    [['--seed', '-1'], /seed must be an integer from 0 to 4294967295/],
    [['--body-limit', '1e3'], /body limit must be an integer/],
  ])('%j is refused in one line naming the flag', (args, message) => {
    let stderr = '';
    const command = buildCommand().exitOverride().configureOutput({ writeErr: (s) => (stderr += s), writeOut: () => undefined });
    expect(() => command.parse(['node', 'cli', ...args])).toThrow();
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^monaco-mock: /);
  });

  test('the built CLI: --port 70000 exits 1 with one line and no stack trace', async () => {
    const { code, stderr } = await runCli(['--port', '70000']);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/ERR_SOCKET_BAD_PORT|\n\s+at /);
  });

  test('MOCK_PORT goes through the same check', async () => {
    const { code, stderr } = await runCli([], { MOCK_PORT: '99999' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/port must be an integer from 0 to 65535/);
  });

  test('valid instants still work, with an offset or as a date', () => {
    expect(parseArguments(['node', 'cli', '--clock', '2026-07-01T09:00:00+02:00']).options.clock).toBe('2026-07-01T09:00:00+02:00');
    expect(parseArguments(['node', 'cli', '--clock', '2026-07-01']).options.clock).toBe('2026-07-01');
  });

  test('the new flags become options', () => {
    const argv = [
      'node', 'cli', '--host', 'mock.internal', '--admin-token', 'secret-token-1', '--admin-origins', 'http://localhost:3000, http://127.0.0.1:3000',
      '--allowed-hosts', 'mock,.dev.example', '--redact', 'x-team-secret', '--headers-timeout-ms', '5000', '--request-timeout-ms', '20000', '--shutdown-grace-ms', '2000', '--max-memory-mb', '512',
    ];
    expect(() => buildCommand().exitOverride().configureOutput({ writeErr: () => undefined }).parse(argv)).not.toThrow();
    const { options, serve } = parseArguments(argv);
    expect(options).toMatchObject({
      adminToken: 'secret-token-1',
      adminOrigins: ['http://localhost:3000', 'http://127.0.0.1:3000'],
      allowedHosts: ['mock', '.dev.example', 'mock.internal'],
      redact: ['x-team-secret'],
      maxMemoryMb: 512,
    });
    expect(serve).toEqual({ headersTimeoutMs: 5000, requestTimeoutMs: 20000, shutdownGraceMs: 2000 });
  });
});

describe('listening beyond loopback', () => {
  test('startMock on a network interface needs adminToken or admin: false', async () => {
    const { startMock } = await import('../adapters/node/in-process');
    await expect(startMock({ host: '0.0.0.0' })).rejects.toThrow(/--admin-token <token>.*--no-admin/);
    const locked = await startMock({ host: '0.0.0.0', adminToken: 'secret-token-1' });
    await locked.close();
  });

  test('--host 0.0.0.0 without --admin-token or --no-admin refuses to start, saying what to pass', async () => {
    const { code, stderr } = await runCli(['--host', '0.0.0.0', '--port', '0']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/--host 0\.0\.0\.0 makes the mock reachable from other machines.*--admin-token.*--no-admin/);
  });
});

/** Finding 7: SIGTERM cut the requests in flight and exited 0 after 27 ms. */
describe('SIGTERM on the built CLI', () => {
  test('finishes the requests in flight, then exits 0', async () => {
    const { child, port, exited, output } = await startCli([]);
    const answers = Promise.all(Array.from({ length: 10 }, () => postCreate(port, 'delay=3000').then((answer) => answer.status)));
    answers.catch(() => undefined); // awaited below; a failed wait must not leave it unhandled
    // The health count goes up as each request arrives, before its delay (admin calls are not counted): once it
    // is 10, all ten are in flight, however late a loaded machine sent them.
    const arrived = async () => ((await (await fetch(`http://127.0.0.1:${port}/__admin/health`)).json()) as { requests: number }).requests;
    await until(async () => (await arrived()) === 10, 10_000, '10 requests arriving');
    child.kill('SIGTERM');
    expect(await answers).toEqual(Array(10).fill(200));
    expect(await exited).toBe(0);
    expect(output()).toMatch(/SIGTERM: shutting down; 10 request\(s\) in flight/);
  });

  test('on a network interface with a token it starts, and warns that it is reachable', async () => {
    const { child, output } = await startCli(['--host', '0.0.0.0', '--admin-token', 'secret-token-1']);
    child.kill('SIGTERM');
    expect(output()).toMatch(/reachable from other machines \(the admin API requires the admin token/);
    expect(output()).toMatch(/admin http:\/\/[^ ]+\/__admin \(locked: send the admin token as Authorization: Bearer <token>\)/);
    expect(output()).not.toContain('secret-token-1');
  });
});

describe('the clock stays where timestamps can show it', () => {
  test('the admin API refuses to move it past 9999-12-31 (422), and creates keep working', async () => {
    const { default: supertest } = await import('supertest');
    const { testApp, create, minimalBody } = await import('./helpers');
    const app = testApp();
    const res = await supertest(app).post('/__admin/clock').send({ advance_ms: 1e15 });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].loc).toEqual(['body', 'advance_ms']);
    expect((await create(app, minimalBody())).status).toBe(200);
    expect(() => testApp({ clock: '2026-02-30T00:00:00Z' })).toThrow(/not a date that exists/);
  });
});
