import type { components } from '../spec/types/admin';
import type { Operation } from '../spec/operations';
import type { Applied } from './context';
import type { Identity } from './auth';

export type JournalEntry = components['schemas']['JournalEntry'];

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
  /** Node's raw header list: name, value, name, value… */
  rawHeaders: string[];
  contentType?: string;
  /** The body bytes (a copy), or their first 16 KB when the body was larger than 64 KB. */
  raw?: Buffer;
  /** The size of a body kept only in part. */
  truncatedFrom?: number;
  status: number | null;
  durationMs: number;
  applied: Applied;
  identity: Identity['kind'];
  /** For a 405: the methods the path allows. */
  allowed?: string;
  /** The body sent, kept for rejected requests only (their verdict and diagnosis read it). */
  response?: unknown;
  /** The response's headers (with CORS ones, for browser requests) and JSON text; absent after a fault. */
  sent?: { headers: Record<string, unknown>; body?: string };
}

/** A fixed-size ring of the newest records: memory stays bounded however long the mock runs. */
export class Journal {
  private readonly records: (JournalRecord | undefined)[];
  private next = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    this.records = new Array(capacity);
  }

  add(record: JournalRecord): void {
    if (this.capacity === 0) return;
    this.records[this.next] = record;
    this.next = (this.next + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
  }

  /** How many records it holds. */
  get size(): number {
    return this.count;
  }

  /** Oldest first. */
  all(): JournalRecord[] {
    const start = (this.next - this.count + this.capacity) % (this.capacity || 1);
    const out: JournalRecord[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.records[(start + i) % this.capacity]!);
    return out;
  }

  clear(): number {
    const dropped = this.count;
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
