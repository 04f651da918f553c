import { ClientOperation, errorForResponse, MonacoApiError, MonacoNetworkError, MonacoUnexpectedResponseError } from './errors';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelayMs, RetryPolicy } from './retry';

/** How a client reaches the API: where, with which key and headers, and how it retries. */
export interface TransportOptions {
  /** Where the API is, e.g. `https://api.monaco.com` or the mock's `http://127.0.0.1:4010`; a path prefix is kept. */
  baseUrl: string;
  /** The API key (`mks_…`), sent as `Authorization: Bearer`. Leave it out when a proxy adds the key. */
  apiKey?: string;
  /** Retry policy; missing fields take `DEFAULT_RETRY_POLICY`'s (3 retries, 250 ms doubling backoff). */
  retry?: Partial<RetryPolicy>;
  /** Headers sent with every request (e.g. the mock's `X-Mock-Session`). Default none. */
  headers?: Record<string, string>;
  /** The fetch to use. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Waits between attempts. Default a timer; tests pass one that records or moves a clock. */
  sleep?: (ms: number) => Promise<void>;
}

/** A successful answer. */
export interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
  attempts: number;
}

/**
 * Which failures a request may be sent again after: `any` retryable one (429, 5xx, no response) for requests
 * that are safe to repeat, or only a `rate-limit` answer (the API did nothing) for ones that are not.
 */
export type RetryOn = 'any' | 'rate-limit';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends one logical request, retrying what the policy and `retryOn` allow, and answers its first 2xx. */
export class Transport {
  private readonly policy: RetryPolicy;
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: TransportOptions) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.fetch = options.fetch ?? globalThis.fetch;
    this.sleep = options.sleep ?? wait;
  }

  async send(operation: ClientOperation, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, retryOn: RetryOn = 'any'): Promise<Answer> {
    const url = this.options.baseUrl.replace(/\/+$/, '') + path;
    const headers: Record<string, string> = { accept: 'application/json', ...this.options.headers };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    const text = body === undefined ? undefined : JSON.stringify(body);
    if (text !== undefined) headers['content-type'] = 'application/json';
    const failures: MonacoApiError[] = [];
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(operation, url, { method, headers, body: text }, attempt, [...failures]);
      if (!(outcome instanceof MonacoApiError)) return outcome;
      failures.push(outcome);
      const repeatable = retryOn === 'any' || outcome.status === 429;
      const delay = repeatable ? retryDelayMs(this.policy, outcome, attempt + 1) : undefined;
      if (delay === undefined) throw outcome;
      await this.sleep(delay);
    }
  }

  /** The `data` of a 2xx body, or a typed error when the body has none. */
  data<T>(operation: ClientOperation, answer: Answer): T {
    const data = (answer.body as { data?: unknown } | undefined)?.data;
    if (data === undefined || data === null || typeof data !== 'object') {
      throw new MonacoUnexpectedResponseError(`Failed to ${operation}: the ${answer.status} body has no "data". Is baseUrl the Monaco API?`, {
        operation,
        status: answer.status,
        body: answer.body,
        attempts: answer.attempts,
      });
    }
    return data as T;
  }

  /** One request: the answer when it succeeded, else the typed error (thrown at once when a success is not JSON). */
  private async attempt(operation: ClientOperation, url: string, init: RequestInit, attempts: number, previous: MonacoApiError[]): Promise<Answer | MonacoApiError> {
    let response: Response;
    try {
      response = await this.fetch(url, init);
    } catch (cause) {
      const reason = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
      return new MonacoNetworkError(`Failed to ${operation}: no response from ${url} (${reason}). Check baseUrl and the network.`, { operation, attempts, previous, cause });
    }
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      if (response.ok) {
        throw new MonacoUnexpectedResponseError(`Failed to ${operation}: the ${response.status} body is not JSON. Is baseUrl the Monaco API?`, {
          operation,
          status: response.status,
          body: text,
          attempts,
          previous,
        });
      }
    }
    if (response.ok) return { status: response.status, body, headers: response.headers, attempts };
    const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
    return errorForResponse({ operation, status: response.status, body, attempts, retryAfterSeconds, previous });
  }
}
