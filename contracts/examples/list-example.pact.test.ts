import { PactV4 } from '@pact-foundation/pact';
import { OpportunitiesClient, PROVIDER_NAME, listOpportunitiesInteraction, opportunityListResponse, providerStates } from 'monaco-opportunities-mock/contracts';

const pact = new PactV4({ consumer: 'kit-list-example', provider: PROVIDER_NAME, dir: 'contracts/pacts', logLevel: 'warn' });

test('lists the opportunities in negotiation', async () => {
  const request = { filters: [{ field: 'stage', condition: 'is' as const, value: 'negotiation' }], page_size: 25 };
  await listOpportunitiesInteraction(pact, {
    given: providerStates.opportunitiesExist({ stage: 'negotiation' }),
    uponReceiving: 'a request for the opportunities in negotiation',
    request,
    expect: opportunityListResponse({ stage: 'Negotiation' }),
  }).executeTest(async (mockServer) => {
    const client = new OpportunitiesClient({ baseUrl: mockServer.url, apiKey: 'mks_local_dev_key_jane_smith_northwind_analytics_000' });
    const { items } = await client.list(request);
    expect(items[0].stage).toBe('Negotiation');
  });
});
