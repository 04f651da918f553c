import { rateLimitMessage, type RequestContext } from '../pipeline/context';
import type { Reply } from '../pipeline/respond';
import type { ForcedResponse } from './scenarios/types';

/** Fills `{{body.account_id}}` and `{{path.opportunity_id}}` from the request; unknown ones become `unknown`. */
export function fillTemplate(text: string, ctx: RequestContext): string {
  const body = ctx.body?.kind === 'json' && ctx.body.value && typeof ctx.body.value === 'object' ? (ctx.body.value as Record<string, unknown>) : {};
  return text.replace(/\{\{\s*(body|path)\.([A-Za-z0-9_-]+)\s*\}\}/g, (_all, where: string, name: string) => {
    const source: Record<string, unknown> = where === 'body' ? body : ctx.params;
    const value = Object.hasOwn(source, name) ? source[name] : undefined; // `{{body.constructor}}` is not Object
    return value === undefined || value === null || typeof value === 'object' ? 'unknown' : String(value);
  });
}

/** Headers a forced status comes with, as the real answer would carry them. */
function defaultHeaders(status: number, ctx: RequestContext): Record<string, string> {
  switch (status) {
    case 429:
      return { 'Retry-After': String(ctx.rate.retryAfter), 'X-RateLimit-Remaining': '0' };
    case 503:
      return { 'Retry-After': '1' };
    case 307:
      return { Location: ctx.operation!.canonicalPath };
    default:
      return {};
  }
}

/**
 * The reply for a forced response (from `Prefer`, a stub or a scenario): the named example of the status,
 * or its first, with `message` filled in; `undefined` for a 200 without an example, which runs the normal
 * handler so it stays realistic (and stored).
 */
export function forcedReply(ctx: RequestContext, respond: ForcedResponse): Reply | undefined {
  const response = ctx.operation!.responses.get(String(respond.status));
  const examples = response?.examples ?? {};
  const name = respond.example ?? (respond.status >= 300 ? Object.keys(examples)[0] : undefined);
  if (respond.status < 300 && !respond.example) return undefined;
  let body = name === undefined ? undefined : examples[name];
  const message = respond.message
    ? fillTemplate(respond.message, ctx)
    : respond.status === 429 && !respond.example
      ? rateLimitMessage(ctx)
      : undefined;
  if (message && body && typeof body === 'object' && 'error' in body) {
    const error = (body as { error: Record<string, unknown> }).error;
    body = { error: { ...error, message } };
  }
  return { status: respond.status, body, headers: { ...defaultHeaders(respond.status, ctx), ...respond.headers } };
}
