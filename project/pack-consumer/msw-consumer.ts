/**
 * A consumer's test of the installed kit's MSW entry (compiled with skipLibCheck: false, then run with node):
 * monacoHandlers in msw's setupServer answers a create as the mock, and its controller saw it.
 */
import { strict as assert } from 'node:assert';
import { monacoHandlers, type MonacoHandlers } from 'monaco-opportunities-mock/msw';
import { setupServer } from 'msw/node';

async function main(): Promise<void> {
  const handlers: MonacoHandlers = monacoHandlers({ seed: 7, clock: '2026-07-01T09:00:00Z', baseUrl: 'https://api.monaco.example' });
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const res = await fetch('https://api.monaco.example/v1/preview/opportunities', {
      method: 'POST',
      headers: { Authorization: 'Bearer mks_local_dev_key_jane_smith_northwind_analytics_000', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Acme Corp - Expansion', account_id: '8d116ece-1738-47d9-bd9c-172411e20b8f' }),
    });
    assert.equal(res.status, 200);
    handlers.mock.verify({ method: 'POST', path: '/v1/preview/opportunities', status: 200, count: 1 });
  } finally {
    server.close();
  }
}

main().then(
  () => process.stdout.write('msw consumer: created an opportunity through monacoHandlers in setupServer\n'),
  (error: unknown) => {
    process.stderr.write(`msw consumer: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
