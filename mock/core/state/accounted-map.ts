import type { EvictedKind, Evictable, MemoryBudget } from './budget';

/**
 * A Map whose entries are charged to a memory budget: every `set`, `delete` and `clear` (whoever calls it, so
 * methods added to a store later are accounted too) charges or releases the entry's estimated size, and
 * stamps new keys with their age, so the budget can evict the oldest entries across all sessions. Keys keep
 * their insertion order (re-setting a key keeps its age). Bounded by `limit` too: past it the oldest go first.
 */
export class AccountedMap<K, V> extends Map<K, V> implements Evictable {
  private readonly meta = new Map<K, { seq: number; bytes: number }>();

  constructor(
    private readonly budget: MemoryBudget | undefined,
    private readonly kind: EvictedKind,
    private readonly sizeOf: (key: K, value: V) => number,
    /** Called for each entry evicted, by the budget or past `limit` (a store counts its evictions). */
    private readonly onEvict: (key: K, value: V) => void = () => undefined,
    /** The most entries kept: a `set` of a new key past it drops the oldest (and calls `onEvict`). */
    private readonly limit = Infinity,
  ) {
    super();
  }

  override set(key: K, value: V): this {
    this.store(key, value);
    if (this.size > this.limit) {
      for (const [oldest, dropped] of this) {
        this.delete(oldest);
        this.onEvict(oldest, dropped);
        if (this.size <= this.limit) break;
      }
    }
    return this;
  }

  private store(key: K, value: V): void {
    if (!this.budget) {
      super.set(key, value);
      return;
    }
    const bytes = this.sizeOf(key, value);
    const known = this.meta.get(key);
    if (known) {
      this.budget.release(known.bytes);
      known.bytes = bytes;
    } else this.meta.set(key, { seq: this.budget.stamp(), bytes });
    super.set(key, value);
    this.budget.charge(bytes);
  }

  override delete(key: K): boolean {
    const known = this.meta.get(key);
    if (known) {
      this.meta.delete(key);
      this.budget!.release(known.bytes);
    }
    return super.delete(key);
  }

  override clear(): void {
    if (this.budget) for (const { bytes } of this.meta.values()) this.budget.release(bytes);
    this.meta.clear();
    super.clear();
  }

  oldestSeq(): number | undefined {
    for (const { seq } of this.meta.values()) return seq;
    return undefined;
  }

  evictOldest(): void {
    for (const [key, value] of this) {
      this.delete(key);
      this.budget!.count(this.kind);
      this.onEvict(key, value);
      return;
    }
  }
}
