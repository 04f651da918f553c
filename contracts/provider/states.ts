import type { StateHandlers } from '@pact-foundation/pact/src/dsl/verifier/proxy/types';
import type { RunningMock } from '../../mock/adapters/node/in-process';
import { STATE_NAMES, STATE_PARAMS, type StateParam } from '../kit/states';

/** One supported provider state, for the docs and for the check that every state a pact uses is known. */
export interface StateDoc {
  name: string;
  params: readonly StateParam[];
  sets_up: string;
}

const DEV_KEY_OF = (mock: RunningMock) => {
  const org = mock.app.mock.directory.defaultOrg;
  const key = org.fixture.api_keys.find((k) => k.user_id === org.defaultUser.id && !k.revoked && k.access === 'read_write');
  if (!key) throw new Error(`The default org ${org.name} has no active read-write key of its default user to set up provider states with.`);
  return key.key;
};

/** Calls the mock's own API, as a client would, and returns the body of its 200. */
async function callApi(mock: RunningMock, method: 'POST', path: string, body: unknown): Promise<{ data: { id: string } }> {
  const res = await fetch(`${mock.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${DEV_KEY_OF(mock)}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (res.status !== 200) throw new Error(`Setting up the state failed: the mock answered ${res.status} ${JSON.stringify(json)} to ${method} ${path} ${JSON.stringify(body)}.`);
  return json as { data: { id: string } };
}

const param = <T = string>(params: unknown, name: string): T => (params as Record<string, T>)[name];

/** Every provider state the verification supports: the parametrised ones, then one per scenario. */
export function stateDocs(mock: RunningMock): StateDoc[] {
  const parametrised: Record<string, string> = {
    [STATE_NAMES.accountExists]: 'the account exists in the default org (added for the interaction when the fixtures lack it, so strict references accept it too)',
    [STATE_NAMES.noAccount]: 'checks no fixture account has the id; combine with `strict-references` to get the 404',
    [STATE_NAMES.opportunityExists]: "creates an opportunity from the spec's `complete` request example and returns `{ opportunityId }` (its real id) for `fromProviderState`",
    [STATE_NAMES.noOpportunity]: 'checks no opportunity has the id (for a 404 on GET, PATCH or DELETE)',
    [STATE_NAMES.opportunitiesExist]: "creates `count` (default 3) opportunities from the spec's `complete` example with `fields` instead, and returns `{ opportunityId, opportunityIds }`",
    [STATE_NAMES.createdWithIdempotencyKey]: 'creates an opportunity by sending `body` (which carries `idempotency_key`)',
    [STATE_NAMES.tagExists]: 'creates a tag of that name for the object type through the API, unless the fixtures have it, and returns `{ tagId }`',
  };
  return [
    ...Object.entries(parametrised).map(([name, setsUp]) => ({ name, params: STATE_PARAMS[name], sets_up: setsUp })),
    ...mock.app.mock.scenarios.list().map((s) => ({ name: s.name, params: [], sets_up: `activates the scenario: ${s.description}` })),
  ];
}

/**
 * The state handlers of the provider verification: the parametrised states reuse the fixtures and the mock's
 * own API; every scenario name is a state that activates that scenario. The mock is reset before and after
 * each interaction, so no state leaks into the next. Their parameters were checked before the verification
 * started (see `stateParamProblems`).
 */
export function stateHandlers(mock: RunningMock): StateHandlers {
  const runtime = mock.app.mock;
  const org = runtime.directory.defaultOrg;
  const completeExample = () => {
    const { idempotency_key: _key, ...body } = runtime.contract.operation('createOpportunity').requestBody!.examples.complete as Record<string, unknown>;
    return body;
  };
  let removeAccount: (() => void) | undefined;
  const handlers: StateHandlers = {
    // An interaction with no provider state: pact asks for the state "" all the same (and warns without a handler).
    '': async () => undefined,
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
    [STATE_NAMES.opportunityExists]: async () => ({ opportunityId: (await callApi(mock, 'POST', '/v1/opportunities/', { ...completeExample() })).data.id }),
    [STATE_NAMES.noOpportunity]: async (params?: unknown) => {
      const id = param(params, 'opportunityId');
      if (runtime.sessions.get().store.get(org.id, id)) throw new Error(`Opportunity ${id} exists: a "no opportunity" state needs an id nothing uses.`);
      return undefined;
    },
    [STATE_NAMES.opportunitiesExist]: async (params?: unknown) => {
      const fields = param<Record<string, unknown>>(params, 'fields');
      const ids: string[] = [];
      for (let i = 0; i < (param<number | undefined>(params, 'count') ?? 3); i++) ids.push((await callApi(mock, 'POST', '/v1/opportunities/', { ...completeExample(), ...fields })).data.id);
      return { opportunityId: ids[0], opportunityIds: ids };
    },
    [STATE_NAMES.createdWithIdempotencyKey]: async (params?: unknown) => {
      await callApi(mock, 'POST', '/v1/preview/opportunities', param<object>(params, 'body'));
      return undefined;
    },
    [STATE_NAMES.tagExists]: async (params?: unknown) => {
      const [name, object] = [param(params, 'name'), param(params, 'object')];
      const fixture = object === 'opportunities' ? org.fixture.tags.find((t) => t.name.toLowerCase() === name.toLowerCase()) : undefined;
      return { tagId: fixture?.id ?? (await callApi(mock, 'POST', '/v1/tags/', { object, name })).data.id };
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
