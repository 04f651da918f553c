import type { IncomingHttpHeaders } from 'node:http';
import type { RequestContext } from './context';
import { diagnose } from './diagnosis';
import type { JournalEntry } from './journal';
import type { MockRuntime } from './runtime';
import type { PublicErrorResponse, ValidationErrorItem } from './types';
import { detailsFromAjv } from './validation';

const BODY_PREVIEW = 16 * 1024;

/** Request headers for the journal, API keys cut to `mks_…` and their last 4 characters. */
function journalHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    let text = Array.isArray(value) ? value.join(', ') : String(value);
    if (name === 'authorization' || name === 'x-monaco-api-key') text = text.replace(/mks_\S*(\S{4})/, 'mks_…$1');
    out[name] = text;
  }
  return out;
}

function journalBody(ctx: RequestContext): unknown {
  const body = ctx.body;
  if (!body || body.kind === 'empty') return null;
  if (body.kind === 'json') return body.value;
  return body.text.length > BODY_PREVIEW ? `${body.text.slice(0, BODY_PREVIEW)}…` : body.text;
}

function journalQuery(query: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) out[name] = Array.isArray(value) ? value.join(',') : String(value);
  return out;
}

/**
 * Whether the request itself conforms to spec/openapi.yaml (an API key where one is required, a body that
 * fits the schema), whatever was answered: a forced 503 can follow a valid request.
 */
function verdictOf(runtime: MockRuntime, ctx: RequestContext, status: number | null, body: unknown): JournalEntry['verdict'] {
  if (status !== null && status < 400) return { valid: true, errors: [] };
  if (status === 422) return { valid: false, errors: (body as PublicErrorResponse).error.details ?? [] };
  const errors: ValidationErrorItem[] = [];
  if (ctx.operation && runtime.options.auth && ctx.identity.kind !== 'active') {
    errors.push({ loc: ['header', 'authorization'], msg: `No active API key (${ctx.identity.kind})`, type: 'missing_api_key' });
  }
  const decoded = ctx.body;
  if (decoded?.kind === 'invalid') errors.push(...(decoded.error.details ?? []));
  else if (decoded?.kind === 'not-json') errors.push({ loc: ['body'], msg: `Not JSON (${decoded.mediaType})`, type: 'model_attributes_type' });
  else if (decoded?.kind === 'empty') errors.push({ loc: ['body'], msg: 'Field required', type: 'missing' });
  else if (decoded?.kind === 'json') {
    const validate = runtime.contract.validators.get(ctx.operation!.operationId)?.body;
    if (validate && !validate(decoded.value)) errors.push(...detailsFromAjv(validate.errors ?? [], ['body']));
  }
  return { valid: errors.length === 0, errors };
}

/** Adds a request to its session's journal: what came in, what went out, the verdict and, if rejected, a diagnosis. */
export function record(runtime: MockRuntime, ctx: RequestContext, status: number | null, body: unknown): void {
  if (runtime.options.journalLimit === 0) return;
  const entry: JournalEntry = {
    id: ++runtime.counters.journal,
    time: new Date(ctx.nowMs).toISOString(),
    session: ctx.session.id,
    method: ctx.req.method,
    path: ctx.req.path,
    query: journalQuery(ctx.req.query),
    operation: ctx.operation?.operationId ?? null,
    headers: journalHeaders(ctx.req.headers),
    body: journalBody(ctx),
    status,
    duration_ms: Math.round((performance.now() - ctx.startedAt) * 1000) / 1000,
    verdict: verdictOf(runtime, ctx, status, body),
    applied: ctx.applied,
  };
  const diagnosis = status === null ? undefined : diagnose(runtime, ctx, status, body);
  if (diagnosis) entry.diagnosis = diagnosis;
  ctx.session.journal.add(entry);
}
