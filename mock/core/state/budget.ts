/** What a budget can evict from: a container whose items are in age order. */
export interface Evictable {
  /** The age stamp of its oldest item, or undefined when empty. */
  oldestSeq(): number | undefined;
  /** Drops its oldest item (releasing its bytes). */
  evictOldest(): void;
}

/** What kind of record an eviction dropped, for health. */
export type EvictedKind = 'opportunities' | 'journal_entries' | 'idempotency_keys' | 'tags';

/** Default memory budget (`--max-memory-mb`). */
export const DEFAULT_MAX_MEMORY_MB = 256;
const LOW_WATER = 0.95;

/**
 * One memory budget in bytes for everything the mock keeps (every session's opportunities, journal,
 * idempotency keys and created tags). Containers charge and release estimated sizes as they change and stamp each item with
 * its age; past the limit the oldest items, across all sessions, are evicted until the estimate is 5% under it.
 */
export class MemoryBudget {
  used = 0;
  readonly evicted: Record<EvictedKind, number> = { opportunities: 0, journal_entries: 0, idempotency_keys: 0, tags: 0 };
  private seq = 0;
  private evicting = false;
  private sources: () => Iterable<Evictable> = () => [];

  constructor(readonly limit: number) {}

  /** Where eviction looks: every container of every session. */
  attach(sources: () => Iterable<Evictable>): void {
    this.sources = sources;
  }

  /** The next age stamp. */
  stamp(): number {
    return ++this.seq;
  }

  charge(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit && !this.evicting) this.enforce();
  }

  release(bytes: number): void {
    this.used -= bytes;
  }

  count(kind: EvictedKind): void {
    this.evicted[kind]++;
  }

  /** Evicts oldest-first across every container until the estimate is under the low-water mark. */
  enforce(): void {
    this.evicting = true;
    try {
      const heap = new AgeHeap();
      for (const source of this.sources()) heap.push(source);
      const target = this.limit * LOW_WATER;
      while (this.used > target) {
        const oldest = heap.pop();
        if (!oldest) break;
        oldest.evictOldest();
        heap.push(oldest);
      }
    } finally {
      this.evicting = false;
    }
  }
}

/** A binary min-heap of containers by the age of their oldest item (empty ones are left out). */
class AgeHeap {
  private readonly items: { seq: number; source: Evictable }[] = [];

  push(source: Evictable): void {
    const seq = source.oldestSeq();
    if (seq === undefined) return;
    const items = this.items;
    items.push({ seq, source });
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (items[parent].seq <= items[i].seq) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }

  pop(): Evictable | undefined {
    const items = this.items;
    if (!items.length) return undefined;
    const top = items[0].source;
    const last = items.pop()!;
    if (items.length) {
      items[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && items[left].seq < items[smallest].seq) smallest = left;
        if (right < items.length && items[right].seq < items[smallest].seq) smallest = right;
        if (smallest === i) break;
        [items[smallest], items[i]] = [items[i], items[smallest]];
        i = smallest;
      }
    }
    return top;
  }
}
