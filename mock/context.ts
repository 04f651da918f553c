import type { Request, Response } from 'express';
import type { Operation } from '../spec/operations';
import { identify, Identity } from './auth';
import { ApiError } from './errors';
import type { RateLimitStatus } from './rate-limit';
import type { MockRuntime } from './runtime';
import { DEFAULT_SESSION, Session } from './session';

/** One request on its way through the mock. */
export interface RequestContext {
  req: Request;
  res: Response;
  /** The spec operation, when the route is one. */
  operation?: Operation;
  session: Session;
  /** The mock's clock at arrival (ms). */
  nowMs: number;
  /** Who the request claims to be (not yet enforced). */
  identity: Identity;
  /** This request's place in its org's rate-limit window. */
  rate: RateLimitStatus;
  /** Set when the `X-Mock-Session` header is malformed: the request is answered with it. */
  sessionError?: ApiError;
}

/** Session ids: what fits in a header and a log line. */
const SESSION_ID = /^[A-Za-z0-9._:@/-]{1,128}$/;

/** The `X-Mock-Session` partition a request belongs to. */
export function sessionIdOf(req: Request): string | undefined {
  const header = req.headers['x-mock-session'];
  const value = Array.isArray(header) ? header[0] : header;
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Starts a request: picks its session, identifies its key and counts it against its org's rate-limit
 * window (an `anonymous` window for requests without a valid key), so every response can carry the
 * `X-RateLimit-*` headers (D14).
 */
export function startRequest(runtime: MockRuntime, req: Request, res: Response, operation?: Operation): RequestContext {
  runtime.stats.requests++;
  const nowMs = runtime.clock.now();
  const sessionId = sessionIdOf(req);
  const validSession = sessionId === undefined || SESSION_ID.test(sessionId);
  const session = runtime.sessions.get(validSession ? (sessionId ?? DEFAULT_SESSION) : DEFAULT_SESSION);
  const identity = identify(runtime.directory, req, runtime.options.auth);
  const bucket = identity.kind === 'active' ? identity.principal.org.id : 'anonymous';
  return {
    req,
    res,
    operation,
    session,
    nowMs,
    identity,
    rate: session.rateLimiter.hit(bucket, nowMs),
    sessionError: validSession
      ? undefined
      : new ApiError(422, 'validation_error', 'Invalid X-Mock-Session header: use 1-128 letters, digits or . _ : @ / -.', [
          { loc: ['header', 'x-mock-session'], msg: 'Session ids are 1-128 characters of A-Z a-z 0-9 . _ : @ / -', type: 'string_pattern_mismatch' },
        ]),
  };
}

/** 429 `rate_limited` with `Retry-After` when enforcement is on and the window is used up (D14). */
export function enforceRateLimit(runtime: MockRuntime, ctx: RequestContext): void {
  if (!runtime.options.rateLimit.enforce || !ctx.rate.exceeded) return;
  const { limit, retryAfter } = ctx.rate;
  throw new ApiError(
    429,
    'rate_limited',
    `Rate limit of ${limit} requests per ${runtime.options.rateLimit.windowMs / 1000} s exceeded for this organization. Retry after ${retryAfter} s.`,
    undefined,
    { 'Retry-After': String(retryAfter) },
  );
}
