import { DEFAULT_RETRY, isRetryable, rateLimitResetMs, retryAfterMs, retryDelay } from '../retry';

const NOW = Date.parse('2026-07-01T09:00:00Z');
const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name.toLowerCase()] ?? null });
const policy = { ...DEFAULT_RETRY };

describe('which answers are retried', () => {
  test.each([
    [429, true], [500, true], [502, true], [503, true], [504, true],
    [400, false], [401, false], [403, false], [404, false], [408, false], [409, false], [413, false], [422, false],
  ])('status %i: retried %s', (status, retried) => {
    expect(isRetryable(status)).toBe(retried);
  });
});

describe('how long to wait', () => {
  test.each([
    ['Retry-After in seconds', '1', 1000],
    ['Retry-After as an HTTP date', new Date(NOW + 5000).toUTCString(), 5000],
    ['Retry-After as a date in the past', new Date(NOW - 5000).toUTCString(), 0],
    ['an unreadable Retry-After', 'soon', undefined],
    ['no Retry-After', null, undefined],
  ])('%s', (_case, value, ms) => {
    expect(retryAfterMs(value, NOW)).toBe(ms);
  });

  test('X-RateLimit-Reset is the Unix second the window ends', () => {
    expect(rateLimitResetMs(String(NOW / 1000 + 42), NOW)).toBe(42_000);
    expect(rateLimitResetMs('not a time', NOW)).toBeUndefined();
  });

  test.each([
    ['a 429 honours Retry-After, plus at most 10% jitter', 429, { 'retry-after': '2' }, [0, 1], [2000, 2200]],
    ['a 429 without Retry-After waits for X-RateLimit-Reset', 429, { 'x-ratelimit-reset': String(NOW / 1000 + 3) }, [0, 1], [3000, 3300]],
    ['a 503 honours Retry-After', 503, { 'retry-after': '1' }, [0, 1], [1000, 1100]],
    ['a 503 ignores X-RateLimit-Reset (it is on every answer) and backs off', 503, { 'x-ratelimit-reset': String(NOW / 1000 + 30) }, [0, 1], [250, 500]],
  ])('%s', (_case, status, values, [low, high], [min, max]) => {
    const answer = { status, headers: headers(values) };
    expect(retryDelay(1, answer, policy, NOW, () => low)).toBe(min);
    expect(retryDelay(1, answer, policy, NOW, () => high)).toBe(max);
  });

  test('exponential backoff doubles each retry, with equal jitter, up to the cap', () => {
    const delays = [1, 2, 3, 4].map((retry) => [retryDelay(retry, undefined, policy, NOW, () => 0), retryDelay(retry, undefined, policy, NOW, () => 1)]);
    expect(delays).toEqual([[250, 500], [500, 1000], [1000, 2000], [2000, 4000]]);
    expect(retryDelay(30, undefined, policy, NOW, () => 1)).toBe(policy.maxDelayMs);
  });

  test('the scale shrinks every wait (tests), and the cap bounds even a server-given wait', () => {
    const answer = { status: 429, headers: headers({ 'retry-after': '1' }) };
    expect(retryDelay(1, answer, { ...policy, scale: 0.01 }, NOW, () => 0)).toBe(10);
    expect(retryDelay(1, { status: 429, headers: headers({ 'retry-after': '3600' }) }, { ...policy, maxDelayMs: 5000 }, NOW, () => 0)).toBe(5000);
  });
});
