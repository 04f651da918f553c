import type { ErrorCode, PublicErrorResponse, UnauthorizedResponse, ValidationErrorItem } from './types';

/** Thrown at start-up for options that can't work. The message says which option, why, and what to pass. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/**
 * An error answer of the API (every 4xx/5xx but 401): thrown by request handlers, sent as Monaco's
 * `{"error": {"code", "message", "details"?}}` envelope (D4).
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: ValidationErrorItem[],
    /** Extra response headers, e.g. `Retry-After`. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** The response body. */
  body(): PublicErrorResponse {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

/** The 401 answer: exactly FastAPI's `{"detail": "No key found"}`, as Monaco's auth page documents (D4). */
export class UnauthorizedError extends Error {
  override name = 'UnauthorizedError';
  readonly status = 401;
  body(): UnauthorizedResponse {
    return { detail: 'No key found' };
  }
}

/** 422 `validation_error` with one `details` entry per failing field. */
export function validationError(details: ValidationErrorItem[], where = 'request body'): ApiError {
  const fields = details.map((d) => `${d.loc.slice(1).join('.') || d.loc[0]} (${d.msg})`).join('; ');
  return new ApiError(422, 'validation_error', `Invalid ${where}: ${fields}.`, details);
}
