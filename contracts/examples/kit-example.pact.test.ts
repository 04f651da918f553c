import { PactV4 } from '@pact-foundation/pact';
import { OpportunitiesClient, PROVIDER_NAME, anyIdempotencyKey, createOpportunityInteraction, echoOf, opportunityResponse, providerStates } from 'monaco-opportunities-mock/contracts';

const pact = new PactV4({ consumer: 'kit-example', provider: PROVIDER_NAME, dir: 'contracts/pacts', logLevel: 'warn' });

test('creates an opportunity for an existing account', async () => {
  const opportunity = { name: 'Acme Corp - Expansion', account_id: '8d116ece-1738-47d9-bd9c-172411e20b8f' };
  await createOpportunityInteraction(pact, {
    given: providerStates.accountExists(opportunity.account_id),
    uponReceiving: 'a request to create an opportunity',
    request: { ...opportunity, idempotency_key: anyIdempotencyKey() },
    expect: opportunityResponse(echoOf(opportunity)),
  }).executeTest(async (mockServer) => {
    const client = new OpportunitiesClient({ baseUrl: mockServer.url, apiKey: 'mks_local_dev_key_jane_smith_northwind_analytics_000' });
    const { opportunity: created } = await client.create(opportunity);
    expect(created.name).toBe(opportunity.name);
  });
});
