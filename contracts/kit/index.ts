/* Interactions */
export { createOpportunityInteraction, operationInteraction } from './interactions';
export type { CreateOpportunityInteraction, OperationInteraction, InteractionBase, ReadyInteraction } from './interactions';
export {
  getOpportunityInteraction,
  listOpportunitiesInteraction,
  updateOpportunityInteraction,
  deleteOpportunityInteraction,
  getMeInteraction,
  listUsersInteraction,
  listTagsInteraction,
  createTagInteraction,
  listAccountsInteraction,
  getAccountInteraction,
  getFieldSchemasInteraction,
} from './operations';

/* Expected answers and request matchers, derived from spec/openapi.yaml */
export {
  opportunityResponse,
  echoOf,
  replayed,
  errorResponse,
  validationErrorResponse,
  unauthorizedResponse,
  anyIdempotencyKey,
} from './responses';
export type { ExpectedResponse, ExpectedDetail, CreateRequestTemplate, OpportunityTemplate, EchoOptions } from './responses';
export {
  exampleAnswer,
  opportunityListResponse,
  opportunityDetailResponse,
  noContent,
  meResponse,
  usersResponse,
  tagsResponse,
  tagResponse,
  accountListResponse,
  accountResponse,
  fieldSchemasResponse,
} from './answers';
export { templateFor, DATETIME_FORMAT, DATE_FORMAT } from './template';

/* Provider states */
export { PROVIDER_NAME, STATE_NAMES, STATE_PARAMS, providerStates, fromState, stateParamProblems } from './states';
export type { ProviderState, ScenarioName, FromProviderState, StateParam } from './states';

/* What the kit reads from the spec */
export { kitSpec } from './spec-data';
export type { KitSpec, ErrorExample } from './spec-data';
