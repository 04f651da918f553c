import type { components } from '../../../spec/types/admin';
import type { Operation } from '../../../spec/operations';
import type { Identity } from '../pipeline/auth';
import type { Evictable, MemoryBudget } from '../state/budget';

export type JournalEntry = components['schemas']['JournalEntry'];
/** What the mock applied to a request, for `Preference-Applied` and the journal. */
export type Applied = components['schemas']['Applied'];
/** Why a request was rejected, or what it likely got wrong, and how to fix it. */
export type Diagnosis = components['schemas']['Diagnosis'];

/** What `GET /__admin/requests` and `mock.journal` filter on. */
export interface JournalFilter {
  session?: string;
  /** Path prefix. */
  path?: string;
  method?: string;
  /** `422` or a class such as `4xx`. */
  status?: string | number;
  operation?: string;
  /** Epoch ms, inclusive. */
  since?: number;
  until?: number;
}

/**
 * What the journal keeps of one request: the facts, cheaply, with the body as bytes. The full entry (parsed
 * body, headers, verdict, diagnosis) is built from them only when someone asks, so journaling costs the
 * request path little and retains few objects for the garbage collector to move.
 */
export interface JournalRecord {
  id: number;
  timeMs: number;
  session: string;
  method: string;
  path: string;
  /** The URL as sent, for the query string. */
  url: string;
  operation?: Operation;
  /** The header list as sent: name, value, name, value… */
  rawHeaders: readonly string[];
  contentType?: string;
  /** The body bytes (a copy), or their first 16 KB when the body was larger than 64 KB. */
  raw?: Uint8Array;
  /** The size of a body kept only in part. */
  truncatedFrom?: number;
  status: number | null;
  durationMs: number;
  applied: Applied;
  identity: Identity['kind'];
  /** For a 405: the methods the path allows. */
  allowed?: string;
  /** The response's headers (with CORS ones, for browser requests) and JSON text (verdicts and diagnoses read it); absent after a fault. */
  sent?: { headers: Record<string, string>; body?: string };
  /** Its age stamp and estimated size, for the memory budget (set when journaled). */
  seq?: number;
  bytes?: number;
}

/** A record's estimated heap size: its fields, the body bytes, the headers, the URL and the response sent. */
function recordBytes(record: JournalRecord): number {
  let bytes = 900 + record.url.length + (record.raw ? 96 + record.raw.length : 0);
  for (const text of record.rawHeaders) bytes += 16 + text.length;
  if (record.sent) {
    bytes += 64 + (record.sent.body?.length ?? 0);
    for (const name in record.sent.headers) bytes += 32 + name.length + String(record.sent.headers[name]).length;
  }
  return bytes;
}

/**
 * A fixed-size ring of the newest records: memory stays bounded however long the mock runs. Every record is
 * charged to the memory budget, which may evict the oldest first.
 */
export class Journal implements Evictable {
  private readonly records: (JournalRecord | undefined)[];
  private next = 0;
  private count = 0;

  constructor(
    readonly capacity: number,
    private readonly budget?: MemoryBudget,
  ) {
    this.records = new Array(capacity);
  }

  private get start(): number {
    return (this.next - this.count + this.capacity) % (this.capacity || 1);
  }

  add(record: JournalRecord): void {
    if (this.capacity === 0) return;
    if (this.count === this.capacity) this.evictOldest(false);
    if (this.budget) {
      record.seq = this.budget.stamp();
      record.bytes = recordBytes(record);
    }
    this.records[this.next] = record;
    this.next = (this.next + 1) % this.capacity;
    this.count++;
    if (record.bytes) this.budget!.charge(record.bytes);
  }

  /** How many records it holds. */
  get size(): number {
    return this.count;
  }

  /** Oldest first. */
  all(): JournalRecord[] {
    const start = this.start;
    const out: JournalRecord[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.records[(start + i) % this.capacity]!);
    return out;
  }

  oldestSeq(): number | undefined {
    return this.count ? this.records[this.start]!.seq : undefined;
  }

  /** Drops the oldest record (for the budget, or to make room in the ring). */
  evictOldest(forBudget = true): void {
    if (!this.count) return;
    const start = this.start;
    const record = this.records[start]!;
    this.records[start] = undefined;
    this.count--;
    if (record.bytes) this.budget!.release(record.bytes);
    if (forBudget) this.budget?.count('journal_entries');
  }

  clear(): number {
    const dropped = this.count;
    if (this.budget) for (const record of this.records) if (record?.bytes) this.budget.release(record.bytes);
    this.records.fill(undefined);
    this.next = 0;
    this.count = 0;
    return dropped;
  }
}

/** Whether a record passes a filter. */
export function matches(record: JournalRecord, filter: JournalFilter): boolean {
  if (filter.session !== undefined && record.session !== filter.session) return false;
  if (filter.path !== undefined && !record.path.startsWith(filter.path)) return false;
  if (filter.method !== undefined && record.method !== filter.method.toUpperCase()) return false;
  if (filter.operation !== undefined && record.operation?.operationId !== filter.operation) return false;
  if (filter.status !== undefined) {
    const status = String(filter.status).toLowerCase();
    if (record.status === null) return false;
    if (status.endsWith('xx') ? String(record.status)[0] !== status[0] : String(record.status) !== status) return false;
  }
  if (filter.since !== undefined && record.timeMs < filter.since) return false;
  if (filter.until !== undefined && record.timeMs > filter.until) return false;
  return true;
}
