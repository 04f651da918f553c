export { OpportunitiesClient, CLIENT_PATHS } from './opportunities-client';
export type { OpportunitiesClientOptions, CreatedOpportunity, Page } from './opportunities-client';
export type { TransportOptions, RetryOn } from './transport';
export { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelayMs } from './retry';
export type { RetryPolicy } from './retry';
export {
  MonacoApiError,
  MonacoUnauthorizedError,
  MonacoForbiddenError,
  MonacoNotFoundError,
  MonacoIdempotencyConflictError,
  MonacoConflictError,
  MonacoPayloadTooLargeError,
  MonacoValidationError,
  MonacoRateLimitedError,
  MonacoServerError,
  MonacoNetworkError,
  MonacoUnexpectedResponseError,
  errorForResponse,
} from './errors';
export type { ClientOperation, FailureInfo } from './errors';
