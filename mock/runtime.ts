import type { Request, Response } from 'express';
import type { Contract } from '../spec/contract';
import type { MockClock } from './clock';
import type { Directory } from './directory';
import type { ResolvedOptions } from './options';
import type { SessionRegistry } from './session';

/** Everything a running mock holds: its options, the compiled contract, the fixtures and the state. */
export interface MockRuntime {
  readonly options: ResolvedOptions;
  readonly contract: Contract;
  readonly directory: Directory;
  readonly sessions: SessionRegistry;
  readonly clock: MockClock;
  /** Reads a request body within the body limit. */
  readonly readBody: (req: Request, res: Response) => Promise<Buffer | undefined>;
  /** The fields of OpportunityCreateRequest the spec declares (custom fields aside). */
  readonly requestFields: ReadonlySet<string>;
  /** Counters for health and diagnostics. */
  readonly stats: { requests: number; selfCheckFailures: number };
}
