import { FIXTURE, UNKNOWN_ID, withoutDetail } from '../../../mock/tests/helpers';
import type { MockOptions } from '../../../mock/core/options';
import {
  MonacoApiError,
  MonacoForbiddenError,
  MonacoIdempotencyConflictError,
  MonacoNotFoundError,
  MonacoPayloadTooLargeError,
  MonacoRateLimitedError,
  MonacoUnauthorizedError,
  MonacoValidationError,
  OpportunitiesClient,
  OpportunitiesClientOptions,
} from '..';
import { withClient } from './servers';

const ACME = FIXTURE.accounts.acme;
const minimal = { name: 'Acme Corp - Expansion', account_id: ACME };

describe('OpportunitiesClient against the mock', () => {
  test('creates an opportunity and reads the same one back', async () => {
    await withClient(async (client) => {
      const created = await client.create(minimal);
      expect(created).toMatchObject({ replayed: false, attempts: 1, opportunity: { name: minimal.name, account_id: ACME } });
      expect(withoutDetail(await client.get(created.opportunity.id))).toEqual(created.opportunity);
    });
  });

  test("rides out the mock's fail-twice-then-succeed scenario with one key: 503, 503, 200, one opportunity stored", async () => {
    await withClient(
      async (client, seen) => {
        const created = await client.create(minimal);
        expect(created).toMatchObject({ attempts: 3, replayed: false });
        expect(new Set(seen.requests.map((r) => JSON.parse(r.body).idempotency_key))).toEqual(new Set([created.idempotencyKey]));
        expect(seen.mock.app.mock.sessions.get().store.size).toBe(1);
        expect(withoutDetail(await client.get(created.opportunity.id))).toEqual(created.opportunity);
      },
      { scenario: 'fail-twice-then-succeed' },
    );
  });

  test('sends a new UUID idempotency key with each create that has none', async () => {
    await withClient(async (client, seen) => {
      const first = await client.create(minimal);
      const second = await client.create(minimal);
      expect(first.idempotencyKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(second.idempotencyKey).not.toBe(first.idempotencyKey);
      expect(second.opportunity.id).not.toBe(first.opportunity.id);
      expect(seen.requests.map((r) => JSON.parse(r.body).idempotency_key)).toEqual([first.idempotencyKey, second.idempotencyKey]);
    });
  });

  test("sends the caller's idempotency key, and reports a replay of an earlier create", async () => {
    await withClient(async (client, seen) => {
      const key = '4cdd2055-930d-4eaf-94f4-733f3e7d1bfb';
      const first = await client.create({ ...minimal, idempotency_key: key });
      const again = await client.create({ ...minimal, idempotency_key: key });
      expect(again).toMatchObject({ replayed: true, idempotencyKey: key, opportunity: first.opportunity });
      expect(seen.mock.app.mock.sessions.get().store.size).toBe(1);
    });
  });

  test('keeps a path prefix of baseUrl (an API behind a gateway)', async () => {
    const urls: string[] = [];
    const fetchSpy: typeof fetch = async (url) => {
      urls.push(String(url));
      return new Response(JSON.stringify({ error: { code: 'not_found', message: 'x' } }), { status: 404 });
    };
    const client = new OpportunitiesClient({ baseUrl: 'https://gateway.example/monaco/', fetch: fetchSpy });
    await expect(client.get(UNKNOWN_ID)).rejects.toBeInstanceOf(MonacoNotFoundError);
    expect(urls).toEqual([`https://gateway.example/monaco/v1/opportunities/${UNKNOWN_ID}`]);
  });

  test('sends the key as Authorization: Bearer, and no Authorization header when it has no key', async () => {
    await withClient(async (client, seen) => {
      await client.create(minimal);
      const anonymous = new OpportunitiesClient({ baseUrl: seen.proxyUrl });
      await expect(anonymous.create(minimal)).rejects.toBeInstanceOf(MonacoUnauthorizedError);
      expect(seen.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${FIXTURE.keys.jane}`, undefined]);
    });
  });
});

interface Row {
  status: number;
  situation: string;
  errorClass: typeof MonacoApiError;
  call: (client: OpportunitiesClient) => Promise<unknown>;
  mock?: MockOptions;
  client?: Partial<OpportunitiesClientOptions>;
}

const conflictingCreate = async (client: OpportunitiesClient) => {
  const key = '0f5c3b7e-8d5a-4c1e-9b8e-2a4f6d7c9e01';
  await client.create({ ...minimal, idempotency_key: key });
  return client.create({ ...minimal, name: 'Another deal', idempotency_key: key });
};

const rateLimited = async (client: OpportunitiesClient) => {
  await client.create(minimal);
  return client.create(minimal);
};

const rows: Row[] = [
  { status: 401, situation: 'no API key', errorClass: MonacoUnauthorizedError, call: (c) => c.create(minimal), client: { apiKey: undefined } },
  { status: 401, situation: 'a revoked key', errorClass: MonacoUnauthorizedError, call: (c) => c.get(UNKNOWN_ID), client: { apiKey: FIXTURE.keys.revoked } },
  { status: 403, situation: 'a read-only key creating', errorClass: MonacoForbiddenError, call: (c) => c.create(minimal), client: { apiKey: FIXTURE.keys.readOnly } },
  { status: 404, situation: 'an unknown account (strict references)', errorClass: MonacoNotFoundError, call: (c) => c.create({ name: 'x', account_id: UNKNOWN_ID }), mock: { references: 'strict' } },
  { status: 404, situation: 'an unknown opportunity', errorClass: MonacoNotFoundError, call: (c) => c.get(UNKNOWN_ID) },
  { status: 409, situation: 'an idempotency key reused with another body', errorClass: MonacoIdempotencyConflictError, call: conflictingCreate },
  { status: 413, situation: 'a body over the limit', errorClass: MonacoPayloadTooLargeError, call: (c) => c.create({ ...minimal, notes: 'x'.repeat(4096) }), mock: { bodyLimit: 2048 } },
  { status: 422, situation: 'a malformed account id', errorClass: MonacoValidationError, call: (c) => c.create({ name: 'x', account_id: 'acc_def456' }) },
  { status: 429, situation: 'the rate limit used up (retries off)', errorClass: MonacoRateLimitedError, call: rateLimited, mock: { rateLimit: { limit: 1, enforce: true } }, client: { retry: { retries: 0 } } },
];

describe('documented errors become typed errors, and only 429 is retryable', () => {
  test.each(rows)('$status for $situation throws $errorClass.name', async ({ status, errorClass, call, mock, client: clientOptions }) => {
    await withClient(async (client) => {
      const error = await call(client).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(errorClass);
      const failure = error as MonacoApiError;
      expect(failure).toMatchObject({ status, attempts: 1, retryable: status === 429 });
      expect(failure.message).toMatch(new RegExp(`^Failed to (create|get) opportunity: ${status} `));
    }, mock, clientOptions);
  });

  test('a 4xx other than 429 is sent exactly once, even with retries on', async () => {
    await withClient(async (client, seen) => {
      await expect(client.create({ name: 'x', account_id: 'acc_def456' })).rejects.toBeInstanceOf(MonacoValidationError);
      expect(seen.requests).toHaveLength(1);
    }, {}, { retry: { retries: 5 } });
  });

  test('a 422 carries the failing fields from details, and the message names them', async () => {
    await withClient(async (client) => {
      const error = (await client.create({ name: 'x', account_id: 'acc_def456' }).catch((e: unknown) => e)) as MonacoValidationError;
      expect(error.code).toBe('validation_error');
      expect(error.details).toEqual([{ loc: ['body', 'account_id'], msg: 'Input should be a valid UUID', type: 'uuid_parsing' }]);
      expect(error.message).toBe(
        'Failed to create opportunity: 422 validation_error: Invalid request body: account_id (Input should be a valid UUID). ' +
          'Fix the fields listed in details; the same body will fail again.',
      );
    });
  });

  test('a 429 carries the Retry-After seconds', async () => {
    await withClient(async (client) => {
      await client.create(minimal);
      const error = (await client.create(minimal).catch((e: unknown) => e)) as MonacoRateLimitedError;
      expect(error.retryAfterSeconds).toBe(60);
      expect(error.code).toBe('rate_limited');
    }, { rateLimit: { limit: 1, enforce: true } }, { retry: { retries: 0 } });
  });
});
