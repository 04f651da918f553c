import { DEFAULT_DATASET } from '../fixtures/datasets';
import { API_VERSIONS, ApiVersion, isApiVersion, LATEST_API_VERSION } from '../spec/api-versions';
import { SeedError } from './errors';
import { formatFor, OutputFormat } from './output';
import type { ProgressMode } from './progress';
import type { SeedResult } from './results';
import { DEFAULT_RETRY, RetryPolicy } from './retry';

/** Options of `runSeed` (the `monaco-seed` flags). Every field is optional; the default is given on each. */
export interface SeedOptions {
  /** How many create requests. Default `100`. */
  count?: number;
  /** Seeds the requests and their idempotency keys: the same seed, the same requests. Default `1`. */
  seed?: number;
  /** The data set (name or folder) whose org the requests are for. Default `default` (Northwind Analytics). */
  dataset?: string;
  /** The org of the data set, by id or name. Default: the set's default org. */
  org?: string;
  /** Close dates are spread around this instant (ISO 8601). Default: the data set's clock. */
  clock?: string;
  /** The Monaco API version of the target: amounts are written in its unit (D9). Default the newest, `2026-08-19`. */
  apiVersion?: ApiVersion;
  /** Write the requests to this file (`-` for stdout). Default: not written. */
  out?: string;
  /** `json` or `ndjson`. Default: `json` for a `.json` file, else `ndjson`. */
  format?: OutputFormat;
  /** Send the requests to this base URL (`http://127.0.0.1:4010`). Default: not sent. */
  target?: string;
  /**
   * Read the org's accounts, users, tags, stages and custom fields from `target` (through `/v1/me`, users, tags,
   * accounts and `/v1/schemas/opportunities`) instead of the data set, so the requests use that environment's
   * ids. Needs `target` and `apiKey`; close dates are spread around now unless `clock` says otherwise.
   * Default `false`.
   */
  referencesFromTarget?: boolean;
  /** Sent as `Authorization: Bearer`. Default: the fixture key of the org's default user, if it has one. */
  apiKey?: string;
  /** The create path under the target. Default `/v1/preview/opportunities`. */
  path?: string;
  /** Requests in flight at most. Default `8`. */
  concurrency?: number;
  /** An NDJSON results file: each answer is recorded; a rerun skips what it recorded as created or replayed. Default: none. */
  results?: string;
  /** Generate and validate only: nothing is written or sent. Default `false`. */
  dryRun?: boolean;
  /** Retries of 429, 5xx and network errors. Default `{ maxRetries: 5, baseDelayMs: 500, maxDelayMs: 60000, scale: 1 }`. */
  retry?: Partial<RetryPolicy>;
  /** How long one attempt may take, in ms. Default `30000`. */
  timeoutMs?: number;
  /** `bar`, `lines` or `none`. Default: `bar` when stderr is a terminal, else `lines`. */
  progress?: ProgressMode;
  /** Aborting it stops the run (Ctrl-C); what was recorded stays recorded. Default: none. */
  signal?: AbortSignal;
  /** Called for every answered request, after it is recorded. Default: none. */
  onResult?: (result: SeedResult) => void;
}

export const SEED_DEFAULTS = {
  count: 100,
  seed: 1,
  dataset: DEFAULT_DATASET,
  path: '/v1/preview/opportunities',
  concurrency: 8,
  timeoutMs: 30_000,
  apiVersion: LATEST_API_VERSION,
} as const;

/** The options with their defaults applied and checked. */
export type ResolvedSeedOptions = Required<Pick<SeedOptions, 'count' | 'seed' | 'dataset' | 'path' | 'concurrency' | 'timeoutMs' | 'dryRun' | 'apiVersion'>> &
  Omit<SeedOptions, 'retry'> & { retry: RetryPolicy; format?: OutputFormat };

function integer(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SeedError(`Invalid ${name} ${String(value)}: expected a whole number from ${min} to ${max}.`);
  }
  return value;
}

/** Applies the defaults and checks every value; throws a SeedError (exit 2) naming the option and the fix. */
export function resolveSeedOptions(options: SeedOptions): ResolvedSeedOptions {
  const { out, target, results, dryRun = false } = options;
  if (!out && !target && !dryRun) {
    throw new SeedError('Nothing to do: pass --out <file> to write the requests, --target <url> to send them, or --dry-run to check them.');
  }
  if (options.format && !out) throw new SeedError('--format says how --out writes the requests: pass --out <file> with it.');
  if (results && !target) throw new SeedError('--results records what was sent: pass --target <url> with it.');
  if (options.referencesFromTarget && !target) throw new SeedError('--references-from-target reads the accounts, users, tags and stages of the target: pass --target <url> with it.');
  if (options.referencesFromTarget && !options.apiKey) {
    throw new SeedError("--references-from-target reads the target's references with your key: pass --api-key <key> (or set MONACO_API_KEY).");
  }
  if (target !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(target);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) {
      throw new SeedError(`Invalid --target "${target}": expected a base URL such as http://127.0.0.1:4010 or https://api.monaco.com.`);
    }
  }
  const clock = options.clock;
  if (clock !== undefined && Number.isNaN(Date.parse(clock))) {
    throw new SeedError(`Invalid --clock "${clock}": expected an ISO 8601 instant such as 2026-07-01T09:00:00Z.`);
  }
  const apiVersion = options.apiVersion ?? SEED_DEFAULTS.apiVersion;
  if (!isApiVersion(apiVersion)) throw new SeedError(`Invalid --api-version "${apiVersion}": expected one of ${API_VERSIONS.join(', ')}.`);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  if (!(retry.scale >= 0)) throw new SeedError(`Invalid retry delay scale ${retry.scale}: expected a number of 0 or more (1 waits as the server asks).`);
  return {
    ...options,
    count: integer('count', options.count ?? SEED_DEFAULTS.count, 1),
    seed: integer('seed', options.seed ?? SEED_DEFAULTS.seed, 0, 2 ** 32 - 1),
    dataset: options.dataset ?? SEED_DEFAULTS.dataset,
    path: options.path ?? SEED_DEFAULTS.path,
    concurrency: integer('concurrency', options.concurrency ?? SEED_DEFAULTS.concurrency, 1, 256),
    timeoutMs: integer('timeout (ms)', options.timeoutMs ?? SEED_DEFAULTS.timeoutMs, 1),
    dryRun,
    apiVersion,
    format: options.format ?? (out ? formatFor(out) : undefined),
    retry: {
      maxRetries: integer('max retries', retry.maxRetries, 0, 100),
      baseDelayMs: integer('base retry delay (ms)', retry.baseDelayMs, 0),
      maxDelayMs: integer('max retry delay (ms)', retry.maxDelayMs, 0),
      scale: retry.scale,
    },
  };
}
