import { FIXTURE, PREVIEW_PATH } from '../../mock/tests/helpers';
import { pageTests, screenshot } from './browser';

const VALID = { name: 'Acme Corp - Enterprise License', account_id: FIXTURE.accounts.acme };
const AUTH = { authorization: `Bearer ${FIXTURE.keys.jane}`, 'content-type': 'application/json' };

const t = pageTests({ seed: 7 });
beforeEach(async () => {
  await t.page.goto(`${t.mock.url}/__inspector`);
  await t.page.locator('.live.live').waitFor(); // the event feed is connected
});

/** A create sent by the page itself (its origin is the mock's), like a frontend on the same host. */
const createFromPage = (body: unknown) =>
  t.page.evaluate(
    async ({ path, body, headers }) => (await fetch(path, { method: 'POST', headers, body: JSON.stringify(body) })).status,
    { path: PREVIEW_PATH, body, headers: AUTH },
  );

/** A create sent by the test, from outside any browser. */
const createFromTest = async (body: unknown) => (await fetch(`${t.mock.url}${PREVIEW_PATH}`, { method: 'POST', headers: AUTH, body: JSON.stringify(body) })).status;

const rows = () => t.page.locator('table.rows tbody tr');
const row = (id: number) => t.page.locator(`table.rows tbody tr[data-id="${id}"]`);

test('valid and invalid creates, from the page and from a test, appear live with their status and hint', async () => {
  expect(await createFromPage(VALID)).toBe(200);
  expect(await createFromPage({ name: 'Acme Corp - Renewal' })).toBe(422);
  expect(await createFromTest(VALID)).toBe(200);
  expect(await createFromTest({ ...VALID, account_id: 'not-a-uuid' })).toBe(422);
  await rows().nth(3).waitFor();
  const ids = t.mock.journal.requests().map((e) => e.id);
  expect(await rows().evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-id'))))).toEqual([...ids].reverse()); // newest first

  expect(await row(ids[0]).locator('.status').textContent()).toBe('200');
  expect(await row(ids[0]).locator('.verdict').textContent()).toBe('valid');
  expect(await row(ids[1]).locator('.status').textContent()).toBe('422');
  expect(await row(ids[1]).locator('.verdict').textContent()).toBe('invalid');
  expect(await row(ids[1]).locator('.hint').textContent()).toContain('add "account_id"');
  expect(await row(ids[3]).locator('.hint').textContent()).toContain('send "account_id" as a UUID');

  await row(ids[1]).click();
  const detail = t.page.locator('aside.detail');
  await detail.waitFor();
  expect(await detail.locator('.hint-box').textContent()).toContain('add "account_id"');
  expect(await detail.locator('.errors').textContent()).toContain('account_id');
  expect(await detail.textContent()).toContain('"validation_error"'); // the response body
  expect(await detail.textContent()).toContain('x-ratelimit-limit'); // the response headers
  expect(await detail.textContent()).toContain('mks_…_000'); // the key, shortened as the journal keeps it
  await screenshot(t.page, 'inspector-journal');

  await t.page.locator('input[name="status"]').fill('4xx');
  await t.page.waitForFunction(() => document.querySelectorAll('table.rows tbody tr').length === 2);
  await t.page.locator('input[name="status"]').fill('');
  await t.page.locator('select[name="verdict"]').selectOption('valid');
  await t.page.waitForFunction(() => document.querySelectorAll('table.rows tbody tr').length === 2);
  await t.page.locator('input[name="path"]').fill('/v1/nowhere');
  await t.page.locator('.empty-state, table.rows tbody:empty').first().waitFor({ state: 'attached' });
  expect(await rows().count()).toBe(0);
});

test('a scenario activated from the page makes the next create fail as it says; deactivating ends it', async () => {
  await t.page.getByRole('tab', { name: 'Scenarios' }).click();
  const card = t.page.locator('li.scenario[data-scenario="account-not-found"]');
  await card.getByRole('button', { name: 'Activate in this session' }).click();
  await card.locator('.badge', { hasText: 'default' }).waitFor();
  await screenshot(t.page, 'inspector-scenarios');

  expect(await createFromTest(VALID)).toBe(404);
  await t.page.getByRole('tab', { name: 'Journal' }).click();
  const [entry] = t.mock.journal.requests();
  await row(entry.id).click();
  const detail = t.page.locator('aside.detail');
  await detail.locator('dd', { hasText: 'account-not-found' }).waitFor();
  expect(await detail.locator('.status').first().textContent()).toBe('404');
  expect(await detail.textContent()).toContain(`Account ${FIXTURE.accounts.acme} not found in this organization.`);

  await t.page.getByRole('tab', { name: 'Scenarios' }).click();
  await t.page.getByRole('button', { name: 'Deactivate in this session' }).click();
  await t.page.getByText('No scenario is active').waitFor();
  expect(await createFromTest(VALID)).toBe(200);
});

test('the data tab shows the session\'s opportunities, and reset empties it and the journal', async () => {
  expect(await createFromTest(VALID)).toBe(200);
  expect(await createFromTest({ ...VALID, name: 'Acme Corp - Expansion' })).toBe(200);
  await rows().nth(1).waitFor();
  await t.page.getByRole('tab', { name: 'Data' }).click();
  const table = t.page.locator('table[data-collection="opportunities"]');
  await table.locator('tbody tr').nth(1).waitFor();
  expect(await table.locator('tbody tr').first().textContent()).toContain('Acme Corp - Expansion'); // newest first
  await screenshot(t.page, 'inspector-data');

  await t.page.getByRole('button', { name: 'Reset this session' }).click();
  await t.page.getByText('No opportunities in this session.').waitFor();
  expect(t.mock.journal.count()).toBe(0);
  await t.page.getByRole('tab', { name: 'Journal' }).click();
  await t.page.getByText('No requests yet in this session.').waitFor();
});

test('a data set loaded from the page fills the session', async () => {
  await t.page.getByRole('tab', { name: 'Data' }).click();
  await t.page.locator('select[name="dataset"]').selectOption('busy-pipeline');
  await t.page.getByRole('button', { name: 'Load into this session' }).click();
  await t.page.locator('table[data-collection="opportunities"] tbody tr').nth(199).waitFor();
  expect(await t.page.getByText('The newest 200 are shown.').count()).toBe(1);
  expect(t.mock.app.mock.sessions.get('default').store.size).toBe(400);
});

test('the health tab shows what /__admin/health reports', async () => {
  await createFromTest(VALID);
  const health = await (await fetch(`${t.mock.url}/__admin/health`)).json();
  await t.page.getByRole('tab', { name: 'Health' }).click();
  await t.page.locator('.stat[data-field="requests"] dd', { hasText: new RegExp(`^${health.requests}$`) }).waitFor();
  const fields = await t.page.locator('.stat').evaluateAll((stats) => stats.map((s) => s.getAttribute('data-field')));
  expect(new Set(fields)).toEqual(new Set(Object.keys(health)));
  await screenshot(t.page, 'inspector-health');
});

test('sessions: the picker lists them and a session shows only its own requests', async () => {
  await fetch(`${t.mock.url}${PREVIEW_PATH}`, { method: 'POST', headers: { ...AUTH, 'x-mock-session': 'checkout-tests' }, body: JSON.stringify(VALID) });
  await createFromTest(VALID);
  await rows().first().waitFor();
  expect(await rows().count()).toBe(1); // only the default session's
  await t.page.locator('select[name="session"]').focus(); // opening the picker lists the sessions again
  await t.page.locator('select[name="session"]').selectOption('checkout-tests');
  await t.page.waitForFunction(() => location.hash.includes('session=checkout-tests'));
  await t.page.locator('table.rows tbody tr').first().waitFor();
  expect(await rows().count()).toBe(1);
  await t.page.locator('select[name="session"]').selectOption('');
  await t.page.locator('table.rows tbody tr').nth(1).waitFor();
  expect(await t.page.locator('td.session').allTextContents()).toEqual(['default', 'checkout-tests']);
});

/**
 * Holds the page's next two journal listings so that they overlap and the first is answered first, as when two
 * admin changes come close together on a loaded machine. `answered` resolves once the page has had both answers
 * and the time to show what it makes of them.
 */
async function overlapNextTwoListings(): Promise<{ answered: Promise<void> }> {
  const isListing = (url: URL) => url.pathname === '/__admin/requests';
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
  let secondAsked!: () => void;
  const second = new Promise<void>((resolve) => (secondAsked = resolve));
  let firstAnswered!: () => void;
  const first = new Promise<void>((resolve) => (firstAnswered = resolve));
  let asked = 0;
  await t.page.route(isListing, async (route) => {
    asked += 1;
    if (asked === 1) {
      await Promise.race([second, sleep(5000)]);
      await route.continue();
      firstAnswered();
    } else if (asked === 2) {
      secondAsked();
      await first;
      await sleep(300);
      await route.continue();
    } else await route.continue();
  });
  const answered = new Promise<void>((resolve) => {
    let finished = 0;
    t.page.on('requestfinished', (request) => {
      if (isListing(new URL(request.url())) && ++finished === 2) resolve();
    });
  }).then(() => t.page.waitForTimeout(250));
  return { answered };
}

test('two admin changes in a row (a reset, then a scenario) list the journal again with no error banner', async () => {
  expect(await createFromTest(VALID)).toBe(200);
  await rows().first().waitFor();
  const { answered } = await overlapNextTwoListings();
  t.mock.reset();
  t.mock.use('server-errors');
  expect(await createFromTest(VALID)).toBe(500);
  await answered;
  const [entry] = t.mock.journal.requests();
  await row(entry.id).waitFor();
  expect(await rows().count()).toBe(1); // the reset emptied the journal: only the failed create
  expect(await row(entry.id).locator('.status').textContent()).toBe('500');
  expect(await t.page.locator('.banner').allTextContents()).toEqual([]);
});

test('switching sessions while a listing is on its way shows the last chosen session, with no error banner', async () => {
  await fetch(`${t.mock.url}${PREVIEW_PATH}`, { method: 'POST', headers: { ...AUTH, 'x-mock-session': 'checkout-tests' }, body: JSON.stringify(VALID) });
  await createFromTest(VALID);
  await rows().first().waitFor();
  await t.page.locator('select[name="session"]').focus(); // lists the sessions
  await t.page.locator('select[name="session"] option[value="checkout-tests"]').waitFor({ state: 'attached' });
  const { answered } = await overlapNextTwoListings();
  await t.page.locator('select[name="session"]').selectOption('checkout-tests');
  await t.page.locator('select[name="session"]').selectOption('');
  await answered;
  await rows().nth(1).waitFor();
  expect(await t.page.locator('td.session').allTextContents()).toEqual(['default', 'checkout-tests']);
  expect(await t.page.locator('.banner').allTextContents()).toEqual([]);
});
