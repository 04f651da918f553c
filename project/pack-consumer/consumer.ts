/**
 * A consumer project's test of the installed kit (copied into a fresh project by project/tarball.pack.test.ts,
 * compiled there with skipLibCheck: false, then run with node). It imports every entry by its package name,
 * starts the mock with startMock, creates an opportunity, and writes a pact with @pact-foundation/pact and
 * the kit (a read-back whose id a provider state supplies), which the test then verifies with
 * `monaco-contracts verify` and checks with `monaco-contracts compat`.
 */
import { strict as assert } from 'node:assert';
import { PactV4 } from '@pact-foundation/pact';
import type { Express } from 'express';
import { createMockApp, type OpportunityResponse } from 'monaco-opportunities-mock';
import { startMock, type RunningMock } from 'monaco-opportunities-mock/testing';
import { createFetchHandler, type FetchHandler } from 'monaco-opportunities-mock/fetch';
import { OpportunitiesClient, PROVIDER_NAME, fromState, getOpportunityInteraction, kitSpec, opportunityResponse, providerStates } from 'monaco-opportunities-mock/contracts';

/** Fails to compile when T is `any`: the mock's app must keep its Express type in the published declarations. */
type NotAny<T> = 0 extends 1 & T ? never : T;
const KEY = 'mks_local_dev_key_jane_smith_northwind_analytics_000';
const ACCOUNT = '8d116ece-1738-47d9-bd9c-172411e20b8f';

async function createWithTheMock(): Promise<void> {
  const mock: RunningMock = await startMock({ seed: 7, clock: '2026-07-01T09:00:00Z' });
  try {
    const app: NotAny<typeof mock.app> = mock.app;
    const express: Express = app;
    assert.equal(typeof express.listen, 'function');
    const res = await fetch(`${mock.url}/v1/preview/opportunities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Acme Corp - Expansion', account_id: ACCOUNT }),
    });
    assert.equal(res.status, 200);
    const { data } = (await res.json()) as { data: OpportunityResponse };
    assert.equal(data.name, 'Acme Corp - Expansion');
    mock.verify({ method: 'POST', path: '/v1/preview/opportunities', status: 200, count: 1 });
    assert.equal(typeof createMockApp, 'function');
  } finally {
    await mock.close();
  }
}

/** The same create without a server, through the fetch handler: the same body for the same seed and clock as startMock's. */
async function createWithoutAServer(): Promise<void> {
  const init = { method: 'POST', headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Acme Corp - Expansion', account_id: ACCOUNT }) };
  const handler: FetchHandler = createFetchHandler({ seed: 7, clock: '2026-07-01T09:00:00Z' });
  const viaFetch = (await (await handler(new Request('http://localhost/v1/preview/opportunities', init))).json()) as { data: OpportunityResponse };
  const mock = await startMock({ seed: 7, clock: '2026-07-01T09:00:00Z' });
  try {
    const viaServer = await (await fetch(`${mock.url}/v1/preview/opportunities`, init)).json();
    assert.deepEqual(viaFetch, viaServer);
    assert.equal(handler.mock.journal.count(), 1);
  } finally {
    await mock.close();
  }
}

/** A pact reading an opportunity back: the id comes from the provider state, as the verification creates it. */
async function writePact(dir: string): Promise<void> {
  const pact = new PactV4({ consumer: 'pack-consumer', provider: PROVIDER_NAME, dir, logLevel: 'warn' });
  const exampleId = kitSpec().responseExample.data.id;
  await getOpportunityInteraction(pact, {
    given: providerStates.opportunityExists(exampleId),
    uponReceiving: 'a request for an opportunity that exists',
    opportunityId: fromState('opportunityId', exampleId),
    expect: opportunityResponse(),
  }).executeTest(async (mockServer) => {
    const opportunity = await new OpportunitiesClient({ baseUrl: mockServer.url, apiKey: KEY }).get(exampleId);
    assert.equal(opportunity.id, exampleId);
  });
}

createWithTheMock()
  .then(createWithoutAServer)
  .then(() => writePact(process.argv[2] ?? 'pacts'))
  .then(
    () => process.stdout.write('consumer: created an opportunity with startMock and the fetch handler, and wrote a pact\n'),
    (error: unknown) => {
      process.stderr.write(`consumer: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
