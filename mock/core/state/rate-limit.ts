/** The rate-limit state one response reports (D14). */
export interface RateLimitStatus {
  limit: number;
  remaining: number;
  /** Unix time (s) at which the window resets. */
  reset: number;
  /** Whether this request went over the limit. */
  exceeded: boolean;
  /** Seconds until the window resets (at least 1). */
  retryAfter: number;
}

/**
 * Fixed-window request counting per bucket (an org, or `anonymous` for requests without a valid key).
 * Windows align to multiples of the window length on the mock's clock, so a frozen clock gives
 * reproducible headers. The limit and window are given per hit, so a scenario can change them.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  hit(bucket: string, nowMs: number, limit: number, windowMs: number): RateLimitStatus {
    const start = nowMs - (nowMs % windowMs);
    let window = this.windows.get(bucket);
    if (!window || window.start !== start) {
      window = { start, count: 0 };
      this.windows.set(bucket, window);
    }
    window.count++;
    const resetMs = start + windowMs;
    return {
      limit,
      remaining: Math.max(0, limit - window.count),
      reset: Math.ceil(resetMs / 1000),
      exceeded: window.count > limit,
      retryAfter: Math.max(1, Math.ceil((resetMs - nowMs) / 1000)),
    };
  }

  clear(): void {
    this.windows.clear();
  }
}
