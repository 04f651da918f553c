import type { Step, Stub } from './scenarios/types';

/** A one-shot stub still queued. */
export interface QueuedStub {
  id: number;
  operation: string;
  session: string;
  remaining: number;
  step: Step;
}

/** One-shot stubs of one session: the next N responses of an operation, first queued first used. */
export class StubQueue {
  private readonly queued: QueuedStub[] = [];

  add(stub: Stub, id: number, session: string): QueuedStub {
    const { operation, times = 1, respond, fault, timeout_ms, latency } = stub;
    const queued: QueuedStub = { id, operation, session, remaining: times, step: { respond, fault, timeout_ms, latency } };
    this.queued.push(queued);
    return queued;
  }

  /** Uses one response of the first stub queued for an operation. */
  take(operation: string): QueuedStub | undefined {
    const index = this.queued.findIndex((s) => s.operation === operation);
    if (index < 0) return undefined;
    const stub = this.queued[index];
    stub.remaining--;
    if (stub.remaining === 0) this.queued.splice(index, 1);
    return stub;
  }

  list(): QueuedStub[] {
    return [...this.queued];
  }

  clear(): number {
    return this.queued.splice(0).length;
  }
}
