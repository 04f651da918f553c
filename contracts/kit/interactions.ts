import type { PactV4, TemplateHeaders } from '@pact-foundation/pact';
import { matchers } from './pact';
import type { CreateRequestTemplate, ExpectedResponse } from './responses';
import { kitSpec } from './spec-data';
import type { FromProviderState, ProviderState } from './states';

type UnconfiguredInteraction = ReturnType<PactV4['addInteraction']>;
type WillRespondWith = ReturnType<UnconfiguredInteraction['withRequest']>['willRespondWith'];
type ResponseBuilder = Parameters<NonNullable<Parameters<WillRespondWith>[1]>>[0];
/** An interaction ready for `.executeTest(async (mockServer) => …)`. */
export type ReadyInteraction = ReturnType<WillRespondWith>;

/** What every interaction builder takes. */
interface InteractionBase {
  /** Provider states to set up first, in order (see `providerStates`). Default none. */
  given?: ProviderState | ProviderState[];
  /** What the consumer does, e.g. "a request to create an opportunity"; unique within the pact. */
  uponReceiving: string;
  /**
   * The API key sent as `Authorization: Bearer`: a given key is matched exactly, `null` sends none. Default: any
   * well-formed key (`mks_` + 48 characters), with the fixtures' development key as the example.
   */
  apiKey?: string | null;
  /** The answer: `opportunityResponse(...)`, `errorResponse(code)`, `validationErrorResponse(...)`, `unauthorizedResponse()`. */
  expect: ExpectedResponse;
}

/** A Create Opportunity interaction. */
export interface CreateOpportunityInteraction extends InteractionBase {
  /** The JSON body sent. */
  request: CreateRequestTemplate;
  /** The documented preview path (default) or the GA path. */
  path?: 'preview' | 'ga';
}

/** A Get Opportunity interaction. */
export interface GetOpportunityInteraction extends InteractionBase {
  /** The id in the path, or the id a provider state returns (`fromState('opportunityId', example)`). */
  opportunityId: string | FromProviderState;
}

function authorization(apiKey: string | null | undefined): TemplateHeaders {
  if (apiKey === null) return {};
  const { example, pattern } = kitSpec().apiKey;
  if (apiKey === undefined) return { Authorization: matchers().regex(`^Bearer ${pattern.source.replace(/^\^/, '')}`, `Bearer ${example}`) };
  if (!pattern.test(apiKey)) throw new Error(`apiKey "${apiKey}" is not a Monaco key (mks_ + 48 URL-safe characters); the provider would answer 401.`);
  return { Authorization: `Bearer ${apiKey}` };
}

function start(pact: PactV4, { given, uponReceiving }: InteractionBase): UnconfiguredInteraction {
  let interaction = pact.addInteraction();
  for (const state of given === undefined ? [] : [given].flat()) interaction = interaction.given(state.name, state.params);
  return interaction.uponReceiving(uponReceiving);
}

function respond(expect: ExpectedResponse) {
  return (builder: ResponseBuilder) => {
    if (expect.headers) builder.headers(expect.headers);
    if (expect.body !== undefined) builder.jsonBody(expect.body);
  };
}

/**
 * `POST /v1/preview/opportunities` (or the GA path) with `request` as the body and the API key header.
 *
 * @example
 * await createOpportunityInteraction(pact, {
 *   given: providerStates.accountExists(accountId),
 *   uponReceiving: 'a request to create an opportunity',
 *   request: body,
 *   expect: opportunityResponse(echoOf(body)),
 * }).executeTest(async (mockServer) => { … });
 */
export function createOpportunityInteraction(pact: PactV4, spec: CreateOpportunityInteraction): ReadyInteraction {
  const { paths } = kitSpec();
  return start(pact, spec)
    .withRequest('POST', paths[spec.path ?? 'preview'], (builder) => {
      builder.headers(authorization(spec.apiKey));
      builder.jsonBody(spec.request);
    })
    .willRespondWith(spec.expect.status, respond(spec.expect));
}

/** `GET /v1/opportunities/{opportunity_id}` with the API key header. */
export function getOpportunityInteraction(pact: PactV4, spec: GetOpportunityInteraction): ReadyInteraction {
  const template = kitSpec().paths.get;
  const withId = (id: string) => template.replace('{opportunity_id}', id);
  const { opportunityId } = spec;
  const path =
    typeof opportunityId === 'string'
      ? withId(opportunityId)
      : matchers().fromProviderState(withId(`\${${opportunityId.fromProviderState}}`), withId(opportunityId.example));
  return start(pact, spec)
    .withRequest('GET', path, (builder) => {
      builder.headers(authorization(spec.apiKey));
    })
    .willRespondWith(spec.expect.status, respond(spec.expect));
}
