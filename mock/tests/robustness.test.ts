import request from 'supertest';
import { FIXTURE, PREVIEW_PATH, create, minimalBody, testApp, expectSpecValid } from './helpers';

/** A small seeded PRNG (mulberry32), so the fuzz corpus is the same every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEIRD_VALUES: unknown[] = [
  null, true, false, 0, -1, 1.5, 1e308, -0, '', ' ', 'x'.repeat(5000), '\u0000', '💼 Deal', '../../etc/passwd', '<script>alert(1)</script>',
  [], [null], [1, 2], {}, { a: 1 }, { __proto__: { polluted: true } }, '2026-13-45', '8d116ece-1738-47d9-bd9c-172411e20b8f',
];
const FIELDS = ['name', 'account_id', 'owner_user_id', 'stage', 'estimated_value', 'estimated_close_date', 'notes', 'tags', 'idempotency_key',
  FIXTURE.customFields.seats, 'custom_field_x', 'constructor', 'toString', 'hasOwnProperty'];

describe('bad input never crashes the mock, and every answer is spec-valid', () => {
  const app = testApp();

  test.each([
    ['an array of bodies', JSON.stringify([minimalBody(), minimalBody()])],
    ['a bare number', '42'],
    ['truncated JSON', JSON.stringify(minimalBody()).slice(0, 30)],
    ['a __proto__ key', `{"name":"x","account_id":"${FIXTURE.accounts.acme}","__proto__":{"polluted":true}}`],
    ['a nested __proto__ key', `{"name":"x","account_id":"${FIXTURE.accounts.acme}","estimated_value":{"__proto__":{"polluted":true}}}`],
    ['constructor.prototype', `{"name":"x","account_id":"${FIXTURE.accounts.acme}","constructor":{"prototype":{"polluted":true}}}`],
    ['deeply nested arrays (100k levels)', `{"name":"x","account_id":"${FIXTURE.accounts.acme}","idempotency_key":"4cdd2055-930d-4eaf-94f4-733f3e7d1bfb","extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['deep nesting next to a "constructor" key', `{"name":"x","account_id":"${FIXTURE.accounts.acme}","constructor":1,"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['deeply nested objects in a custom field', `{"name":"x","account_id":"${FIXTURE.accounts.acme}","${FIXTURE.customFields.seats}":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x6e, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
    ['a byte-order mark', `\ufeff${JSON.stringify(minimalBody())}`],
    ['NUL bytes', `{"name":"a\\u0000b","account_id":"${FIXTURE.accounts.acme}"}`],
    ['lone surrogates', `{"name":"\\ud800","account_id":"${FIXTURE.accounts.acme}"}`],
    ['duplicate keys', `{"name":"a","name":1,"account_id":"${FIXTURE.accounts.acme}"}`],
    ['a huge number', `{"name":"a","account_id":"${FIXTURE.accounts.acme}","estimated_value":{"amount":1e400}}`],
  ])('%s', async (_case, body) => {
    const res = await request(app).post(PREVIEW_PATH).set('authorization', `Bearer ${FIXTURE.keys.jane}`).set('content-type', 'application/json').send(body);
    expect([200, 422]).toContain(res.status);
    expectSpecValid(app, 'createOpportunity', res.status, res.body);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a gzip body that is not gzip answers 422, not 500', async () => {
    const res = await request(app).post(PREVIEW_PATH).set('authorization', `Bearer ${FIXTURE.keys.jane}`)
      .set('content-type', 'application/json').set('content-encoding', 'gzip').send('not gzip');
    expect(res.status).toBe(422);
    expectSpecValid(app, 'createOpportunity', 422, res.body);
  });

  test('an unsupported content encoding answers 422 naming it', async () => {
    const res = await request(app).post(PREVIEW_PATH).set('authorization', `Bearer ${FIXTURE.keys.jane}`)
      .set('content-type', 'application/json').set('content-encoding', 'compress').send('{}');
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].msg).toMatch(/compress/);
  });

  test('a malformed percent-encoded path answers a spec-valid 422', async () => {
    const res = await request(app).get('/v1/opportunities/%E0%A4%A').set('authorization', `Bearer ${FIXTURE.keys.jane}`);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation_error');
  });

  test.each(['/v1/opportunities/%E0%A4%A', '/__admin/scenarios/%E0%A4%A'])('%s: a parameter that does not decode answers one 422 (API and admin alike)', async (path) => {
    const res = await request(app).get(path).set('authorization', `Bearer ${FIXTURE.keys.jane}`);
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      error: {
        code: 'validation_error',
        message: "The request URL could not be decoded: Failed to decode param '%E0%A4%A'.",
        details: [{ loc: ['path'], msg: 'The path is not valid percent-encoding', type: 'url_parsing' }],
      },
    });
  });

  test('a header-only flood of bad session ids answers 422 on the header', async () => {
    const res = await create(app, minimalBody(), { 'x-mock-session': 'bad session id with spaces' });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].loc).toEqual(['header', 'x-mock-session']);
  });

  test('500 seeded random mutations of a valid body all get spec-valid answers', async () => {
    const random = prng(20261128);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const statuses = new Map<number, number>();
    for (let i = 0; i < 500; i++) {
      const body: Record<string, unknown> = { ...minimalBody(), tags: [FIXTURE.tags.expansion], estimated_value: { currency_code: 'USD', amount: 100 } };
      for (let m = 0; m < 1 + Math.floor(random() * 3); m++) {
        const field = pick(FIELDS);
        if (random() < 0.2) delete body[field];
        else if (random() < 0.3 && field === 'estimated_value') body[field] = { currency_code: pick(WEIRD_VALUES), amount: pick(WEIRD_VALUES) };
        else if (random() < 0.3 && field === 'tags') body[field] = [pick(WEIRD_VALUES)];
        else body[field] = pick(WEIRD_VALUES);
      }
      const res = await create(app, JSON.stringify(body));
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect([200, 409, 422]).toContain(res.status);
      expectSpecValid(app, 'createOpportunity', res.status, res.body);
    }
    expect(statuses.get(200)).toBeGreaterThan(20);
    expect(statuses.get(422)).toBeGreaterThan(100);
    expect(app.mock.stats.selfCheckFailures).toBe(0);
  });

  test('after all of that the mock still creates and reads normally', async () => {
    const res = await create(app, minimalBody());
    expect(res.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
