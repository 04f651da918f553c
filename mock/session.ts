import { IdempotencyLedger } from './idempotency';
import { RateLimiter } from './rate-limit';
import { OpportunityStore } from './store';
import type { ResolvedOptions } from './options';

/** The session requests use when they send no `X-Mock-Session` header. */
export const DEFAULT_SESSION = 'default';

/**
 * One isolated partition of the mock's state: its opportunities, idempotency keys, rate-limit windows and
 * the sequence that seeds generated values. Parallel test files use one session each.
 */
export class Session {
  readonly store: OpportunityStore;
  readonly idempotency: IdempotencyLedger;
  readonly rateLimiter: RateLimiter;
  /** Creates so far; seeds the next opportunity, so the same sequence of requests gives the same data. */
  creates = 0;

  constructor(
    readonly id: string,
    options: ResolvedOptions,
  ) {
    this.store = new OpportunityStore(options.maxOpportunities);
    this.idempotency = new IdempotencyLedger(options.idempotencyTtlMs, options.maxOpportunities);
    this.rateLimiter = new RateLimiter(options.rateLimit.limit, options.rateLimit.windowMs);
  }

  reset(): void {
    this.store.clear();
    this.idempotency.clear();
    this.rateLimiter.clear();
    this.creates = 0;
  }
}

/** Every session, created on first use. */
export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly options: ResolvedOptions) {}

  get(id: string = DEFAULT_SESSION): Session {
    let session = this.sessions.get(id);
    if (!session) {
      session = new Session(id, this.options);
      this.sessions.set(id, session);
    }
    return session;
  }

  ids(): string[] {
    return [...this.sessions.keys()];
  }

  /** Resets one session, or drops every session when no id is given (they are recreated on use). */
  reset(id?: string): void {
    if (id === undefined) {
      this.sessions.clear();
      return;
    }
    this.sessions.get(id)?.reset();
  }
}
