import type { PactV4 } from '@pact-foundation/pact';
import type { OpportunityCreateRequest } from '../../mock/types';

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
  createdWithIdempotencyKey: 'an opportunity was created with idempotency key {idempotencyKey}',
} as const;

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
  /**
   * An opportunity was created by sending `body` with `idempotency_key` = `idempotencyKey`, so sending the same
   * body again is a replay and sending another body is a conflict.
   */
  createdWithIdempotencyKey: (idempotencyKey: string, body: OpportunityCreateRequest): ProviderState => ({
    name: STATE_NAMES.createdWithIdempotencyKey,
    params: { idempotencyKey, body: { ...body, idempotency_key: idempotencyKey } as JsonMap },
  }),
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
