import { execFileSync } from 'node:child_process';
import request from 'supertest';
import { parse } from 'yaml';
import * as root from '../adapters/express/pages/root';
import { quickStart } from '../core/quick-start';
import { FIXTURE, expectSpecValid, journalOf, minimalBody, testApp } from './helpers';

describe('the root page', () => {
  test('answers HTML linking the inspector, the docs, health and the specs, with the quick-start curl', async () => {
    const res = await request(testApp()).get('/').set('Host', '127.0.0.1:4010');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    for (const link of ['/__inspector', '/docs', '/__admin/health', '/openapi.json', '/openapi.yaml', '/__admin/openapi.json']) {
      expect(res.text).toContain(`href="http://127.0.0.1:4010${link}"`);
    }
    expect(res.text).toContain(`curl -s http://127.0.0.1:4010/v1/preview/opportunities -H &#39;Authorization: Bearer ${FIXTURE.keys.jane}&#39;`);
    expect(res.text).toContain('API version 2026-08-19');
  });

  test('names the Monaco document it conforms to, on the page and in JSON', async () => {
    const app = testApp({ apiVersion: '2026-07-31' });
    expect((await request(app).get('/')).text).toContain('API version 2026-07-31');
    expect((await request(app).get('/').set('Accept', 'application/json')).body.api_version).toBe('2026-07-31');
  });

  test('answers JSON to a client that asks for it', async () => {
    const res = await request(testApp()).get('/').set('Host', '127.0.0.1:4010').set('Accept', 'application/json');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({
      name: 'monaco-opportunities-mock',
      api_version: '2026-08-19',
      links: { inspector: 'http://127.0.0.1:4010/__inspector', docs: 'http://127.0.0.1:4010/docs', health: 'http://127.0.0.1:4010/__admin/health' },
      quick_start: { api_key: FIXTURE.keys.jane, account_id: FIXTURE.accounts.acme },
    });
    expect(res.headers.vary).toContain('Accept');
  });

  test('without the admin API it links neither the inspector nor health, and /__inspector is not served', async () => {
    const app = testApp({ admin: false });
    const res = await request(app).get('/').set('Accept', 'application/json');
    expect(Object.keys(res.body.links).sort()).toEqual(['docs', 'openapi_json', 'openapi_yaml']);
    expect((await request(app).get('/__inspector')).status).toBe(404);
  });

  test("the quick-start curl quotes an account name with a ' for a POSIX shell: the shell passes the body as JSON", async () => {
    const app = testApp();
    const org = app.mock.directory.defaultOrg;
    const account = { ...org.fixture.accounts[0], name: "O'Brien & Sons 'Holdings' $HOME `id`" };
    const runtime = { ...app.mock, directory: { defaultOrg: { ...org, fixture: { ...org.fixture, accounts: [account] } } } } as unknown as typeof app.mock;
    const { curl } = quickStart(runtime, 'http://127.0.0.1:4010')!;
    // the shell runs the command with a curl that prints its arguments, one a line
    const args = execFileSync('/bin/sh', ['-c', `curl() { for a; do printf '%s\\n' "$a"; done; }; ${curl}`], { encoding: 'utf8' }).split('\n');
    const body = JSON.parse(args[args.indexOf('-d') + 1]);
    expect(body).toEqual({ name: `${account.name} - Enterprise License`, account_id: account.id });
    expect(args).toContain(`Authorization: Bearer ${FIXTURE.keys.jane}`);
    expect((await request(app).post('/v1/preview/opportunities').set('authorization', `Bearer ${FIXTURE.keys.jane}`).send({ ...minimalBody(), ...body })).status).toBe(200);
  });

  test('without auth the quick start sends no key', async () => {
    const res = await request(testApp({ auth: false })).get('/').set('Accept', 'application/json');
    expect(res.body.quick_start.api_key).toBeNull();
    expect(res.body.quick_start.curl).not.toContain('Authorization');
  });

  test('other methods on / still get the JSON 404 of an unknown route, journaled', async () => {
    const app = testApp();
    const res = await request(app).post('/').send({});
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    expect(app.mock.sessions.get().journal.size).toBe(1);
  });
});

describe('pages and their files', () => {
  test.each(['/', '/__inspector', '/docs', '/__ui/inspector/main.js'])('%s may not be framed, sniffed or read by another origin', async (path) => {
    const res = await request(testApp()).get(path).set('Origin', 'https://evil.example');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('the vendored libraries are served, with their licenses, and nothing is journaled', async () => {
    const app = testApp();
    for (const file of ['preact.mjs', 'hooks.mjs', 'htm.mjs', 'swagger-ui-bundle.js', 'swagger-ui.css', 'licenses/swagger-ui-NOTICE.txt']) {
      expect((await request(app).get(`/__ui/vendor/${file}`)).status).toBe(200);
    }
    expect((await request(app).get('/favicon.ico')).headers['content-type']).toBe('image/svg+xml');
    expect(app.mock.sessions.get().journal.size).toBe(0);
  });

  test('a trailing slash finds the page too', async () => {
    expect((await request(testApp()).get('/docs/')).status).toBe(200);
  });

  test('a missing file is the JSON 404 of an unknown route', async () => {
    const res = await request(testApp()).get('/__ui/nothing-here.js');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('the served specs', () => {
  test('/openapi.json is spec/openapi.yaml with this mock as its first server, readable from any origin', async () => {
    const app = testApp();
    const res = await request(app).get('/openapi.json').set('Host', 'localhost:4123').set('Origin', 'https://editor.example');
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.body.servers[0]).toEqual({ url: 'http://localhost:4123', description: 'This mock' });
    expect(res.body.servers.map((s: { url: string }) => s.url)).not.toContain('http://127.0.0.1:4010');
    expect(res.body.paths).toEqual(app.mock.contract.document.paths);
  });

  test('/openapi.yaml is the same document', async () => {
    const app = testApp();
    const [json, yaml] = await Promise.all(['/openapi.json', '/openapi.yaml'].map((path) => request(app).get(path).set('Host', '127.0.0.1:4010')));
    expect(yaml.headers['content-type']).toBe('application/yaml; charset=utf-8');
    expect(parse(yaml.text)).toEqual(json.body);
  });

  test('a Host that is not a host name is refused before any page is built (421)', async () => {
    const res = await request(testApp()).get('/openapi.json').set('Host', 'evil.example/<script>');
    expect(res.status).toBe(421);
    expect(res.body.error.code).toBe('host_not_allowed');
  });

  test('with any Host allowed, a malformed one falls back to the address the request came in on', async () => {
    const res = await request(testApp({ allowedHosts: ['*'] })).get('/openapi.json').set('Host', 'evil.example/<script>');
    expect(res.body.servers[0].url).toMatch(/^http:\/\/(127\.0\.0\.1|\[::1\]|\[::ffff:127\.0\.0\.1\]):\d+$/);
  });
});

describe('a page that fails', () => {
  afterEach(() => jest.restoreAllMocks());

  test('answers a spec-valid 500 through engine.fail, journaled', async () => {
    jest.spyOn(root, 'rootPage').mockReturnValue(() => {
      throw new Error('the page broke');
    });
    const app = testApp();
    const res = await request(app).get('/?x=1');
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('internal_error');
    expectSpecValid(app, 'getMe', 500, res.body);
    expect(journalOf(app).map((entry) => [entry.method, entry.path, entry.status])).toEqual([['GET', '/', 500]]);
  });
});
