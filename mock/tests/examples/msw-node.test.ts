import { setupServer } from 'msw/node';
import { monacoHandlers } from 'monaco-opportunities-mock/msw';

const handlers = monacoHandlers({ seed: 7, baseUrl: 'https://api.monaco.example' });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => handlers.mock.reset());
afterAll(() => server.close());

test('a client that retries gets through two 503s', async () => {
  handlers.mock.use('fail-twice-then-succeed');
  const create = () =>
    fetch('https://api.monaco.example/v1/preview/opportunities', {
      method: 'POST',
      headers: { Authorization: 'Bearer mks_local_dev_key_jane_smith_northwind_analytics_000', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Acme Corp - Expansion', account_id: '8d116ece-1738-47d9-bd9c-172411e20b8f' }),
    });
  const statuses = [(await create()).status, (await create()).status, (await create()).status];
  expect(statuses).toEqual([503, 503, 200]);
  expect(handlers.mock.journal.count({ status: '5xx' })).toBe(2);
});
