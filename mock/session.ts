import type { Dataset } from '../fixtures/datasets';
import type { ApiVersion } from '../spec/api-versions';
import { conformRecords } from './conform';
import { Directory } from './directory';
import { ConfigurationError } from './errors';
import { createRandom, hash32 } from './generator/random';
import { IdempotencyLedger } from './idempotency';
import { Journal } from './journal';
import type { ResolvedOptions } from './options';
import { RateLimiter } from './rate-limit';
import { OpportunityStore, StoredOpportunity } from './store';
import { StubQueue } from './stubs';
import { SessionTags } from './tags';

/** The session requests use when they send no `X-Mock-Session` header. */
export const DEFAULT_SESSION = 'default';

/**
 * One isolated partition of the mock's state: its opportunities, created tags, idempotency keys, rate-limit
 * windows, journal, one-shot stubs, scenario and scenario progress, and the sequence that seeds generated values.
 * Parallel test files use one session each (`X-Mock-Session`).
 */
export class Session {
  readonly store: OpportunityStore;
  readonly idempotency: IdempotencyLedger;
  readonly rateLimiter = new RateLimiter();
  readonly journal: Journal;
  readonly stubs = new StubQueue();
  /** Tags created through the API (`POST /v1/tags/`), as many as opportunities at most. */
  readonly tags: SessionTags;
  /** Requests each scenario has answered here, by scenario name. */
  readonly progress = new Map<string, number>();
  /** Jitter for latency distributions; seeded, so a run's delays repeat too. */
  readonly random: () => number;
  /** Creates so far; seeds the next opportunity, so the same sequence of requests gives the same data. */
  creates = 0;
  /** This session's own scenario: a name, `null` for none, `undefined` to follow the global one. */
  scenario: string | null | undefined;

  constructor(
    readonly id: string,
    options: ResolvedOptions,
    /** What the store holds at the start and after a reset: the data set's opportunities. */
    private baseline: Baseline,
  ) {
    this.store = new OpportunityStore(options.maxOpportunities);
    this.store.load(baseline.opportunities);
    this.idempotency = new IdempotencyLedger(options.idempotencyTtlMs, options.maxOpportunities);
    this.journal = new Journal(options.journalLimit);
    this.tags = new SessionTags(options.maxOpportunities);
    this.random = createRandom(hash32(`${options.seed}:${id}`));
  }

  /** The data set this session starts from. */
  get dataset(): string | null {
    return this.baseline.name;
  }

  /** Starts over from another data set (the admin API's dataset load). */
  rebase(baseline: Baseline): void {
    this.baseline = baseline;
    this.reset();
  }

  reset(): void {
    this.store.clear();
    this.store.load(this.baseline.opportunities);
    this.idempotency.clear();
    this.rateLimiter.clear();
    this.journal.clear();
    this.stubs.clear();
    this.tags.clear();
    this.progress.clear();
    this.creates = 0;
    this.scenario = undefined;
  }
}

/** A data set's opportunities, which sessions start with. */
export interface Baseline {
  /** The data set's name, or null for none. */
  name: string | null;
  opportunities: readonly StoredOpportunity[];
}

export const EMPTY_BASELINE: Baseline = { name: null, opportunities: [] };

/**
 * A data set as a baseline; it must fit in a session's store. Its records are converted to the mock's API
 * version when the set was written for another (amounts, stage names: see `conformOpportunity`).
 */
export function baselineOf(dataset: Dataset, maxOpportunities: number, apiVersion: ApiVersion): Baseline {
  if (dataset.opportunities.length > maxOpportunities) {
    throw new ConfigurationError(
      `The data set "${dataset.name}" has ${dataset.opportunities.length} opportunities, more than a session keeps (maxOpportunities ${maxOpportunities}). ` +
        `Pass --max-opportunities ${dataset.opportunities.length} or more.`,
    );
  }
  const opportunities =
    dataset.apiVersion === apiVersion ? dataset.opportunities : conformRecords(dataset.opportunities, new Directory(dataset.orgs).orgs, dataset.apiVersion, apiVersion);
  return { name: dataset.name, opportunities };
}

/** Every session, created on first use; past `maxSessions` the least recently used one is dropped. */
export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly options: ResolvedOptions,
    /** What new sessions start with (the start-up data set, or one loaded for every session). */
    public baseline: Baseline = EMPTY_BASELINE,
  ) {}

  get(id: string = DEFAULT_SESSION): Session {
    let session = this.sessions.get(id);
    if (session) {
      if (this.sessions.size > 1) {
        this.sessions.delete(id); // keep the map in least-recently-used order
        this.sessions.set(id, session);
      }
      return session;
    }
    session = new Session(id, this.options, this.baseline);
    this.sessions.set(id, session);
    if (this.sessions.size > this.options.maxSessions) {
      for (const key of this.sessions.keys()) {
        if (key !== DEFAULT_SESSION && key !== id) {
          this.sessions.delete(key);
          break;
        }
      }
    }
    return session;
  }

  /** The session if it exists, without creating it. */
  find(id: string): Session | undefined {
    return this.sessions.get(id);
  }

  all(): Session[] {
    return [...this.sessions.values()];
  }

  /** Resets one session, or every session (the others are dropped; the default one starts over). */
  reset(id?: string): void {
    if (id === undefined) {
      this.sessions.clear();
      this.get();
      return;
    }
    this.sessions.get(id)?.reset();
  }
}
