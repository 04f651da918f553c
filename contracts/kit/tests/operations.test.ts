import { MatchersV3, PactV4 } from '@pact-foundation/pact';
import { loadContract } from '../../../spec/contract';
import {
  accountListResponse,
  accountResponse,
  errorResponse,
  ExpectedResponse,
  exampleAnswer,
  fieldSchemasResponse,
  getAccountInteraction,
  meResponse,
  noContent,
  operationInteraction,
  opportunityDetailResponse,
  opportunityListResponse,
  providerStates,
  STATE_NAMES,
  stateParamProblems,
  tagResponse,
  tagsResponse,
  usersResponse,
} from '..';

const contract = loadContract();
const pact = new PactV4({ consumer: 'kit-unit', provider: 'monaco-opportunities', dir: '/tmp/kit-unit-pacts', logLevel: 'error' });

/** The example a pact file holds for a template: as MatchersV3.reify, an `arrayContaining` as the list of its variants. */
function reify(template: unknown): unknown {
  if (Array.isArray(template)) return template.map(reify);
  if (!template || typeof template !== 'object') return template;
  const matcher = template as { 'pact:matcher:type'?: string; variants?: unknown[] };
  if (matcher['pact:matcher:type'] === 'arrayContains') return matcher.variants!.map(reify);
  if (matcher['pact:matcher:type']) return MatchersV3.reify(template);
  return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, reify(value)]));
}

/** What a pact file would hold for the answer validates against the operation's declared response. */
function expectSpecValid(expected: ExpectedResponse, operationId: string): void {
  const validate = contract.responseValidator(operationId, expected.status)!;
  const body = reify(expected.body);
  if (!validate(body)) throw new Error(`${operationId} ${expected.status}: ${JSON.stringify(validate.errors)}\n${JSON.stringify(body)}`);
}

describe("the kit's answers for the lists, the detail and the lookups are valid answers of their operations", () => {
  test.each([
    ['listOpportunities', opportunityListResponse({ stage: 'Negotiation' })],
    ['listOpportunities', opportunityListResponse({}, { min: 0 })],
    ['getOpportunity', opportunityDetailResponse()],
    ['getMe', meResponse()],
    ['listUsers', usersResponse()],
    ['listTags', tagsResponse()],
    ['createTag', tagResponse({ name: 'Pilot', color: null })],
    ['listAccounts', accountListResponse()],
    ['getAccount', accountResponse()],
    ['getFieldSchemas', fieldSchemasResponse()],
    ['createTag', errorResponse('conflict')],
  ] as const)('%s', (operationId, expected) => {
    expectSpecValid(expected, operationId);
  });

  test('every operation has a success answer the kit can write: from its 200 example, or noContent() for its 204', () => {
    for (const op of contract.operations.values()) {
      if (op.responses.has('200')) expectSpecValid(exampleAnswer(op.operationId), op.operationId);
      else expect([op.operationId, op.responses.has(String(noContent().status))]).toEqual([op.operationId, true]);
    }
  });

  test('a taken tag name is a 409 conflict; the detail adds custom_field_explanations matched as any object', () => {
    expect(errorResponse('conflict').status).toBe(409);
    expect((opportunityDetailResponse().body as { data: { custom_field_explanations: object } }).data.custom_field_explanations).toMatchObject({ 'pact:matcher:type': 'type', value: {} });
  });
});

describe('provider states are checked when the interaction is written (pact-js#631)', () => {
  test.each([
    [STATE_NAMES.accountExists, {}, ['"accountId" is missing (a UUID)']],
    [STATE_NAMES.accountExists, { accountId: 'acc_1' }, ['"accountId" must be a UUID, got "acc_1"']],
    [STATE_NAMES.opportunitiesExist, { fields: { stage: 'demo' }, count: 500 }, ['"count" must be a whole number from 1 to 50, got 500']],
    [STATE_NAMES.tagExists, { name: 'Pilot', object: 'deals' }, ['"object" must be contacts, accounts or opportunities, got "deals"']],
    [STATE_NAMES.createdWithIdempotencyKey, { idempotencyKey: '4cdd2055-930d-4eaf-94f4-733f3e7d1bfb' }, ['"body" is missing (an object)']],
    [STATE_NAMES.opportunitiesExist, { fields: {} }, []],
    ['strict-references', undefined, []],
  ])('%s with %j: %j', (name, params, problems) => {
    expect(stateParamProblems(name, params)).toEqual(problems);
  });

  test('an interaction given a state without its parameters is refused, naming it and the builder to use', () => {
    expect(() =>
      getAccountInteraction(pact, { given: { name: STATE_NAMES.accountExists, params: {} }, uponReceiving: 'a request for an account', accountId: 'x', expect: accountResponse() }),
    ).toThrow('"a request for an account": the provider state "an account with id {accountId} exists" needs its parameters: "accountId" is missing (a UUID). Use providerStates.* to write it.');
  });

  test('every builder of providerStates writes what the state needs', () => {
    const states = [
      providerStates.accountExists('8d116ece-1738-47d9-bd9c-172411e20b8f'),
      providerStates.noAccount('8d116ece-1738-47d9-bd9c-172411e20b8f'),
      providerStates.opportunityExists('c7a2ea20-b2f1-4c94-ae05-319acb5c7427'),
      providerStates.noOpportunity('c7a2ea20-b2f1-4c94-ae05-319acb5c7427'),
      providerStates.opportunitiesExist({ stage: 'negotiation' }, 2),
      providerStates.tagExists('Pilot'),
    ];
    for (const state of states) expect([state.name, stateParamProblems(state.name, state.params)]).toEqual([state.name, []]);
  });

  test('an operation whose path has parameters needs them', () => {
    expect(() => operationInteraction(pact, { operationId: 'getOpportunity', uponReceiving: 'a read', expect: noContent() })).toThrow(
      'The path /v1/opportunities/{opportunity_id} needs path.opportunity_id.',
    );
  });
});
