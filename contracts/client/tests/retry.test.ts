import { MockClock } from '../../../mock/core/state/clock';
import { FIXTURE } from '../../../mock/tests/helpers';
import { DEFAULT_RETRY_POLICY, MonacoNetworkError, MonacoRateLimitedError, MonacoServerError, OpportunitiesClient, OpportunitiesClientOptions, parseRetryAfter, retryDelayMs } from '..';
import { errorForResponse } from '../errors';
import { Fault, startFlakyProxy, startMock, UNAVAILABLE } from './servers';

const minimal = { name: 'Acme Corp - Expansion', account_id: FIXTURE.accounts.acme };

/** A mock behind a flaky proxy, a client of the proxy that records its waits, then cleanup. */
async function scenario(
  faults: Fault[],
  run: (ctx: { client: OpportunitiesClient; waits: number[]; requests: { body: string; url: string }[]; stored: () => number }) => Promise<void>,
  options: { clock?: MockClock; rateLimit?: { limit: number; enforce: boolean }; client?: Partial<OpportunitiesClientOptions> } = {},
): Promise<void> {
  const mock = await startMock({ clock: options.clock ?? '2026-07-01T09:00:00Z', rateLimit: options.rateLimit });
  const proxy = await startFlakyProxy(mock.url, faults);
  const waits: number[] = [];
  const client = new OpportunitiesClient({
    baseUrl: proxy.url,
    apiKey: FIXTURE.keys.jane,
    retry: { jitter: (ms) => ms },
    sleep: async (ms) => {
      waits.push(ms);
      options.clock?.advance(ms);
    },
    ...options.client,
  });
  try {
    await run({ client, waits, requests: proxy.requests, stored: () => mock.app.mock.sessions.get().store.size });
  } finally {
    await proxy.close();
    await mock.close();
  }
}

const keysSent = (requests: { body: string }[]) => requests.map((r) => JSON.parse(r.body).idempotency_key as string);

describe('retries are safe: one idempotency key per create, reused on every attempt', () => {
  test('two 503s with Retry-After: 1, then success: three attempts, one key, waits of 1 s, one opportunity', async () => {
    await scenario([UNAVAILABLE(1), UNAVAILABLE(1)], async ({ client, waits, requests, stored }) => {
      const created = await client.create(minimal);
      expect(created.attempts).toBe(3);
      expect(new Set(keysSent(requests))).toEqual(new Set([created.idempotencyKey]));
      expect(requests).toHaveLength(3);
      expect(waits).toEqual([1000, 1000]);
      expect(stored()).toBe(1);
    });
  });

  test('a response lost after the API created the opportunity: the retry is replayed, nothing is created twice', async () => {
    await scenario(['lost-response'], async ({ client, requests, stored }) => {
      const created = await client.create(minimal);
      expect(created).toMatchObject({ attempts: 2, replayed: true });
      expect(keysSent(requests)).toEqual([created.idempotencyKey, created.idempotencyKey]);
      expect(stored()).toBe(1);
    });
  });

  test('a reset connection is retried after the exponential backoff (250 ms, then 500 ms)', async () => {
    await scenario(['reset', 'reset'], async ({ client, waits, requests }) => {
      const created = await client.create(minimal);
      expect(created.attempts).toBe(3);
      expect(waits).toEqual([250, 500]);
      expect(new Set(keysSent(requests)).size).toBe(1);
    });
  });

  test('a 429 is retried after its Retry-After, when the next rate-limit window has opened', async () => {
    const clock = new MockClock('2026-07-01T09:00:45Z');
    await scenario([], async ({ client, waits }) => {
      await client.create(minimal);
      const created = await client.create(minimal);
      expect(created.attempts).toBe(2);
      expect(waits).toEqual([15_000]);
    }, { clock, rateLimit: { limit: 1, enforce: true } });
  });

  test('a read is retried too', async () => {
    await scenario([UNAVAILABLE(0)], async ({ client, requests }) => {
      const opportunityId = '57ee05cd-e009-42c7-bebf-f20686734721';
      await expect(client.get(opportunityId)).rejects.toMatchObject({ status: 404, attempts: 2 });
      expect(requests.map((r) => r.url)).toEqual([`/v1/opportunities/${opportunityId}`, `/v1/opportunities/${opportunityId}`]);
    });
  });
});

describe('retries stop', () => {
  test('after `retries` retries, with the last error and the attempts it took', async () => {
    const faults = Array.from({ length: 5 }, () => UNAVAILABLE(0));
    await scenario(faults, async ({ client, requests }) => {
      const error = await client.create(minimal).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MonacoServerError);
      expect(error).toMatchObject({ status: 503, attempts: 3, code: 'service_unavailable' });
      expect((error as Error).message).toMatch(/^Failed to create opportunity after 3 attempts: 503 service_unavailable: /);
      expect(requests).toHaveLength(3);
    }, { client: { retry: { retries: 2, jitter: (ms) => ms } } });
  });

  test('at once when Retry-After is longer than the policy accepts, leaving the wait to the caller', async () => {
    await scenario([UNAVAILABLE(120)], async ({ client, waits, requests }) => {
      await expect(client.create(minimal)).rejects.toMatchObject({ status: 503, retryAfterSeconds: 120, attempts: 1 });
      expect(waits).toEqual([]);
      expect(requests).toHaveLength(1);
    });
  });

  test('at once when the network fails and retries are off', async () => {
    await scenario(['reset'], async ({ client }) => {
      const error = await client.create(minimal).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MonacoNetworkError);
      expect((error as Error).message).toMatch(/^Failed to create opportunity: no response from http:\/\/127\.0\.0\.1:\d+\/v1\/preview\/opportunities \(.+\)\. Check baseUrl and the network\.$/);
    }, { client: { retry: { retries: 0 } } });
  });
});

describe('the retry policy', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, jitter: (ms: number) => ms };
  const failure = (status: number, retryAfterSeconds?: number) =>
    errorForResponse({ operation: 'create opportunity', status, attempts: 1, retryAfterSeconds });

  test.each([
    [2, 250],
    [3, 500],
    [4, 1000],
  ])('backs off exponentially: before attempt %i it waits %i ms', (attempt, ms) => {
    expect(retryDelayMs(policy, failure(503), attempt)).toBe(ms);
  });

  test('caps the backoff at maxDelayMs', () => {
    expect(retryDelayMs({ ...policy, retries: 10 }, failure(500), 10)).toBe(8000);
  });

  test.each([400, 401, 403, 404, 405, 409, 413, 422])('never retries a %i', (status) => {
    expect(retryDelayMs(policy, failure(status), 2)).toBeUndefined();
  });

  test('retries a 429 after exactly its Retry-After', () => {
    const error = failure(429, 7);
    expect(error).toBeInstanceOf(MonacoRateLimitedError);
    expect(retryDelayMs(policy, error, 2)).toBe(7000);
  });

  test.each([
    ['42', 42],
    [' 0 ', 0],
    ['Wed, 01 Jul 2026 09:00:30 GMT', 30],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('reads Retry-After %p as %p seconds', (value, seconds) => {
    expect(parseRetryAfter(value, Date.parse('2026-07-01T09:00:00Z'))).toBe(seconds);
  });
});
