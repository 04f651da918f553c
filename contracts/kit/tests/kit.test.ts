import { MatchersV3 } from '@pact-foundation/pact';
import type { ErrorCode } from '../../../mock/core/types';
import { loadContract } from '../../../spec/contract';
import {
  anyIdempotencyKey,
  echoOf,
  errorResponse,
  ExpectedResponse,
  fromState,
  kitSpec,
  opportunityResponse,
  providerStates,
  replayed,
  STATE_NAMES,
  unauthorizedResponse,
  validationErrorResponse,
} from '..';

const contract = loadContract();
const { requests } = kitSpec();

/** The example a pact file would hold for this answer validates against the operation's declared response. */
function expectSpecValid(expected: ExpectedResponse, operationId = 'createOpportunity'): void {
  const validate = contract.responseValidator(operationId, expected.status);
  if (!validate) throw new Error(`${operationId} declares no ${expected.status} response`);
  const body = MatchersV3.reify(expected.body);
  if (!validate(body)) throw new Error(`${operationId} ${expected.status}: ${JSON.stringify(validate.errors)}\n${JSON.stringify(body)}`);
}

const data = (expected: ExpectedResponse) => (MatchersV3.reify(expected.body) as { data: Record<string, unknown> }).data;

describe('opportunityResponse', () => {
  test.each([
    ['a create', 'createOpportunity'],
    ['a create on the GA path', 'createOpportunityGa'],
    ['a read', 'getOpportunity'],
  ])('gives every field the spec requires, so its example is a valid 200 of %s', (_what, operationId) => {
    expectSpecValid(opportunityResponse(), operationId);
  });

  test('matches generated values by format: UUIDs by regex, timestamps as yyyy-MM-ddTHH:mm:ssX, other values by type', () => {
    const body = opportunityResponse().body as { data: Record<string, { 'pact:matcher:type'?: string; format?: string }>; meta: { timestamp: { format: string } } };
    expect(body.data.id['pact:matcher:type']).toBe('regex');
    expect(body.data.created_at).toMatchObject({ 'pact:matcher:type': 'timestamp', format: "yyyy-MM-dd'T'HH:mm:ssX" });
    expect(body.data.estimated_close_date).toMatchObject({ 'pact:matcher:type': 'date', format: 'yyyy-MM-dd' });
    expect(body.data.summary['pact:matcher:type']).toBe('type');
    expect(body.meta.timestamp.format).toBe("yyyy-MM-dd'T'HH:mm:ssX");
    expect(body.data.actual_close_date).toBeNull();
  });

  test('takes exact values and custom fields for the fields it is given', () => {
    const expected = opportunityResponse({ name: 'Acme Corp - Expansion', 'custom_field_550e8400-e29b-41d4-a716-446655440001': 'inbound' });
    expect(data(expected)).toMatchObject({ name: 'Acme Corp - Expansion', 'custom_field_550e8400-e29b-41d4-a716-446655440001': 'inbound' });
    expectSpecValid(expected);
  });

  test.each(['probability', 'custom_field_lead_source'])('refuses "%s", which OpportunityResponse does not declare, and says what it accepts', (field) => {
    expect(() => opportunityResponse({ [field]: 1 })).toThrow(
      `opportunityResponse: "${field}" is not a field of OpportunityResponse in spec/openapi.yaml. Use one of id, account_id, name, owner,`,
    );
  });
});

describe('echoOf: what a create echoes (D6–D11)', () => {
  const minimal = data(opportunityResponse(echoOf(requests.minimal)));
  const complete = data(opportunityResponse(echoOf(requests.complete)));

  test('sent fields come back exactly; fields left out come back null', () => {
    expect(minimal).toMatchObject({ name: requests.minimal.name, account_id: requests.minimal.account_id, estimated_value: null, notes: null, estimated_close_date: null });
    expect(complete).toMatchObject({ estimated_value: requests.complete.estimated_value, notes: requests.complete.notes });
  });

  test("a sent stage comes back by its label under 2026-08-19 (matched by type: the label is the org's), exactly as sent under 2026-07-31", () => {
    const stageOf = (response: ReturnType<typeof opportunityResponse>) => (response.body as { data: { stage: unknown } }).data.stage;
    expect(stageOf(opportunityResponse(echoOf(requests.complete)))).toMatchObject({ 'pact:matcher:type': 'type', value: 'Negotiation' });
    expect(stageOf(opportunityResponse(echoOf({ ...requests.minimal, stage: 'pilot' })))).toMatchObject({ 'pact:matcher:type': 'type', value: 'pilot' });
    expect(stageOf(opportunityResponse(echoOf(requests.complete, { apiVersion: '2026-07-31' })))).toBe('negotiation');
  });

  test('a stage or owner left out is the server\'s choice, with the minimal example as its example', () => {
    expect(minimal.stage).toBe(kitSpec().minimalResponseExample.data.stage);
    expect(minimal.owner).toEqual(kitSpec().minimalResponseExample.data.owner);
    expect((opportunityResponse(echoOf(requests.minimal)).body as { data: { stage: object } }).data.stage).toMatchObject({ 'pact:matcher:type': 'type' });
  });

  test('owner_user_id becomes owner.id, each tag id one tag name, and custom fields are echoed', () => {
    expect((complete.owner as { id: string }).id).toBe(requests.complete.owner_user_id);
    expect(complete.tags).toHaveLength(requests.complete.tags!.length);
    expect(complete['custom_field_550e8400-e29b-41d4-a716-446655440001']).toBe(requests.complete['custom_field_550e8400-e29b-41d4-a716-446655440001']);
  });

  test('the idempotency key is not echoed, and the result is a valid 200', () => {
    expect(complete).not.toHaveProperty('idempotency_key');
    expectSpecValid(opportunityResponse(echoOf(requests.complete)));
  });
});

describe('error answers come from the spec examples', () => {
  test.each<[Exclude<ErrorCode, 'validation_error'>, number]>([
    ['forbidden', 403],
    ['not_found', 404],
    ['idempotency_conflict', 409],
    ['payload_too_large', 413],
    ['rate_limited', 429],
    ['internal_error', 500],
    ['service_unavailable', 503],
  ])('errorResponse("%s") is a %i with a valid body', (code, status) => {
    const expected = errorResponse(code);
    expect(expected.status).toBe(status);
    expect(MatchersV3.reify(expected.body)).toMatchObject({ error: { code } });
    expectSpecValid(expected);
  });

  test('errorResponse refuses a code the spec has no example of, listing the ones it has', () => {
    expect(() => errorResponse('method_not_allowed')).toThrow(
      'errorResponse("method_not_allowed"): spec/openapi.yaml has no example with this code, so its status is unknown. Codes with examples: ',
    );
  });

  test('errorResponse refuses validation_error, pointing at validationErrorResponse', () => {
    expect(() => errorResponse('validation_error' as never)).toThrow('use validationErrorResponse([{ loc, type }])');
  });

  test('validationErrorResponse lists exactly the given fields, with the spec\'s example message for their type', () => {
    const expected = validationErrorResponse([{ loc: ['body', 'account_id'], type: 'uuid_parsing' }]);
    expect(expected.status).toBe(422);
    expect(MatchersV3.reify(expected.body)).toEqual({
      error: {
        code: 'validation_error',
        message: 'Invalid request body: account_id (Input should be a valid UUID).',
        details: [{ loc: ['body', 'account_id'], msg: 'Input should be a valid UUID', type: 'uuid_parsing' }],
      },
    });
    expectSpecValid(expected);
  });

  test('unauthorizedResponse is exactly the documented 401 body', () => {
    expect(unauthorizedResponse()).toEqual({ status: 401, body: { detail: 'No key found' } });
    expectSpecValid(unauthorizedResponse());
  });
});

describe('request matchers and headers', () => {
  test('replayed adds the replay header the spec declares, keeping the answer', () => {
    const expected = replayed(opportunityResponse());
    expect(expected.headers).toEqual({ 'Idempotent-Replayed': 'true' });
    expect(expected.body).toEqual(opportunityResponse().body);
  });

  test('anyIdempotencyKey matches any lowercase UUID, with the spec\'s example key by default', () => {
    expect(anyIdempotencyKey()).toMatchObject({ 'pact:matcher:type': 'regex', value: requests.complete.idempotency_key });
    expect(() => anyIdempotencyKey('not-a-uuid')).toThrow(/does not match the UUID regular expression/);
  });
});

describe('provider states follow the naming convention the provider verification implements', () => {
  test.each([
    ['accountExists', 'an account with id {accountId} exists', providerStates.accountExists('a1'), { accountId: 'a1' }],
    ['noAccount', 'no account with id {accountId} exists', providerStates.noAccount('a2'), { accountId: 'a2' }],
    ['opportunityExists', 'an opportunity with id {opportunityId} exists', providerStates.opportunityExists('o1'), { opportunityId: 'o1' }],
    ['scenario', 'strict-references', providerStates.scenario('strict-references'), undefined],
  ])('providerStates.%s is named "%s"', (_builder, name, state, params) => {
    expect(state).toEqual({ name, params });
  });

  test('STATE_NAMES lists every parametrised state', () => {
    expect(Object.values(STATE_NAMES).sort()).toEqual([
      'a tag named {name} exists for {object}',
      'an account with id {accountId} exists',
      'an opportunity was created with idempotency key {idempotencyKey}',
      'an opportunity with id {opportunityId} exists',
      'no account with id {accountId} exists',
      'no opportunity with id {opportunityId} exists',
      'opportunities exist matching {fields}',
    ]);
  });

  test('the idempotency state carries the body to create, with the key in it', () => {
    expect(providerStates.createdWithIdempotencyKey('k1', requests.minimal)).toEqual({
      name: 'an opportunity was created with idempotency key {idempotencyKey}',
      params: { idempotencyKey: 'k1', body: { ...requests.minimal, idempotency_key: 'k1' } },
    });
  });

  test('a scenario name that is not kebab-case is refused', () => {
    expect(() => providerStates.scenario('Strict References')).toThrow('Invalid scenario state "Strict References": scenario names are kebab-case');
  });

  test('fromState names the value a state handler returns', () => {
    expect(fromState('opportunityId', 'o1')).toEqual({ fromProviderState: 'opportunityId', example: 'o1' });
  });
});
