import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { HEADER_NAME_PATTERN, HEADER_VALUE_PATTERN } from '../core/http/header-rules';
import { FIXTURE, expectAdminValid, scratchDirs, testApp } from './helpers';

const scratch = scratchDirs('stub-headers-');

/** Review A1: a stub's header Node or fetch refuses crashed the server (an unhandled rejection) or the handler. */
describe('stub and scenario headers are checked where stubs and scenarios are', () => {
  const stub = (headers: Record<string, string>) => ({ operation: 'getMe', respond: { status: 500, headers } });

  test.each([
    [{ 'X-Note': 'a→b' }, 'X-Note', 'header_value', /Not a valid HTTP header value/],
    [{ 'X-Note': 'a\r\nSet-Cookie: x=1' }, 'X-Note', 'header_value', /Not a valid HTTP header value/],
    [{ 'Bad Name': 'x' }, 'Bad Name', 'header_name', /Not a valid HTTP header name/],
    [{ 'X-Bad:': 'x' }, 'X-Bad:', 'header_name', /Not a valid HTTP header name/],
    [{ 'content-length': '3' }, 'content-length', 'value_error', /content-length frames the response/],
    [{ 'Transfer-Encoding': 'chunked' }, 'Transfer-Encoding', 'value_error', /Transfer-Encoding frames the response/],
    [{ Connection: 'close' }, 'Connection', 'value_error', /Connection frames the response/],
  ])('POST /__admin/stubs with headers %j answers 422 at the header', async (headers, name, type, message) => {
    const app = testApp();
    const res = await request(app).post('/__admin/stubs').send(stub(headers));
    expect(res.status).toBe(422);
    expectAdminValid(app, 'queueStub', 422, res.body);
    expect(res.body.error.details).toEqual([{ loc: ['body', 'respond', 'headers', name], msg: expect.stringMatching(message), type }]);
    expect((await request(app).get('/__admin/stubs')).body.stubs).toEqual([]);
  });

  test('valid headers (Latin-1 and tab allowed) are queued and sent', async () => {
    const app = testApp();
    expect((await request(app).post('/__admin/stubs').send(stub({ 'X-Note': 'caf\u00e9\tok', 'Retry-After': '3' }))).status).toBe(200);
    const res = await request(app).get('/v1/me').set('authorization', `Bearer ${FIXTURE.keys.jane}`);
    expect(res.status).toBe(500);
    expect(res.headers['retry-after']).toBe('3');
  });

  test('spec/admin.yaml carries the patterns the messages are for', () => {
    const schema = testApp().mock.adminContract.compiler.schemaObject('ForcedResponse') as { properties: { headers: { propertyNames: { pattern: string }; additionalProperties: { pattern: string } } } };
    expect(schema.properties.headers.propertyNames.pattern).toBe(HEADER_NAME_PATTERN);
    expect(schema.properties.headers.additionalProperties.pattern).toBe(HEADER_VALUE_PATTERN);
  });

  test('a scenario file with such a header stops the mock at start-up, naming the file and the header', () => {
    const dir = scratch();
    const bad = { name: 'bad-header', description: 'x', steps: [{ respond: { status: 503, headers: { 'Retry After': '1' } } }] };
    writeFileSync(join(dir, 'bad-header.json'), JSON.stringify(bad));
    expect(() => testApp({ scenarios: dir })).toThrow(/bad-header\.json:\n {2}- steps\.0\.respond\.headers\.Retry After: Not a valid HTTP header name/);
    writeFileSync(join(dir, 'bad-header.json'), JSON.stringify({ ...bad, steps: [{ respond: { status: 503, headers: { 'Content-Length': '0' } } }] }));
    expect(() => testApp({ scenarios: dir })).toThrow(/steps\.0\.respond\.headers\.Content-Length: Content-Length frames the response/);
  });
});
