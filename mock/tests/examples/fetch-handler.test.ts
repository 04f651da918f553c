import { createFetchHandler } from 'monaco-opportunities-mock/fetch';

// Hono: app.all('/api/monaco/*', (c) => handler(c.req.raw))   Next.js (app/api/monaco/[...path]/route.ts): export { handler as GET, handler as POST, handler as PATCH, handler as DELETE }
// A worker: export default { fetch: handler }   Bun.serve({ fetch: handler })   Deno.serve(handler)
const handler = createFetchHandler({ seed: 7, clock: '2026-07-01T09:00:00Z', basePath: '/api/monaco' });

test('the fetch handler creates an opportunity and journals it', async () => {
  const res = await handler(
    new Request('http://localhost:3000/api/monaco/v1/preview/opportunities', {
      method: 'POST',
      headers: { Authorization: 'Bearer mks_local_dev_key_jane_smith_northwind_analytics_000', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Acme Corp - Expansion', account_id: '8d116ece-1738-47d9-bd9c-172411e20b8f' }),
    }),
  );
  expect(res.status).toBe(200);
  expect((await res.json()).data.name).toBe('Acme Corp - Expansion');
  handler.mock.verify({ method: 'POST', path: '/v1/preview/opportunities', status: 200, count: 1 });
});
