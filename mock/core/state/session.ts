import type { Dataset } from '../../../fixtures/types';
import type { Evictable, MemoryBudget } from './budget';
import type { ApiVersion } from '../../../spec/versions';
import { conformRecords } from '../generate/conform';
import { Directory } from './directory';
import { ConfigurationError } from '../errors';
import { createRandom, hash32 } from '../generate/random';
import { IdempotencyLedger } from './idempotency';
import { Journal } from '../journal/journal';
import type { ResolvedOptions } from '../options';
import { RateLimiter } from './rate-limit';
import { markShared } from './sizes';
import { OpportunityStore, StoredOpportunity } from './store';
import { StubQueue } from '../controls/stubs';
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
    /** The mock's memory budget, which every record of the session is charged to. */
    budget?: MemoryBudget,
  ) {
    this.store = new OpportunityStore(options.maxOpportunities, budget);
    this.store.load(baseline.opportunities);
    this.idempotency = new IdempotencyLedger(options.idempotencyTtlMs, options.maxOpportunities, budget);
    this.journal = new Journal(options.journalLimit, budget);
    this.tags = new SessionTags(options.maxOpportunities, budget);
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

  /** The session's containers the memory budget evicts from. */
  evictables(): Evictable[] {
    return [this.store.items, this.journal, this.idempotency.entries, this.tags.created];
  }

  /** Drops everything the session holds (it is being dropped): its records leave the memory budget. */
  dispose(): void {
    this.store.clear();
    this.tags.clear();
    this.idempotency.clear();
    this.journal.clear();
    this.stubs.clear();
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
  markShared(opportunities.map((o) => o.data)); // every session holds the same objects: charged once, as references
  return { name: dataset.name, opportunities };
}

/** Every session, created on first use; past `maxSessions` the least recently used one is dropped. */
export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly options: ResolvedOptions,
    /** What new sessions start with (the start-up data set, or one loaded for every session). */
    public baseline: Baseline = EMPTY_BASELINE,
    /** One budget for every session's records; it evicts the oldest across sessions. */
    readonly budget?: MemoryBudget,
  ) {
    budget?.attach(() => [...this.sessions.values()].flatMap((session) => session.evictables()));
  }

  get(id: string = DEFAULT_SESSION): Session {
    let session = this.sessions.get(id);
    if (session) {
      if (this.sessions.size > 1) {
        this.sessions.delete(id); // keep the map in least-recently-used order
        this.sessions.set(id, session);
      }
      return session;
    }
    session = new Session(id, this.options, this.baseline, this.budget);
    this.sessions.set(id, session);
    if (this.sessions.size > this.options.maxSessions) {
      for (const [key, dropped] of this.sessions) {
        if (key !== DEFAULT_SESSION && key !== id) {
          this.sessions.delete(key);
          dropped.dispose(); // releases what it held from the budget
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
      for (const session of this.sessions.values()) session.dispose(); // releases what each held from the budget
      this.sessions.clear();
      this.get();
      return;
    }
    this.sessions.get(id)?.reset();
  }
}
