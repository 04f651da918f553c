import type { StateHandlers } from '@pact-foundation/pact/src/dsl/verifier/proxy/types';
import type { RunningMock } from '../../mock/in-process';
import { STATE_NAMES } from '../kit/states';

/** One supported provider state, for the README and for the check that every state a pact uses is known. */
export interface StateDoc {
  name: string;
  params: string[];
  sets_up: string;
}

const DEV_KEY_OF = (mock: RunningMock) => {
  const org = mock.app.mock.directory.defaultOrg;
  const key = org.fixture.api_keys.find((k) => k.user_id === org.defaultUser.id && !k.revoked && k.access === 'read_write');
  if (!key) throw new Error(`The default org ${org.name} has no active read-write key of its default user to set up provider states with.`);
  return key.key;
};

/** Creates an opportunity through the mock's own API, as a client would, and returns its body. */
async function createThroughApi(mock: RunningMock, body: unknown): Promise<{ data: { id: string } }> {
  const res = await fetch(`${mock.url}/v1/preview/opportunities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${DEV_KEY_OF(mock)}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (res.status !== 200) throw new Error(`Setting up the state failed: the mock answered ${res.status} ${JSON.stringify(json)} to ${JSON.stringify(body)}.`);
  return json as { data: { id: string } };
}

const param = (params: unknown, name: string): string => {
  const value = (params as Record<string, unknown> | undefined)?.[name];
  if (typeof value !== 'string') throw new Error(`The state needs the parameter "${name}" (a string); the pact gave ${JSON.stringify(params)}.`);
  return value;
};

/** Every provider state the verification supports: the parametrised ones, then one per scenario. */
export function stateDocs(mock: RunningMock): StateDoc[] {
  return [
    { name: STATE_NAMES.accountExists, params: ['accountId'], sets_up: 'the account exists in the default org (added for the interaction when the fixtures lack it, so strict references accept it too)' },
    { name: STATE_NAMES.noAccount, params: ['accountId'], sets_up: 'checks no fixture account has the id; combine with `strict-references` to get the 404' },
    { name: STATE_NAMES.opportunityExists, params: ['opportunityId'], sets_up: "creates an opportunity from the spec's `complete` request example and returns `{ opportunityId }` (its real id) for `fromProviderState`" },
    { name: STATE_NAMES.createdWithIdempotencyKey, params: ['idempotencyKey', 'body'], sets_up: 'creates an opportunity by sending `body` (which carries `idempotency_key`)' },
    ...mock.app.mock.scenarios.list().map((s) => ({ name: s.name, params: [], sets_up: `activates the scenario: ${s.description}` })),
  ];
}

/**
 * The state handlers of the provider verification: the parametrised states reuse the fixtures and the mock's
 * own API; every scenario name is a state that activates that scenario. The mock is reset before and after
 * each interaction, so no state leaks into the next.
 */
export function stateHandlers(mock: RunningMock): StateHandlers {
  const runtime = mock.app.mock;
  const org = runtime.directory.defaultOrg;
  let removeAccount: (() => void) | undefined;
  const handlers: StateHandlers = {
    [STATE_NAMES.accountExists]: {
      setup: async (params?: unknown) => {
        const accountId = param(params, 'accountId');
        removeAccount = runtime.directory.addAccount(org.id, { id: accountId, name: `Pact account ${accountId.slice(0, 8)}`, domain: 'pact.example' });
        return undefined;
      },
      teardown: async () => {
        removeAccount?.();
        removeAccount = undefined;
        return undefined;
      },
    },
    [STATE_NAMES.noAccount]: async (params?: unknown) => {
      const accountId = param(params, 'accountId');
      const owner = [...runtime.directory.orgs.values()].find((o) => o.accounts.has(accountId.toLowerCase()));
      if (owner) throw new Error(`Account ${accountId} is a fixture account of ${owner.name}: a "no account" state needs an id no fixture uses.`);
      return undefined;
    },
    [STATE_NAMES.opportunityExists]: async () => {
      const example = runtime.contract.operation('createOpportunity').requestBody!.examples.complete;
      const created = await createThroughApi(mock, example);
      return { opportunityId: created.data.id };
    },
    [STATE_NAMES.createdWithIdempotencyKey]: async (params?: unknown) => {
      param(params, 'idempotencyKey');
      await createThroughApi(mock, (params as Record<string, unknown>).body);
      return undefined;
    },
  };
  for (const scenario of runtime.scenarios.list()) {
    handlers[scenario.name] = async () => {
      mock.use(scenario.name);
      return undefined;
    };
  }
  return handlers;
}
