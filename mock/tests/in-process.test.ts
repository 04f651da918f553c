import { startMock, RunningMock } from '../adapters/node/in-process';
import { mockMatchers } from '../testing/jest';
import { VerificationError } from '../testing/verify';
import { FIXTURE, minimalBody, CLOCK } from './helpers';

expect.extend(mockMatchers);

const post = (mock: RunningMock, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${mock.url}/v1/preview/opportunities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${FIXTURE.keys.jane}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('startMock: the in-process API', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ seed: 7, clock: CLOCK });
  });
  afterEach(() => mock.reset());
  afterAll(() => mock.close());

  test('it listens on a free loopback port and serves the API', async () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await post(mock, minimalBody())).status).toBe(200);
  });

  test('use() activates a shipped scenario, or registers and activates a new one', async () => {
    mock.use('fail-twice-then-succeed');
    expect((await post(mock, minimalBody())).status).toBe(503);
    mock.use({ name: 'always-conflict', description: 'Every create conflicts.', operations: ['createOpportunity'], steps: [{ respond: { status: 409 } }], after: 'repeat' });
    expect((await post(mock, minimalBody())).status).toBe(409);
    mock.stopScenario();
    expect((await post(mock, minimalBody())).status).toBe(200);
  });

  test('use() can target one session', async () => {
    mock.use('server-errors', { session: 'broken' });
    expect((await post(mock, minimalBody(), { 'x-mock-session': 'broken' })).status).toBe(500);
    expect((await post(mock, minimalBody())).status).toBe(200);
  });

  test('stub() queues the next responses of an operation', async () => {
    const stub = mock.stub({ operation: 'createOpportunity', times: 1, respond: { status: 429 } });
    expect(stub.remaining).toBe(1);
    expect((await post(mock, minimalBody())).status).toBe(429);
    expect((await post(mock, minimalBody())).status).toBe(200);
  });

  test('an invalid scenario or stub is refused with the problem', () => {
    expect(() => mock.use({ name: 'bad', description: 'x', steps: [{ respond: { status: 418 } }] })).toThrow(/does not declare status 418/);
    expect(() => mock.stub({ operation: 'nope' })).toThrow(/Unknown operation "nope"/);
    expect(() => mock.use('chaos')).toThrow(/unknown scenario "chaos"/);
  });

  test('a stub or scenario header that is not valid HTTP is refused, and nothing is queued (review A1)', async () => {
    expect(() => mock.stub({ operation: 'getMe', respond: { status: 500, headers: { 'X-Note': 'a→b' } } })).toThrow(/respond\.headers\.X-Note.*Not a valid HTTP header value/s);
    expect(() => mock.stub({ operation: 'getMe', respond: { status: 500, headers: { 'Bad Name': 'x' } } })).toThrow(/Not a valid HTTP header name/);
    expect(() => mock.stub({ operation: 'createOpportunity', respond: { status: 503, headers: { 'Content-Length': '3' } } })).toThrow(/Content-Length frames the response/);
    expect(() => mock.use({ name: 'bad-header', description: 'x', steps: [{ respond: { status: 503, headers: { 'Transfer-Encoding': 'chunked' } } }] })).toThrow(/steps\.0\.respond\.headers\.Transfer-Encoding: Transfer-Encoding frames the response/);
    expect((await post(mock, minimalBody())).status).toBe(200);
  });

  test('journal queries filter the requests, and reset() empties them', async () => {
    await post(mock, minimalBody());
    await post(mock, {});
    expect(mock.journal.count()).toBe(2);
    expect(mock.journal.requests({ status: '4xx' }).map((e) => e.status)).toEqual([422]);
    expect(mock.journal.nearMisses()[0].diagnosis!.rule).toBe('body.schema');
    mock.reset();
    expect(mock.journal.count()).toBe(0);
  });

  test('journal.count() and nearMisses() agree with the admin API, filters included', async () => {
    await post(mock, minimalBody());
    await post(mock, {});
    await post(mock, { ...minimalBody(), name: 42 }, { 'x-mock-session': 'other' });
    await fetch(`${mock.url}/v1/opportunities/list`, { headers: { authorization: `Bearer ${FIXTURE.keys.jane}` } }); // a GET of a POST path
    const admin = async (path: string) => (await fetch(`${mock.url}${path}`)).json();
    expect(mock.journal.count()).toBe((await admin('/__admin/requests/count')).count);
    expect(mock.journal.count({ status: '4xx', session: 'default' })).toBe((await admin('/__admin/requests/count?status=4xx&session=default')).count);
    expect(mock.journal.count({ status: '4xx', session: 'default' })).toBe(2);
    const nearMisses = (await admin('/__admin/near-misses')).requests;
    expect(nearMisses.length).toBeGreaterThanOrEqual(3);
    expect(mock.journal.nearMisses()).toEqual(nearMisses);
    expect(mock.journal.nearMisses({ session: 'other' })).toEqual((await admin('/__admin/near-misses?session=other')).requests);
    expect(mock.journal.nearMisses({ session: 'other' }).map((e) => e.diagnosis!.rule)).toEqual(['body.schema']);
  });

  test('verify() passes when the journal holds matching requests and returns them', async () => {
    await post(mock, { ...minimalBody(), stage: 'demo' });
    await post(mock, { ...minimalBody(), stage: 'demo' });
    const matched = mock.verify({ method: 'POST', path: '/v1/preview/opportunities', bodyMatching: { stage: 'demo' }, count: 2 });
    expect(matched).toHaveLength(2);
    mock.verify({ operation: 'createOpportunity', count: { atLeast: 1, atMost: 2 }, headersMatching: { 'Content-Type': 'application/json' } });
  });

  test('verify() fails with a readable diff of the closest requests', async () => {
    await post(mock, { ...minimalBody(), name: 'Acme Corp - Expansion', estimated_value: { currency_code: 'EUR', amount: 100 } });
    let error: Error | undefined;
    try {
      mock.verify({ method: 'POST', bodyMatching: { name: 'Acme Corp - Renewal', estimated_value: { currency_code: 'USD' } }, count: 1 });
    } catch (e) {
      error = e as Error;
    }
    expect(error).toBeInstanceOf(VerificationError);
    expect(error!.message.split('\n')).toEqual([
      'Expected exactly 1 request(s) with method POST, body matching {"name":"Acme Corp - Renewal","estimated_value":{"currency_code":"USD"}}, but received 0 (of 1 journaled).',
      'Closest requests:',
      expect.stringMatching(/^ {2}#\d+ POST \/v1\/preview\/opportunities → 200$/),
      '      body.name: expected "Acme Corp - Renewal" received "Acme Corp - Expansion"',
      '      body.estimated_value.currency_code: expected "USD" received "EUR"',
    ]);
  });

  test('expect(mock).toHaveReceived() works as a jest matcher, negated too', async () => {
    await post(mock, minimalBody(), { 'x-mock-session': 'matcher' });
    expect(mock).toHaveReceived({ method: 'POST', session: 'matcher', status: 200, count: 1 });
    expect(mock).not.toHaveReceived({ method: 'GET' });
    expect(() => expect(mock).toHaveReceived({ method: 'GET' })).toThrow(/Expected at least 1 request\(s\) with method GET, but received 0/);
  });

  test('close() stops listening', async () => {
    const other = await startMock();
    await other.close();
    await expect(fetch(`${other.url}/__admin/health`)).rejects.toThrow();
  });
});
