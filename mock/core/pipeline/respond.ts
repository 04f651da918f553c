import type { ValidateFunction } from '../../../spec/validators';
import type { RequestContext } from './context';
import { ApiError, UnauthorizedError } from '../errors';
import { redactUrl } from '../journal/redact';
import type { MockResponse } from '../http/request';
import type { MockRuntime } from '../runtime';

/** What a handler answers. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** The body already passed the self-check (the create handler checks before it stores). */
  checked?: boolean;
}

/** Thrown when a body the mock built fails the spec (D16): a bug in the mock, answered as a 500. */
export class SelfCheckError extends Error {
  override name = 'SelfCheckError';
}

/** The validator a response body must pass: the operation's declared response, else the generic error envelope. */
function validatorFor(runtime: MockRuntime, ctx: RequestContext, status: number): ValidateFunction | undefined {
  if (ctx.operation) return runtime.contract.responseValidator(ctx.operation.operationId, status);
  return runtime.contract.compiler.schema(status === 401 ? 'UnauthorizedResponse' : 'PublicErrorResponse');
}

/**
 * The self-check (D16): every body the mock sends must validate against spec/openapi.yaml. Throws a
 * SelfCheckError naming the violations when it does not.
 */
export function selfCheck(runtime: MockRuntime, ctx: RequestContext, status: number, body: unknown): void {
  const validate = validatorFor(runtime, ctx, status);
  if (!validate) {
    throw new SelfCheckError(`status ${status} is not declared for ${ctx.operation?.operationId ?? 'this route'} in spec/openapi.yaml`);
  }
  if (validate(body)) return;
  const violations = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
  throw new SelfCheckError(`the ${status} body violates spec/openapi.yaml: ${violations.join('; ')}`);
}

/** The reply for anything a handler threw. */
export function replyForError(error: unknown): Reply {
  if (error instanceof ApiError) return { status: error.status, body: error.body(), headers: error.headers };
  if (error instanceof UnauthorizedError) return { status: 401, body: error.body() };
  const reason = error instanceof SelfCheckError ? `The mock's self-check failed: ${error.message}. This is a bug in the mock; please report it.` : undefined;
  return {
    status: 500,
    body: new ApiError(500, 'internal_error', reason ?? 'An unexpected error occurred in the mock. Retry the request; if it keeps failing, report it with the request that caused it.').body(),
  };
}

/** The reply for a thrown error; self-check failures and unexpected errors are counted and logged. */
export function failureReply(runtime: MockRuntime, ctx: RequestContext, error: unknown): Reply {
  if (!(error instanceof ApiError) && !(error instanceof UnauthorizedError)) {
    const selfCheckFailed = error instanceof SelfCheckError;
    if (selfCheckFailed) runtime.stats.selfCheckFailures++;
    const logger = runtime.options.logger;
    if (logger) logger.error({ err: error, method: ctx.request.method, url: redactUrl(ctx.request.url, runtime.redaction.fields) }, selfCheckFailed ? 'self-check failed' : 'unexpected error');
  }
  return replyForError(error);
}

/**
 * Answers a reply: self-checks the body (a failing body is replaced by a 500, never sent), then writes the CORS
 * headers (a browser's request), the rate-limit headers, `Preference-Applied` and `X-Mock-Scenario` when controls
 * applied, the reply's headers and the JSON. Keeps what was sent in `ctx.sent`, for the journal.
 */
export function send(runtime: MockRuntime, ctx: RequestContext, reply: Reply): { status: number; body: unknown; response: MockResponse } {
  let { status, body, headers } = reply;
  if (body !== undefined && !reply.checked) {
    try {
      selfCheck(runtime, ctx, status, body);
    } catch (error) {
      ({ status, body, headers } = failureReply(runtime, ctx, error));
    }
  }
  const out: Record<string, string> = ctx.cors ? { ...ctx.cors } : {};
  out['X-RateLimit-Limit'] = String(ctx.rate.limit);
  out['X-RateLimit-Remaining'] = String(ctx.rate.remaining);
  out['X-RateLimit-Reset'] = String(ctx.rate.reset);
  if (ctx.applied.preferences.length) out['Preference-Applied'] = ctx.applied.preferences.join(', ');
  if (ctx.applied.scenario) out['X-Mock-Scenario'] = ctx.applied.scenario;
  for (const name in headers) out[name] = headers[name];
  let text: string | undefined;
  if (body !== undefined) {
    out['Content-Type'] = 'application/json';
    text = JSON.stringify(body);
  }
  ctx.sent = { headers: out, body: text };
  logRequest(runtime, ctx, status);
  return { status, body, response: { kind: 'response', status, headers: out, body: text } };
}

function logRequest(runtime: MockRuntime, ctx: RequestContext, status: number): void {
  const logger = runtime.options.logger;
  if (logger && logger.isLevelEnabled('info')) {
    logger.info({ session: ctx.session.id, status }, `${ctx.request.method} ${redactUrl(ctx.request.url, runtime.redaction.fields)} → ${status}`);
  }
}
