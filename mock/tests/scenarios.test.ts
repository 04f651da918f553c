import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { fromRoot } from '../../spec/paths';
import { createRandom } from '../core/generate/random';
import { sampleLatency } from '../core/controls/scenarios/latency';
import { DEFAULT_SCENARIOS_DIR } from '../adapters/node/scenario-files';
import type { Scenario } from '../core/controls/scenarios/types';
import { FIXTURE, UNKNOWN_ID, create, get, listen, minimalBody, testApp, expectSpecValid, journalOf } from './helpers';

const SCENARIOS_PAGE = readFileSync(fromRoot('docs', 'scenarios.md'), 'utf8');
const shipped = readdirSync(DEFAULT_SCENARIOS_DIR).filter((f) => f.endsWith('.json'));

/** A small retrying client, as a consumer would write one: retries 429/5xx and network errors with one idempotency key. */
async function createWithRetries(url: string, body: object, options: { attempts: number; timeoutMs?: number; session?: string }) {
  const log: (number | string)[] = [];
  const payload = JSON.stringify({ ...body, idempotency_key: '9be4bcfc-49b6-4a08-b2e6-cc3ababced20' });
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      const res = await fetch(`${url}/v1/preview/opportunities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${FIXTURE.keys.jane}`, 'content-type': 'application/json', ...(options.session ? { 'x-mock-session': options.session } : {}) },
        body: payload,
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      });
      log.push(res.status);
      if (res.status < 429 || (res.status > 429 && res.status < 500)) return { res, body: await res.json(), log };
      await res.arrayBuffer();
    } catch (error) {
      log.push((error as Error).name === 'TimeoutError' ? 'timeout' : 'network error');
    }
  }
  return { res: undefined, body: undefined, log };
}

describe('shipped scenarios', () => {
  test('at least six scenarios ship, each with a description and an entry in docs/scenarios.md', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(6);
    for (const file of shipped) {
      const scenario: Scenario = JSON.parse(readFileSync(join(DEFAULT_SCENARIOS_DIR, file), 'utf8'));
      expect(scenario.description.length).toBeGreaterThan(20);
      expect(SCENARIOS_PAGE).toContain(`\`${scenario.name}\``);
    }
  });

  test('fail-twice-then-succeed, driven by a retrying client: 503, 503, then 200 with one stored opportunity', async () => {
    const app = testApp({ scenario: 'fail-twice-then-succeed' });
    const server = await listen(app);
    try {
      const { res, body, log } = await createWithRetries(server.url, minimalBody(), { attempts: 5 });
      expect(log).toEqual([503, 503, 200]);
      expect(res!.status).toBe(200);
      expect((await get(app, body.data.id)).status).toBe(200);
      expect(app.mock.sessions.get().store.size).toBe(1);
    } finally {
      await server.close();
    }
  });

  test('sequences advance per session: each session fails twice on its own', async () => {
    const app = testApp({ scenario: 'fail-twice-then-succeed' });
    const server = await listen(app);
    try {
      const [a, b] = await Promise.all([
        createWithRetries(server.url, minimalBody(), { attempts: 5, session: 'a' }),
        createWithRetries(server.url, minimalBody(), { attempts: 5, session: 'b' }),
      ]);
      expect(a.log).toEqual([503, 503, 200]);
      expect(b.log).toEqual([503, 503, 200]);
    } finally {
      await server.close();
    }
  });

  test.each([['connection-reset', 'network error'], ['empty-response', 'network error']])(
    '%s: the first create gets no answer (%s), the retry succeeds',
    async (scenario, failure) => {
      const app = testApp({ scenario });
      const server = await listen(app);
      try {
        const { log } = await createWithRetries(server.url, minimalBody(), { attempts: 3 });
        expect(log).toEqual([failure, 200]);
        const entries = journalOf(app);
        expect(entries.map((e) => [e.status, e.applied.fault ?? null])).toEqual([[null, scenario], [200, null]]);
      } finally {
        await server.close();
      }
    },
  );

  test('timeout-once: the first create is held until the client gives up, the retry succeeds', async () => {
    const app = testApp({ scenario: 'timeout-once' });
    const server = await listen(app);
    try {
      const { log } = await createWithRetries(server.url, minimalBody(), { attempts: 3, timeoutMs: 300 });
      expect(log).toEqual(['timeout', 200]);
    } finally {
      await server.close();
    }
  });

  test('rate-limited: the 4th request in a minute answers 429 with Retry-After', async () => {
    const app = testApp({ scenario: 'rate-limited' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await create(app, minimalBody())).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const res = await create(app, minimalBody());
    expect(res.headers['retry-after']).toBe('60');
    expect(res.headers['x-ratelimit-limit']).toBe('3');
    expectSpecValid(app, 'createOpportunity', 429, res.body);
  });

  test('account-not-found: creates answer 404 naming the account sent', async () => {
    const res = await create(testApp({ scenario: 'account-not-found' }), { name: 'x', account_id: UNKNOWN_ID });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(`Account ${UNKNOWN_ID} not found in this organization.`);
  });

  test('server-errors: every request answers 500', async () => {
    const app = testApp({ scenario: 'server-errors' });
    expect((await create(app, minimalBody())).status).toBe(500);
    expect((await get(app, UNKNOWN_ID)).status).toBe(500);
    expect((await create(app, minimalBody())).status).toBe(500);
  });

  test('read-only-key: creates, updates, deletes and new tags answer 403; reads, lists and lookups work', async () => {
    const app = testApp({ scenario: 'read-only-key' });
    const auth = { authorization: `Bearer ${FIXTURE.keys.jane}` };
    expect((await create(app, minimalBody())).status).toBe(403);
    expect((await request(app).patch(`/v1/opportunities/${UNKNOWN_ID}`).set(auth).send({ name: 'x' })).status).toBe(403);
    expect((await request(app).delete(`/v1/opportunities/${UNKNOWN_ID}`).set(auth)).status).toBe(403);
    expect((await request(app).post('/v1/tags/').set(auth).send({ object: 'accounts', name: 'Key' })).status).toBe(403);
    expect((await get(app, UNKNOWN_ID)).status).toBe(404);
    expect((await request(app).post('/v1/opportunities/list').set(auth).send({})).status).toBe(200);
    expect((await request(app).get('/v1/users/').set(auth)).status).toBe(200);
  });

  test('server-errors answers 500 on every operation, the new ones too', async () => {
    const app = testApp({ scenario: 'server-errors' });
    const auth = { authorization: `Bearer ${FIXTURE.keys.jane}` };
    for (const res of [await request(app).get('/v1/me').set(auth), await request(app).post('/v1/accounts/list').set(auth).send({}), await request(app).delete(`/v1/opportunities/${UNKNOWN_ID}`).set(auth)]) {
      expect(res.status).toBe(500);
      expect(res.headers['x-mock-scenario']).toBe('server-errors');
    }
  });

  test('strict-references: unknown accounts answer 404', async () => {
    expect((await create(testApp({ scenario: 'strict-references' }), { name: 'x', account_id: UNKNOWN_ID })).status).toBe(404);
  });

  test.each([['slow-network', 300, 1500], ['high-latency', 2000, 2000], ['jittery-network', 0, 1200]])(
    '%s: its latency stays within %i-%i ms over 1000 samples',
    (name, min, max) => {
      const scenario: Scenario = JSON.parse(readFileSync(join(DEFAULT_SCENARIOS_DIR, `${name}.json`), 'utf8'));
      const random = createRandom(7);
      const samples = Array.from({ length: 1000 }, () => sampleLatency(scenario.latency!, random));
      expect(Math.min(...samples)).toBeGreaterThanOrEqual(min);
      expect(Math.max(...samples)).toBeLessThanOrEqual(max);
    },
  );

  test('normal latency centres on its mean with its spread', () => {
    const random = createRandom(11);
    const samples = Array.from({ length: 5000 }, () => sampleLatency({ distribution: 'normal', mean_ms: 400, std_dev_ms: 150 }, random));
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    const sd = Math.sqrt(samples.reduce((a, b) => a + (b - mean) ** 2, 0) / samples.length);
    expect(mean).toBeGreaterThan(390);
    expect(mean).toBeLessThan(410);
    expect(sd).toBeGreaterThan(140);
    expect(sd).toBeLessThan(160);
  });

  test('a latency scenario really delays the answer', async () => {
    const app = testApp({ scenarios: [{ name: 'short-delay', description: 'Waits 120 ms.', latency: { distribution: 'fixed', ms: 120 } }], scenario: 'short-delay' });
    const started = Date.now();
    await create(app, minimalBody());
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });
});

describe('scenario mechanics', () => {
  const scenario = (extra: Partial<Scenario>): Scenario => ({ name: 'custom', description: 'A test scenario.', operations: ['createOpportunity'], ...extra });

  test.each([
    ['pass', [503, 409, 200, 200]],
    ['repeat', [503, 409, 409, 409]],
    ['loop', [503, 409, 503, 409]],
  ] as const)('after: %s', async (after, expected) => {
    const app = testApp({ scenarios: [scenario({ steps: [{ respond: { status: 503 } }, { respond: { status: 409 } }], after })], scenario: 'custom' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await create(app, minimalBody())).status);
    expect(statuses).toEqual(expected);
  });

  test('times repeats a step; a step without respond behaves normally', async () => {
    const app = testApp({ scenarios: [scenario({ steps: [{ times: 2 }, { respond: { status: 500 } }] })], scenario: 'custom' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await create(app, minimalBody())).status);
    expect(statuses).toEqual([200, 200, 500, 200]);
  });

  test('a scenario limited to some operations leaves the others alone', async () => {
    const app = testApp({ scenario: 'fail-twice-then-succeed' });
    expect((await get(app, UNKNOWN_ID)).status).toBe(404);
    expect((await create(app, minimalBody(), {}, '/v1/opportunities/')).status).toBe(503);
    expect((await create(app, minimalBody())).status).toBe(503);
    expect((await create(app, minimalBody())).status).toBe(200);
  });

  test.each([
    [{ steps: [{ respond: { status: 418 } }] }, /steps\.0\.respond\.status: createOpportunity does not declare status 418/],
    [{ operations: ['archiveOpportunity'] }, /operations\.0: Unknown operation "archiveOpportunity"/],
    [{ steps: [{ respond: { status: 422, example: 'nope' } }] }, /steps\.0\.respond\.example: createOpportunity has no 422 example "nope"/],
    [{ latency: { distribution: 'uniform', min_ms: 50, max_ms: 10 } }, /latency\.min_ms: min_ms must not exceed max_ms/],
    [{ name: 'Not Kebab' }, /name: String should match pattern/],
    [{ after: 'forever' }, /after: Input should be 'pass', 'repeat', 'loop'/],
  ] as [Partial<Scenario>, RegExp][])('an invalid scenario stops the mock with the problem: %j', (extra, message) => {
    expect(() => testApp({ scenarios: [scenario(extra)] })).toThrow(message);
    expect(() => testApp({ scenarios: [scenario(extra)] })).toThrow(/^Invalid scenario options\.scenarios\[0\]:/);
  });

  test('an unknown start-up scenario stops the mock naming the known ones', () => {
    expect(() => testApp({ scenario: 'chaos' })).toThrow(/Unknown scenario "chaos"\. Known: .*fail-twice-then-succeed/);
  });

  test('the active scenario is named in X-Mock-Scenario on every answer it touches', async () => {
    const res = await create(testApp({ scenario: 'slow-network', scenarios: [{ name: 'slow-network', description: 'No delay here.', latency: { distribution: 'fixed', ms: 0 } }] }), minimalBody());
    expect(res.headers['x-mock-scenario']).toBe('slow-network');
  });

  test('the admin API activates a scenario for one session only', async () => {
    const app = testApp();
    await request(app).post('/__admin/scenarios/server-errors/activate?session=broken').expect(200);
    expect((await create(app, minimalBody(), { 'x-mock-session': 'broken' })).status).toBe(500);
    expect((await create(app, minimalBody())).status).toBe(200);
  });
});
