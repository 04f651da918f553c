import type { JournalEntry } from '../core/journal/journal';
import { describeMismatch, mismatches } from './match';

/** What `mock.verify()` and `expect(mock).toHaveReceived()` look for in the journal. */
export interface Verification {
  method?: string;
  /** Exact path, or a RegExp. */
  path?: string | RegExp;
  /** An operationId of spec/openapi.yaml, e.g. `createOpportunity` (the preview path) or `getOpportunity`. */
  operation?: string;
  session?: string;
  status?: number;
  /** A partial body: every key given must match (deeply). */
  bodyMatching?: Record<string, unknown>;
  /** Headers that must be present with these values (names any case). */
  headersMatching?: Record<string, string>;
  /** How many: an exact number, or bounds. Default: at least one. */
  count?: number | { atLeast?: number; atMost?: number };
}

/** Thrown by `verify()` with a readable account of what was expected and what came. */
export class VerificationError extends Error {
  override name = 'VerificationError';
}

function describeExpectation(v: Verification): string {
  const parts = [
    v.method && `method ${v.method.toUpperCase()}`,
    v.path && `path ${String(v.path)}`,
    v.operation && `operation ${v.operation}`,
    v.session && `session ${v.session}`,
    v.status && `status ${v.status}`,
    v.bodyMatching && `body matching ${JSON.stringify(v.bodyMatching)}`,
    v.headersMatching && `headers ${JSON.stringify(v.headersMatching)}`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'any request';
}

function countText(count: Verification['count']): string {
  if (count === undefined) return 'at least 1';
  if (typeof count === 'number') return `exactly ${count}`;
  return [count.atLeast !== undefined && `at least ${count.atLeast}`, count.atMost !== undefined && `at most ${count.atMost}`].filter(Boolean).join(' and ');
}

function countOk(count: Verification['count'], n: number): boolean {
  if (count === undefined) return n >= 1;
  if (typeof count === 'number') return n === count;
  return (count.atLeast === undefined || n >= count.atLeast) && (count.atMost === undefined || n <= count.atMost);
}

/** Every way an entry fails the expectation (empty when it matches). */
function differences(v: Verification, entry: JournalEntry): string[] {
  const out: string[] = [];
  if (v.method && entry.method !== v.method.toUpperCase()) out.push(`method: expected ${v.method.toUpperCase()} received ${entry.method}`);
  if (v.path !== undefined && !(typeof v.path === 'string' ? entry.path === v.path : v.path.test(entry.path))) out.push(`path: expected ${String(v.path)} received ${entry.path}`);
  if (v.operation && entry.operation !== v.operation) out.push(`operation: expected ${v.operation} received ${entry.operation}`);
  if (v.session && entry.session !== v.session) out.push(`session: expected ${v.session} received ${entry.session}`);
  if (v.status !== undefined && entry.status !== v.status) out.push(`status: expected ${v.status} received ${entry.status}`);
  if (v.bodyMatching) out.push(...mismatches(v.bodyMatching, entry.body).map(describeMismatch));
  for (const [name, value] of Object.entries(v.headersMatching ?? {})) {
    const received = entry.headers[name.toLowerCase()];
    if (received !== value) out.push(`header ${name}: expected ${JSON.stringify(value)} received ${JSON.stringify(received)}`);
  }
  return out;
}

/**
 * Checks the journal for requests matching an expectation; on failure throws a VerificationError that lists
 * the expectation, the count, and the closest requests with exactly what differs in each.
 */
export function verifyJournal(entries: JournalEntry[], expectation: Verification): JournalEntry[] {
  const scored = entries.map((entry) => ({ entry, diff: differences(expectation, entry) }));
  const matched = scored.filter((s) => s.diff.length === 0).map((s) => s.entry);
  if (countOk(expectation.count, matched.length)) return matched;
  const closest = scored
    .filter((s) => s.diff.length > 0)
    .sort((a, b) => a.diff.length - b.diff.length)
    .slice(0, 3)
    .map((s) => `  #${s.entry.id} ${s.entry.method} ${s.entry.path} → ${s.entry.status ?? 'no answer'}\n${s.diff.map((d) => `      ${d}`).join('\n')}`);
  throw new VerificationError(
    [
      `Expected ${countText(expectation.count)} request(s) with ${describeExpectation(expectation)}, but received ${matched.length} (of ${entries.length} journaled).`,
      ...(closest.length ? ['Closest requests:', ...closest] : []),
    ].join('\n'),
  );
}
