import { PactV4 } from '@pact-foundation/pact';
import type { V3MockServer } from '@pact-foundation/pact';
import { fromRoot } from '../../spec/paths';
import { MonacoConflictError, OpportunitiesClient } from '../client';
import {
  accountListResponse,
  accountResponse,
  createTagInteraction,
  errorResponse,
  fieldSchemasResponse,
  getAccountInteraction,
  getFieldSchemasInteraction,
  getMeInteraction,
  kitSpec,
  listAccountsInteraction,
  listTagsInteraction,
  listUsersInteraction,
  meResponse,
  PROVIDER_NAME,
  providerStates,
  tagResponse,
  tagsResponse,
  usersResponse,
} from '../kit';

/** The consumer: a Create Opportunity form, which fills its pickers from the API before it creates. */
const pact = new PactV4({ consumer: 'create-form', provider: PROVIDER_NAME, dir: fromRoot('contracts', 'pacts'), logLevel: 'warn' });
const { apiKey, requests } = kitSpec();
const account = requests.minimal.account_id;
const clientOf = (server: V3MockServer) => new OpportunitiesClient({ baseUrl: server.url, apiKey: apiKey.example });

describe('create-form → monaco-opportunities', () => {
  test('greets the user it acts as (the default owner)', async () => {
    await getMeInteraction(pact, { uponReceiving: 'a request for the user of the key', expect: meResponse() }).executeTest(async (server) => {
      expect((await clientOf(server).me()).user_id).toEqual(expect.any(String));
    });
  });

  test('fills the owner picker, filtered as the user types', async () => {
    await listUsersInteraction(pact, { uponReceiving: 'a request for the users matching what was typed', query: 'chen', expect: usersResponse() }).executeTest(async (server) => {
      expect(Array.isArray(await clientOf(server).users('chen'))).toBe(true);
    });
  });

  test("fills the tag picker with the organization's opportunity tags", async () => {
    await listTagsInteraction(pact, { uponReceiving: 'a request for the opportunity tags', object: 'opportunities', expect: tagsResponse() }).executeTest(async (server) => {
      expect((await clientOf(server).tags('opportunities')).length).toBeGreaterThan(0);
    });
  });

  test('creates a tag from the picker', async () => {
    const request = { object: 'opportunities' as const, name: 'Board Visibility', color: 'purple' as const };
    await createTagInteraction(pact, { uponReceiving: 'a request to create a tag', request, expect: tagResponse({ name: request.name, color: request.color }) }).executeTest(
      async (server) => {
        expect(await clientOf(server).createTag(request)).toMatchObject({ name: 'Board Visibility', color: 'purple' });
      },
    );
  });

  test('says the tag exists when its name is taken (409)', async () => {
    const request = { object: 'opportunities' as const, name: 'Pilot' };
    await createTagInteraction(pact, {
      given: providerStates.tagExists('Pilot'),
      uponReceiving: 'a request to create a tag whose name is taken',
      request,
      expect: errorResponse('conflict'),
    }).executeTest(async (server) => {
      await expect(clientOf(server).createTag(request)).rejects.toBeInstanceOf(MonacoConflictError);
    });
  });

  test('fills the account picker, searching by name', async () => {
    const request = { filters: [{ field: 'name', condition: 'contains' as const, value: 'acme' }], sort: 'name', page_size: 20 };
    await listAccountsInteraction(pact, {
      given: providerStates.accountExists(account),
      uponReceiving: 'a request for the accounts whose name contains a term',
      request,
      expect: accountListResponse(),
    }).executeTest(async (server) => {
      expect((await clientOf(server).accounts(request)).pagination.page).toBe(1);
    });
  });

  test('shows the chosen account', async () => {
    await getAccountInteraction(pact, {
      given: providerStates.accountExists(account),
      uponReceiving: 'a request for an account',
      accountId: account,
      expect: accountResponse(),
    }).executeTest(async (server) => {
      expect((await clientOf(server).account(account)).id).toBe(account);
    });
  });

  test('builds its stage picker and custom fields from the field schemas', async () => {
    await getFieldSchemasInteraction(pact, { uponReceiving: 'a request for the fields of opportunities', entity: 'opportunities', expect: fieldSchemasResponse() }).executeTest(
      async (server) => {
        expect((await clientOf(server).fieldSchemas('opportunities')).length).toBeGreaterThan(0);
      },
    );
  });
});
