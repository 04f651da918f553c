import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMockApp, MockApp } from '../../mock/adapters/express/app';
import { FIXTURE, CLOCK, journalOf } from '../../mock/tests/helpers';
import { loadDataset } from '../../fixtures/datasets';
import { EXIT } from '../errors';
import type { SeedOptions } from '../options';
import type { SeedResult } from '../results';
import { runSeed } from '../run';
import { answer, captureIO, closedPortUrl, listen, Listening, scratchDirs, wrapper } from './helpers';

const scratch = scratchDirs('seed-send-');
const servers: Listening[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A mock (default options unless given) listening on a free port. */
async function mock(options: Parameters<typeof createMockApp>[0] = {}): Promise<{ app: MockApp; url: string }> {
  const app = createMockApp({ clock: CLOCK, ...options });
  const server = await listen(app);
  servers.push(server);
  return { app, url: server.url };
}

async function serve(handler: Parameters<typeof listen>[0]): Promise<string> {
  const server = await listen(handler);
  servers.push(server);
  return server.url;
}

/** A seeding run with no progress output and retry waits at 1% (Retry-After: 1 waits 10 ms). */
function seed(options: SeedOptions) {
  const io = captureIO();
  return runSeed({ progress: 'none', concurrency: 4, ...options, retry: { scale: 0.01, ...options.retry } }, io).then((report) => ({ ...report, io }));
}

const stored = (app: MockApp) => [...app.mock.sessions.get().store.values()];
const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as SeedResult);

describe('seeding a running mock', () => {
  test('creates exactly N opportunities in the org of the key, and a second run creates none: every one is replayed', async () => {
    const { app, url } = await mock();
    const first = await seed({ count: 40, target: url });
    expect(first.exitCode).toBe(EXIT.ok);
    expect(first.tally).toMatchObject({ created: 40, replayed: 0, failed: 0 });
    expect(stored(app)).toHaveLength(40);
    expect(new Set(stored(app).map((s) => s.orgId))).toEqual(new Set([FIXTURE.org]));
    expect(first.io.err()).toMatch(/Using Northwind Analytics's fixture key for Jane Smith/);

    const second = await seed({ count: 40, target: url });
    expect(second.tally).toMatchObject({ created: 0, replayed: 40, failed: 0 });
    expect(stored(app)).toHaveLength(40);
    expect(second.summary).toMatch(/^40 requests for Northwind Analytics \(seed 1\) to http:\/\/127\.0\.0\.1:\d+\/v1\/preview\/opportunities in \d+\.\d s\n {2}created {10}0\n {2}replayed {8}40 {2}\(already created/);
  });

  test('a run interrupted halfway resumes from its results file to exactly N', async () => {
    const { app, url } = await mock();
    const results = join(scratch(), 'results.ndjson');
    const stop = new AbortController();
    let answered = 0;
    const interrupted = await seed({ count: 60, target: url, results, signal: stop.signal, onResult: () => ++answered === 30 && stop.abort() });
    expect(interrupted.exitCode).toBe(EXIT.interrupted);
    expect(interrupted.summary).toContain(`stopped: interrupted. Rerun with --results ${results} to resume.`);
    expect(lines(results)).toHaveLength(30);
    expect(stored(app).length).toBeLessThan(60);

    const resumed = await seed({ count: 60, target: url, results });
    expect(resumed.exitCode).toBe(EXIT.ok);
    expect(resumed.tally.skipped).toBe(30);
    expect(resumed.tally.created + resumed.tally.replayed).toBe(30);
    expect(stored(app)).toHaveLength(60);
    const done = lines(results).filter((r) => r.outcome !== 'failed');
    expect(new Set(done.map((r) => r.key)).size).toBe(60);
    expect(new Set(done.map((r) => r.id))).toEqual(new Set(stored(app).map((s) => s.data.id)));
  });

  test('a target that answers 429 twice, with Retry-After: 1, is retried through; every worker waits', async () => {
    const { app, url } = await mock();
    let limited = 0;
    const front = wrapper(url, (_key, _attempt, res) => limited++ < 2 && answer(res, 429, 'rate_limited', { 'Retry-After': '1' }));
    const report = await seed({ count: 12, target: await serve(front.handler) });
    expect(report.tally).toMatchObject({ created: 12, failed: 0 });
    expect(report.tally.retries).toEqual(new Map([['429', 2]]));
    expect(front.total()).toBe(14);
    expect(stored(app)).toHaveLength(12);
    expect(report.summary).toMatch(/retries {10}2 {2}\(429: 2\)/);
  });

  test('a mock scenario that answers 429 twice is retried through to exactly N', async () => {
    const scenario = { name: 'rate-limited-twice', description: 'The first two creates answer 429.', operations: ['createOpportunity'], steps: [{ times: 2, respond: { status: 429 } }] };
    const { app, url } = await mock({ scenarios: [scenario], scenario: 'rate-limited-twice' });
    const report = await seed({ count: 10, target: url });
    expect(report.tally).toMatchObject({ created: 10, failed: 0 });
    expect(report.tally.retries).toEqual(new Map([['429', 2]]));
    expect(stored(app)).toHaveLength(10);
    expect(journalOf(app).filter((e) => e.status === 429)).toHaveLength(2);
  });

  test.each([
    [500, true], [503, true], [429, true],
    [400, false], [404, false], [409, false], [422, false],
  ])('a first answer of %i is retried: %s', async (status, retried) => {
    const { url } = await mock();
    const front = wrapper(url, (_key, attempt, res) => attempt === 1 && answer(res, status, status === 409 ? 'idempotency_conflict' : 'validation_error'));
    const report = await seed({ count: 3, target: await serve(front.handler) });
    expect(front.total()).toBe(retried ? 6 : 3);
    expect(report.tally.created).toBe(retried ? 3 : 0);
    expect(report.tally.failed).toBe(retried ? 0 : 3);
    expect(report.exitCode).toBe(retried ? EXIT.ok : EXIT.failed);
  });

  test('failures are grouped by reason in the summary, with advice', async () => {
    const { url } = await mock();
    const front = wrapper(url, (key, _attempt, res) => key.startsWith('9') && answer(res, 409, 'idempotency_conflict'));
    const report = await seed({ count: 30, target: await serve(front.handler) });
    expect(report.tally.failed).toBe([...front.attempts.keys()].filter((k) => k.startsWith('9')).length);
    expect(report.summary).toMatch(new RegExp(`failed +${report.tally.failed}\\n {4}${report.tally.failed} × 409 idempotency_conflict: Answered 409 by the test wrapper\\.\\n {6}hint: these keys were used before`));
  });

  test('a refused API key stops the run after the first answers, saying what to do', async () => {
    const { app, url } = await mock();
    const front = wrapper(url, () => false);
    const report = await seed({ count: 200, target: await serve(front.handler), apiKey: FIXTURE.keys.revoked });
    expect(report.exitCode).toBe(EXIT.failed);
    expect(front.total()).toBeLessThanOrEqual(4);
    expect(stored(app)).toHaveLength(0);
    expect(report.summary).toMatch(/stopped: http:\/\/.* answered 401 No key found: it refused the API key mks_diego…0000\. Pass a valid key with --api-key \(or set MONACO_API_KEY\); nothing more was sent\./);
  });

  test('a read-only key stops the run: 403 is not retried', async () => {
    const { url } = await mock();
    const report = await seed({ count: 20, target: url, apiKey: FIXTURE.keys.readOnly });
    expect(report.exitCode).toBe(EXIT.failed);
    expect(report.summary).toMatch(/answered 403 forbidden: This API key is read-only .* Pass a key with write access with --api-key/);
  });

  test('an unreachable target stops the run after its retries, saying what to check', async () => {
    const report = await seed({ count: 5, target: await closedPortUrl(), retry: { maxRetries: 2 } });
    expect(report.exitCode).toBe(EXIT.failed);
    expect(report.tally.retries.get('network')).toBeGreaterThanOrEqual(2);
    expect(report.summary).toMatch(/stopped: Failed to reach http:\/\/127\.0\.0\.1:\d+\/v1\/preview\/opportunities: connect ECONNREFUSED .* \(after 3 attempts\)\. Is the target running, and is --target right\?/);
  });

  test.each(['default', 'empty-org', 'busy-pipeline', 'edge-cases'])(
    'the requests for %s are all accepted by a strict-references mock of that set',
    async (name) => {
      const { app, url } = await mock({ references: 'strict', fixtures: loadDataset(name).orgs });
      const report = await seed({ count: 25, dataset: name, target: url });
      expect(report.tally).toMatchObject({ created: 25, failed: 0 });
      expect(stored(app)).toHaveLength(25);
      expect(app.mock.stats.selfCheckFailures).toBe(0);
    },
  );

  test('requests go to the org given by --org, with its own fixture key', async () => {
    const { app, url } = await mock();
    const report = await seed({ count: 5, org: 'Contoso Revenue', target: url });
    expect(report.tally.created).toBe(5);
    expect(new Set(stored(app).map((s) => s.orgId))).toEqual(new Set([FIXTURE.otherOrg]));
  });
});
