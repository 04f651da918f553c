import request from 'supertest';
import { MockClock } from '../core/state/clock';
import { FIXTURE, PREVIEW_PATH, create, get, minimalBody, testApp, expectSpecValid } from './helpers';

const WINDOW_END = String(Date.parse('2026-07-01T09:01:00Z') / 1000);

describe('D14: rate limit', () => {
  test.each([
    ['a 200', (app: ReturnType<typeof testApp>) => create(app, minimalBody())],
    ['a 401', (app: ReturnType<typeof testApp>) => request(app).post(PREVIEW_PATH).send(minimalBody())],
    ['a 403', (app: ReturnType<typeof testApp>) => create(app, minimalBody(), { authorization: `Bearer ${FIXTURE.keys.readOnly}` })],
    ['a 404', (app: ReturnType<typeof testApp>) => get(app, '57ee05cd-e009-42c7-bebf-f20686734721')],
    ['a 405', (app: ReturnType<typeof testApp>) => request(app).put(PREVIEW_PATH)],
    ['a 413', (app: ReturnType<typeof testApp>) => create(app, { ...minimalBody(), notes: 'x'.repeat(2 ** 20) })],
    ['a 422', (app: ReturnType<typeof testApp>) => create(app, {})],
  ])('X-RateLimit-Limit, -Remaining and -Reset are on %s', async (_case, send) => {
    const res = await send(testApp());
    expect(res.headers['x-ratelimit-limit']).toBe('100');
    expect(res.headers['x-ratelimit-remaining']).toBe('99');
    expect(res.headers['x-ratelimit-reset']).toBe(WINDOW_END);
  });

  test('Remaining counts down per org, and other orgs have their own window', async () => {
    const app = testApp();
    for (let i = 0; i < 3; i++) await create(app, minimalBody());
    expect((await create(app, minimalBody())).headers['x-ratelimit-remaining']).toBe('96');
    const other = await create(app, { name: 'x', account_id: FIXTURE.accounts.fabrikam }, { authorization: `Bearer ${FIXTURE.keys.contoso}` });
    expect(other.headers['x-ratelimit-remaining']).toBe('99');
  });

  test('by default the limit is reported, not enforced', async () => {
    const app = testApp({ rateLimit: { limit: 2 } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await create(app, minimalBody())).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
  });

  test('enforced: past the limit, 429 rate_limited with Retry-After until the window resets', async () => {
    const clock = new MockClock('2026-07-01T09:00:15Z');
    const app = testApp({ clock, rateLimit: { limit: 2, enforce: true } });
    expect((await create(app, minimalBody())).status).toBe(200);
    expect((await create(app, minimalBody())).headers['x-ratelimit-remaining']).toBe('0');
    const limited = await create(app, minimalBody());
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('45');
    expect(limited.headers['x-ratelimit-reset']).toBe(WINDOW_END);
    expect(limited.body.error.code).toBe('rate_limited');
    expectSpecValid(app, 'createOpportunity', 429, limited.body);
    expect((await get(app, '57ee05cd-e009-42c7-bebf-f20686734721')).status).toBe(429);
    clock.advance(45_000);
    expect((await create(app, minimalBody())).status).toBe(200);
  });

  test('the window length is an option', async () => {
    const app = testApp({ rateLimit: { limit: 5, windowMs: 3_600_000 } });
    const res = await create(app, minimalBody());
    expect(res.headers['x-ratelimit-limit']).toBe('5');
    expect(res.headers['x-ratelimit-reset']).toBe(String(Date.parse('2026-07-01T10:00:00Z') / 1000));
  });
});
