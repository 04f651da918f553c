/**
 * One behaviour suite, one table of cases (adapters/cases.ts), run against the three adapters of one engine: the
 * Express server, the fetch handler and MSW (in Node). Each case passes on each, and the three answer alike: the
 * same statuses, bodies and headers for the same seed and clock.
 */
import { ADAPTERS, Outcome } from './adapters/harness';
import { CASES } from './adapters/cases';

/** What must not differ between adapters: the status, the body and the mock's own headers. */
const COMPARED = ['content-type', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after', 'allow', 'preference-applied', 'x-mock-scenario', 'idempotent-replayed', 'location'];
const comparable = (o: Outcome) => ('fault' in o ? o : { status: o.status, body: o.body, headers: Object.fromEntries(COMPARED.filter((h) => h in o.headers).map((h) => [h, o.headers[h]])) });

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
  const seen = new Map<string, Outcome[]>();
  test.each(ADAPTERS.map((a) => [a.name, a] as const))('%s', async (_adapter, adapter) => {
    const client = await adapter.start(testCase.options ?? {});
    const outcomes: Outcome[] = [];
    try {
      await testCase.run({
        mock: client.mock,
        async send(exchange) {
          const outcome = await client.send(exchange);
          // The admin API's answers hold what differs by transport (request headers, timings, memory): compared by the cases.
          if (!exchange.path.startsWith('/__admin')) outcomes.push(outcome);
          return outcome;
        },
      });
    } finally {
      await client.stop();
    }
    seen.set(adapter.name, outcomes.map(comparable) as Outcome[]);
  });
  test('the three adapters answer alike', () => {
    expect(seen.get('fetch')).toEqual(seen.get('express'));
    expect(seen.get('msw')).toEqual(seen.get('express'));
  });
});
