import { PactV4 } from '@pact-foundation/pact';
import type { V3MockServer } from '@pact-foundation/pact';
import { FIXTURE, UNKNOWN_ID } from '../../mock/tests/helpers';
import { fromRoot } from '../../spec/paths';
import {
  MonacoForbiddenError,
  MonacoIdempotencyConflictError,
  MonacoNotFoundError,
  MonacoUnauthorizedError,
  MonacoValidationError,
  OpportunitiesClient,
} from '../client';
import {
  anyIdempotencyKey,
  createOpportunityInteraction,
  echoOf,
  errorResponse,
  fromState,
  getOpportunityInteraction,
  kitSpec,
  opportunityResponse,
  PROVIDER_NAME,
  providerStates,
  replayed,
  unauthorizedResponse,
  validationErrorResponse,
} from '../kit';

/** The consumer: a web app that creates opportunities and shows them, through OpportunitiesClient. */
const pact = new PactV4({ consumer: 'opportunities-web', provider: PROVIDER_NAME, dir: fromRoot('contracts', 'pacts'), logLevel: 'warn' });

const { requests, responseExample, apiKey } = kitSpec();
const minimal = requests.minimal;
const complete = requests.complete;
const account = minimal.account_id;

/** Example idempotency keys, one per interaction, so no two interactions share one at verification. */
const KEYS = {
  minimal: '3bdfdf11-8b1a-4346-964b-7b0edac744b8',
  invalid: '5f84b533-55e3-4af2-8e6e-19bb8b36aa27',
  unknownAccount: 'b801df7f-a644-4949-ba0c-c2ce1a9366a7',
  noKey: '48f73990-c7f3-4118-b7fe-a5463e0424f5',
  readOnly: 'e7cec9ad-724d-4882-8bf8-5557c58fb69d',
  replay: 'fba044aa-cb34-4bc9-a666-aaa385f599f8',
  conflict: '0f5c3b7e-8d5a-4c1e-9b8e-2a4f6d7c9e01',
};

const clientOf = (server: V3MockServer, key: string | undefined = apiKey.example) => new OpportunitiesClient({ baseUrl: server.url, apiKey: key });

/** The error a call throws (the test fails when it resolves). */
async function failureOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    (value) => {
      throw new Error(`Expected the call to fail, but it resolved with ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

describe('opportunities-web → monaco-opportunities', () => {
  test('creates an opportunity with only the required fields', async () => {
    await createOpportunityInteraction(pact, {
      given: providerStates.accountExists(account),
      uponReceiving: 'a request to create an opportunity with only the required fields',
      request: { ...minimal, idempotency_key: anyIdempotencyKey(KEYS.minimal) },
      expect: opportunityResponse(echoOf(minimal)),
    }).executeTest(async (server) => {
      const created = await clientOf(server).create(minimal);
      expect(created.replayed).toBe(false);
      expect(created.opportunity).toMatchObject({ name: minimal.name, account_id: account, estimated_value: null, tags: [] });
    });
  });

  test('creates an opportunity with every field, tags and a custom field', async () => {
    const customField = Object.keys(complete).find((key) => key.startsWith('custom_field_'))!;
    await createOpportunityInteraction(pact, {
      given: providerStates.accountExists(complete.account_id),
      uponReceiving: 'a request to create an opportunity with every field, tags and a custom field',
      request: complete,
      expect: opportunityResponse(echoOf(complete)),
    }).executeTest(async (server) => {
      const { opportunity, idempotencyKey } = await clientOf(server).create(complete);
      expect(idempotencyKey).toBe(complete.idempotency_key);
      expect(opportunity.owner?.id).toBe(complete.owner_user_id);
      expect(opportunity.tags).toHaveLength(complete.tags!.length);
      expect(opportunity[customField]).toBe(complete[customField]);
      expect(opportunity.estimated_value).toEqual(complete.estimated_value);
    });
  });

  test('shows the failing field when the API rejects a malformed account id (422)', async () => {
    const body = { name: minimal.name, account_id: 'acc_def456' };
    await createOpportunityInteraction(pact, {
      uponReceiving: 'a request to create an opportunity with a malformed account id',
      request: { ...body, idempotency_key: anyIdempotencyKey(KEYS.invalid) },
      expect: validationErrorResponse([{ loc: ['body', 'account_id'], type: 'uuid_parsing' }]),
    }).executeTest(async (server) => {
      const error = (await failureOf(clientOf(server).create(body))) as MonacoValidationError;
      expect(error).toBeInstanceOf(MonacoValidationError);
      expect(error.details.map((d) => d.loc)).toEqual([['body', 'account_id']]);
    });
  });

  test('reports an unknown account (404) when references are strict', async () => {
    const body = { name: minimal.name, account_id: UNKNOWN_ID };
    await createOpportunityInteraction(pact, {
      given: [providerStates.scenario('strict-references'), providerStates.noAccount(UNKNOWN_ID)],
      uponReceiving: 'a request to create an opportunity for an account that does not exist',
      request: { ...body, idempotency_key: anyIdempotencyKey(KEYS.unknownAccount) },
      expect: errorResponse('not_found'),
    }).executeTest(async (server) => {
      const error = await failureOf(clientOf(server).create(body));
      expect(error).toBeInstanceOf(MonacoNotFoundError);
      expect(error).toMatchObject({ code: 'not_found', attempts: 1 });
    });
  });

  test('asks for a key when none is sent (401)', async () => {
    await createOpportunityInteraction(pact, {
      uponReceiving: 'a request to create an opportunity without an API key',
      apiKey: null,
      request: { ...minimal, idempotency_key: anyIdempotencyKey(KEYS.noKey) },
      expect: unauthorizedResponse(),
    }).executeTest(async (server) => {
      const error = await failureOf(clientOf(server, undefined).create(minimal));
      expect(error).toBeInstanceOf(MonacoUnauthorizedError);
      expect(error).toMatchObject({ status: 401, body: { detail: 'No key found' } });
    });
  });

  test('explains that a read-only key cannot create (403)', async () => {
    await createOpportunityInteraction(pact, {
      given: providerStates.scenario('read-only-key'),
      uponReceiving: 'a request to create an opportunity with a read-only API key',
      apiKey: FIXTURE.keys.readOnly,
      request: { ...minimal, idempotency_key: anyIdempotencyKey(KEYS.readOnly) },
      expect: errorResponse('forbidden'),
    }).executeTest(async (server) => {
      const error = await failureOf(clientOf(server, FIXTURE.keys.readOnly).create(minimal));
      expect(error).toBeInstanceOf(MonacoForbiddenError);
    });
  });

  test('gets the original opportunity back when a create is retried with its idempotency key', async () => {
    const body = { name: 'Acme Corp - Renewal', account_id: account, idempotency_key: KEYS.replay };
    await createOpportunityInteraction(pact, {
      given: [providerStates.accountExists(account), providerStates.createdWithIdempotencyKey(KEYS.replay, body)],
      uponReceiving: 'a create repeated with the idempotency key and body of an earlier one',
      request: body,
      expect: replayed(opportunityResponse(echoOf(body))),
    }).executeTest(async (server) => {
      const created = await clientOf(server).create(body);
      expect(created).toMatchObject({ replayed: true, idempotencyKey: KEYS.replay, attempts: 1 });
      expect(created.opportunity.name).toBe(body.name);
    });
  });

  test('does not retry when an idempotency key was already used with another body (409)', async () => {
    const original = { name: 'Acme Corp - Renewal', account_id: account, idempotency_key: KEYS.conflict };
    const changed = { ...original, name: 'Acme Corp - Renewal (revised)' };
    await createOpportunityInteraction(pact, {
      given: [providerStates.accountExists(account), providerStates.createdWithIdempotencyKey(KEYS.conflict, original)],
      uponReceiving: 'a create reusing the idempotency key of an earlier one with another body',
      request: changed,
      expect: errorResponse('idempotency_conflict'),
    }).executeTest(async (server) => {
      const error = await failureOf(clientOf(server).create(changed));
      expect(error).toBeInstanceOf(MonacoIdempotencyConflictError);
      expect(error).toMatchObject({ attempts: 1, retryable: false });
    });
  });

  test('reads an opportunity back after creating it', async () => {
    const id = responseExample.data.id;
    await getOpportunityInteraction(pact, {
      given: providerStates.opportunityExists(id),
      uponReceiving: 'a request for an opportunity that exists',
      opportunityId: fromState('opportunityId', id),
      expect: opportunityResponse(),
    }).executeTest(async (server) => {
      const opportunity = await clientOf(server).get(id);
      expect(opportunity.id).toBe(id);
      expect(opportunity.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    });
  });
});
