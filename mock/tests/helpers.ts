import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, RequestListener } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createMockApp, MockApp } from '../adapters/express/app';
import type { MockOptions } from '../core/options';
import { findRequests } from '../core/admin/journal';
import type { JournalEntry } from '../core/journal/journal';

/** Keys, users and records of the embedded fixtures (fixtures/orgs/). */
export const FIXTURE = {
  org: '6513270e-269e-4d37-b2a7-4de452e6b438',
  otherOrg: '7f150524-34b9-45df-9e77-69b10f4205b4',
  keys: {
    jane: 'mks_local_dev_key_jane_smith_northwind_analytics_000',
    marcus: 'mks_marcus_chen_northwind_analytics_read_write_00000',
    readOnly: 'mks_priya_raman_northwind_analytics_read_only_000000',
    revoked: 'mks_diego_alvarez_northwind_analytics_revoked_000000',
    contoso: 'mks_amara_okafor_contoso_revenue_read_write_00000000',
    /** Well-formed but listed nowhere: acts as the default org's default user. */
    unlisted: `mks_${'x'.repeat(48)}`,
  },
  users: {
    jane: 'd23f0824-128b-4f33-8c5c-7fd0a6a3a450',
    marcus: '9531985d-5d9d-49f8-9818-e811892f902b',
    amara: 'c6f87718-6d76-407e-881e-d162ae2eb154',
  },
  accounts: {
    acme: '8d116ece-1738-47d9-bd9c-172411e20b8f',
    initech: '90c192cf-d3ac-44af-8f21-ddb66cad4a26',
    fabrikam: 'ec66a787-95e7-41d1-b731-af10506bf2ef',
  },
  tags: {
    highPriority: '8e81973e-0bec-47b0-b898-d190f9ebdacc',
    expansion: '6b4cb242-4a23-4596-a217-beaddbc496cb',
  },
  customFields: {
    leadSource: 'custom_field_550e8400-e29b-41d4-a716-446655440001',
    forecast: 'custom_field_6ba7b810-9dad-11d1-80b4-00c04fd430c8',
    competitor: 'custom_field_f47ac10b-58cc-4372-a567-0e02b2c3d479',
    seats: 'custom_field_18f135d2-5f55-4203-b018-50c5a38fd547',
    mutualActionPlan: 'custom_field_907a70c3-1012-4037-b64c-e4228c38fb29',
  },
  firstStage: 'discovery',
} as const;

/** A UUID no fixture knows. */
export const UNKNOWN_ID = '57ee05cd-e009-42c7-bebf-f20686734721';
export const CLOCK = '2026-07-01T09:00:00Z';
export const PREVIEW_PATH = '/v1/preview/opportunities';

/** The smallest valid create body. */
export const minimalBody = () => ({ name: 'Acme Corp - Enterprise License', account_id: FIXTURE.accounts.acme });

/** A mock with a frozen clock and no logging, for tests. */
export function testApp(options: MockOptions = {}): MockApp {
  return createMockApp({ clock: CLOCK, ...options });
}

/** `POST` a JSON body (or a raw string) with Jane's key unless headers say otherwise. */
export function create(app: MockApp, body: unknown, headers: Record<string, string> = {}, path: string = PREVIEW_PATH) {
  const req = request(app).post(path).set('authorization', `Bearer ${FIXTURE.keys.jane}`);
  for (const [name, value] of Object.entries(headers)) req.set(name, value);
  if (typeof body === 'string') return req.set('content-type', headers['content-type'] ?? 'application/json').send(body);
  return body === undefined ? req : req.send(body as object);
}

/** `GET /v1/opportunities/{id}` with Jane's key unless headers say otherwise. */
export function get(app: MockApp, id: string, headers: Record<string, string> = {}) {
  const req = request(app).get(`/v1/opportunities/${id}`).set('authorization', `Bearer ${FIXTURE.keys.jane}`);
  for (const [name, value] of Object.entries(headers)) req.set(name, value);
  return req;
}

/**
 * An opportunity without what only a 2026-08-19 detail response (GET by id) adds: what is stored, created or
 * listed, to compare a GET with.
 */
export function withoutDetail<T extends object>(data: T): Omit<T, 'custom_field_explanations'> {
  const { custom_field_explanations: _detail, ...rest } = data as T & { custom_field_explanations?: unknown };
  return rest;
}

/** Validates a response body against the declared response of an operation in spec/openapi.yaml. */
export function expectSpecValid(app: MockApp, operationId: string, status: number, body: unknown): void {
  const validate = app.mock.contract.responseValidator(operationId, status);
  if (!validate) throw new Error(`${operationId} declares no ${status} response`);
  const ok = validate(body);
  if (!ok) throw new Error(`${operationId} ${status} body violates the spec: ${JSON.stringify(validate.errors, null, 2)}\n${JSON.stringify(body)}`);
}

/** The journal entries of a session (default: `default`), oldest first. */
export function journalOf(app: MockApp, session = 'default'): JournalEntry[] {
  return findRequests(app.mock, { session });
}

/** Validates an admin response body against spec/admin.yaml. */
export function expectAdminValid(app: MockApp, operationId: string, status: number, body: unknown): void {
  const validate = app.mock.adminContract.responseValidator(operationId, status);
  if (!validate) throw new Error(`${operationId} declares no ${status} response in spec/admin.yaml`);
  if (!validate(body)) throw new Error(`${operationId} ${status} body violates spec/admin.yaml: ${JSON.stringify(validate.errors, null, 2)}`);
}

/** Sends one request on an emptied journal, and expects its near miss: the diagnosis rule, and a fix matching `fix`. */
export async function expectNearMiss(app: MockApp, send: () => PromiseLike<unknown>, rule: string, fix: RegExp): Promise<void> {
  await request(app).delete('/__admin/requests');
  await send();
  const res = await request(app).get('/__admin/near-misses');
  expectAdminValid(app, 'listNearMisses', 200, res.body);
  expect(res.body.requests).toHaveLength(1);
  expect(res.body.requests[0].diagnosis.rule).toBe(rule);
  expect(res.body.requests[0].diagnosis.fix).toMatch(fix);
}

/** A server listening on a free port of 127.0.0.1. */
export interface Listening {
  url: string;
  close(): Promise<void>;
}

/** Listens on port 0 of 127.0.0.1 (the mock app, or any request handler) and resolves with the URL. */
export function listen(handler: RequestListener): Promise<Listening> {
  const server = createServer(handler);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/**
 * Polls `predicate` every 10 ms until it holds, and throws naming `what` if it does not within `timeoutMs`:
 * a wait for something a loaded machine does late, that fails fast (and lets the test's afterEach close its
 * servers) rather than running into jest's timeout or carrying on regardless.
 */
export async function until(predicate: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() >= deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Scratch folders, removed after the file's tests. */
export function scratchDirs(prefix: string): () => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}
