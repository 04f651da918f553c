/** How failed attempts are retried: 429, 5xx and network errors; never any other 4xx. */
export interface RetryPolicy {
  /** Retries after the first attempt. Default `5`. */
  maxRetries: number;
  /** The first exponential-backoff wait in ms; each retry doubles it. Default `500`. */
  baseDelayMs: number;
  /** The longest single wait in ms, after scaling. Default `60000`. */
  maxDelayMs: number;
  /** Every wait is multiplied by this (tests use `0.01` to keep `Retry-After: 1` at 10 ms). Default `1`. */
  scale: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 5, baseDelayMs: 500, maxDelayMs: 60_000, scale: 1 };

/** The answer of a failed attempt, when there was one (none for a network error). */
export interface FailedAnswer {
  status: number;
  headers: Pick<Headers, 'get'>;
}

/** 429 and 5xx are worth retrying; any other status is the final answer. */
export function isRetryable(status: number): boolean {
  return status === 429 || status >= 500;
}

/** `Retry-After` (seconds, or an HTTP date) as ms from `nowMs`, if present and readable. */
export function retryAfterMs(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** `X-RateLimit-Reset` (the Unix time, in seconds, when the window resets) as ms from `nowMs`. */
export function rateLimitResetMs(value: string | null, nowMs: number): number | undefined {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Math.max(0, Number(value.trim()) * 1000 - nowMs);
}

/**
 * The wait before retry number `retry` (1 for the first). When the server says how long to wait —
 * `Retry-After`, or for a 429 without it `X-RateLimit-Reset` — that, plus up to 10% jitter so parallel
 * workers do not all come back at once; otherwise exponential backoff (`baseDelayMs` × 2^(retry-1)) with
 * equal jitter (between half and all of it). Then scaled, and capped at `maxDelayMs`.
 */
export function retryDelay(retry: number, answer: FailedAnswer | undefined, policy: RetryPolicy, nowMs: number, random: () => number = Math.random): number {
  const hinted =
    answer &&
    (retryAfterMs(answer.headers.get('retry-after'), nowMs) ??
      (answer.status === 429 ? rateLimitResetMs(answer.headers.get('x-ratelimit-reset'), nowMs) : undefined));
  let delay: number;
  if (hinted !== undefined) {
    delay = hinted + random() * hinted * 0.1;
  } else {
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
    delay = backoff / 2 + (random() * backoff) / 2;
  }
  return Math.round(Math.min(policy.maxDelayMs, delay * policy.scale));
}
