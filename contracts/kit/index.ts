/* Interactions */
export { createOpportunityInteraction, getOpportunityInteraction } from './interactions';
export type { CreateOpportunityInteraction, GetOpportunityInteraction, ReadyInteraction } from './interactions';

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
export { templateFor, DATETIME_FORMAT, DATE_FORMAT } from './template';

/* Provider states */
export { PROVIDER_NAME, STATE_NAMES, providerStates, fromState } from './states';
export type { ProviderState, ScenarioName, FromProviderState } from './states';

/* What the kit reads from the spec */
export { kitSpec } from './spec-data';
export type { KitSpec, ErrorExample } from './spec-data';
