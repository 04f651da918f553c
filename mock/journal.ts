import type { components } from '../spec/types/admin';

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

/** A fixed-size ring of the newest entries: memory stays bounded however long the mock runs. */
export class Journal {
  private readonly entries: (JournalEntry | undefined)[];
  private next = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    this.entries = new Array(capacity);
  }

  add(entry: JournalEntry): void {
    if (this.capacity === 0) return;
    this.entries[this.next] = entry;
    this.next = (this.next + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
  }

  /** Oldest first. */
  all(): JournalEntry[] {
    const start = (this.next - this.count + this.capacity) % (this.capacity || 1);
    const out: JournalEntry[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.entries[(start + i) % this.capacity]!);
    return out;
  }

  get size(): number {
    return this.count;
  }

  clear(): number {
    const dropped = this.count;
    this.entries.fill(undefined);
    this.next = 0;
    this.count = 0;
    return dropped;
  }
}

/** Whether an entry passes a filter. */
export function matches(entry: JournalEntry, filter: JournalFilter): boolean {
  if (filter.session !== undefined && entry.session !== filter.session) return false;
  if (filter.path !== undefined && !entry.path.startsWith(filter.path)) return false;
  if (filter.method !== undefined && entry.method !== filter.method.toUpperCase()) return false;
  if (filter.operation !== undefined && entry.operation !== filter.operation) return false;
  if (filter.status !== undefined) {
    const status = String(filter.status).toLowerCase();
    if (entry.status === null) return false;
    if (status.endsWith('xx') ? String(entry.status)[0] !== status[0] : String(entry.status) !== status) return false;
  }
  const time = Date.parse(entry.time);
  if (filter.since !== undefined && time < filter.since) return false;
  if (filter.until !== undefined && time > filter.until) return false;
  return true;
}
