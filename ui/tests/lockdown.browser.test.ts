import { FIXTURE, listen, Listening, PREVIEW_PATH } from '../../mock/tests/helpers';
import { RunningMock, startMock } from '../../mock/adapters/node/in-process';
import { Browser, launchBrowser, screenshot, watchedPage } from './browser';

/**
 * The inspector against a mock locked down for real (issue 11): an admin token it must ask for, and a page of
 * another origin, or the mock reached through a name it does not serve, that must not read or drive the admin API.
 */
const TOKEN = 's3cret-admin-token';
const REBIND = 'rebind.attacker.test';

let mock: RunningMock;
let browser: Browser;
let foreign: Listening;
let foreignUrl: string;

beforeAll(async () => {
  // Chromium resolves the attacker's name to this machine, as DNS rebinding would.
  browser = await launchBrowser([`--host-resolver-rules=MAP ${REBIND} 127.0.0.1`]);
  mock = await startMock({ seed: 7, adminToken: TOKEN });
  foreign = await listen((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>elsewhere</title>'));
  foreignUrl = foreign.url;
});
// Whatever beforeAll got to start (Chromium may fail to): a server left listening would keep jest running.
afterAll(async () => {
  await browser?.close();
  await mock?.close();
  await foreign?.close();
});
beforeEach(() => mock.reset());

test('the inspector asks for the admin token, refuses a wrong one, then sends the right one on every admin call', async () => {
  const watched = await watchedPage(browser, mock.url);
  watched.expectedFailures.push('/__admin/');
  const { page } = watched;
  const sent: (string | undefined)[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/__admin/')) sent.push(request.headers().authorization);
  });
  await page.goto(`${mock.url}/__inspector`);
  const dialog = page.getByRole('dialog', { name: 'Admin token' });
  await dialog.locator('input[name="token"]').fill('wrong');
  await dialog.getByRole('button', { name: 'Use token' }).click();
  await dialog.getByText('The mock refused that token').waitFor();
  await screenshot(page, 'inspector-token');
  await dialog.locator('input[name="token"]').fill(TOKEN);
  await dialog.getByRole('button', { name: 'Use token' }).click();
  await page.locator('.live.live').waitFor(); // the event stream is open, with the token
  await fetch(`${mock.url}${PREVIEW_PATH}`, { method: 'POST', headers: { authorization: `Bearer ${FIXTURE.keys.jane}` }, body: '{}' });
  await page.locator('table.rows tbody tr').first().waitFor();

  const afterRight = sent.slice(sent.lastIndexOf('Bearer wrong') + 1);
  expect(afterRight.length).toBeGreaterThan(2);
  expect(new Set(afterRight)).toEqual(new Set([`Bearer ${TOKEN}`]));
  await page.reload();
  await page.locator('.live.live').waitFor(); // kept for the tab: no second prompt
  expect(await dialog.count()).toBe(0);
  await page.close();
  expect(watched.problems).toEqual([]);
});

test('a page of another origin can neither read nor drive the admin API of a mock started without a token', async () => {
  const open = await startMock({ seed: 7 }); // the default on a laptop: no token, so only the origin check stands
  try {
    const page = await browser.context.newPage();
    await page.goto(foreignUrl);
    const attempts = await page.evaluate(async (mockUrl) => {
      const attempt = async (path: string, init: RequestInit) => {
        try {
          const res = await fetch(`${mockUrl}${path}`, init);
          return res.type === 'opaque' ? 'opaque' : `read ${res.status}`;
        } catch (error) {
          return `blocked (${(error as Error).name})`;
        }
      };
      return [
        await attempt('/__admin/state', {}),
        await attempt('/__admin/requests', {}),
        await attempt('/__admin/scenarios/server-errors/activate', { method: 'POST' }),
        // A "simple" request goes out without a preflight: only the server's origin check can stop it.
        await attempt('/__admin/scenarios/server-errors/activate', { method: 'POST', mode: 'no-cors' }),
        await attempt('/__admin/reset', { method: 'POST', mode: 'no-cors' }),
      ];
    }, open.url);
    expect(attempts).toEqual(['blocked (TypeError)', 'blocked (TypeError)', 'blocked (TypeError)', 'opaque', 'opaque']);
    expect(open.app.mock.scenarios.global).toBeUndefined(); // the simple POSTs were refused, not carried out
    expect(open.app.mock.sessions.get().scenario).toBeUndefined();
    const refused = await fetch(`${open.url}/__admin/scenarios/server-errors/activate`, { method: 'POST', headers: { origin: foreignUrl } });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('origin_not_allowed');
    await page.close();
  } finally {
    await open.close();
  }
});

test('the inspector reached through a name the mock does not serve (DNS rebinding) is refused with 421', async () => {
  const port = new URL(mock.url).port;
  const page = await browser.context.newPage();
  const response = await page.goto(`http://${REBIND}:${port}/__inspector`);
  expect(response?.status()).toBe(421);
  expect(JSON.parse(await page.locator('body').innerText()).error.code).toBe('host_not_allowed');
  const admin = await page.evaluate(async () => (await fetch('/__admin/state')).status);
  expect(admin).toBe(421);
  await page.close();
});
