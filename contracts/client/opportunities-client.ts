import type { paths } from '../../spec/types/monaco';
import type {
  AccountListRequest,
  AccountResponse,
  FieldSchemaResponse,
  MeResponse,
  OpportunityCreateRequest,
  OpportunityListRequest,
  OpportunityResponse,
  OpportunityUpdateRequest,
  PaginationInfo,
  TagCreateRequest,
  TagObject,
  TagResponse,
  UserResponse,
} from '../../mock/core/types';
import { MonacoApiError, MonacoNetworkError, MonacoNotFoundError } from './errors';
import { Transport, TransportOptions } from './transport';

/** The spec paths the client calls (checked against the generated `paths` type). */
export const CLIENT_PATHS = {
  create: '/v1/preview/opportunities',
  get: '/v1/opportunities/{opportunity_id}',
  list: '/v1/opportunities/list',
  me: '/v1/me',
  users: '/v1/users/',
  tags: '/v1/tags/',
  accounts: '/v1/accounts/list',
  account: '/v1/accounts/{account_id}',
  schemas: '/v1/schemas/{entity}',
} as const satisfies Record<string, keyof paths>;

/** Options of `OpportunitiesClient`. Only `baseUrl` is required. */
export interface OpportunitiesClientOptions extends TransportOptions {
  /** Makes idempotency keys. Default `crypto.randomUUID`. */
  newIdempotencyKey?: () => string;
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

/** One page of a list. */
export interface Page<T> {
  items: T[];
  pagination: PaginationInfo;
}

/** Whether an attempt that failed this way may still have been carried out (its answer lost): no response, or a 5xx. */
const mayHaveDeleted = (failure: MonacoApiError) => failure instanceof MonacoNetworkError || (failure.status ?? 0) >= 500;

/** Fills a path template's `{name}` with an encoded value. */
const fill = (template: string, name: string, value: string) => template.replace(`{${name}}`, encodeURIComponent(value));

/**
 * A typed client for the Monaco API a create form and its list page use: create (idempotent retries), list,
 * get, update and delete opportunities, and the lookups (me, users, tags, accounts, field schemas). Safe
 * calls retry 429s, 5xx and network failures; a tag create retries only a 429 (nothing was created). Other
 * 4xx are thrown at once as typed errors (see `errors.ts`).
 *
 * @example
 * const client = new OpportunitiesClient({ baseUrl: 'http://127.0.0.1:4010', apiKey: 'mks_…' });
 * const { opportunity } = await client.create({ name: 'Acme Corp - Expansion', account_id: '8d116ece-…' });
 * const { items } = await client.list({ filters: [{ field: 'stage', condition: 'is', value: 'negotiation' }] });
 */
export class OpportunitiesClient {
  private readonly transport: Transport;
  private readonly newIdempotencyKey: () => string;

  constructor(options: OpportunitiesClientOptions) {
    this.transport = new Transport(options);
    this.newIdempotencyKey = options.newIdempotencyKey ?? (() => globalThis.crypto.randomUUID());
  }

  /** Creates an opportunity (`POST /v1/preview/opportunities`), retrying safely with one idempotency key. */
  async create(request: OpportunityCreateRequest): Promise<CreatedOpportunity> {
    const idempotencyKey = request.idempotency_key ?? this.newIdempotencyKey();
    const answer = await this.transport.send('create opportunity', 'POST', CLIENT_PATHS.create, { ...request, idempotency_key: idempotencyKey });
    return {
      opportunity: this.transport.data('create opportunity', answer),
      replayed: answer.headers.get('idempotent-replayed') === 'true',
      idempotencyKey,
      attempts: answer.attempts,
    };
  }

  /** Reads an opportunity (`GET /v1/opportunities/{opportunity_id}`; under 2026-08-19 with `custom_field_explanations`). */
  async get(opportunityId: string): Promise<OpportunityResponse> {
    return this.transport.data('get opportunity', await this.transport.send('get opportunity', 'GET', fill(CLIENT_PATHS.get, 'opportunity_id', opportunityId)));
  }

  /** One page of opportunities (`POST /v1/opportunities/list`): filters, sort, page, page_size, include_custom_fields. */
  async list(request: OpportunityListRequest = {}): Promise<Page<OpportunityResponse>> {
    return this.page('list opportunities', CLIENT_PATHS.list, request);
  }

  /** Changes the fields sent (`PATCH`): `null` clears one, `tags` replaces the tags. Answers the updated opportunity. */
  async update(opportunityId: string, changes: OpportunityUpdateRequest): Promise<OpportunityResponse> {
    const answer = await this.transport.send('update opportunity', 'PATCH', fill(CLIENT_PATHS.get, 'opportunity_id', opportunityId), changes);
    return this.transport.data('update opportunity', answer);
  }

  /**
   * Deletes an opportunity (`DELETE`, 204). When a retry answers 404 after an attempt whose answer may have been
   * lost (no response, or a 5xx), that attempt deleted it: it counts as deleted, not as an error. After 429s
   * only (the API did nothing), a 404 is thrown: the opportunity was not there.
   */
  async delete(opportunityId: string): Promise<{ attempts: number }> {
    try {
      return { attempts: (await this.transport.send('delete opportunity', 'DELETE', fill(CLIENT_PATHS.get, 'opportunity_id', opportunityId))).attempts };
    } catch (error) {
      if (error instanceof MonacoNotFoundError && error.previous.some(mayHaveDeleted)) return { attempts: error.attempts };
      throw error;
    }
  }

  /** The user and organization of the API key (`GET /v1/me`). */
  async me(): Promise<MeResponse> {
    return this.transport.data('get me', await this.transport.send('get me', 'GET', CLIENT_PATHS.me));
  }

  /** The organization's users (`GET /v1/users/`), `query` a substring of a name or email. */
  async users(query?: string): Promise<UserResponse[]> {
    const path = query === undefined ? CLIENT_PATHS.users : `${CLIENT_PATHS.users}?query=${encodeURIComponent(query)}`;
    return this.transport.data('list users', await this.transport.send('list users', 'GET', path));
  }

  /** The organization's tags for an object type (`GET /v1/tags/?object=`). */
  async tags(object: TagObject = 'opportunities'): Promise<TagResponse[]> {
    return this.transport.data('list tags', await this.transport.send('list tags', 'GET', `${CLIENT_PATHS.tags}?object=${encodeURIComponent(object)}`));
  }

  /** Creates a tag (`POST /v1/tags/`); retried only after a 429, as a lost answer could have created it. */
  async createTag(request: TagCreateRequest): Promise<TagResponse> {
    return this.transport.data('create tag', await this.transport.send('create tag', 'POST', CLIENT_PATHS.tags, request, 'rate-limit'));
  }

  /** One page of accounts (`POST /v1/accounts/list`). */
  async accounts(request: AccountListRequest = {}): Promise<Page<AccountResponse>> {
    return this.page('list accounts', CLIENT_PATHS.accounts, request);
  }

  /** Every account, page after page of 500 (an account picker's whole list, or a seeder's). */
  async allAccounts(request: Omit<AccountListRequest, 'page' | 'page_size'> = {}): Promise<AccountResponse[]> {
    const all: AccountResponse[] = [];
    for (let page = 1; ; page++) {
      const { items, pagination } = await this.accounts({ ...request, page, page_size: 500 });
      all.push(...items);
      if (page >= pagination.total_pages) return all;
    }
  }

  /** An account (`GET /v1/accounts/{account_id}`; under 2026-08-19 with its heat-score signals). */
  async account(accountId: string): Promise<AccountResponse> {
    return this.transport.data('get account', await this.transport.send('get account', 'GET', fill(CLIENT_PATHS.account, 'account_id', accountId)));
  }

  /** The fields of an entity (`GET /v1/schemas/{entity}`): `opportunities` or `accounts`. */
  async fieldSchemas(entity: 'opportunities' | 'accounts'): Promise<FieldSchemaResponse[]> {
    return this.transport.data('get field schemas', await this.transport.send('get field schemas', 'GET', fill(CLIENT_PATHS.schemas, 'entity', entity)));
  }

  private async page<T>(operation: 'list opportunities' | 'list accounts', path: string, request: object): Promise<Page<T>> {
    const answer = await this.transport.send(operation, 'POST', path, request);
    return { items: this.transport.data<T[]>(operation, answer), pagination: (answer.body as { pagination: PaginationInfo }).pagination };
  }
}
