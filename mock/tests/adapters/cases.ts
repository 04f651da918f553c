import { deflateSync, gzipSync } from 'node:zlib';
import type { WebMockOptions } from '../../adapters/web/engine';
import { FIXTURE, minimalBody, PREVIEW_PATH, UNKNOWN_ID } from '../helpers';
import type { Client, Outcome } from './harness';

/** One behaviour, run against every adapter: the options it starts the mock with, and what it sends and expects. */
export interface Case {
  name: string;
  options?: WebMockOptions;
  run(client: Client): Promise<void>;
}

type Answer = { status: number; headers: Record<string, string>; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The outcome as an answer (a fault fails the expectation). */
export function answered(outcome: Outcome): Answer {
  if ('fault' in outcome) throw new Error('The connection broke where an answer was expected');
  return outcome;
}

const full = {
  ...minimalBody(),
  owner_user_id: FIXTURE.users.marcus,
  stage: 'negotiation',
  estimated_value: { currency_code: 'USD', amount: 50_000 },
  tags: [FIXTURE.tags.highPriority],
  [FIXTURE.customFields.leadSource]: 'referral',
};

/** The table: create, idempotency, references, controls, scenarios, sessions, errors, lists, updates, lookups, the admin API. */
export const CASES: readonly Case[] = [
  {
    name: 'create, then read it back',
    async run(c) {
      const created = answered(await c.send({ path: PREVIEW_PATH, body: full }));
      expect(created.status).toBe(200);
      expect(created.body.data).toMatchObject({ name: full.name, account_id: FIXTURE.accounts.acme, stage: 'Negotiation', tags: ['High Priority'] });
      expect(created.headers['x-ratelimit-limit']).toBe('100');
      const read = answered(await c.send({ path: `/v1/opportunities/${created.body.data.id}` }));
      expect(read.status).toBe(200);
      expect(read.body.data.id).toBe(created.body.data.id);
    },
  },
  {
    name: 'a gzip and a deflate create: request bodies are inflated',
    async run(c) {
      for (const [encoding, compress] of [['gzip', gzipSync], ['deflate', deflateSync]] as const) {
        const created = answered(await c.send({ path: PREVIEW_PATH, headers: { 'content-encoding': encoding }, body: compress(JSON.stringify(full)) }));
        expect([encoding, created.status, created.body.data?.name]).toEqual([encoding, 200, full.name]);
      }
    },
  },
  {
    name: 'unknown owner and account ids (lenient): derived names',
    async run(c) {
      const created = answered(await c.send({ path: PREVIEW_PATH, body: { name: 'Globex - Pilot', account_id: UNKNOWN_ID, owner_user_id: '1f0e9a55-2c3b-4d5e-8f60-718293a4b5c6' } }));
      expect(created.status).toBe(200);
      expect(created.body.data.owner.first_name).toEqual(expect.any(String));
    },
  },
  {
    name: 'idempotency: a replay, then a conflict',
    async run(c) {
      const body = { ...minimalBody(), idempotency_key: 'b8f5ad56-6f5b-4c8c-9d3e-0f1a2b3c4d5e' };
      const first = answered(await c.send({ path: PREVIEW_PATH, body }));
      const replay = answered(await c.send({ path: PREVIEW_PATH, body }));
      expect([replay.status, replay.headers['idempotent-replayed'], replay.body.data.id]).toEqual([200, 'true', first.body.data.id]);
      const conflict = answered(await c.send({ path: PREVIEW_PATH, body: { ...body, name: 'Acme Corp - Other' } }));
      expect([conflict.status, conflict.body.error.code]).toEqual([409, 'idempotency_conflict']);
    },
  },
  {
    name: 'strict references: an unknown account is 404, an unknown tag 422',
    options: { references: 'strict' },
    async run(c) {
      const account = answered(await c.send({ path: PREVIEW_PATH, body: { ...minimalBody(), account_id: UNKNOWN_ID } }));
      expect([account.status, account.body.error.code]).toEqual([404, 'not_found']);
      const tag = answered(await c.send({ path: PREVIEW_PATH, body: { ...minimalBody(), tags: [UNKNOWN_ID] } }));
      expect([tag.status, tag.body.error.details[0].loc]).toEqual([422, ['body', 'tags', 0]]);
    },
  },
  {
    name: 'controls: Prefer code, example, seed and fault',
    async run(c) {
      const forced = answered(await c.send({ path: PREVIEW_PATH, body: minimalBody(), headers: { prefer: 'code=503' } }));
      expect([forced.status, forced.headers['retry-after'], forced.headers['preference-applied']]).toEqual([503, '1', 'code=503']);
      // two sessions, as a session that holds the seeded id already draws a fresh one (docs/prefer.md)
      const seeded = await Promise.all(['seed-a', 'seed-b'].map((session) => c.send({ path: PREVIEW_PATH, body: minimalBody(), headers: { prefer: 'seed=42', 'x-mock-session': session } })));
      expect(answered(seeded[0]).body.data.id).toBe(answered(seeded[1]).body.data.id);
      expect(await c.send({ path: '/v1/me', headers: { prefer: 'fault=connection-reset' } })).toEqual({ fault: true });
      const bad = answered(await c.send({ path: '/v1/me', headers: { prefer: 'code=abc' } }));
      expect([bad.status, bad.body.error.details[0].type]).toEqual([422, 'preference_invalid']);
    },
  },
  {
    name: 'scenarios: activated through the admin API and through the controller',
    async run(c) {
      expect(answered(await c.send({ method: 'POST', path: '/__admin/scenarios/fail-twice-then-succeed/activate' })).status).toBe(200);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push(answered(await c.send({ path: PREVIEW_PATH, body: minimalBody() })).status);
      expect(statuses).toEqual([503, 503, 200]);
      c.mock.use('read-only-key');
      const refused = answered(await c.send({ path: PREVIEW_PATH, body: minimalBody() }));
      expect([refused.status, refused.headers['x-mock-scenario']]).toEqual([403, 'read-only-key']);
      c.mock.reset();
      expect(answered(await c.send({ path: PREVIEW_PATH, body: minimalBody() })).status).toBe(200);
    },
  },
  {
    name: 'sessions keep their own opportunities',
    async run(c) {
      const created = answered(await c.send({ path: PREVIEW_PATH, body: minimalBody(), headers: { 'x-mock-session': 'a' } }));
      expect(answered(await c.send({ path: `/v1/opportunities/${created.body.data.id}`, headers: { 'x-mock-session': 'b' } })).status).toBe(404);
      const listed = answered(await c.send({ path: '/v1/opportunities/list', body: {}, headers: { 'x-mock-session': 'a' } }));
      expect(listed.body.data.map((o: { id: string }) => o.id)).toEqual([created.body.data.id]);
      expect(c.mock.journal.count({ session: 'a' })).toBe(2);
    },
  },
  {
    name: 'errors: key, JSON, schema, method, route, read-only key, size',
    options: { bodyLimit: 2048 },
    async run(c) {
      const noKey = answered(await c.send({ path: '/v1/me', headers: { authorization: '' } }));
      expect([noKey.status, noKey.body]).toEqual([401, { detail: 'No key found' }]);
      const json = answered(await c.send({ path: PREVIEW_PATH, body: '{"name": ' }));
      expect([json.status, json.body.error.details[0].type]).toEqual([422, 'json_invalid']);
      const schema = answered(await c.send({ path: PREVIEW_PATH, body: { name: 42, account_id: 'acc_1' } }));
      expect(schema.body.error.details.map((d: { loc: unknown[] }) => d.loc)).toEqual([['body', 'name'], ['body', 'account_id']]);
      const method = answered(await c.send({ method: 'GET', path: PREVIEW_PATH }));
      expect([method.status, method.headers.allow]).toEqual([405, 'POST']);
      expect(answered(await c.send({ path: '/v1/opportunitiez' })).status).toBe(404);
      const readOnly = answered(await c.send({ path: PREVIEW_PATH, body: minimalBody(), headers: { authorization: `Bearer ${FIXTURE.keys.readOnly}` } }));
      expect(readOnly.status).toBe(403);
      const big = answered(await c.send({ path: PREVIEW_PATH, body: { ...minimalBody(), notes: 'x'.repeat(4096) } }));
      expect([big.status, big.body.error.code]).toEqual([413, 'payload_too_large']);
    },
  },
  {
    name: 'lists, updates, deletes and the lookups',
    async run(c) {
      const created = answered(await c.send({ path: PREVIEW_PATH, body: full }));
      const id = created.body.data.id;
      const patched = answered(await c.send({ method: 'PATCH', path: `/v1/opportunities/${id}`, body: { stage: 'closed_won', notes: null } }));
      expect([patched.status, patched.body.data.stage, patched.body.data.notes]).toEqual([200, 'Closed Won', null]);
      const list = answered(await c.send({ path: '/v1/opportunities/list', body: { filters: [{ field: 'stage', condition: 'is', value: ['closed_won'] }] } }));
      expect([list.status, list.body.data?.map((o: { id: string }) => o.id) ?? list.body]).toEqual([200, [id]]);
      expect(answered(await c.send({ method: 'DELETE', path: `/v1/opportunities/${id}` })).status).toBe(204);
      expect(answered(await c.send({ path: '/v1/me' })).body.data.org_name).toBe('Northwind Analytics');
      expect(answered(await c.send({ path: '/v1/users/?query=marcus' })).body.data).toHaveLength(1);
      expect(answered(await c.send({ path: '/v1/tags/?object=opportunities' })).body.data.length).toBeGreaterThan(1);
      expect(answered(await c.send({ path: '/v1/accounts/list', body: { page_size: 2 } })).body.data).toHaveLength(2);
      expect(answered(await c.send({ path: `/v1/accounts/${FIXTURE.accounts.acme}` })).body.data.name).toBe('Acme Corp');
      expect(answered(await c.send({ path: '/v1/schemas/opportunities' })).status).toBe(200);
    },
  },
  {
    name: 'the admin API: journal, near misses, stubs, health, reset',
    async run(c) {
      await c.send({ path: PREVIEW_PATH, body: { name: 'x' } });
      const misses = answered(await c.send({ path: '/__admin/near-misses' }));
      expect(misses.body.requests[0].diagnosis.rule).toBe('body.schema');
      expect(answered(await c.send({ method: 'POST', path: '/__admin/stubs', body: { operation: 'getMe', respond: { status: 500 } } })).status).toBe(200);
      expect(answered(await c.send({ path: '/v1/me' })).status).toBe(500);
      expect(answered(await c.send({ path: '/__admin/health' })).body.requests).toBe(2);
      expect(answered(await c.send({ method: 'POST', path: '/__admin/reset' })).body).toEqual({ reset: 'all' });
      expect(answered(await c.send({ path: '/__admin/requests/count' })).body).toEqual({ count: 0 });
    },
  },
];
