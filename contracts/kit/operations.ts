import type { PactV4 } from '@pact-foundation/pact';
import type { AccountListRequest, OpportunityListRequest, OpportunityUpdateRequest, TagCreateRequest, TagObject } from '../../mock/core/types';
import { InteractionBase, operationInteraction, ReadyInteraction } from './interactions';
import type { FromProviderState } from './states';

/** An id in a path: exact, or the one a provider state returns (`fromState('opportunityId', example)`). */
type Id = string | FromProviderState;

/** `GET /v1/opportunities/{opportunity_id}`: under 2026-08-19 the detail response (`opportunityDetailResponse`). */
export const getOpportunityInteraction = (pact: PactV4, spec: InteractionBase & { opportunityId: Id }): ReadyInteraction =>
  operationInteraction(pact, { ...spec, operationId: 'getOpportunity', path: { opportunity_id: spec.opportunityId } });

/** `POST /v1/opportunities/list` with filters, sort and page (default `{}`: the first page, newest first). */
export const listOpportunitiesInteraction = (pact: PactV4, spec: InteractionBase & { request?: OpportunityListRequest }): ReadyInteraction =>
  operationInteraction(pact, { ...spec, operationId: 'listOpportunities', body: spec.request ?? {} });

/** `PATCH /v1/opportunities/{opportunity_id}` with the fields to change. */
export const updateOpportunityInteraction = (pact: PactV4, spec: InteractionBase & { opportunityId: Id; request: OpportunityUpdateRequest }): ReadyInteraction =>
  operationInteraction(pact, { ...spec, operationId: 'updateOpportunity', path: { opportunity_id: spec.opportunityId }, body: spec.request });

/** `DELETE /v1/opportunities/{opportunity_id}` (`noContent()` when it exists). */
export const deleteOpportunityInteraction = (pact: PactV4, spec: InteractionBase & { opportunityId: Id }): ReadyInteraction =>
  operationInteraction(pact, { ...spec, operationId: 'deleteOpportunity', path: { opportunity_id: spec.opportunityId } });

/** `GET /v1/me`. */
export const getMeInteraction = (pact: PactV4, spec: InteractionBase): ReadyInteraction => operationInteraction(pact, { ...spec, operationId: 'getMe' });

/** `GET /v1/users/`, with the `query` substring filter when given. */
export const listUsersInteraction = (pact: PactV4, { query, ...spec }: InteractionBase & { query?: string }): ReadyInteraction =>
  operationInteraction(pact, { ...spec, operationId: 'listUsers', ...(query === undefined ? {} : { query: { query } }) });

/** `GET /v1/tags/?object=` (default `opportunities`). */
export const listTagsInteraction = (pact: PactV4, spec: InteractionBase & { object?: TagObject }): ReadyInteraction =>
  operationInteraction(pact, { ...spec, operationId: 'listTags', query: { object: spec.object ?? 'opportunities' } });

/** `POST /v1/tags/`. */
export const createTagInteraction = (pact: PactV4, spec: InteractionBase & { request: TagCreateRequest }): ReadyInteraction =>
  operationInteraction(pact, { ...spec, operationId: 'createTag', body: spec.request });

/** `POST /v1/accounts/list` (default `{}`). */
export const listAccountsInteraction = (pact: PactV4, spec: InteractionBase & { request?: AccountListRequest }): ReadyInteraction =>
  operationInteraction(pact, { ...spec, operationId: 'listAccounts', body: spec.request ?? {} });

/** `GET /v1/accounts/{account_id}`. */
export const getAccountInteraction = (pact: PactV4, spec: InteractionBase & { accountId: Id }): ReadyInteraction =>
  operationInteraction(pact, { ...spec, operationId: 'getAccount', path: { account_id: spec.accountId } });

/** `GET /v1/schemas/{entity}` (`opportunities` or `accounts`). */
export const getFieldSchemasInteraction = (pact: PactV4, spec: InteractionBase & { entity: 'opportunities' | 'accounts' }): ReadyInteraction =>
  operationInteraction(pact, { ...spec, operationId: 'getFieldSchemas', path: { entity: spec.entity } });
