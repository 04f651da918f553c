import type { MonacoApiError } from './errors';

/** When and how long the client waits before sending a request again. */
export interface RetryPolicy {
  /** Retries after the first attempt (0 turns retrying off). Default `3`. */
  retries: number;
  /** Backoff before the first retry when the response has no `Retry-After`; doubles each time. Default `250` ms. */
  baseDelayMs: number;
  /** Upper bound of the backoff. Default `8000` ms. */
  maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the error is thrown for the caller to decide. Default `60000` ms. */
  maxRetryAfterMs: number;
  /** Spreads backoffs so clients do not retry in lockstep. Default: a random value between half and all of it. */
  jitter: (delayMs: number) => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 3,
  baseDelayMs: 250,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
  jitter: (delayMs) => delayMs / 2 + Math.random() * (delayMs / 2),
};

/**
 * Seconds from a `Retry-After` header: delay-seconds, or an HTTP date (RFC 9110 §10.2.3).
 * `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, nowMs: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/**
 * How long to wait before attempt number `nextAttempt` (2 for the first retry), or `undefined` when the
 * failure must not be retried: it is not retryable (a 4xx other than 429), the retries are used up, or the
 * server asked for a longer wait than the policy accepts. A `Retry-After` is honoured as sent; otherwise the
 * wait is an exponential backoff with jitter.
 */
export function retryDelayMs(policy: RetryPolicy, failure: MonacoApiError, nextAttempt: number): number | undefined {
  if (!failure.retryable || nextAttempt > policy.retries + 1) return undefined;
  if (failure.retryAfterSeconds !== undefined) {
    const ms = failure.retryAfterSeconds * 1000;
    return ms <= policy.maxRetryAfterMs ? ms : undefined;
  }
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (nextAttempt - 2));
  return policy.jitter(backoff);
}
