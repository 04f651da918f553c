import { PactV4 } from '@pact-foundation/pact';
import type { V3MockServer } from '@pact-foundation/pact';
import { UNKNOWN_ID } from '../../mock/tests/helpers';
import { fromRoot } from '../../spec/paths';
import { MonacoNotFoundError, MonacoValidationError, OpportunitiesClient } from '../client';
import {
  deleteOpportunityInteraction,
  errorResponse,
  fromState,
  getOpportunityInteraction,
  kitSpec,
  listOpportunitiesInteraction,
  noContent,
  opportunityDetailResponse,
  opportunityListResponse,
  opportunityResponse,
  PROVIDER_NAME,
  providerStates,
  updateOpportunityInteraction,
  validationErrorResponse,
} from '../kit';

/** The consumer: the pipeline page of a web app, which lists, opens, edits and deletes opportunities. */
const pact = new PactV4({ consumer: 'pipeline-page', provider: PROVIDER_NAME, dir: fromRoot('contracts', 'pacts'), logLevel: 'warn' });
const { responseExample, apiKey, requests } = kitSpec();
const id = responseExample.data.id;
const clientOf = (server: V3MockServer) => new OpportunitiesClient({ baseUrl: server.url, apiKey: apiKey.example });
const failureOf = (call: Promise<unknown>) => call.then((value) => { throw new Error(`Expected a failure, got ${JSON.stringify(value)}`); }, (error: unknown) => error);

describe('pipeline-page → monaco-opportunities', () => {
  test('lists the deals in negotiation, soonest to close first', async () => {
    const request = { filters: [{ field: 'stage', condition: 'is' as const, value: 'negotiation' }], sort: 'estimated_close_date', page_size: 25 };
    await listOpportunitiesInteraction(pact, {
      given: providerStates.opportunitiesExist({ stage: 'negotiation' }, 2),
      uponReceiving: 'a request for the opportunities in negotiation',
      request,
      expect: opportunityListResponse({ stage: responseExample.data.stage }),
    }).executeTest(async (server) => {
      const { items, pagination } = await clientOf(server).list(request);
      expect(items.length).toBeGreaterThan(0);
      expect(items[0].stage).toBe('Negotiation');
      expect(pagination.page).toBe(1);
    });
  });

  test('opens an opportunity, with the reasoning behind its custom fields', async () => {
    await getOpportunityInteraction(pact, {
      given: providerStates.opportunityExists(id),
      uponReceiving: 'a request for the detail of an opportunity',
      opportunityId: fromState('opportunityId', id),
      expect: opportunityDetailResponse(),
    }).executeTest(async (server) => {
      const opportunity = await clientOf(server).get(id);
      expect(opportunity.custom_field_explanations).toEqual(expect.any(Object));
    });
  });

  test('shows "not found" for an opportunity that does not exist (404)', async () => {
    await getOpportunityInteraction(pact, {
      given: providerStates.noOpportunity(UNKNOWN_ID),
      uponReceiving: 'a request for an opportunity that does not exist',
      opportunityId: UNKNOWN_ID,
      expect: errorResponse('not_found'),
    }).executeTest(async (server) => {
      expect(await failureOf(clientOf(server).get(UNKNOWN_ID))).toBeInstanceOf(MonacoNotFoundError);
    });
  });

  test('moves a deal to negotiation and retags it', async () => {
    const changes = { stage: 'negotiation', tags: requests.complete.tags!.slice(0, 1), notes: null };
    await updateOpportunityInteraction(pact, {
      given: providerStates.opportunityExists(id),
      uponReceiving: 'a request to move an opportunity to negotiation',
      opportunityId: fromState('opportunityId', id),
      request: changes,
      expect: opportunityResponse({ stage: responseExample.data.stage, notes: null, tags: [responseExample.data.tags[0]] }),
    }).executeTest(async (server) => {
      const updated = await clientOf(server).update(id, changes);
      expect(updated).toMatchObject({ stage: 'Negotiation', notes: null, tags: ['High Priority'] });
    });
  });

  test('points at the field when an update is refused (422)', async () => {
    await updateOpportunityInteraction(pact, {
      given: providerStates.opportunityExists(id),
      uponReceiving: 'a request to give an opportunity an owner id that is not a UUID',
      opportunityId: fromState('opportunityId', id),
      request: { owner_user_id: 'usr_abc123' },
      expect: validationErrorResponse([{ loc: ['body', 'owner_user_id'], type: 'uuid_parsing' }]),
    }).executeTest(async (server) => {
      const error = (await failureOf(clientOf(server).update(id, { owner_user_id: 'usr_abc123' }))) as MonacoValidationError;
      expect(error.details.map((d) => d.loc)).toEqual([['body', 'owner_user_id']]);
    });
  });

  test('deletes an opportunity (204)', async () => {
    await deleteOpportunityInteraction(pact, {
      given: providerStates.opportunityExists(id),
      uponReceiving: 'a request to delete an opportunity',
      opportunityId: fromState('opportunityId', id),
      expect: noContent(),
    }).executeTest(async (server) => {
      expect(await clientOf(server).delete(id)).toEqual({ attempts: 1 });
    });
  });

  test('reports a delete of an opportunity that is gone (404)', async () => {
    await deleteOpportunityInteraction(pact, {
      given: providerStates.noOpportunity(UNKNOWN_ID),
      uponReceiving: 'a request to delete an opportunity that does not exist',
      opportunityId: UNKNOWN_ID,
      expect: errorResponse('not_found'),
    }).executeTest(async (server) => {
      expect(await failureOf(clientOf(server).delete(UNKNOWN_ID))).toBeInstanceOf(MonacoNotFoundError);
    });
  });
});
