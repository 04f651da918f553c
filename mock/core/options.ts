import type { OrgFixture } from '../../fixtures/types';
import type { MockLogger } from './platform';
import { MockClock } from './state/clock';
import { DEFAULT_MAX_MEMORY_MB } from './state/budget';
import { ConfigurationError } from './errors';
import { normalizeOrigin } from './http/guard';
import type { Dataset } from '../../fixtures/types';
import type { Scenario } from './controls/scenarios/types';
import type { Profile } from './types';
import { API_VERSIONS, ApiVersion, LATEST_API_VERSION } from '../../spec/versions';

/** How `account_id`, `owner_user_id`, tags and `stage` are checked against the fixtures (D5). */
export type ReferencesMode = 'lenient' | 'strict';

/** Options of `createMockApp`. Every field is optional; the default is given on each. */
export interface MockOptions {
  /** Seeds every generated value (ids, summaries, custom fields). Default `1`. */
  seed?: number;
  /** Freezes time at this instant (ISO 8601) for reproducible timestamps, or pass a MockClock. Default: the system clock. */
  clock?: string | Date | MockClock;
  /** A directory of org fixture files, or the org fixtures themselves. Default: the embedded `fixtures/orgs/`. */
  fixtures?: string | OrgFixture[];
  /** `lenient` accepts any well-formed UUID; `strict` requires fixture accounts, users, tags and stages (D5). Default `lenient`. */
  references?: ReferencesMode;
  /** Require an API key (D13). `false` lets every request act as the default org's default user. Default `true`. */
  auth?: boolean;
  /** Answer the unslashed collection paths with a 307 to the slashed ones, as the live API does (D1). Default `false`. */
  strictSlashes?: boolean;
  /** `realistic` writes summaries, risks and unset custom fields; `minimal` leaves them null/empty (D10). Default `realistic`. */
  profile?: Profile;
  /** Rate limiting (D14): headers are always sent; 429s only when `enforce` is on. Default `{ limit: 100, windowMs: 60000, enforce: false }`. */
  rateLimit?: { limit?: number; windowMs?: number; enforce?: boolean };
  /** How long an idempotency key is remembered (D12). Default 24 h (`86400000`). */
  idempotencyTtlMs?: number;
  /** Largest accepted request body in bytes; bigger answers 413. Default 1 MiB (`1048576`). */
  bodyLimit?: number;
  /**
   * Answer CORS preflights and allow any origin on the public API, for browser dev servers (credentials only
   * from pages on this machine; the admin API has its own rules, `adminOrigins`). Default `true`.
   */
  cors?: boolean;
  /**
   * Opportunities kept per session (about 1 KB each); the oldest are dropped past it, so memory stays bounded.
   * Default `50000`, raised to fit a data set given without an explicit limit.
   */
  maxOpportunities?: number;
  /**
   * A data set (a name under `fixtures/datasets/`, a folder with a `dataset.json`, or a loaded Dataset): its
   * orgs are the fixtures and every session starts with its opportunities (and returns to them on reset).
   * Default: none.
   */
  dataset?: string | Dataset;
  /** The scenario active in every session from the start (a name from `scenarios`). Default: none. */
  scenario?: string;
  /** A directory of scenario files, or the scenarios themselves. Default: the shipped `fixtures/scenarios/`. */
  scenarios?: string | Scenario[];
  /** Journal entries kept per session (a ring buffer); `0` turns the journal off. Default `1000`. */
  journalLimit?: number;
  /** Sessions kept; past it the least recently used is dropped. Default `1000`. */
  maxSessions?: number;
  /**
   * One memory budget in MiB for everything the mock keeps: every session's opportunities, journal and
   * idempotency keys (estimated sizes). Past it the oldest records across all sessions are evicted, and
   * `/__admin/health` reports them. At least 16, and at least 4 times `bodyLimit`. Default `256`.
   */
  maxMemoryMb?: number;
  /** Serve the admin API under `/__admin`. Default `true`. */
  admin?: boolean;
  /**
   * Lock the admin API with this token: every `/__admin` request must send `Authorization: Bearer <token>`, else
   * 401 `admin_token_required`. Required to listen on a non-loopback interface with the admin API on. Default: none.
   */
  adminToken?: string;
  /**
   * Browser origins besides the mock's own that may call the admin API (`http://localhost:3000`); other origins
   * get 403 `origin_not_allowed` and no CORS headers. Default: none.
   */
  adminOrigins?: string[];
  /**
   * Host names the mock answers besides `localhost`, `*.localhost` and IP addresses (`.example.test` for a domain
   * and its subdomains, `*` for any: unsafe); other `Host` headers get 421 `host_not_allowed`. Default: none.
   */
  allowedHosts?: string[];
  /** A pino logger, or `false` for none. Default `false` (the CLI passes one). */
  logger?: MockLogger | false;
  /**
   * More header, query-parameter and body-field names whose values the journal and the log redact, on top of
   * the documented lists (`REDACTED_HEADERS`, `REDACTED_FIELDS`; docs/security.md). Default: none.
   */
  redact?: string[];
  /**
   * The Monaco document the mock conforms to (spec/monaco/<date>.json) and the behaviour that changed with it:
   * amounts in minor units and stages echoed as sent (`2026-07-31`), or amounts as a unit quantity, stages by
   * label and detail responses on GET (`2026-08-19`). Default: the newest, `2026-08-19`.
   */
  apiVersion?: ApiVersion;
}

/** The options with every default applied. */
export interface ResolvedOptions {
  seed: number;
  clock: MockClock;
  fixtures: string | OrgFixture[];
  references: ReferencesMode;
  auth: boolean;
  strictSlashes: boolean;
  profile: Profile;
  rateLimit: { limit: number; windowMs: number; enforce: boolean };
  idempotencyTtlMs: number;
  bodyLimit: number;
  cors: boolean;
  maxOpportunities: number;
  dataset?: string | Dataset;
  scenario?: string;
  scenarios: string | Scenario[];
  journalLimit: number;
  maxSessions: number;
  maxMemoryMb: number;
  admin: boolean;
  adminToken?: string;
  adminOrigins: string[];
  allowedHosts: string[];
  logger: MockLogger | false;
  redact: string[];
  apiVersion: ApiVersion;
}

export const DEFAULT_OPTIONS = {
  seed: 1,
  references: 'lenient',
  auth: true,
  strictSlashes: false,
  profile: 'realistic',
  rateLimit: { limit: 100, windowMs: 60_000, enforce: false },
  idempotencyTtlMs: 24 * 60 * 60 * 1000,
  bodyLimit: 1024 * 1024,
  cors: true,
  maxOpportunities: 50_000,
  journalLimit: 1000,
  maxSessions: 1000,
  admin: true,
  logger: false,
  apiVersion: LATEST_API_VERSION,
} as const;

function positiveInteger(name: string, value: number, min = 1): number {
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigurationError(`Invalid ${name} ${String(value)}: expected an integer of at least ${min}.`);
  }
  return value;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    throw new ConfigurationError(`Invalid ${name} "${value}": expected one of ${allowed.join(', ')}.`);
  }
  return value as T;
}

function memoryBudget(mb: number, bodyLimit: number): number {
  positiveInteger('maxMemoryMb', mb, 16);
  if (mb * 2 ** 20 < 4 * bodyLimit) {
    throw new ConfigurationError(`Invalid maxMemoryMb ${mb}: a body limit of ${bodyLimit} bytes needs a budget of at least ${Math.ceil((4 * bodyLimit) / 2 ** 20)} MiB. Raise --max-memory-mb or lower --body-limit.`);
  }
  return mb;
}

function adminToken(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  if (!/^[\x21-\x7e]{8,}$/.test(token)) {
    throw new ConfigurationError('Invalid admin token: use at least 8 printable ASCII characters without spaces (e.g. the output of `openssl rand -hex 16`).');
  }
  return token;
}

function origin(value: string): string {
  const normalized = normalizeOrigin(value);
  if (!normalized || !/^https?:/.test(normalized) || normalized !== value.replace(/\/$/, '').toLowerCase()) {
    throw new ConfigurationError(`Invalid admin origin "${value}": expected scheme://host[:port] with nothing after it, such as http://localhost:3000.`);
  }
  return normalized;
}

/** Where fixtures and scenarios come from when the options name none: folders in Node, the embedded ones in a browser. */
export interface SourceDefaults {
  fixtures: string | OrgFixture[];
  scenarios: string | Scenario[];
}

/**
 * Applies the defaults and checks every value; throws a ConfigurationError naming the bad option. `defaults` are
 * the fixtures and scenarios of the runtime (none unless given).
 */
export function resolveOptions(options: MockOptions = {}, defaults: SourceDefaults = { fixtures: [], scenarios: [] }): ResolvedOptions {
  const rateLimit = { ...DEFAULT_OPTIONS.rateLimit, ...options.rateLimit };
  return {
    seed: positiveInteger('seed', options.seed ?? DEFAULT_OPTIONS.seed, 0),
    clock: options.clock instanceof MockClock ? options.clock : new MockClock(options.clock),
    fixtures: options.fixtures ?? defaults.fixtures,
    references: oneOf('references mode', options.references ?? DEFAULT_OPTIONS.references, ['lenient', 'strict']),
    auth: options.auth ?? DEFAULT_OPTIONS.auth,
    strictSlashes: options.strictSlashes ?? DEFAULT_OPTIONS.strictSlashes,
    profile: oneOf('profile', options.profile ?? DEFAULT_OPTIONS.profile, ['realistic', 'minimal']),
    rateLimit: {
      limit: positiveInteger('rate limit', rateLimit.limit),
      windowMs: positiveInteger('rate-limit window (ms)', rateLimit.windowMs),
      enforce: rateLimit.enforce,
    },
    idempotencyTtlMs: positiveInteger('idempotency TTL (ms)', options.idempotencyTtlMs ?? DEFAULT_OPTIONS.idempotencyTtlMs),
    bodyLimit: positiveInteger('body limit (bytes)', options.bodyLimit ?? DEFAULT_OPTIONS.bodyLimit),
    cors: options.cors ?? DEFAULT_OPTIONS.cors,
    maxOpportunities: positiveInteger('maxOpportunities', options.maxOpportunities ?? DEFAULT_OPTIONS.maxOpportunities),
    dataset: options.dataset,
    scenario: options.scenario,
    scenarios: options.scenarios ?? defaults.scenarios,
    journalLimit: positiveInteger('journalLimit', options.journalLimit ?? DEFAULT_OPTIONS.journalLimit, 0),
    maxSessions: positiveInteger('maxSessions', options.maxSessions ?? DEFAULT_OPTIONS.maxSessions),
    maxMemoryMb: memoryBudget(options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB, options.bodyLimit ?? DEFAULT_OPTIONS.bodyLimit),
    admin: options.admin ?? DEFAULT_OPTIONS.admin,
    adminToken: adminToken(options.adminToken),
    adminOrigins: (options.adminOrigins ?? []).map(origin),
    allowedHosts: [...(options.allowedHosts ?? [])],
    logger: options.logger ?? DEFAULT_OPTIONS.logger,
    redact: [...(options.redact ?? [])],
    apiVersion: oneOf('API version', options.apiVersion ?? DEFAULT_OPTIONS.apiVersion, API_VERSIONS),
  };
}
