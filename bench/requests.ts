/**
 * The requests the bench sends. Ids and keys are the embedded Northwind Analytics fixtures
 * (fixtures/orgs/northwind-analytics.json, the same ones as mock/tests/helpers.ts); a bench test checks that
 * every request still gets the status the bench expects, so a fixture change fails `npm test`, not the bench.
 */
export const CREATE_PATH = '/v1/preview/opportunities';
export const GET_PATH = '/v1/opportunities/';
export const API_KEY = 'mks_local_dev_key_jane_smith_northwind_analytics_000';
export const CLOCK = '2026-07-01T09:00:00Z';

export const HEADERS: Readonly<Record<string, string>> = {
  authorization: `Bearer ${API_KEY}`,
  'content-type': 'application/json',
};

/** A full, valid create: every field the client can set, two tags and one custom field. */
export const FULL_CREATE = {
  name: 'Acme Corp - Enterprise License',
  account_id: '8d116ece-1738-47d9-bd9c-172411e20b8f',
  owner_user_id: '9531985d-5d9d-49f8-9818-e811892f902b',
  stage: 'negotiation',
  estimated_value: { currency_code: 'USD', amount: 50_000 },
  estimated_close_date: '2026-09-30',
  notes: 'Procurement wants a three-year term; legal review starts next week.',
  tags: ['8e81973e-0bec-47b0-b898-d190f9ebdacc', '6b4cb242-4a23-4596-a217-beaddbc496cb'],
  'custom_field_550e8400-e29b-41d4-a716-446655440001': 'referral',
} as const;

/**
 * The full create with ids the fixtures do not know (an account, an owner, two tags), as a new user's first
 * requests are: lenient references accept them and derive the names (mock/core/generate/derived.ts).
 */
export const UNKNOWN_IDS_CREATE = {
  ...FULL_CREATE,
  account_id: '3b9e2a4c-5d6f-4a1b-8c7d-9e0f1a2b3c4d',
  owner_user_id: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  tags: ['c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f', 'd4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a'],
} as const;

/** Fails the schema in three places (the README's 422 example): the 422 path. */
export const INVALID_CREATE = { name: 42, account_id: 'acc_def456', tags: ['High Priority'] } as const;

/** The full create with an idempotency key (the memory run's replayable requests). */
export function createWithKey(idempotencyKey: string): string {
  return JSON.stringify({ ...FULL_CREATE, idempotency_key: idempotencyKey });
}

/**
 * What the trivial Express server answers: a fixed body the size and shape of the mock's 200, so the
 * ceiling differs from the mock only in the work done per request, not in bytes written.
 */
export const FIXED_RESPONSE = {
  data: {
    id: '6da9cb15-8e62-4801-ac99-293382c5ade5',
    ...FULL_CREATE,
    owner: { id: '9531985d-5d9d-49f8-9818-e811892f902b', first_name: 'Marcus', last_name: 'Chen' },
    actual_close_date: null,
    summary:
      'Acme Corp is evaluating a standard deal desk approval flow, sponsored by the CRO. Procurement review in progress; the team wants a decision ahead of the next planning cycle.',
    risks: ['Procurement pushing for a multi-year discount'],
    tags: ['High Priority', 'Expansion'],
    last_activity_at: null,
    updated_at: CLOCK,
    created_at: CLOCK,
  },
  meta: { timestamp: CLOCK },
};
