import type { RequestContext } from '../pipeline/context';
import { decodeBody, utf8 } from '../http/body';
import { diagnose } from './diagnosis';
import type { JournalEntry, JournalRecord } from './journal';
import { journalBody } from './journal-body';
import { nameTable } from '../names';
import { redactRawHeaders, redactUrl } from './redact';
import type { MockRuntime } from '../runtime';
import type { PublicErrorResponse, ValidationErrorItem } from '../types';
import { detailsFromAjv } from '../pipeline/validation';

const BODY_PREVIEW = 16 * 1024;
const BODY_KEPT = 64 * 1024;

/** Adds a request to its session's journal (cheaply: see JournalRecord). */
export function record(runtime: MockRuntime, ctx: RequestContext, status: number | null): void {
  if (runtime.options.journalLimit === 0) return;
  const { request, raw } = ctx;
  const big = raw !== undefined && raw.length > BODY_KEPT;
  const entry: JournalRecord = {
    id: ++runtime.counters.journal,
    timeMs: ctx.nowMs,
    session: ctx.session.id,
    method: request.method,
    path: ctx.path,
    url: redactUrl(request.url, runtime.redaction.fields),
    operation: ctx.operation,
    rawHeaders: redactRawHeaders(request.rawHeaders, runtime.redaction.headers),
    contentType: request.headers['content-type'],
    raw: raw && (big ? raw.slice(0, BODY_PREVIEW) : raw.slice()),
    truncatedFrom: big ? raw.length : undefined,
    status,
    durationMs: Math.round((performance.now() - ctx.startedAt) * 1000) / 1000,
    applied: ctx.applied,
    identity: ctx.identity.kind,
    allowed: ctx.allowed,
    sent: ctx.sent,
  };
  ctx.session.journal.add(entry);
  runtime.feed.journaled(entry);
}

/** The body a record's response sent (parsed from its JSON text), or undefined: what verdicts and diagnoses read. */
export function sentBody(record: JournalRecord): unknown {
  return record.sent?.body === undefined ? undefined : JSON.parse(record.sent.body);
}

/** Response headers for the journal: names in lower case, every value a string. */
function journalResponseHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

/** Request headers for the journal (redacted when recorded), repeated ones joined; a header may be named `constructor`. */
function journalHeaders(rawHeaders: readonly string[]): Record<string, string> {
  const out: Record<string, string> = nameTable();
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i].toLowerCase();
    const value = rawHeaders[i + 1];
    out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  return out;
}

function journalQuery(url: string): Record<string, string> {
  const out: Record<string, string> = nameTable();
  const query = url.indexOf('?');
  if (query < 0) return out;
  for (const [name, value] of new URLSearchParams(url.slice(query + 1))) out[name] = name in out ? `${out[name]},${value}` : value;
  return out;
}

/** Why a request matched no operation: an unknown path, or a method its path does not serve. */
function routeError(record: JournalRecord): ValidationErrorItem {
  if (record.allowed) return { loc: ['method'], msg: `${record.method} is not an operation of ${record.path} (it allows ${record.allowed})`, type: 'method_not_allowed' };
  return { loc: ['path'], msg: `No operation of the spec at ${record.method} ${record.path}`, type: 'unknown_route' };
}

/**
 * Whether the request itself conforms to spec/openapi.yaml (an API key where one is required, a body that
 * fits the schema), whatever was answered: a forced 503 can follow a valid request.
 */
function verdictOf(runtime: MockRuntime, record: JournalRecord, decoded: ReturnType<typeof decodeBody> | undefined, response: unknown): JournalEntry['verdict'] {
  const { status } = record;
  // No operation of the spec matched: the request cannot conform, whatever a stub or scenario answered.
  if (!record.operation) return { valid: false, errors: [routeError(record)] };
  if (status !== null && status < 400) return { valid: true, errors: [] };
  if (status === 422) return { valid: false, errors: (response as PublicErrorResponse).error.details ?? [] };
  const errors: ValidationErrorItem[] = [];
  if (record.operation && runtime.options.auth && record.identity !== 'active') {
    errors.push({ loc: ['header', 'authorization'], msg: `No active API key (${record.identity})`, type: 'missing_api_key' });
  }
  if (decoded?.kind === 'invalid') errors.push(...(decoded.error.details ?? []));
  else if (decoded?.kind === 'not-json') errors.push({ loc: ['body'], msg: `Not JSON (${decoded.mediaType})`, type: 'model_attributes_type' });
  else if (decoded?.kind === 'empty') errors.push({ loc: ['body'], msg: 'Field required', type: 'missing' });
  else if (decoded?.kind === 'json') {
    const validate = runtime.contract.validators.get(record.operation!.operationId)?.body;
    if (validate && !validate(decoded.value)) errors.push(...detailsFromAjv(validate.errors ?? [], ['body']));
  }
  return { valid: errors.length === 0, errors };
}

/** The full journal entry of a record: parsed body, headers, query, verdict and, if rejected, a diagnosis. */
export function journalEntry(runtime: MockRuntime, record: JournalRecord): JournalEntry {
  const decoded = record.raw && !record.truncatedFrom ? decodeBody(record.raw, record.contentType) : undefined;
  let body: unknown = null;
  const truncated: NonNullable<JournalEntry['truncated']> = {};
  if (record.truncatedFrom) {
    body = `${utf8(record.raw!)}… (${record.truncatedFrom} bytes in all)`;
    truncated.bytes = record.truncatedFrom;
  } else if (decoded?.kind === 'json') {
    const shown = journalBody(decoded.value, runtime.redaction.fields);
    body = shown.value;
    if (shown.cutAtDepth) truncated.depth = shown.cutAtDepth;
  } else if (decoded?.kind === 'invalid' || decoded?.kind === 'not-json') {
    body = decoded.text.length > BODY_PREVIEW ? `${decoded.text.slice(0, BODY_PREVIEW)}…` : decoded.text;
    if (decoded.text.length > BODY_PREVIEW) truncated.bytes = record.raw!.length;
  }
  const response = sentBody(record);
  const entry: JournalEntry = {
    id: record.id,
    time: new Date(record.timeMs).toISOString(),
    session: record.session,
    method: record.method,
    path: record.path,
    query: journalQuery(record.url),
    operation: record.operation?.operationId ?? null,
    headers: journalHeaders(record.rawHeaders),
    body,
    status: record.status,
    duration_ms: record.durationMs,
    verdict: verdictOf(runtime, record, decoded, response),
    applied: record.applied,
    ...(Object.keys(truncated).length ? { truncated } : {}),
  };
  const diagnosis = record.status === null ? undefined : diagnose(runtime, record, record.status, response);
  if (diagnosis) entry.diagnosis = diagnosis;
  if (record.sent) entry.response = { headers: journalResponseHeaders(record.sent.headers), body: response ?? null };
  return entry;
}
