import type { ErrorCode, ValidationErrorItem } from '../../mock/core/types';

/** What the client was doing when it failed, for messages: `create opportunity`, `list accounts`, … */
export type ClientOperation =
  | 'create opportunity'
  | 'get opportunity'
  | 'list opportunities'
  | 'update opportunity'
  | 'delete opportunity'
  | 'get me'
  | 'list users'
  | 'list tags'
  | 'create tag'
  | 'list accounts'
  | 'get account'
  | 'get field schemas';

/** What every failure carries. */
export interface FailureInfo {
  operation: ClientOperation;
  /** The HTTP status, when a response arrived. */
  status?: number;
  /** The parsed response body (or its text when it is not JSON). */
  body?: unknown;
  /** Attempts made before giving up (1 when the first answer was final). */
  attempts: number;
  /** Seconds from the `Retry-After` header, when the response had one. */
  retryAfterSeconds?: number;
  /** The failures of the attempts before this one, oldest first (none when this was the first). */
  previous?: readonly MonacoApiError[];
  cause?: unknown;
}

/**
 * Base class of every error the client throws. `retryable` says whether the same request may succeed later
 * (429, 5xx, network); the client has already retried those as far as its policy allows.
 */
export class MonacoApiError extends Error {
  override name = 'MonacoApiError';
  readonly operation: ClientOperation;
  readonly status?: number;
  readonly body?: unknown;
  readonly attempts: number;
  readonly retryAfterSeconds?: number;
  /** The failures of the earlier attempts, oldest first (empty when the first answer was final). */
  readonly previous: readonly MonacoApiError[];
  /** Monaco's `error.code`, when the body is Monaco's error envelope. */
  readonly code?: ErrorCode;

  constructor(message: string, info: FailureInfo) {
    super(message, { cause: info.cause });
    this.operation = info.operation;
    this.status = info.status;
    this.body = info.body;
    this.attempts = info.attempts;
    this.retryAfterSeconds = info.retryAfterSeconds;
    this.previous = info.previous ?? [];
    this.code = envelopeOf(info.body)?.code;
  }

  /** Whether errors of this class may succeed when sent again. */
  static readonly retryable: boolean = false;

  get retryable(): boolean {
    return (this.constructor as typeof MonacoApiError).retryable;
  }
}

/** 401 `{"detail": "No key found"}`: the key is missing, malformed, unknown or revoked. */
export class MonacoUnauthorizedError extends MonacoApiError {
  override name = 'MonacoUnauthorizedError';
}

/** 403 `forbidden`: the key is valid but may not do this (a read-only key creating). */
export class MonacoForbiddenError extends MonacoApiError {
  override name = 'MonacoForbiddenError';
}

/** 404 `not_found`: the account (on create), the opportunity or account read, or the entity, does not exist in the key's org. */
export class MonacoNotFoundError extends MonacoApiError {
  override name = 'MonacoNotFoundError';
}

/** 409 `idempotency_conflict`: the idempotency key was already used with another body. */
export class MonacoIdempotencyConflictError extends MonacoApiError {
  override name = 'MonacoIdempotencyConflictError';
}

/** 409 `conflict`: what the request would create exists already (a tag of that name). */
export class MonacoConflictError extends MonacoApiError {
  override name = 'MonacoConflictError';
}

/** 413 `payload_too_large`: the body is over the API's size limit. */
export class MonacoPayloadTooLargeError extends MonacoApiError {
  override name = 'MonacoPayloadTooLargeError';
}

/** 422 `validation_error`, with one `details` entry (`loc`, `msg`, `type`) per failing field. */
export class MonacoValidationError extends MonacoApiError {
  override name = 'MonacoValidationError';
  readonly details: ValidationErrorItem[];

  constructor(message: string, info: FailureInfo) {
    super(message, info);
    this.details = envelopeOf(info.body)?.details ?? [];
  }
}

/** 429 `rate_limited`; `retryAfterSeconds` says when the window resets. */
export class MonacoRateLimitedError extends MonacoApiError {
  override name = 'MonacoRateLimitedError';
  static override readonly retryable = true;
}

/** Any 5xx. */
export class MonacoServerError extends MonacoApiError {
  override name = 'MonacoServerError';
  static override readonly retryable = true;
}

/** No response: the connection failed, was reset or timed out. */
export class MonacoNetworkError extends MonacoApiError {
  override name = 'MonacoNetworkError';
  static override readonly retryable = true;
}

/** A status the API does not document for this call (say 400 or 405), or a success body that is not JSON. */
export class MonacoUnexpectedResponseError extends MonacoApiError {
  override name = 'MonacoUnexpectedResponseError';
}

interface Envelope {
  code?: ErrorCode;
  message?: string;
  details?: ValidationErrorItem[];
}

/** The `error` object of Monaco's envelope, when the body is one. */
function envelopeOf(body: unknown): Envelope | undefined {
  const error = (body as { error?: unknown } | undefined)?.error;
  return error && typeof error === 'object' ? (error as Envelope) : undefined;
}

type ErrorClass = new (message: string, info: FailureInfo) => MonacoApiError;

/** The error class and the advice for each documented status. */
const BY_STATUS: Record<number, [ErrorClass, string]> = {
  401: [MonacoUnauthorizedError, 'Send a valid API key (Authorization: Bearer mks_…); check that it is not revoked.'],
  403: [MonacoForbiddenError, 'Use an API key with write access.'],
  404: [MonacoNotFoundError, 'Check the id, and that it belongs to the API key\'s organization.'],
  409: [MonacoIdempotencyConflictError, 'Send a new idempotency_key for a new opportunity, or resend the original body.'],
  413: [MonacoPayloadTooLargeError, 'Send a smaller body (shorter notes, fewer custom fields).'],
  422: [MonacoValidationError, 'Fix the fields listed in details; the same body will fail again.'],
  429: [MonacoRateLimitedError, 'Wait for Retry-After seconds before sending more requests.'],
};

/** A 409 that is not about an idempotency key. */
const CONFLICT: [ErrorClass, string] = [MonacoConflictError, 'Use what exists (list it), or choose another name.'];

/** What the body says went wrong, in one line. */
function reasonOf(body: unknown): string {
  const envelope = envelopeOf(body);
  if (envelope) return `${envelope.code ?? 'error'}: ${envelope.message ?? '(no message)'}`;
  const detail = (body as { detail?: unknown } | undefined)?.detail;
  if (typeof detail === 'string') return detail;
  return typeof body === 'string' && body ? body.slice(0, 200) : '(no error body)';
}

/** The typed error for a non-2xx response. */
export function errorForResponse(info: FailureInfo & { status: number }): MonacoApiError {
  const tries = info.attempts > 1 ? ` after ${info.attempts} attempts` : '';
  const what = `Failed to ${info.operation}${tries}: ${info.status} ${reasonOf(info.body).replace(/\.$/, '')}.`;
  const known = info.status === 409 && envelopeOf(info.body)?.code === 'conflict' ? CONFLICT : BY_STATUS[info.status];
  if (known) return new known[0](`${what} ${known[1]}`, info);
  if (info.status >= 500) return new MonacoServerError(`${what} The API failed; retry later.`, info);
  return new MonacoUnexpectedResponseError(`${what} Monaco does not document this status for this call.`, info);
}
