import type { Page, Route } from 'playwright-core';
import { RunningMock, startMock } from '../../mock/in-process';
import { FIXTURE } from '../../mock/tests/helpers';
import { Browser, launchBrowser, screenshot, Watched, watchedPage } from './browser';

let mock: RunningMock;
let browser: Browser;
let watched: Watched;
let page: Page;

beforeAll(async () => {
  [mock, browser] = await Promise.all([startMock({ seed: 7 }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});
beforeEach(async () => {
  mock.reset();
  watched = await watchedPage(browser, mock.url);
  page = watched.page;
});
afterEach(async () => {
  await page.close();
  expect(watched.problems).toEqual([]);
});

test('the root page links the inspector, the docs, health and the specs, with the quick-start curl', async () => {
  await page.goto(mock.url);
  for (const name of ['Inspector', 'API docs', 'Health']) await page.locator('.cards a h2', { hasText: new RegExp(`^${name}$`) }).waitFor();
  expect(await page.locator('pre.code').textContent()).toContain(`curl -s ${mock.url}/v1/preview/opportunities -H 'Authorization: Bearer ${FIXTURE.keys.jane}'`);
  await screenshot(page, 'root');
  await page.locator('.cards a', { hasText: 'Inspector' }).click();
  await page.locator('.live.live').waitFor();
  expect(mock.journal.count()).toBe(0); // pages, assets and the favicon are not API requests
});

test('/docs renders the spec offline and a "try it" call reaches the mock, as the default user', async () => {
  await page.goto(`${mock.url}/docs`);
  const operation = page.locator('#operations-Opportunities-createOpportunity');
  await operation.locator('.opblock-summary').click();
  await operation.locator('button.execute').click();
  await operation.locator('.live-responses-table .response-col_status', { hasText: '200' }).waitFor();
  const [call] = mock.journal.requests();
  expect(call).toMatchObject({ method: 'POST', path: '/v1/preview/opportunities', status: 200, verdict: { valid: true } });
  expect(call.headers.authorization).toBe('Bearer mks_…_000'); // Jane's key, preauthorized from the quick start
  expect(await page.locator('.docs-note').textContent()).toContain(mock.url);
  await screenshot(page, 'docs-try-it', operation.locator('.request-url'));
  await operation.locator('.opblock-summary').click(); // closed again, for the page's screenshot
  await screenshot(page, 'docs');
});

test('/docs?spec=admin renders the admin API, and its calls reach the mock too', async () => {
  await page.goto(`${mock.url}/docs?spec=admin`);
  await page.locator('.info .title', { hasText: 'admin API' }).waitFor();
  const operation = page.locator('#operations-Admin-getHealth');
  await operation.locator('.opblock-summary').click();
  await operation.locator('button.execute').click();
  await operation.locator('.live-responses-table .response-col_status', { hasText: '200' }).waitFor();
  expect(await operation.locator('.live-responses-table').textContent()).toContain('"status": "ok"');
  await screenshot(page, 'docs-admin');
});

/** Answers /__admin/* as a mock started with --admin-token would (issue 11's interface), else lets it through. */
function lockAdmin(token: string, seen: (string | undefined)[]) {
  return (route: Route) => {
    const auth = route.request().headers().authorization;
    seen.push(auth);
    if (auth === `Bearer ${token}`) return route.continue();
    return route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ error: { code: 'admin_token_required', message: 'Send the admin token.' } }) });
  };
}

test('with an admin token, the inspector asks for it once, keeps it for the tab and sends it on every admin call', async () => {
  const seen: (string | undefined)[] = [];
  watched.expectedFailures.push('/__admin/');
  await page.route('**/__admin/**', lockAdmin('s3cret', seen));
  await page.goto(`${mock.url}/__inspector`);
  const dialog = page.getByRole('dialog', { name: 'Admin token' });
  await dialog.locator('input[name="token"]').fill('wrong');
  await dialog.getByRole('button', { name: 'Use token' }).click();
  await dialog.getByText('The mock refused that token').waitFor();
  await screenshot(page, 'inspector-token');
  await dialog.locator('input[name="token"]').fill('s3cret');
  await dialog.getByRole('button', { name: 'Use token' }).click();
  await page.locator('.live.live').waitFor();
  await fetch(`${mock.url}/v1/preview/opportunities`, { method: 'POST', headers: { authorization: `Bearer ${FIXTURE.keys.jane}` }, body: '{}' });
  await page.locator('table.rows tbody tr').first().waitFor();

  const after = seen.slice(seen.lastIndexOf('Bearer wrong') + 1);
  expect(after.length).toBeGreaterThan(2);
  expect(new Set(after)).toEqual(new Set(['Bearer s3cret']));
  await page.reload();
  await page.locator('.live.live').waitFor(); // kept for the tab: no second prompt
  expect(await dialog.count()).toBe(0);
});

test('an admin API that refuses the page\'s origin is explained, not retried', async () => {
  watched.expectedFailures.push('/__admin/');
  await page.route('**/__admin/**', (route) =>
    route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ error: { code: 'origin_not_allowed', message: 'Origin not allowed.' } }) }),
  );
  await page.goto(`${mock.url}/__inspector`);
  await page.locator('.banner', { hasText: "refused this page's origin" }).waitFor();
  await page.locator('.live.refused').waitFor();
  expect(await page.locator('.banner').textContent()).toContain('--admin-origins');
});
