import { FIXTURE, UNKNOWN_ID } from '../../mock/tests/helpers';
import { kitSpec } from '../kit/spec-data';
import type { MockName } from './upstream';

/** A request of the corpus. */
export interface CorpusRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** A path; `{id}` is replaced by the id of the opportunity the last setup request created. */
  path: string;
  /** Sent as `Authorization: Bearer`; `null` sends no key. Default the development key. */
  key?: string | null;
  headers?: Record<string, string>;
  /** A JSON body, or a string sent as it is. */
  body?: unknown;
}

/** How Prism (5.14.2) treats a request, found by experiment; `forwarded` unless a row says otherwise. */
export type PrismHandling =
  /** Valid for the spec: forwarded, and the mock's answer validated. */
  | { kind: 'forwarded' }
  /**
   * It breaks the spec: with `--errors` Prism answers it itself (`status`, problem+json listing `violations`) and
   * never forwards it. Without `--errors` Prism forwards it and reports the same request violations in
   * `sl-violations`: that proxy checks the mock's answer, where only these request violations may show.
   */
  | { kind: 'rejected'; status: number; violations: (string | number)[] }
  /** Prism's HTTP server cannot parse it and answers `status` before routing, with or without `--errors`. */
  | { kind: 'unparsed'; status: number }
  /** Prism follows the mock's redirect (node-fetch's default) and returns the target's answer, `followedStatus`. */
  | { kind: 'redirect-followed'; followedStatus: number; location: string };

/** One row: a request, the mock that answers it, and the status the mock answers. */
export interface ConformanceCase {
  name: string;
  /** Default `standard`. */
  mock?: MockName;
  /** Requests sent first through the same proxy (each must answer 200), e.g. to create what the row reads. */
  setup?: CorpusRequest[];
  request: CorpusRequest;
  /** The status the mock answers this request with. */
  status: number;
  prism?: PrismHandling;
}

const { requests, paths } = kitSpec();
const minimal = requests.minimal;
const read = (id: string, extra: Partial<CorpusRequest> = {}): CorpusRequest => ({ method: 'GET', path: paths.get.replace('{opportunity_id}', id), ...extra });
const withKey = (key: string) => ({ ...minimal, idempotency_key: key });

/** The create rows, on one of the two create paths. */
function createRows(path: string, label: string): ConformanceCase[] {
  const create = (body: unknown, extra: Partial<CorpusRequest> = {}): CorpusRequest => ({ method: 'POST', path, body, ...extra });
  const key = (n: number) => `3bdfdf11-8b1a-4346-964b-7b0edac744b${n}`;
  const rows: ConformanceCase[] = [
    { name: 'create with the required fields', request: create(minimal), status: 200 },
    { name: 'create with every field, tags and a custom field', request: create(requests.complete), status: 200 },
    { name: 'create with the key in x-monaco-api-key', request: create(minimal, { key: null, headers: { 'x-monaco-api-key': FIXTURE.keys.jane } }), status: 200 },
    { name: 'create replayed with its idempotency key (Idempotent-Replayed: true)', setup: [create(withKey(key(1)))], request: create(withKey(key(1))), status: 200 },
    { name: 'create with a revoked key', request: create(minimal, { key: FIXTURE.keys.revoked }), status: 401 },
    { name: 'create without a key', request: create(minimal, { key: null }), status: 401, prism: { kind: 'rejected', status: 401, violations: [401] } },
    { name: 'create with a read-only key', request: create(minimal, { key: FIXTURE.keys.readOnly }), status: 403 },
    { name: 'create for an unknown account (strict references)', request: create({ ...minimal, account_id: UNKNOWN_ID }), status: 404 },
    {
      name: 'create reusing an idempotency key with another body',
      setup: [create(withKey(key(2)))],
      request: create({ ...withKey(key(2)), name: 'Another deal' }),
      status: 409,
    },
    { name: 'create with a body over 1 MB', request: create({ ...minimal, notes: 'x'.repeat(1_100_000) }), status: 413 },
    { name: 'create with a stage the pipeline lacks (strict references)', request: create({ ...minimal, stage: 'won' }), status: 422 },
    { name: 'create with a wrongly typed name and no account', request: create({ name: 42 }), status: 422, prism: { kind: 'rejected', status: 422, violations: ['required', 'type'] } },
    {
      name: 'create with a text/plain body',
      request: create('name=Acme', { headers: { 'content-type': 'text/plain' } }),
      status: 422,
      prism: { kind: 'rejected', status: 422, violations: [415] },
    },
    { name: 'create with JSON that does not parse', request: create('{"name":', { headers: { 'content-type': 'application/json' } }), status: 422, prism: { kind: 'unparsed', status: 400 } },
    { name: 'create past the rate limit', mock: 'rate-limited', setup: [create(minimal)], request: create(minimal), status: 429 },
    { name: 'create forced to 500 (Prefer: code=500)', request: create(minimal, { headers: { prefer: 'code=500' } }), status: 500 },
    { name: 'create forced to 503 by a scenario (Prefer: scenario=fail-twice-then-succeed)', request: create(minimal, { headers: { prefer: 'scenario=fail-twice-then-succeed' } }), status: 503 },
  ];
  return rows.map((row) => ({ ...row, name: `${row.name} (${label})` }));
}

/**
 * The rows every operation has: a revoked key and no key (401), past the rate limit (429, after a setup
 * request), 500 and 503 forced with `Prefer`, and the mock's own control errors every operation declares: an
 * example it lacks (404) and a malformed `X-Mock-Session` (422). `request` is a valid request of the operation.
 */
function everyOperationRows(label: string, request: CorpusRequest): ConformanceCase[] {
  const rows: ConformanceCase[] = [
    { name: 'with a revoked key', request: { ...request, key: FIXTURE.keys.revoked }, status: 401 },
    { name: 'without a key', request: { ...request, key: null }, status: 401, prism: { kind: 'rejected', status: 401, violations: [401] } },
    { name: 'past the rate limit', mock: 'rate-limited', setup: [{ method: 'GET', path: '/v1/me' }], request, status: 429 },
    { name: 'forced to 500 (Prefer: code=500)', request: { ...request, headers: { ...request.headers, prefer: 'code=500' } }, status: 500 },
    { name: 'forced to 503 (Prefer: code=503)', request: { ...request, headers: { ...request.headers, prefer: 'code=503' } }, status: 503 },
    { name: 'asking for an example it lacks (Prefer: example=nope)', request: { ...request, headers: { ...request.headers, prefer: 'example=nope' } }, status: 404 },
    { name: 'with a malformed X-Mock-Session', request: { ...request, headers: { ...request.headers, 'x-mock-session': 'two words' } }, status: 422 },
  ];
  return rows.map((row) => ({ ...row, name: `${label} ${row.name}` }));
}

const tagsOf = (object: string): CorpusRequest => ({ method: 'GET', path: `/v1/tags/?object=${object}` });
const newTag = (body: unknown, extra: Partial<CorpusRequest> = {}): CorpusRequest => ({ method: 'POST', path: '/v1/tags/', body, ...extra });

/** The lookups a create form fills its pickers from. */
const LOOKUP_ROWS: ConformanceCase[] = [
  { name: 'who am I', request: { method: 'GET', path: '/v1/me' }, status: 200 },
  ...everyOperationRows('who am I', { method: 'GET', path: '/v1/me' }),
  { name: 'list users', request: { method: 'GET', path: '/v1/users/' }, status: 200 },
  { name: 'list users matching a query', request: { method: 'GET', path: '/v1/users/?query=chen' }, status: 200 },
  ...everyOperationRows('list users', { method: 'GET', path: '/v1/users/' }),
  { name: 'list opportunity tags', request: tagsOf('opportunities'), status: 200 },
  { name: 'list tags without the object parameter', request: { method: 'GET', path: '/v1/tags/' }, status: 422, prism: { kind: 'rejected', status: 422, violations: ['required'] } },
  { name: 'list tags of an unknown object type', request: tagsOf('deals'), status: 422, prism: { kind: 'rejected', status: 422, violations: ['enum'] } },
  ...everyOperationRows('list tags', tagsOf('accounts')),
  { name: 'create a tag', request: newTag({ object: 'opportunities', name: 'Board Visibility', color: 'purple' }), status: 200 },
  { name: 'create a tag with a read-only key', request: newTag({ object: 'opportunities', name: 'Pilot' }, { key: FIXTURE.keys.readOnly }), status: 403 },
  { name: 'create a tag whose name is taken', request: newTag({ object: 'opportunities', name: 'High Priority' }), status: 409 },
  { name: 'create a tag with a body over 1 MB', request: newTag({ object: 'opportunities', name: 'Pilot', notes: 'x'.repeat(1_100_000) }), status: 413 },
  { name: 'create a tag named with punctuation', request: newTag({ object: 'opportunities', name: 'Q3/Q4!' }), status: 422, prism: { kind: 'rejected', status: 422, violations: ['pattern'] } },
  ...everyOperationRows('create a tag', newTag({ object: 'accounts', name: 'Key Account' })),
];

const listOf = (entity: string, body: unknown = {}): CorpusRequest => ({ method: 'POST', path: `/v1/${entity}/list`, body });
const stageIs = (value: unknown) => ({ filters: [{ field: 'stage', condition: 'is', value }] });

/** Lists, field schemas and accounts: filters, sort and pages, and every way a list request can be refused. */
const LIST_ROWS: ConformanceCase[] = [
  { name: 'list opportunities, first page', setup: [{ method: 'POST', path: paths.preview, body: minimal }], request: listOf('opportunities'), status: 200 },
  { name: 'list opportunities without a body', setup: [{ method: 'POST', path: paths.preview, body: minimal }], request: { method: 'POST', path: '/v1/opportunities/list' }, status: 200 },
  {
    name: 'list opportunities filtered by an expression, sorted, without custom fields',
    setup: [{ method: 'POST', path: paths.preview, body: requests.complete }],
    request: listOf('opportunities', { filters: { operator: 'or', filters: [stageIs(['negotiation', 'proposal']).filters[0], { field: 'amount', condition: 'greater_than', value: 1000 }] }, sort: 'estimated_close_date', page_size: 10, include_custom_fields: false }),
    status: 200,
  },
  { name: 'list opportunities with a body over 1 MB', request: listOf('opportunities', { filters: [{ field: 'notes', condition: 'contains', value: 'x'.repeat(1_100_000) }] }), status: 413 },
  { name: 'list opportunities filtered on a field they do not have', request: listOf('opportunities', { filters: [{ field: 'probability', condition: 'equals', value: 40 }] }), status: 422 },
  { name: 'list opportunities filtered on a stage the pipeline lacks', request: listOf('opportunities', stageIs('won')), status: 422 },
  { name: 'list opportunities, 501 per page', request: listOf('opportunities', { page_size: 501 }), status: 422, prism: { kind: 'rejected', status: 422, violations: ['maximum'] } },
  ...everyOperationRows('list opportunities', listOf('opportunities')),
  { name: 'list accounts named like a term', request: listOf('accounts', { filters: [{ field: 'name', condition: 'contains', value: 'acme' }], sort: 'name' }), status: 200 },
  { name: 'list accounts with a body over 1 MB', request: listOf('accounts', { filters: [{ field: 'name', condition: 'contains', value: 'x'.repeat(1_100_000) }] }), status: 413 },
  { name: 'list accounts sorted by a field that does not sort', request: listOf('accounts', { sort: 'owner' }), status: 422 },
  ...everyOperationRows('list accounts', listOf('accounts')),
  { name: 'read an account', request: { method: 'GET', path: `/v1/accounts/${minimal.account_id}` }, status: 200 },
  { name: 'read an unknown account', request: { method: 'GET', path: `/v1/accounts/${UNKNOWN_ID}` }, status: 404 },
  { name: 'read an account by a malformed id', request: { method: 'GET', path: '/v1/accounts/acc_def456' }, status: 422, prism: { kind: 'rejected', status: 422, violations: ['format'] } },
  ...everyOperationRows('read an account', { method: 'GET', path: `/v1/accounts/${minimal.account_id}` }),
  { name: 'field schemas of opportunities', request: { method: 'GET', path: '/v1/schemas/opportunities' }, status: 200 },
  { name: 'field schemas of accounts', request: { method: 'GET', path: '/v1/schemas/accounts' }, status: 200 },
  { name: 'field schemas of an entity in the singular', request: { method: 'GET', path: '/v1/schemas/opportunity' }, status: 404 },
  ...everyOperationRows('field schemas', { method: 'GET', path: '/v1/schemas/opportunities' }),
];

const created = [{ method: 'POST' as const, path: paths.preview, body: minimal }];
const item = (method: 'PATCH' | 'DELETE', id: string, extra: Partial<CorpusRequest> = {}): CorpusRequest => ({ method, path: paths.get.replace('{opportunity_id}', id), ...extra });

/** Update and delete, each status on a created opportunity or an unknown one. */
const UPDATE_DELETE_ROWS: ConformanceCase[] = [
  { name: 'update an opportunity', setup: created, request: item('PATCH', '{id}', { body: { stage: 'negotiation', tags: [requests.complete.tags![0]], notes: null } }), status: 200 },
  { name: 'update with a read-only key', setup: created, request: item('PATCH', '{id}', { body: { name: 'x' }, key: FIXTURE.keys.readOnly }), status: 403 },
  { name: 'update an unknown opportunity', request: item('PATCH', UNKNOWN_ID, { body: { name: 'x' } }), status: 404 },
  { name: 'update with a body over 1 MB', request: item('PATCH', UNKNOWN_ID, { body: { notes: 'x'.repeat(1_100_000) } }), status: 413 },
  { name: 'update to a stage the pipeline lacks (strict references)', setup: created, request: item('PATCH', '{id}', { body: { stage: 'won' } }), status: 422 },
  { name: 'update with a malformed id', request: item('PATCH', 'opp_abc123', { body: { name: 'x' } }), status: 422, prism: { kind: 'rejected', status: 422, violations: ['format'] } },
  ...everyOperationRows('update', item('PATCH', UNKNOWN_ID, { body: { name: 'x' } })),
  { name: 'delete an opportunity', setup: created, request: item('DELETE', '{id}'), status: 204 },
  { name: 'delete with a read-only key', setup: created, request: item('DELETE', '{id}', { key: FIXTURE.keys.readOnly }), status: 403 },
  { name: 'delete an unknown opportunity', request: item('DELETE', UNKNOWN_ID), status: 404 },
  { name: 'delete with a malformed id', request: item('DELETE', 'opp_abc123'), status: 422, prism: { kind: 'rejected', status: 422, violations: ['format'] } },
  ...everyOperationRows('delete', item('DELETE', UNKNOWN_ID)),
];

/**
 * Every operation and every declared status (5xx forced through `Prefer`), sent through Prism's validation
 * proxy. Add a row for each new behaviour; the test reads nothing else.
 */
export const CORPUS: ConformanceCase[] = [
  ...UPDATE_DELETE_ROWS,
  ...LOOKUP_ROWS,
  ...LIST_ROWS,
  ...createRows(paths.preview, 'preview path'),
  ...createRows(paths.ga, 'GA path'),
  {
    name: 'create on the unslashed preview path with strictSlashes (307 to the slashed one)',
    mock: 'strict-slashes',
    request: { method: 'POST', path: paths.preview, body: minimal },
    status: 307,
    prism: { kind: 'redirect-followed', followedStatus: 200, location: `${paths.preview}/` },
  },
  { name: 'read a created opportunity', setup: [{ method: 'POST', path: paths.preview, body: minimal }], request: read('{id}'), status: 200 },
  { name: 'read with a revoked key', request: read(UNKNOWN_ID, { key: FIXTURE.keys.revoked }), status: 401 },
  { name: 'read without a key', request: read(UNKNOWN_ID, { key: null }), status: 401, prism: { kind: 'rejected', status: 401, violations: [401] } },
  { name: 'read an unknown opportunity', request: read(UNKNOWN_ID), status: 404 },
  { name: 'read with a malformed id', request: read('opp_abc123'), status: 422, prism: { kind: 'rejected', status: 422, violations: ['format'] } },
  { name: 'read past the rate limit', mock: 'rate-limited', setup: [{ method: 'POST', path: paths.preview, body: minimal }], request: read(UNKNOWN_ID), status: 429 },
  { name: 'read forced to 500 (Prefer: code=500)', request: read(UNKNOWN_ID, { headers: { prefer: 'code=500' } }), status: 500 },
  { name: 'read forced to 503 (Prefer: code=503)', request: read(UNKNOWN_ID, { headers: { prefer: 'code=503' } }), status: 503 },
];
