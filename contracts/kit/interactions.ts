import type { PactV4, TemplateHeaders, TemplateQuery } from '@pact-foundation/pact';
import { matchers } from './pact';
import type { CreateRequestTemplate, ExpectedResponse } from './responses';
import { kitSpec } from './spec-data';
import { stateParamProblems, type FromProviderState, type ProviderState } from './states';

type UnconfiguredInteraction = ReturnType<PactV4['addInteraction']>;
type WillRespondWith = ReturnType<UnconfiguredInteraction['withRequest']>['willRespondWith'];
type ResponseBuilder = Parameters<NonNullable<Parameters<WillRespondWith>[1]>>[0];
/** An interaction ready for `.executeTest(async (mockServer) => …)`. */
export type ReadyInteraction = ReturnType<WillRespondWith>;

/** What every interaction builder takes. */
export interface InteractionBase {
  /** Provider states to set up first, in order (see `providerStates`). Default none. */
  given?: ProviderState | ProviderState[];
  /** What the consumer does, e.g. "a request to create an opportunity"; unique within the pact. */
  uponReceiving: string;
  /**
   * The API key sent as `Authorization: Bearer`: a given key is matched exactly, `null` sends none. Default: any
   * well-formed key (`mks_` + 48 characters), with the fixtures' development key as the example.
   */
  apiKey?: string | null;
  /** The answer: `opportunityResponse(...)`, `errorResponse(code)`, `validationErrorResponse(...)`, `unauthorizedResponse()`, … */
  expect: ExpectedResponse;
}

/** An interaction with any operation of spec/openapi.yaml, by its operationId. */
export interface OperationInteraction extends InteractionBase {
  operationId: string;
  /** The path parameters: exact values, or the value a provider state returns (`fromState('opportunityId', example)`). */
  path?: Record<string, string | FromProviderState>;
  /** Query parameters, exact. */
  query?: TemplateQuery;
  /** The JSON body sent (exact values or matchers). */
  body?: unknown;
}

/** A Create Opportunity interaction. */
export interface CreateOpportunityInteraction extends InteractionBase {
  /** The JSON body sent. */
  request: CreateRequestTemplate;
  /** The documented preview path (default) or the GA path. */
  path?: 'preview' | 'ga';
}

function authorization(apiKey: string | null | undefined): TemplateHeaders {
  if (apiKey === null) return {};
  const { example, pattern } = kitSpec().apiKey;
  if (apiKey === undefined) return { Authorization: matchers().regex(`^Bearer ${pattern.source.replace(/^\^/, '')}`, `Bearer ${example}`) };
  if (!pattern.test(apiKey)) throw new Error(`apiKey "${apiKey}" is not a Monaco key (mks_ + 48 URL-safe characters); the provider would answer 401.`);
  return { Authorization: `Bearer ${apiKey}` };
}

/** Adds the interaction with its states; a parametrised state given without the parameters it needs is refused now, not at verification. */
function start(pact: PactV4, { given, uponReceiving }: InteractionBase): UnconfiguredInteraction {
  let interaction = pact.addInteraction();
  for (const state of given === undefined ? [] : [given].flat()) {
    const problems = stateParamProblems(state.name, state.params);
    if (problems.length) throw new Error(`"${uponReceiving}": the provider state "${state.name}" needs its parameters: ${problems.join('; ')}. Use providerStates.* to write it.`);
    interaction = interaction.given(state.name, state.params);
  }
  return interaction.uponReceiving(uponReceiving);
}

function respond(expect: ExpectedResponse) {
  return (builder: ResponseBuilder) => {
    if (expect.headers) builder.headers(expect.headers);
    if (expect.body !== undefined) builder.jsonBody(expect.body);
  };
}

/** The operation's path with its parameters filled in; one that comes from a provider state makes the path a `fromProviderState`. */
function pathOf(template: string, values: OperationInteraction['path'] = {}): string | ReturnType<ReturnType<typeof matchers>['fromProviderState']> {
  const missing = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).filter((name) => !(name in values));
  if (missing.length) throw new Error(`The path ${template} needs ${missing.map((m) => `path.${m}`).join(', ')}.`);
  let example = template;
  let expression = template;
  for (const [name, value] of Object.entries(values)) {
    example = example.replace(`{${name}}`, typeof value === 'string' ? value : value.example);
    expression = expression.replace(`{${name}}`, typeof value === 'string' ? value : `\${${value.fromProviderState}}`);
  }
  return expression === example ? example : matchers().fromProviderState(expression, example);
}

/** An interaction with any operation (`operationId` of spec/openapi.yaml): its method and path come from the spec. */
export function operationInteraction(pact: PactV4, spec: OperationInteraction): ReadyInteraction {
  const operation = kitSpec().contract.operation(spec.operationId);
  return start(pact, spec)
    .withRequest(operation.method.toUpperCase() as 'GET', pathOf(operation.path, spec.path) as string, (builder) => {
      builder.headers(authorization(spec.apiKey));
      if (spec.query) builder.query(spec.query);
      if (spec.body !== undefined) builder.jsonBody(spec.body);
    })
    .willRespondWith(spec.expect.status, respond(spec.expect));
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
  const { request, path, ...base } = spec;
  return operationInteraction(pact, { ...base, operationId: path === 'ga' ? 'createOpportunityGa' : 'createOpportunity', body: request });
}
