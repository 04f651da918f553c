/**
 * MSW in a real browser: a page bundled with the kit's MSW entry and msw's setupWorker (its service worker from
 * node_modules), in Debian's Chromium, creates an opportunity and reads it back; the bodies are the ones the
 * Express server gives for the same seed and clock. The bundle is built for the browser, so it also proves the
 * core and its embedded contracts need nothing of Node's.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { createMockApp } from '../../mock/adapters/express/app';
import { listen, Listening } from '../../mock/tests/helpers';
import { fromRoot } from '../../spec/paths';
import { Browser, launchBrowser, watchedPage } from './browser';

const KEY = 'mks_local_dev_key_jane_smith_northwind_analytics_000';
const BODY = { name: 'Acme Corp - Expansion', account_id: '8d116ece-1738-47d9-bd9c-172411e20b8f', owner_user_id: '57ee05cd-e009-42c7-bebf-f20686734721', tags: ['8e81973e-0bec-47b0-b898-d190f9ebdacc'] };
const PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>MSW page</title><link rel="icon" href="data:,"></head><body><script src="/app.js"></script></body></html>';

let site: Listening;
let origin: string;
let browser: Browser;
let bundledModules: string[] = [];

beforeAll(async () => {
  const bundle = await build({ entryPoints: [fromRoot('ui', 'tests', 'msw-page', 'app.ts')], bundle: true, platform: 'browser', format: 'iife', write: false, metafile: true, logLevel: 'silent', alias: { 'monaco-opportunities-mock/msw': fromRoot('dist', 'msw.js') } });
  const app = bundle.outputFiles[0].text;
  bundledModules = Object.keys(bundle.metafile.inputs);
  const files: Record<string, [string, string]> = {
    '/': ['text/html', PAGE],
    '/app.js': ['text/javascript', app],
    '/mockServiceWorker.js': ['text/javascript', readFileSync(fromRoot('node_modules', 'msw', 'lib', 'mockServiceWorker.js'), 'utf8')],
  };
  browser = await launchBrowser();
  site = await listen((req, res) => {
    const file = files[req.url ?? ''];
    res.writeHead(file ? 200 : 404, { 'Content-Type': file?.[0] ?? 'text/plain' }).end(file?.[1] ?? 'not found');
  });
  origin = site.url;
}, 60_000);

// Whatever beforeAll got to start (Chromium may fail to): a server left listening would keep jest running.
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test('a page with setupWorker creates and reads an opportunity, with the bodies the server gives for the same seed and clock', async () => {
  const { page, problems } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await page.evaluate(() => window.mockReady);
  const inPage = await page.evaluate(({ key, body }) => window.createAndRead(key, body), { key: KEY, body: BODY });

  const app = createMockApp({ seed: 7, clock: '2026-07-01T09:00:00Z' });
  const created = await request(app).post('/v1/preview/opportunities').set('Authorization', `Bearer ${KEY}`).send(BODY);
  const read = await request(app).get(`/v1/opportunities/${created.body.data.id}`).set('Authorization', `Bearer ${KEY}`);

  expect(inPage.statuses).toEqual([200, 200]);
  expect(inPage.created).toEqual(created.body);
  expect(inPage.read).toEqual(read.body);
  expect(inPage.journaled).toBe(2); // the page's own mock journaled both, in memory
  expect((created.body as { data: { owner: { first_name: string } } }).data.owner.first_name).toEqual(expect.any(String)); // a derived name, the same in both
  expect(problems).toEqual([]);
});

test("the page's bundle carries ajv's runtime and the precompiled validators, not its compiler, nor Express or the YAML parser", () => {
  const modules = bundledModules;
  for (const needed of ['node_modules/ajv/dist/runtime/ucs2length.js', 'node_modules/msw/lib/browser/index.mjs', 'dist/spec/compiled/openapi.js']) {
    expect({ needed, bundled: modules.some((m) => m.endsWith(needed)) }).toEqual({ needed, bundled: true });
  }
  expect(modules.filter((m) => /ajv\/dist\/compile\/index|\/express\/|\/yaml\/|\/pino\//.test(m))).toEqual([]);
});
