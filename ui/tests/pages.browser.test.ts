import { FIXTURE } from '../../mock/tests/helpers';
import { pageTests, screenshot } from './browser';

const t = pageTests({ seed: 7 });

test('the root page links the inspector, the docs, health and the specs, with the quick-start curl', async () => {
  await t.page.goto(t.mock.url);
  for (const name of ['Inspector', 'API docs', 'Health']) await t.page.locator('.cards a h2', { hasText: new RegExp(`^${name}$`) }).waitFor();
  expect(await t.page.locator('pre.code').textContent()).toContain(`curl -s ${t.mock.url}/v1/preview/opportunities -H 'Authorization: Bearer ${FIXTURE.keys.jane}'`);
  await screenshot(t.page, 'root');
  await t.page.locator('.cards a', { hasText: 'Inspector' }).click();
  await t.page.locator('.live.live').waitFor();
  expect(t.mock.journal.count()).toBe(0); // pages, assets and the favicon are not API requests
});

test('/docs renders the spec offline and a "try it" call reaches the mock, as the default user', async () => {
  await t.page.goto(`${t.mock.url}/docs`);
  const operation = t.page.locator('#operations-Opportunities-createOpportunity');
  await operation.locator('.opblock-summary').click();
  await operation.locator('button.execute').click();
  await operation.locator('.live-responses-table .response-col_status', { hasText: '200' }).waitFor();
  const [call] = t.mock.journal.requests();
  expect(call).toMatchObject({ method: 'POST', path: '/v1/preview/opportunities', status: 200, verdict: { valid: true } });
  expect(call.headers.authorization).toBe('Bearer mks_…_000'); // Jane's key, preauthorized from the quick start
  expect(await t.page.locator('.docs-note').textContent()).toContain(t.mock.url);
  await screenshot(t.page, 'docs-try-it', operation.locator('.request-url'));
  await operation.locator('.opblock-summary').click(); // closed again, for the page's screenshot
  await screenshot(t.page, 'docs');
});

test('/docs?spec=admin renders the admin API, and its calls reach the mock too', async () => {
  await t.page.goto(`${t.mock.url}/docs?spec=admin`);
  await t.page.locator('.info .title', { hasText: 'admin API' }).waitFor();
  const operation = t.page.locator('#operations-Admin-getHealth');
  await operation.locator('.opblock-summary').click();
  await operation.locator('button.execute').click();
  await operation.locator('.live-responses-table .response-col_status', { hasText: '200' }).waitFor();
  expect(await operation.locator('.live-responses-table').textContent()).toContain('"status": "ok"');
  await screenshot(t.page, 'docs-admin');
});

test('an admin API that refuses the page\'s origin is explained, not retried', async () => {
  t.watched.expectedFailures.push('/__admin/');
  await t.page.route('**/__admin/**', (route) =>
    route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ error: { code: 'origin_not_allowed', message: 'Origin not allowed.' } }) }),
  );
  await t.page.goto(`${t.mock.url}/__inspector`);
  await t.page.locator('.banner', { hasText: "refused this page's origin" }).waitFor();
  await t.page.locator('.live.refused').waitFor();
  expect(await t.page.locator('.banner').textContent()).toContain('--admin-origins');
});
