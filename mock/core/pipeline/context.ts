import type { Operation } from '../../../spec/operations';
import type { DecodedBody } from '../http/body';
import { MockRequest, Query, queryOf } from '../http/request';
import type { Applied } from '../journal/journal';
import { identify, Identity } from './auth';
import type { Principal } from '../state/directory';
import { Controls, readControls } from '../controls/prefer';
import { ApiError } from '../errors';
import type { ReferencesMode } from '../options';
import type { RateLimitStatus } from '../state/rate-limit';
import type { MockRuntime } from '../runtime';
import type { Scenario } from '../controls/scenarios/types';
import { DEFAULT_SESSION, Session } from '../state/session';
import type { Profile } from '../types';

/** The behaviour options in force for one request: the mock's, overridden by an active scenario. */
export interface Settings {
  references: ReferencesMode;
  profile: Profile;
  readOnly: boolean;
  rateLimit: { limit: number; windowMs: number; enforce: boolean };
}

export type { Applied };

/** One request on its way through the mock. */
export interface RequestContext {
  request: MockRequest;
  /** The request's path, without its query. */
  path: string;
  /** Path parameters of the matched route, decoded (and canonicalised where they are ids). */
  params: Record<string, string>;
  /** Query parameters, a repeated one as a list (ids canonicalised). */
  query: Query;
  /** The CORS headers every answer carries (a browser's request to the public API). */
  cors?: Record<string, string>;
  /** The spec operation, when the route is one. */
  operation?: Operation;
  session: Session;
  /** The mock's clock at arrival (ms). */
  nowMs: number;
  /** `performance.now()` at arrival, for the journal's duration. */
  startedAt: number;
  /** Who the request claims to be (not yet enforced). */
  identity: Identity;
  /** Who it acts as, once the access checks passed (`checkAccess`, before any handler). */
  principal?: Principal;
  /** This request's place in its org's rate-limit window. */
  rate: RateLimitStatus;
  settings: Settings;
  /** `Prefer` / `__code`-style controls. */
  controls: Controls;
  /** The scenario in force (from `Prefer: scenario=`, the session or the global default). */
  scenario?: Scenario;
  /** A problem found while starting (a bad session header or preference): the request is answered with it. */
  problem?: ApiError;
  /** The body bytes, once read. */
  raw?: Uint8Array;
  /** The body as decoded (JSON, empty, not JSON), once read. */
  body?: DecodedBody;
  /** For a 405: the methods the path allows. */
  allowed?: string;
  applied: Applied;
  /** What was sent, for the journal: the headers written and the JSON text (set by `send`). */
  sent?: SentResponse;
}

/** A response as sent: its headers and its JSON text, if it had a body. */
export interface SentResponse {
  headers: Record<string, string>;
  body?: string;
}

/** Session ids: what fits in a header and a log line. */
const SESSION_ID = /^[A-Za-z0-9._:@/-]{1,128}$/;

/** The `X-Mock-Session` partition a request belongs to. */
export function sessionIdOf(headers: Readonly<Record<string, string | undefined>>): string | undefined {
  const value = headers['x-mock-session'];
  return value === undefined || value === '' ? undefined : value;
}

function settingsFor(runtime: MockRuntime, scenario: Scenario | undefined): Settings {
  const { options } = runtime;
  return {
    references: scenario?.references ?? options.references,
    profile: scenario?.profile ?? options.profile,
    readOnly: scenario?.access === 'read_only',
    rateLimit: scenario?.rate_limit
      ? { limit: scenario.rate_limit.limit, windowMs: scenario.rate_limit.window_ms ?? options.rateLimit.windowMs, enforce: true }
      : options.rateLimit,
  };
}

/** The scenario in force: `Prefer: scenario=` first, then the session's own, then the global one. */
function scenarioOf(runtime: MockRuntime, session: Session, controls: Controls): Scenario | undefined {
  const name = controls.scenario ?? runtime.scenarios.inForce(session);
  if (!name) return undefined;
  return runtime.scenarios.require(name, controls.scenario ? `Prefer: scenario=${name}` : 'The active scenario');
}

/** Where a request was routed: its path (without the query), and its operation, path parameters and CORS headers when it has them. */
export interface RouteOf {
  path: string;
  operation?: Operation;
  params?: Record<string, string>;
  cors?: Record<string, string>;
}

/**
 * Starts a request: picks its session, reads its controls and scenario, identifies its key and counts it
 * against its org's rate-limit window (an `anonymous` window for requests without a valid key), so every
 * response can carry the `X-RateLimit-*` headers (D14). Never throws: a problem is kept for the pipeline.
 */
export function startRequest(runtime: MockRuntime, request: MockRequest, route: RouteOf): RequestContext {
  runtime.stats.requests++;
  const startedAt = performance.now();
  const nowMs = runtime.clock.now();
  const { operation } = route;
  const sessionId = sessionIdOf(request.headers);
  const validSession = sessionId === undefined || SESSION_ID.test(sessionId);
  const session = runtime.sessions.get(validSession ? (sessionId ?? DEFAULT_SESSION) : DEFAULT_SESSION);
  let problem: ApiError | undefined;
  if (!validSession) {
    problem = new ApiError(422, 'validation_error', 'Invalid X-Mock-Session header: use 1-128 letters, digits or . _ : @ / -.', [
      { loc: ['header', 'x-mock-session'], msg: 'Session ids are 1-128 characters of A-Z a-z 0-9 . _ : @ / -', type: 'string_pattern_mismatch' },
    ]);
  }
  const query = queryOf(request.url);
  let controls: Controls = {};
  let scenario: Scenario | undefined;
  if (operation) {
    try {
      controls = readControls(request.headers.prefer, query) ?? {};
      scenario = scenarioOf(runtime, session, controls);
      if (scenario?.operations && !scenario.operations.includes(operation.operationId)) scenario = undefined;
    } catch (error) {
      problem ??= error as ApiError;
    }
  }
  const settings = settingsFor(runtime, scenario);
  const identity = identify(runtime.directory, request.headers, runtime.options.auth);
  const bucket = identity.kind === 'active' ? identity.principal.org.id : 'anonymous';
  return {
    request,
    path: route.path,
    params: route.params ?? {},
    query,
    cors: route.cors,
    operation,
    session,
    nowMs,
    startedAt,
    identity,
    rate: session.rateLimiter.hit(bucket, nowMs, settings.rateLimit.limit, settings.rateLimit.windowMs),
    settings,
    controls,
    scenario,
    problem,
    applied: { preferences: [], ...(scenario ? { scenario: scenario.name } : {}) },
  };
}

/** The 429's message: the request's window, and when to retry. */
export function rateLimitMessage(ctx: RequestContext): string {
  return `Rate limit of ${ctx.rate.limit} requests per ${ctx.settings.rateLimit.windowMs / 1000} s exceeded for this organization. Retry after ${ctx.rate.retryAfter} s.`;
}

/** 429 `rate_limited` with `Retry-After` when enforcement is on and the window is used up (D14). */
export function enforceRateLimit(ctx: RequestContext): void {
  if (!ctx.settings.rateLimit.enforce || !ctx.rate.exceeded) return;
  throw new ApiError(429, 'rate_limited', rateLimitMessage(ctx), undefined, { 'Retry-After': String(ctx.rate.retryAfter) });
}
