import { stringify } from 'safe-stable-stringify';
import { AccountedMap } from './accounted-map';
import type { MemoryBudget } from './budget';
import type { OpportunityResponse } from '../types';
import { CUSTOM_FIELD_PREFIX } from '../types';

interface Entry {
  fingerprint: string;
  data: OpportunityResponse;
  expiresAt: number;
}

/** What a create with an `idempotency_key` should do (D12). */
export type IdempotencyOutcome =
  | { kind: 'new' }
  | { kind: 'replay'; data: OpportunityResponse }
  | { kind: 'conflict' };

/**
 * The request's canonical form for comparing replays: only the fields the API reads (the declared ones and
 * `custom_field_<uuid>` keys), in sorted key order. Keys the API ignores do not make a request different,
 * and are never walked (they may be nested arbitrarily deep).
 */
export function fingerprint(body: Record<string, unknown>, declared: ReadonlySet<string>): string {
  const relevant: Record<string, unknown> = {};
  for (const key of Object.keys(body)) {
    if (declared.has(key) || key.startsWith(CUSTOM_FIELD_PREFIX)) relevant[key] = body[key];
  }
  return stringify(relevant) ?? '';
}

/**
 * Idempotency keys of one session, scoped to the org (D12): the same key and body replay the stored
 * opportunity, the same key with another body is a conflict, and keys expire after `ttlMs`. Entries are
 * kept in insertion order, so expired ones are pruned from the front; `limit` bounds memory.
 */
export class IdempotencyLedger {
  /** The entries, charged to the budget: the key, the fingerprint and the entry (the opportunity is the store's). */
  readonly entries: AccountedMap<string, Entry>;

  constructor(
    private readonly ttlMs: number,
    limit: number,
    budget?: MemoryBudget,
  ) {
    this.entries = new AccountedMap(budget, 'idempotency_keys', (id, entry) => 200 + id.length + entry.fingerprint.length, undefined, limit);
  }

  private static key(orgId: string, key: string): string {
    return `${orgId}:${key.toLowerCase()}`;
  }

  check(orgId: string, key: string, bodyFingerprint: string, nowMs: number): IdempotencyOutcome {
    const id = IdempotencyLedger.key(orgId, key);
    const entry = this.entries.get(id);
    if (!entry) return { kind: 'new' };
    if (entry.expiresAt <= nowMs) {
      this.entries.delete(id);
      return { kind: 'new' };
    }
    return entry.fingerprint === bodyFingerprint ? { kind: 'replay', data: entry.data } : { kind: 'conflict' };
  }

  record(orgId: string, key: string, bodyFingerprint: string, data: OpportunityResponse, nowMs: number): void {
    for (const [id, entry] of this.entries) {
      if (entry.expiresAt > nowMs) break;
      this.entries.delete(id);
    }
    this.entries.set(IdempotencyLedger.key(orgId, key), { fingerprint: bodyFingerprint, data, expiresAt: nowMs + this.ttlMs });
  }

  /** Every live entry, for a state dump. */
  *records(): IterableIterator<{ orgId: string; key: string; fingerprint: string; data: OpportunityResponse; expiresAt: number }> {
    for (const [id, entry] of this.entries) {
      const split = id.indexOf(':');
      yield { orgId: id.slice(0, split), key: id.slice(split + 1), ...entry };
    }
  }

  /** Puts back an entry from a state dump. */
  restore(orgId: string, key: string, bodyFingerprint: string, data: OpportunityResponse, expiresAt: number): void {
    this.entries.set(IdempotencyLedger.key(orgId, key), { fingerprint: bodyFingerprint, data, expiresAt });
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
