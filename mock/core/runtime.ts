import type { Contract } from '../../spec/contract-model';
import type { Platform } from './platform';
import type { MemoryBudget } from './state/budget';
import type { MockClock } from './state/clock';
import type { Directory } from './state/directory';
import type { AdminFeed } from './admin/feed';
import type { ResolvedOptions } from './options';
import type { Redaction } from './journal/redact';
import type { ScenarioRegistry } from './controls/scenarios/registry';
import type { SessionRegistry } from './state/session';

/** Everything a running mock holds: its options, the compiled contracts, the fixtures and the state. */
export interface MockRuntime {
  readonly options: ResolvedOptions;
  /** spec/openapi.yaml, compiled. */
  readonly contract: Contract;
  /** spec/admin.yaml, compiled. */
  readonly adminContract: Contract;
  readonly directory: Directory;
  readonly sessions: SessionRegistry;
  readonly scenarios: ScenarioRegistry;
  readonly clock: MockClock;
  /** What the runtime the core runs in provides (Node's, a worker's, a browser's): version, timers, memory, data sets. */
  readonly platform: Platform;
  /** The fields of OpportunityCreateRequest the spec declares (custom fields aside). */
  readonly requestFields: ReadonlySet<string>;
  /** When the mock started (epoch ms, wall clock). */
  readonly startedAt: number;
  /** Counters for health and diagnostics. */
  readonly stats: { requests: number; selfCheckFailures: number };
  /** The header, query and field names the journal and the log redact. */
  readonly redaction: Redaction;
  /** The memory budget every session's records are charged to. */
  readonly memory: MemoryBudget;
  /** Aborted when the server starts closing: held faults (`timeout`) end at once. */
  readonly shutdown: AbortController;
  /** Id sequences (journal entries, stubs). */
  readonly counters: { journal: number; stubs: number };
  /** Tells open admin event streams what happened (journaled requests, admin changes). */
  readonly feed: AdminFeed;
}
