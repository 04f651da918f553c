import type { paths } from '../../spec/types/monaco';
import type { OpportunityCreateRequest, OpportunityItemResponse, OpportunityResponse } from '../../mock/types';
import { ClientOperation, errorForResponse, MonacoApiError, MonacoNetworkError, MonacoUnexpectedResponseError } from './errors';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelayMs, RetryPolicy } from './retry';

/** The spec paths the client calls (checked against the generated `paths` type). */
export const CLIENT_PATHS = {
  create: '/v1/preview/opportunities',
  get: '/v1/opportunities/{opportunity_id}',
} as const satisfies Record<string, keyof paths>;

/** Options of `OpportunitiesClient`. Only `baseUrl` is required. */
export interface OpportunitiesClientOptions {
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
  /** Makes idempotency keys. Default `crypto.randomUUID`. */
  newIdempotencyKey?: () => string;
  /** Waits between attempts. Default a timer; tests pass one that records or moves a clock. */
  sleep?: (ms: number) => Promise<void>;
}

/** A successful create. */
export interface CreatedOpportunity {
  opportunity: OpportunityResponse;
  /** `true` when the API answered with the opportunity an earlier request with this key created. */
  replayed: boolean;
  /** The key sent: the caller's `idempotency_key`, or the one the client generated for this create. */
  idempotencyKey: string;
  /** Requests sent (1 when the first one succeeded). */
  attempts: number;
}

interface Answer {
  body: unknown;
  headers: Headers;
  attempts: number;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A typed client for Monaco's Create Opportunity and Get Opportunity. Each `create` sends one idempotency
 * key (the caller's, or a new UUID) on every attempt, so retrying 429s, 5xx and network failures can never
 * create two opportunities. Other 4xx are thrown at once as typed errors (see `errors.ts`).
 *
 * @example
 * const client = new OpportunitiesClient({ baseUrl: 'http://127.0.0.1:4010', apiKey: 'mks_…' });
 * const { opportunity } = await client.create({ name: 'Acme Corp - Expansion', account_id: '8d116ece-…' });
 */
export class OpportunitiesClient {
  private readonly policy: RetryPolicy;
  private readonly fetch: typeof fetch;
  private readonly newIdempotencyKey: () => string;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: OpportunitiesClientOptions) {
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.fetch = options.fetch ?? globalThis.fetch;
    this.newIdempotencyKey = options.newIdempotencyKey ?? (() => globalThis.crypto.randomUUID());
    this.sleep = options.sleep ?? wait;
  }

  /** Creates an opportunity (`POST /v1/preview/opportunities`), retrying safely with one idempotency key. */
  async create(request: OpportunityCreateRequest): Promise<CreatedOpportunity> {
    const idempotencyKey = request.idempotency_key ?? this.newIdempotencyKey();
    const body = JSON.stringify({ ...request, idempotency_key: idempotencyKey });
    const answer = await this.send('create opportunity', 'POST', CLIENT_PATHS.create, body);
    return {
      opportunity: this.dataOf('create opportunity', answer),
      replayed: answer.headers.get('idempotent-replayed') === 'true',
      idempotencyKey,
      attempts: answer.attempts,
    };
  }

  /** Reads an opportunity of the key's organization (`GET /v1/opportunities/{opportunity_id}`). */
  async get(opportunityId: string): Promise<OpportunityResponse> {
    const path = CLIENT_PATHS.get.replace('{opportunity_id}', encodeURIComponent(opportunityId));
    return this.dataOf('get opportunity', await this.send('get opportunity', 'GET', path));
  }

  private dataOf(operation: ClientOperation, answer: Answer): OpportunityResponse {
    const data = (answer.body as Partial<OpportunityItemResponse> | undefined)?.data;
    if (!data || typeof data !== 'object') {
      throw new MonacoUnexpectedResponseError(`Failed to ${operation}: the 200 body has no "data" object. Is baseUrl the Monaco API?`, {
        operation,
        status: 200,
        body: answer.body,
        attempts: answer.attempts,
      });
    }
    return data;
  }

  /** Sends one logical request, retrying what the policy allows, and returns the first 2xx answer. */
  private async send(operation: ClientOperation, method: 'GET' | 'POST', path: string, body?: string): Promise<Answer> {
    const url = this.options.baseUrl.replace(/\/+$/, '') + path;
    const headers: Record<string, string> = { accept: 'application/json', ...this.options.headers };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    for (let attempt = 1; ; attempt++) {
      const failure = await this.attempt(operation, url, { method, headers, body }, attempt);
      if (!(failure instanceof MonacoApiError)) return failure;
      const delay = retryDelayMs(this.policy, failure, attempt + 1);
      if (delay === undefined) throw failure;
      await this.sleep(delay);
    }
  }

  /** One request: the answer when it succeeded, else the typed error (thrown at once when not JSON). */
  private async attempt(operation: ClientOperation, url: string, init: RequestInit, attempts: number): Promise<Answer | MonacoApiError> {
    let response: Response;
    try {
      response = await this.fetch(url, init);
    } catch (cause) {
      const reason = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
      return new MonacoNetworkError(`Failed to ${operation}: no response from ${url} (${reason}). Check baseUrl and the network.`, {
        operation,
        attempts,
        cause,
      });
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
        });
      }
    }
    if (response.ok) return { body, headers: response.headers, attempts };
    const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
    return errorForResponse({ operation, status: response.status, body, attempts, retryAfterSeconds });
  }
}
