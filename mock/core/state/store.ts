import { AccountedMap } from './accounted-map';
import type { MemoryBudget } from './budget';
import { approxBytes } from './sizes';
import type { StoredOpportunity } from '../../../fixtures/types';
import type { OpportunityResponse } from '../types';

/** A stored opportunity's Map entries and key, besides its value. */
const ENTRY_BYTES = 160;

export type { StoredOpportunity };

/**
 * The opportunities of one session, in creation order. Bounded: past `limit` the oldest are dropped (and
 * counted in `evicted`), and every entry is charged to the mock's memory budget, which may evict the oldest.
 */
export class OpportunityStore {
  /** How many opportunities were dropped to stay within the limit or the memory budget. */
  evicted = 0;
  /** The entries, charged to the budget (any method that sets or deletes one is accounted). */
  readonly items: AccountedMap<string, StoredOpportunity>;

  constructor(
    readonly limit: number,
    budget?: MemoryBudget,
  ) {
    this.items = new AccountedMap(budget, 'opportunities', (_id, stored) => ENTRY_BYTES + approxBytes(stored), () => this.evicted++, limit);
  }

  /** Stores a new opportunity; one whose id the session already holds is refused (never replaced): callers pick a free id. */
  add(orgId: string, data: OpportunityResponse): void {
    const key = data.id.toLowerCase();
    if (this.items.has(key)) throw new Error(`The session already holds opportunity ${data.id}: an add never replaces one`);
    this.items.set(key, { orgId, data });
  }

  /**
   * Puts an updated opportunity in the place of the one with its id (its place in creation order, and so in
   * eviction order, stays). Stored objects are never changed in place: a data set's records are shared by
   * every session that starts from it.
   */
  replace(orgId: string, data: OpportunityResponse): void {
    this.items.set(data.id.toLowerCase(), { orgId, data });
  }

  /** Removes the opportunity with this id from this org; whether there was one. */
  delete(orgId: string, id: string): boolean {
    const key = id.toLowerCase();
    const found = this.items.get(key);
    if (!found || found.orgId !== orgId) return false;
    return this.items.delete(key);
  }

  /** Whether the session holds an opportunity with this id (lower case), in any org. */
  has(id: string): boolean {
    return this.items.has(id);
  }

  /** The opportunity with this id in this org, if any. */
  get(orgId: string, id: string): OpportunityResponse | undefined {
    const found = this.items.get(id.toLowerCase());
    return found && found.orgId === orgId ? found.data : undefined;
  }

  get size(): number {
    return this.items.size;
  }

  values(): IterableIterator<StoredOpportunity> {
    return this.items.values();
  }

  /** The opportunities of one org, in creation order. */
  *inOrg(orgId: string): Generator<OpportunityResponse> {
    for (const item of this.items.values()) if (item.orgId === orgId) yield item.data;
  }

  /** Adds stored opportunities in order (a data set preload). */
  load(records: readonly StoredOpportunity[]): void {
    for (const record of records) this.add(record.orgId, record.data);
  }

  clear(): void {
    this.items.clear();
    this.evicted = 0;
  }
}
