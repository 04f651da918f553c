export { OpportunitiesClient, CLIENT_PATHS } from './opportunities-client';
export type { OpportunitiesClientOptions, CreatedOpportunity } from './opportunities-client';
export { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelayMs } from './retry';
export type { RetryPolicy } from './retry';
export {
  MonacoApiError,
  MonacoUnauthorizedError,
  MonacoForbiddenError,
  MonacoNotFoundError,
  MonacoIdempotencyConflictError,
  MonacoPayloadTooLargeError,
  MonacoValidationError,
  MonacoRateLimitedError,
  MonacoServerError,
  MonacoNetworkError,
  MonacoUnexpectedResponseError,
  errorForResponse,
} from './errors';
export type { ClientOperation, FailureInfo } from './errors';
