import type { PactV4 } from '@pact-foundation/pact';
import type { OpportunityCreateRequest, TagObject } from '../../mock/core/types';

/** Pact's JSON map type for state parameters (taken from `given`, which pact does not export by name). */
type JsonMap = NonNullable<Parameters<ReturnType<PactV4['addInteraction']>['given']>[1]>;

/** The provider name every consumer pact of this API uses; the provider verification looks pacts up by it. */
export const PROVIDER_NAME = 'monaco-opportunities';

/** A provider state: its name, and its parameters when the name has `{placeholders}`. */
export interface ProviderState {
  name: string;
  params?: JsonMap;
}

/**
 * Names of the parametrised states. The provider verification keys its state handlers by these exact strings
 * (placeholders included) and receives the values as parameters.
 */
export const STATE_NAMES = {
  accountExists: 'an account with id {accountId} exists',
  noAccount: 'no account with id {accountId} exists',
  opportunityExists: 'an opportunity with id {opportunityId} exists',
  noOpportunity: 'no opportunity with id {opportunityId} exists',
  opportunitiesExist: 'opportunities exist matching {fields}',
  createdWithIdempotencyKey: 'an opportunity was created with idempotency key {idempotencyKey}',
  tagExists: 'a tag named {name} exists for {object}',
} as const;

/** One parameter a state needs: its name and what kind of value it takes. */
export interface StateParam {
  name: string;
  type: 'uuid' | 'string' | 'object' | 'count' | 'tag object';
  optional?: boolean;
}

/** What each parametrised state needs (the verification checks every pact against this before it runs: pact-js#631). */
export const STATE_PARAMS: Readonly<Record<string, readonly StateParam[]>> = {
  [STATE_NAMES.accountExists]: [{ name: 'accountId', type: 'uuid' }],
  [STATE_NAMES.noAccount]: [{ name: 'accountId', type: 'uuid' }],
  [STATE_NAMES.opportunityExists]: [{ name: 'opportunityId', type: 'uuid' }],
  [STATE_NAMES.noOpportunity]: [{ name: 'opportunityId', type: 'uuid' }],
  [STATE_NAMES.opportunitiesExist]: [{ name: 'fields', type: 'object' }, { name: 'count', type: 'count', optional: true }],
  [STATE_NAMES.createdWithIdempotencyKey]: [{ name: 'idempotencyKey', type: 'uuid' }, { name: 'body', type: 'object' }],
  [STATE_NAMES.tagExists]: [{ name: 'name', type: 'string' }, { name: 'object', type: 'tag object' }],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FITS: Record<StateParam['type'], [(value: unknown) => boolean, string]> = {
  uuid: [(v) => typeof v === 'string' && UUID.test(v), 'a UUID'],
  string: [(v) => typeof v === 'string' && v.length > 0, 'a non-empty string'],
  object: [(v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'an object'],
  count: [(v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 50, 'a whole number from 1 to 50'],
  'tag object': [(v) => v === 'contacts' || v === 'accounts' || v === 'opportunities', 'contacts, accounts or opportunities'],
};

/**
 * What is wrong with a state's parameters (nothing for a state without a spec, such as a scenario): each
 * missing or ill-typed one, named with what it takes.
 */
export function stateParamProblems(name: string, params: unknown): string[] {
  const wanted = STATE_PARAMS[name];
  if (!wanted) return [];
  const given = (params ?? {}) as Record<string, unknown>;
  return wanted.flatMap((param) => {
    const [fits, what] = FITS[param.type];
    if (!(param.name in given)) return param.optional ? [] : [`"${param.name}" is missing (${what})`];
    return fits(given[param.name]) ? [] : [`"${param.name}" must be ${what}, got ${JSON.stringify(given[param.name])}`];
  });
}

/** Scenario states used by this repo's pacts; any other kebab-case scenario name of the mock is accepted. */
export type ScenarioName = 'strict-references' | 'read-only-key' | (string & Record<never, never>);

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Builders of the provider states, so pacts spell names and parameters the way the verification expects. */
export const providerStates = {
  /** The account exists in the key's organization. */
  accountExists: (accountId: string): ProviderState => ({ name: STATE_NAMES.accountExists, params: { accountId } }),
  /** No account of the key's organization has this id. */
  noAccount: (accountId: string): ProviderState => ({ name: STATE_NAMES.noAccount, params: { accountId } }),
  /** An opportunity exists; the handler returns `{ opportunityId }` (its real id) for `fromState('opportunityId', …)`. */
  opportunityExists: (opportunityId: string): ProviderState => ({ name: STATE_NAMES.opportunityExists, params: { opportunityId } }),
  /** No opportunity has this id (for a 404). */
  noOpportunity: (opportunityId: string): ProviderState => ({ name: STATE_NAMES.noOpportunity, params: { opportunityId } }),
  /**
   * `count` opportunities (default 3) exist whose create body is the spec's complete example with `fields`
   * instead, so a list filtered on those fields finds them; the handler returns `{ opportunityId, opportunityIds }`.
   */
  opportunitiesExist: (fields: Partial<OpportunityCreateRequest>, count?: number): ProviderState => ({
    name: STATE_NAMES.opportunitiesExist,
    params: { fields: fields as JsonMap, ...(count === undefined ? {} : { count }) },
  }),
  /**
   * An opportunity was created by sending `body` with `idempotency_key` = `idempotencyKey`, so sending the same
   * body again is a replay and sending another body is a conflict.
   */
  createdWithIdempotencyKey: (idempotencyKey: string, body: OpportunityCreateRequest): ProviderState => ({
    name: STATE_NAMES.createdWithIdempotencyKey,
    params: { idempotencyKey, body: { ...body, idempotency_key: idempotencyKey } as JsonMap },
  }),
  /** A tag of this name exists for the object type (created unless the fixtures have it); the handler returns `{ tagId }`. */
  tagExists: (name: string, object: TagObject = 'opportunities'): ProviderState => ({ name: STATE_NAMES.tagExists, params: { name, object } }),
  /** A named scenario of the mock (kebab-case), e.g. `strict-references` or `read-only-key`. */
  scenario: (name: ScenarioName): ProviderState => {
    if (!KEBAB_CASE.test(name)) {
      throw new Error(`Invalid scenario state "${name}": scenario names are kebab-case (e.g. strict-references). Rename it, or use a parametrised state.`);
    }
    return { name };
  },
};

/** A value the provider state handler returns (pact's `fromProviderState`), with the example the consumer test uses. */
export interface FromProviderState {
  fromProviderState: string;
  example: string;
}

/** The value the state handler returns under `param`, e.g. `fromState('opportunityId', exampleId)`. */
export const fromState = (param: string, example: string): FromProviderState => ({ fromProviderState: param, example });
